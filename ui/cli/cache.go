package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"dateline/articles"
	"dateline/store"
	"dateline/store/cache"
	"dateline/store/feeds"
	"dateline/store/library"
)

// cacheDebugEnv names the variable that, set to 1, has every load say on
// stderr how many files it took from the snapshot and how many it parsed,
// and whether the store read the snapshot's index.
const cacheDebugEnv = "DATELINE_DEBUG_CACHE"

// addCacheFlag adds --no-cache to root, for every command.
func addCacheFlag(root *cobra.Command) {
	root.PersistentFlags().Bool("no-cache", false, "parse every file afresh, and read and write no snapshot ($XDG_CACHE_HOME/dateline)")
}

// useCache reports whether a load may read and write its snapshot: not
// with --no-cache, nor with --no-state, which reads and writes nothing.
func useCache(cmd *cobra.Command) bool {
	for _, name := range []string{"no-cache", "no-state"} {
		if f := cmd.Flags().Lookup(name); f != nil && f.Value.String() == "true" {
			return false
		}
	}
	return true
}

// loadFolders loads dirs, taking from the snapshot what has not changed
// since the last load. The snapshot it returns (nil with --no-cache or
// --no-state) is saved by storeOf, or by saveSnapshot.
//
// With drawFirst (the app, which can show what it has and catch up), a
// snapshot that kept the last walk's listing gives the articles without a
// walk: at 10,000 files the walk is a third of a warm start. stale then
// walks the folders and reports whether they hold anything else now; it is
// nil when the folders were walked.
func loadFolders(cmd *cobra.Command, dirs []string, prog *articles.Progress, drawFirst bool) (loaded *articles.Loaded, c *cache.Cache, stale func(context.Context) bool, err error) {
	if !useCache(cmd) {
		loaded, err := articles.Load(cmd.Context(), dirs, prog)
		return loaded, nil, nil, err
	}
	// The snapshot is opened (mapped, and the checksum of its front taken)
	// while the folders are listed, on the other core: a load that walks
	// waits for it only when it looks up its first file.
	// The text the load parses goes to a spool made now, which the
	// snapshot, once open, copies it from.
	// The folder is found here, not in the goroutine: finding it reloads
	// the XDG paths, which must not happen beside another reload (as a
	// load that fails before it waits for the snapshot would let it).
	cacheDir := cache.Dir()
	spool := articles.NewSpool(cacheDir)
	opened := make(chan *cache.Cache, 1)
	go func() {
		c := cache.Open(cacheDir, dirs)
		c.UseSpool(spool)
		opened <- c
	}()
	var reuse *articles.Reuse
	var once sync.Once
	snapshot := func() *articles.Reuse {
		once.Do(func() { c = <-opened; reuse = c.Reuse() })
		return reuse
	}
	key := listingKey(dirs)
	var l *articles.Listing
	if drawFirst && allThere(dirs) {
		snapshot()
		l = c.Listing(key)
	}
	if l != nil {
		loaded, err = articles.LoadListing(cmd.Context(), l, prog, snapshot())
		stale = func(ctx context.Context) bool {
			now, err := articles.List(ctx, dirs)
			return err != nil || !now.Equal(l)
		}
		debugCache(cmd, fmt.Sprintf("snapshot: listing of %d files reused", l.Len()))
	} else {
		loaded, err = articles.LoadReusing(cmd.Context(), dirs, prog, &articles.Reuse{
			Lookup: func(st articles.FileStamp) ([]*articles.Article, []string, bool) { return snapshot().Lookup(st) },
			Parsed: func(st articles.FileStamp, arts []*articles.Article, items []string) {
				snapshot().Parsed(st, arts, items)
			},
			Spool:   spool,
			Confirm: func() bool { return snapshot().Confirm() },
		})
	}
	if err != nil {
		return nil, nil, nil, err
	}
	snapshot()
	c.KeepListing(key, loaded.Listing)
	return loaded, c, stale, nil
}

// allThere reports whether every one of paths can be seen: a folder gone
// since the last start is an error to say at once, not something for the
// walk after the first frame to find.
func allThere(paths []string) bool {
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return false
		}
	}
	return true
}

// listingKey is what decides the names a walk of dirs gives its files,
// besides the folders themselves: the folders as they were given, and from
// where.
func listingKey(dirs []string) string {
	wd, _ := os.Getwd()
	return wd + "\x00" + strings.Join(dirs, "\x00")
}

// libraryArticles reads the library's articles: from its snapshot when the
// library has not changed since it was taken (the same stamp), else from
// the library, keeping them in the snapshot for the next start. The
// snapshot it returns (nil with --no-cache, or when there is nothing to
// keep) is saved by storeOf.
func libraryArticles(cmd *cobra.Command, lib *library.Library, libPath string) (*articles.Loaded, *cache.Cache, error) {
	ctx := cmd.Context()
	if !useCache(cmd) {
		kept, err := feeds.Articles(ctx, lib)
		if err != nil {
			return nil, nil, err
		}
		return &articles.Loaded{Articles: kept.Articles, Skipped: kept.Skipped}, nil, nil
	}
	c := cache.OpenLibrary(cache.Dir(), libPath)
	before, stampErr := lib.Stamp(ctx)
	if stampErr == nil {
		if arts := c.Library(before); arts != nil {
			return &articles.Loaded{Articles: arts}, c, nil
		}
	}
	kept, err := feeds.Articles(ctx, lib)
	if err != nil {
		return nil, nil, err
	}
	loaded := &articles.Loaded{Articles: kept.Articles, Skipped: kept.Skipped}
	// Kept only when nothing changed the library while it was read (IDs
	// given now to items that had none count as a change) and every item
	// became an article, so that the next start reads the same.
	after, err := lib.Stamp(ctx)
	if stampErr != nil || err != nil || after != before || len(kept.Skipped) > 0 || len(kept.Articles) == 0 {
		return loaded, nil, nil
	}
	c.KeepLibrary(after, kept.Articles)
	return loaded, c, nil
}

// storeOf builds the store over arts, the articles of a load with their
// IDs: over the snapshot's index when the load came from c unchanged. c
// may be nil. The snapshot is saved after (saveSnapshot), with the index
// if the command has built it by then.
func storeOf(c *cache.Cache, arts []*articles.Article) *store.Store {
	if c == nil {
		return store.New(arts)
	}
	return c.Store(arts)
}

// saveSnapshot saves c, and may be called again once the store's index is
// there. A snapshot that cannot be written costs the next start its speed,
// nothing else, so it is not an error; with DATELINE_DEBUG_CACHE=1 it is
// said on stderr, with the counts.
func saveSnapshot(cmd *cobra.Command, c *cache.Cache) {
	if c == nil {
		return
	}
	saveErr := c.Save()
	if os.Getenv(cacheDebugEnv) != "1" {
		return
	}
	reused, parsed := c.Counts()
	msg := fmt.Sprintf("snapshot: reused %d files, parsed %d", reused, parsed)
	switch {
	case c.IndexReused():
		msg += ", index reused"
	case c.Indexed():
		msg += ", index built"
	default:
		msg += ", no index"
	}
	if parsed > 0 {
		msg += fmt.Sprintf("; bodies spooled: %d", c.Spooled())
	}
	if c.Reason != "" {
		msg += "; ignored the old one: " + c.Reason
	}
	if saveErr != nil {
		msg += "; " + saveErr.Error()
	}
	debugCache(cmd, msg)
}

// debugCache says msg on stderr with DATELINE_DEBUG_CACHE=1.
func debugCache(cmd *cobra.Command, msg string) {
	if os.Getenv(cacheDebugEnv) == "1" {
		fmt.Fprintln(cmd.ErrOrStderr(), articles.SanitizeLine("dateline: "+msg))
	}
}
