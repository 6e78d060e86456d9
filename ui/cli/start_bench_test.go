package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

// BenchmarkListWarm is `list --json` over a generated folder, in-process,
// with the snapshot a start before left (every file and ID from it, no
// index: list builds none), as a user's second start runs it. The corpus of
// 100,000 is left out with -short.
func BenchmarkListWarm(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		if n > 10_000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			home := b.TempDir()
			for _, v := range []string{"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
				b.Setenv(v, filepath.Join(home, v))
			}
			b.Setenv(cacheDebugEnv, "1")
			dir := b.TempDir()
			articlestest.WriteDir(b, dir, n)
			past := time.Now().Add(-time.Hour)
			if err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					err = os.Chtimes(p, past, past)
				}
				return err
			}); err != nil {
				b.Fatal(err)
			}
			args := []string{"list", "--json", "-d", dir}
			var errOut bytes.Buffer
			if code := run(context.Background(), args, io.Discard, &errOut); code != 0 {
				b.Fatalf("cold: status %d: %s", code, errOut.String())
			}
			b.ReportAllocs()
			for b.Loop() {
				errOut.Reset()
				if code := run(context.Background(), args, io.Discard, &errOut); code != 0 {
					b.Fatalf("status %d: %s", code, errOut.String())
				}
			}
			if got := errOut.String(); !strings.Contains(got, "IDs reused") || !strings.Contains(got, fmt.Sprintf("reused %d files, parsed 0", n)) {
				b.Fatalf("not warm: %q", got)
			}
		})
	}
}
