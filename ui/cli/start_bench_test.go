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
	"dateline/store/cache"
	"dateline/store/feeds"
	"dateline/store/library"
	"dateline/ui"
)

// BenchmarkStartLibrary is the app's start on a library of 10,000
// fetched articles (200 feeds of 50), from opening the library to the
// first frame: cold, reading the kept parts, the parts entry and New (the
// index is built in the background); warm, with the library's snapshot
// (its stamp, the articles and index from the snapshot). Budgets: 1 s
// cold, 100 ms warm.
func BenchmarkStartLibrary(b *testing.B) {
	const nFeeds, items = 200, 50
	path := filepath.Join(b.TempDir(), "library.db")
	fillLibrary(b, path, nFeeds, items)
	cacheDir := b.TempDir()
	ctx := context.Background()
	open := func(b *testing.B) *library.Library {
		lib, err := library.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		return lib
	}
	frame := func(st *store.Store) {
		m, _ := ui.New(st, ui.Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
	{ // the snapshot a start before left
		lib := open(b)
		stamp, err := lib.Stamp(ctx)
		if err != nil {
			b.Fatal(err)
		}
		kept, err := feeds.Articles(ctx, lib)
		if err != nil {
			b.Fatal(err)
		}
		c := cache.OpenLibrary(cacheDir, path)
		c.KeepLibrary(stamp, kept.Articles)
		c.Store(kept.Articles).Prepare()
		if err := c.Save(); err != nil {
			b.Fatal(err)
		}
		lib.Close()
	}
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			lib := open(b)
			kept, err := feeds.Articles(ctx, lib)
			if err != nil {
				b.Fatal(err)
			}
			if len(kept.Articles) != nFeeds*items {
				b.Fatalf("%d articles, want %d", len(kept.Articles), nFeeds*items)
			}
			frame(store.New(kept.Articles))
			lib.Close()
		}
	})
	b.Run("warm", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			lib := open(b)
			stamp, err := lib.Stamp(ctx)
			if err != nil {
				b.Fatal(err)
			}
			c := cache.OpenLibrary(cacheDir, path)
			arts := c.Library(stamp)
			if len(arts) != nFeeds*items {
				b.Fatalf("%d articles from the snapshot, want %d", len(arts), nFeeds*items)
			}
			st := c.Store(arts)
			if !c.IndexReused() {
				b.Fatal("the index was built again")
			}
			frame(st)
			lib.Close()
		}
	})
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
