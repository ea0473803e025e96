package server_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/newsbrief/newsbrief/server"
)

const article = `Harbour Bridge Reopens

The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.

Engineers said heavy trucks could wear the new deck faster than planned.`

func ExampleNew() {
	srv := httptest.NewServer(server.New())
	defer srv.Close()

	req, _ := json.Marshal(server.BriefRequest{Articles: []server.Article{{Text: article}}})
	resp, err := http.Post(srv.URL+"/v1/briefs", "application/json", strings.NewReader(string(req)))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var b struct {
		Headline    string `json:"headline"`
		KeyInsights []struct {
			Text string `json:"text"`
		} `json:"keyInsights"`
	}
	json.NewDecoder(resp.Body).Decode(&b)
	fmt.Println(resp.Status, resp.Header.Get("Content-Type"))
	fmt.Println(b.Headline)
	for _, p := range b.KeyInsights {
		fmt.Println("-", p.Text)
	}
	// Output:
	// 200 OK application/json
	// Harbour Bridge Reopens
	// - The harbour bridge reopened on Monday after eight months of repairs that cost €12 million.
	// - Engineers said heavy trucks could wear the new deck faster than planned.
}

func ExampleServer_mount() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "my site") })
	nb := server.New(server.WithWorkers(2), server.WithLogger(slog.New(slog.DiscardHandler)))
	mux.Handle("/newsbrief/", http.StripPrefix("/newsbrief", nb))
	srv := httptest.NewServer(mux) // in production: nb.HTTPServer(mux), which sets every timeout
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/newsbrief/v1/render?format=markdown", "application/json",
		strings.NewReader(`{"version": 1, "headline": "Bridge reopens", "keyInsights": [{"text": "The bridge reopened on Monday."}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	md, _ := io.ReadAll(resp.Body)
	fmt.Print(string(md))
	// Output:
	// # Bridge reopens
	//
	// ## Key insights
	//
	// - The bridge reopened on Monday.
}

func ExampleProblem() {
	srv := httptest.NewServer(server.New())
	defer srv.Close()

	resp, err := http.Post(srv.URL+"/v1/briefs", "application/json", strings.NewReader(`{"articles": [{"url": "http://169.254.169.254/latest/meta-data"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var p server.Problem
	json.NewDecoder(resp.Body).Decode(&p)
	fmt.Println(resp.StatusCode, resp.Header.Get("Content-Type"))
	fmt.Println(p.Type)
	fmt.Println(errors.Is(&p, server.ErrRefusedURL))
	// Output:
	// 400 application/problem+json
	// https://pkg.go.dev/github.com/newsbrief/newsbrief/server#ErrRefusedURL
	// true
}
