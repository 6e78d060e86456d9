package cli

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/articles/articlestest"
	"dateline/store/cache"
	"dateline/store/library"
	"dateline/ui"
)

// BenchmarkStartFolder is the app's warm start on a folder of 10,000
// generated files, from opening the snapshot to the first frame: the walk
// and the stat of every file, the articles from the snapshot, the store
// over its index, New (with the folder tree and the marks, as the app has
// them), the first size and the first View. The run that
// leaves the snapshot is not timed. Budget: the first frame under 100 ms,
// with the process's own start.
func BenchmarkStartFolder(b *testing.B) {
	dir, cacheDir := b.TempDir(), b.TempDir()
	articlestest.WriteDir(b, dir, 10_000)
	// Files written this instant are too new for a snapshot to vouch for
	// (the racy window): give them an age.
	old := time.Now().Add(-time.Hour)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chtimes(p, old, old)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	dirs := []string{dir}
	ctx := context.Background()
	load := func(b *testing.B) (*cache.Cache, *articles.Loaded) {
		c := cache.Open(cacheDir, dirs)
		loaded, err := articles.LoadReusing(ctx, dirs, nil, c.Reuse())
		if err != nil {
			b.Fatal(err)
		}
		return c, loaded
	}
	{ // the snapshot a start before left, with its index
		c, loaded := load(b)
		c.KeepListing("bench", loaded.Listing)
		c.Store(loaded.Articles).Prepare()
		if err := c.Save(); err != nil {
			b.Fatal(err)
		}
	}
	// walk: the load walks the folder and stats every file; listing: the
	// app's start, which loads the snapshot's listing and walks after its
	// first frame.
	for _, mode := range []string{"walk", "listing"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				c := cache.Open(cacheDir, dirs)
				var loaded *articles.Loaded
				var err error
				if l := c.Listing("bench"); mode == "listing" && l != nil {
					loaded, err = articles.LoadListing(ctx, l, nil, c.Reuse())
				} else if mode == "listing" {
					b.Fatal("no listing in the snapshot")
				} else {
					loaded, err = articles.LoadReusing(ctx, dirs, nil, c.Reuse())
				}
				if err != nil {
					b.Fatal(err)
				}
				if reused, parsed := c.Counts(); parsed != 0 || reused != 10_000 {
					b.Fatalf("reused %d files, parsed %d", reused, parsed)
				}
				st := c.Store(loaded.Articles)
				if !c.IndexReused() {
					b.Fatal("the index was built again")
				}
				marks, err := library.LoadMarkSet(ctx, nil)
				if err != nil {
					b.Fatal(err)
				}
				m, _ := ui.New(st, ui.Options{Folders: dirs, Marks: marks}).Update(tea.WindowSizeMsg{Width: 100, Height: 30})
				_ = m.View()
			}
		})
	}
}
