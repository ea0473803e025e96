// Package pipeline is the root of the newsbrief Beam pipeline module.
package pipeline
