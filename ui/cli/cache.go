package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"dateline/articles"
	"dateline/store/cache"
)

// cacheDebugEnv names the variable that, set to 1, has every load say on
// stderr how many files it took from the snapshot and how many it parsed.
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
// since the last load and saving the new snapshot after.
func loadFolders(cmd *cobra.Command, dirs []string, prog *articles.Progress) (*articles.Loaded, error) {
	if !useCache(cmd) {
		return articles.Load(cmd.Context(), dirs, prog)
	}
	c := cache.Open(cache.Dir(), dirs)
	loaded, err := articles.LoadReusing(cmd.Context(), dirs, prog, c.Reuse())
	if err != nil {
		return nil, err
	}
	// A snapshot that cannot be written costs the next start its speed,
	// nothing else, so it is not an error.
	saveErr := c.Save()
	if os.Getenv(cacheDebugEnv) == "1" {
		reused, parsed := c.Counts()
		msg := fmt.Sprintf("dateline: snapshot: reused %d files, parsed %d", reused, parsed)
		if c.Reason != "" {
			msg += "; ignored the old one: " + c.Reason
		}
		if saveErr != nil {
			msg += "; " + saveErr.Error()
		}
		fmt.Fprintln(cmd.ErrOrStderr(), articles.SanitizeLine(msg))
	}
	return loaded, nil
}
