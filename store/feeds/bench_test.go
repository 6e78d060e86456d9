package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"dateline/articles/articlestest"
	"dateline/articles/feed"
	"dateline/store/library"
)

// feedServer serves generated feed i at /i.xml with items items.
func feedServer(tb testing.TB, feeds, items int) (*httptest.Server, int) {
	tb.Helper()
	bodies := make([][]byte, feeds)
	size := 0
	for i := range bodies {
		bodies[i] = articlestest.Feed(i, items)
		size += len(bodies[i])
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		if _, err := fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/"), "%d.xml", &i); err != nil || i < 0 || i >= len(bodies) {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(bodies[i])
	}))
	tb.Cleanup(srv.Close)
	return srv, size
}

// BenchmarkFetch fetches 100 local feeds of 50 items each into a new
// library: fetching, parsing, converting and keeping, each feed in one
// transaction.
func BenchmarkFetch(b *testing.B) {
	const feeds, items = 100, 50
	srv, size := feedServer(b, feeds, items)
	client := feed.NewClient()
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		lib, err := library.Open(filepath.Join(b.TempDir(), "library.db"))
		if err != nil {
			b.Fatal(err)
		}
		for i := range feeds {
			if err := lib.Subscribe(ctx, library.Subscription{URL: fmt.Sprintf("%s/%d.xml", srv.URL, i), Name: fmt.Sprint("f", i)}); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		report, err := Fetch(ctx, lib, Options{Client: client})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		newItems := 0
		for _, r := range report.Results {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
			newItems += r.New
		}
		if newItems != feeds*items {
			b.Fatalf("%d new items, want %d", newItems, feeds*items)
		}
		lib.Close()
		b.StartTimer()
	}
}

// BenchmarkArticles reads back 10,000 kept articles (200 feeds of 50):
// "kept" as the parts entry made them, "reparsed" running the parts entry
// again on every one, as start-up did before articles were kept parsed.
func BenchmarkArticles(b *testing.B) {
	const nFeeds, items = 200, 50
	srv, _ := feedServer(b, nFeeds, items)
	ctx := context.Background()
	lib, err := library.Open(filepath.Join(b.TempDir(), "library.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	for i := range nFeeds {
		if err := lib.Subscribe(ctx, library.Subscription{URL: fmt.Sprintf("%s/%d.xml", srv.URL, i), Name: fmt.Sprint("f", i)}); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := Fetch(ctx, lib, Options{Client: feed.NewClient()}); err != nil {
		b.Fatal(err)
	}
	for _, mode := range []string{"kept", "reparsed"} {
		b.Run(mode, func(b *testing.B) {
			if mode == "reparsed" {
				reparse = true
				defer func() { reparse = false }()
			}
			b.ReportAllocs()
			for b.Loop() {
				kept, err := Articles(ctx, lib)
				if err != nil || len(kept.Articles) != nFeeds*items {
					b.Fatalf("%v, %d articles", err, len(kept.Articles))
				}
			}
		})
	}
}
