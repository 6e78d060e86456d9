package feed

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// BenchmarkFetchAll fetches and parses 100 local feeds of 50 items each.
func BenchmarkFetchAll(b *testing.B) {
	const feeds, items = 100, 50
	bodies := make([][]byte, feeds)
	size := 0
	for i := range bodies {
		bodies[i] = articlestest.Feed(i, items)
		size += len(bodies[i])
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/"), "%d", &i)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(bodies[i])
	}))
	defer srv.Close()
	reqs := make([]Request, feeds)
	for i := range reqs {
		reqs[i] = Request{URL: fmt.Sprintf("%s/%d", srv.URL, i)}
	}
	c := NewClient()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		got := 0
		c.FetchAll(context.Background(), reqs, func(i int, resp *Response, f *Feed, err error) {
			if err != nil {
				b.Fatal(err)
			}
			got += len(f.Items)
		})
		if got != feeds*items {
			b.Fatalf("%d items, want %d", got, feeds*items)
		}
	}
}

// BenchmarkParse parses one generated feed of 50 items.
func BenchmarkParse(b *testing.B) {
	raw := articlestest.Feed(1, 50)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(raw, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}
