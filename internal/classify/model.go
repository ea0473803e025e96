package classify

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// ErrBadModel means a weights file is truncated, malformed or of an
// unknown version.
var ErrBadModel = errors.New("classify: bad model file")

// None is the label of a sentence that is none of the others.
const None = "none"

// Off is the threshold of a label the model does not decide: no
// probability reaches it, and a caller keeps its own rule for that label
// (see Decides).
const Off = 2

// Model is a trained classifier: one weight vector and bias per label
// over hashed features, and each label's decision threshold.
type Model struct {
	Labels     []string    // Labels[0] is None
	DimBits    uint        // features are hashed into 1<<DimBits buckets
	Bias       []float32   // per label
	Thresholds []float32   // per label; a label is chosen only when its probability reaches it
	Weights    [][]float32 // per label, 1<<DimBits weights
	// Langs lists the languages (BCP 47 primary subtags) whose sentences
	// the model decides; nil: every language. In others callers keep
	// their rules (see Decides).
	Langs []string
}

// Predict returns the probability of each label (in m.Labels order) for
// one sentence.
func (m *Model) Predict(in Input) []float64 {
	return m.PredictFeatures(Features(in, m.DimBits))
}

// PredictFeatures is Predict for features already computed with
// Features(in, m.DimBits).
func (m *Model) PredictFeatures(feats []uint32) []float64 {
	p := make([]float64, len(m.Labels))
	mx := math.Inf(-1)
	for l, w := range m.Weights {
		s := float64(m.Bias[l])
		for _, i := range feats {
			s += float64(w[i])
		}
		p[l] = s
		mx = max(mx, s)
	}
	sum := 0.0
	for l := range p {
		p[l] = math.Exp(p[l] - mx)
		sum += p[l]
	}
	for l := range p {
		p[l] /= sum
	}
	return p
}

// Decide picks the label for probabilities p: among the labels other than
// None whose probability reaches their threshold, the most probable; None
// (with its probability) when there is none.
func (m *Model) Decide(p []float64) (string, float64) {
	best, bp := 0, p[0]
	found := false
	for l := 1; l < len(m.Labels); l++ {
		if p[l] >= float64(m.Thresholds[l]) && (!found || p[l] > bp) {
			best, bp, found = l, p[l], true
		}
	}
	if !found {
		return None, p[0]
	}
	return m.Labels[best], bp
}

// Decides reports whether the model decides label for sentences in
// language lang ("en", "ko"): the label is one of its labels, other than
// None, with a threshold a probability can reach, and lang is one of
// m.Langs (or m.Langs is nil).
func (m *Model) Decides(label, lang string) bool {
	if m.Langs != nil && !slices.Contains(m.Langs, lang) {
		return false
	}
	for l := 1; l < len(m.Labels); l++ {
		if m.Labels[l] == label {
			return m.Thresholds[l] <= 1
		}
	}
	return false
}

// Threshold returns label's threshold, Off when the model does not decide
// it.
func (m *Model) Threshold(label string) float64 {
	for l := 1; l < len(m.Labels); l++ {
		if m.Labels[l] == label {
			return float64(m.Thresholds[l])
		}
	}
	return Off
}

// The weights file: "NBSC", version 2, label count, DimBits, then per
// label its name (length byte and bytes), bias, quantisation scale and
// threshold (float32, little-endian), then the number of languages the
// model decides (a byte; 0 for all) and each one's name (length byte and
// bytes), then per label 1<<DimBits int8 weights, each the weight divided
// by the label's scale. Version 1, read too, has no language list.
const (
	magic   = "NBSC"
	version = 2
)

// Parse reads a weights file.
func Parse(r io.Reader) (*Model, error) {
	var hdr [7]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrBadModel, err)
	}
	if string(hdr[:4]) != magic || hdr[4] != 1 && hdr[4] != version {
		return nil, fmt.Errorf("%w: not a version 1 or %d model", ErrBadModel, version)
	}
	n, bits := int(hdr[5]), uint(hdr[6])
	if n < 2 || bits < 4 || bits > 24 {
		return nil, fmt.Errorf("%w: %d labels, %d bits", ErrBadModel, n, bits)
	}
	m := &Model{DimBits: bits}
	scales := make([]float32, n)
	for l := 0; l < n; l++ {
		var ln [1]byte
		if _, err := io.ReadFull(r, ln[:]); err != nil {
			return nil, fmt.Errorf("%w: label %d: %v", ErrBadModel, l, err)
		}
		name := make([]byte, ln[0])
		if _, err := io.ReadFull(r, name); err != nil {
			return nil, fmt.Errorf("%w: label %d: %v", ErrBadModel, l, err)
		}
		var v [3]float32
		if err := binary.Read(r, binary.LittleEndian, &v); err != nil {
			return nil, fmt.Errorf("%w: label %d: %v", ErrBadModel, l, err)
		}
		m.Labels = append(m.Labels, string(name))
		m.Bias = append(m.Bias, v[0])
		scales[l] = v[1]
		m.Thresholds = append(m.Thresholds, v[2])
	}
	if m.Labels[0] != None {
		return nil, fmt.Errorf("%w: first label is %q, not %q", ErrBadModel, m.Labels[0], None)
	}
	if hdr[4] >= 2 {
		var k [1]byte
		if _, err := io.ReadFull(r, k[:]); err != nil {
			return nil, fmt.Errorf("%w: languages: %v", ErrBadModel, err)
		}
		for i := 0; i < int(k[0]); i++ {
			var ln [1]byte
			if _, err := io.ReadFull(r, ln[:]); err != nil {
				return nil, fmt.Errorf("%w: language %d: %v", ErrBadModel, i, err)
			}
			name := make([]byte, ln[0])
			if _, err := io.ReadFull(r, name); err != nil {
				return nil, fmt.Errorf("%w: language %d: %v", ErrBadModel, i, err)
			}
			m.Langs = append(m.Langs, string(name))
		}
	}
	q := make([]byte, 1<<bits)
	for l := 0; l < n; l++ {
		if _, err := io.ReadFull(r, q); err != nil {
			return nil, fmt.Errorf("%w: weights of %s: %v", ErrBadModel, m.Labels[l], err)
		}
		w := make([]float32, len(q))
		for i, b := range q {
			w[i] = float32(int8(b)) * scales[l]
		}
		m.Weights = append(m.Weights, w)
	}
	return m, nil
}

// Encode writes m as a weights file, quantising each label's weights to
// int8 with a per-label scale.
func (m *Model) Encode(w io.Writer) error {
	n := len(m.Labels)
	if n < 2 || n > 255 || len(m.Bias) != n || len(m.Thresholds) != n || len(m.Weights) != n || len(m.Langs) > 255 {
		return fmt.Errorf("%w: inconsistent model", ErrBadModel)
	}
	var buf bytes.Buffer
	buf.WriteString(magic)
	buf.Write([]byte{version, byte(n), byte(m.DimBits)})
	scales := make([]float32, n)
	for l, name := range m.Labels {
		mx := float32(0)
		for _, v := range m.Weights[l] {
			mx = max(mx, float32(math.Abs(float64(v))))
		}
		scales[l] = mx / 127
		if scales[l] == 0 {
			scales[l] = 1
		}
		buf.WriteByte(byte(len(name)))
		buf.WriteString(name)
		binary.Write(&buf, binary.LittleEndian, [3]float32{m.Bias[l], scales[l], m.Thresholds[l]})
	}
	buf.WriteByte(byte(len(m.Langs)))
	for _, lang := range m.Langs {
		if len(lang) > 255 {
			return fmt.Errorf("%w: language %q", ErrBadModel, lang)
		}
		buf.WriteByte(byte(len(lang)))
		buf.WriteString(lang)
	}
	for l := range m.Labels {
		for _, v := range m.Weights[l] {
			buf.WriteByte(byte(int8(math.Round(float64(v / scales[l])))))
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}

//go:embed model.bin
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the model embedded in the package, parsed once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Parse(bytes.NewReader(embedded))
	})
	return defaultModel, defaultErr
}
