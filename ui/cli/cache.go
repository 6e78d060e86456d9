package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"dateline/articles"
	"dateline/store"
	"dateline/store/cache"
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
func loadFolders(cmd *cobra.Command, dirs []string, prog *articles.Progress) (*articles.Loaded, *cache.Cache, error) {
	if !useCache(cmd) {
		loaded, err := articles.Load(cmd.Context(), dirs, prog)
		return loaded, nil, err
	}
	c := cache.Open(cache.Dir(), dirs)
	loaded, err := articles.LoadReusing(cmd.Context(), dirs, prog, c.Reuse())
	if err != nil {
		return nil, nil, err
	}
	return loaded, c, nil
}

// storeOf builds the store over arts, the articles of a load with their
// IDs: over the snapshot's index when the load came from c unchanged, and
// then saves the snapshot with the store's index. c may be nil.
func storeOf(cmd *cobra.Command, c *cache.Cache, arts []*articles.Article) *store.Store {
	if c == nil {
		return store.New(arts)
	}
	st := c.Store(arts)
	saveSnapshot(cmd, c)
	return st
}

// saveSnapshot saves c. A snapshot that cannot be written costs the next
// start its speed, nothing else, so it is not an error; with
// DATELINE_DEBUG_CACHE=1 it is said on stderr, with the counts.
func saveSnapshot(cmd *cobra.Command, c *cache.Cache) {
	if c == nil {
		return
	}
	saveErr := c.Save()
	if os.Getenv(cacheDebugEnv) != "1" {
		return
	}
	reused, parsed := c.Counts()
	msg := fmt.Sprintf("dateline: snapshot: reused %d files, parsed %d", reused, parsed)
	if c.IndexReused() {
		msg += ", index reused"
	} else {
		msg += ", index built"
	}
	if c.Reason != "" {
		msg += "; ignored the old one: " + c.Reason
	}
	if saveErr != nil {
		msg += "; " + saveErr.Error()
	}
	fmt.Fprintln(cmd.ErrOrStderr(), articles.SanitizeLine(msg))
}
