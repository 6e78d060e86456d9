package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dateline/articles/articlestest"
	"dateline/articles/feed"
	"dateline/store"
	"dateline/store/feeds"
	"dateline/store/library"
	"dateline/ui"
)

// BenchmarkStartLibrary is the app's start on a library of 10,000
// fetched articles (200 feeds of 50), from opening the library to the
// first frame: reading the kept parts, the parts entry, the index, New,
// the first size and the first View. Budget: 1 s.
func BenchmarkStartLibrary(b *testing.B) {
	const nFeeds, items = 200, 50
	path := filepath.Join(b.TempDir(), "library.db")
	fillLibrary(b, path, nFeeds, items)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		lib, err := library.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		kept, err := feeds.Articles(ctx, lib)
		if err != nil {
			b.Fatal(err)
		}
		if len(kept.Articles) != nFeeds*items {
			b.Fatalf("%d articles, want %d", len(kept.Articles), nFeeds*items)
		}
		m, _ := ui.New(store.New(kept.Articles), ui.Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
		lib.Close()
	}
}

// fillLibrary fetches generated feeds from a local server into the
// library at path.
func fillLibrary(b *testing.B, path string, nFeeds, items int) {
	b.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/"), "%d.xml", &i)
		w.Write(articlestest.Feed(i, items))
	}))
	defer srv.Close()
	lib, err := library.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	ctx := context.Background()
	for i := range nFeeds {
		if err := lib.Subscribe(ctx, library.Subscription{URL: fmt.Sprintf("%s/%d.xml", srv.URL, i), Name: fmt.Sprint("f", i)}); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := feeds.Fetch(ctx, lib, feeds.Options{Client: feed.NewClient()}); err != nil {
		b.Fatal(err)
	}
}
