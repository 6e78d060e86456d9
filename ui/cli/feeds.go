package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/store/feeds"
	"dateline/store/library"
	"dateline/ui"
	"dateline/ui/plain"
)

// libraryPath is where the library is: --library, else the XDG data home.
func libraryPath(opts *options) string {
	if opts.library != "" {
		return opts.library
	}
	return library.DefaultPath()
}

// openLibrary opens the library for a command that needs it.
func openLibrary(opts *options) (*library.Library, error) {
	if opts.noState {
		return nil, usageError("feeds live in the library, and --no-state reads and writes nothing")
	}
	lib, err := library.Open(libraryPath(opts))
	if err != nil {
		return nil, &exitErr{code: exitError, err: err}
	}
	return lib, nil
}

// newClient is the HTTP client of the feed commands, with the time-out
// of --timeout.
func newClient(timeout time.Duration) *feed.Client {
	c := feed.NewClient()
	c.Timeout = timeout
	c.UserAgent = "dateline/" + strings.TrimPrefix(strings.Fields(version())[0], "v")
	return c
}

// line makes text from a feed, a server or an argument safe to print on
// one line.
func line(s string) string { return articles.SanitizeLine(s) }

// feedJSON is a subscription as `dateline feeds --json` prints it.
type feedJSON struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Category  string `json:"category"`
	Articles  int    `json:"articles"`
	Unread    int    `json:"unread"`
	LastFetch string `json:"last_fetch"` // RFC 3339; "" before the first fetch
	Error     string `json:"error"`
	FullText  bool   `json:"full_text"`
}

func feedsCmd(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feeds",
		Short: "List the feeds subscribed to, with their counts and last errors",
		Long: `List the feeds subscribed to: each one's short name (the start of its
articles' IDs), title, category, articles, unread articles, last fetch and
last error. The subcommands add, remove, import and export subscriptions.`,
		Example: `  dateline feeds add https://example.com/feed.xml
  dateline feeds add https://example.com/      # finds the site's feed
  dateline feeds import subscriptions.opml
  dateline fetch`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := openLibrary(opts)
			if err != nil {
				return err
			}
			defer lib.Close()
			status, err := feeds.List(cmd.Context(), lib)
			if err != nil {
				return &exitErr{code: exitError, err: err}
			}
			out := cmd.OutOrStdout()
			if opts.json {
				entries := make([]feedJSON, len(status))
				for i, s := range status {
					entries[i] = feedJSON{ID: s.Name, URL: s.URL, Title: s.Title, Category: s.Category,
						Articles: s.Articles, Unread: s.Unread, Error: s.LastError, FullText: s.FullText}
					if !s.LastFetch.IsZero() {
						entries[i].LastFetch = s.LastFetch.UTC().Format(time.RFC3339)
					}
				}
				return writeJSON(out, entries)
			}
			if len(status) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no feeds yet: add one with `dateline feeds add URL`, or `dateline feeds import FILE.opml`")
				return nil
			}
			rows := make([][]string, 0, len(status))
			for _, s := range status {
				last := "never fetched"
				if !s.LastFetch.IsZero() {
					last = s.LastFetch.Local().Format("2006-01-02 15:04")
				}
				state := s.URL
				if s.LastError != "" {
					state = s.URL + " · " + s.LastError
				}
				rows = append(rows, []string{s.Name, s.Title, s.Category, fmt.Sprintf("%d/%d unread", s.Unread, s.Articles), last, state})
			}
			for _, r := range rows {
				for i := range r {
					r[i] = line(r[i])
				}
			}
			return plain.Columns(out, rows)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	cmd.AddCommand(feedsAddCmd(opts), feedsRemoveCmd(opts), feedsImportCmd(opts), feedsExportCmd(opts))
	return cmd
}

func feedsAddCmd(opts *options) *cobra.Command {
	var add feeds.AddOptions
	timeout := feed.DefaultTimeout
	cmd := &cobra.Command{
		Use:   "add URL...",
		Short: "Subscribe to feeds, by their address or their site's",
		Long: `Subscribe to each feed given: the feed's own address, or a site's page that
names its feed with <link rel="alternate">. Each is fetched first, to make
sure it is a feed, and what it carries now is kept.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("feeds add needs the address of a feed or of a site")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := openLibrary(opts)
			if err != nil {
				return err
			}
			defer lib.Close()
			client := newClient(timeout)
			out, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
			failed := 0
			for _, u := range args {
				a, err := feeds.Add(cmd.Context(), lib, client, u, add)
				if err != nil {
					if cmd.Context().Err() != nil {
						return cmd.Context().Err()
					}
					fmt.Fprintf(stderr, "%s: %s\n", line(u), line(err.Error()))
					failed++
					continue
				}
				verb := "added"
				if a.Known {
					verb = "already subscribed to"
				}
				fmt.Fprintf(out, "%s %s (%s): %d items, %d new\n", verb, line(a.Title), line(a.URL), a.Items, a.New)
				fmt.Fprintf(out, "  its articles' IDs start with %s/\n", line(a.Name))
			}
			if failed > 0 {
				return &exitErr{code: exitNothing}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&add.FullText, "full-text", false, "fetch each item's web page during fetch, for feeds that carry only summaries")
	cmd.Flags().StringVar(&add.Category, "category", "", "file the feed under `NAME` (folders with /)")
	cmd.Flags().DurationVar(&timeout, "timeout", feed.DefaultTimeout, "give up on a feed after `DURATION`, body included")
	return cmd
}

func feedsRemoveCmd(opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "remove URL|ID...",
		Short: "Unsubscribe from feeds, by address or short name",
		Long: `Unsubscribe from each feed given by its address or its short name (as
` + "`dateline feeds`" + ` lists them), and remove its articles. What was read or
saved is remembered, should the feed come back.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("feeds remove needs a feed's address or short name: `dateline feeds` lists them")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			lib, err := openLibrary(opts)
			if err != nil {
				return err
			}
			defer lib.Close()
			for _, a := range args {
				sub, err := feeds.Remove(cmd.Context(), lib, a)
				if errors.Is(err, feeds.ErrNoSubscription) {
					return usageError("no feed %q: `dateline feeds` lists them", line(a))
				}
				if err != nil {
					return &exitErr{code: exitError, err: err}
				}
				fmt.Fprintf(cmd.OutOrStdout(), "removed %s (%s)\n", line(sub.Title), line(sub.URL))
			}
			return nil
		},
	}
}

func feedsImportCmd(opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.opml",
		Short: "Subscribe to every feed of an OPML file, without fetching them",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError("feeds import needs one OPML file")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return &exitErr{code: exitError, err: fmt.Errorf("importing %s: %w", line(args[0]), unwrapPathErr(err))}
			}
			defer f.Close()
			lib, err := openLibrary(opts)
			if err != nil {
				return err
			}
			defer lib.Close()
			imp, err := feeds.Import(cmd.Context(), lib, f)
			if err != nil {
				return &exitErr{code: exitError, err: fmt.Errorf("importing %s: %w", line(args[0]), err)}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %d feeds (%d subscribed to already); `dateline fetch` fetches them\n", imp.Added, imp.Known)
			return nil
		},
	}
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func feedsExportCmd(opts *options) *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "Print every subscription as OPML 2.0",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, err := openLibrary(opts)
			if err != nil {
				return err
			}
			defer lib.Close()
			if err := feeds.Export(cmd.Context(), lib, cmd.OutOrStdout()); err != nil {
				return &exitErr{code: exitError, err: err}
			}
			return nil
		},
	}
}

// fetchJSON is one feed's fetch as `dateline fetch --json` prints it.
type fetchJSON struct {
	ID         string  `json:"id"`
	URL        string  `json:"url"`
	Title      string  `json:"title"`
	Outcome    string  `json:"outcome"` // fetched, not_modified, waiting, failed
	Items      int     `json:"items"`
	New        int     `json:"new"`
	Updated    int     `json:"updated"`
	MovedFrom  string  `json:"moved_from,omitempty"`
	RetryAfter string  `json:"retry_after,omitempty"`
	Error      string  `json:"error"`
	Seconds    float64 `json:"seconds"`
}

func fetchCmd(opts *options) *cobra.Command {
	timeout := feed.DefaultTimeout
	cmd := &cobra.Command{
		Use:   "fetch",
		Short: "Fetch every feed subscribed to",
		Long: `Fetch every feed subscribed to, at most 8 at once and 2 from one host, each
revalidated with a conditional GET, and keep their new and changed items in
the library. Each feed's error goes to stderr on a line that starts with its
address. Exit status 0 when any feed was fetched, 1 when every one failed.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			stderr := cmd.ErrOrStderr()
			path := libraryPath(opts)
			unlock, err := feeds.TryLock(path)
			if errors.Is(err, feeds.ErrBusy) {
				fmt.Fprintln(stderr, "dateline: another dateline is fetching into this library; waiting for it to finish")
				unlock, err = feeds.Lock(path)
			}
			if err != nil {
				return &exitErr{code: exitError, err: err}
			}
			defer unlock()
			lib, err := openLibrary(opts)
			if err != nil {
				return err
			}
			defer lib.Close()

			progress := progressLine(stderr)
			report, err := feeds.Fetch(cmd.Context(), lib, feeds.Options{
				Client: newClient(timeout),
				Progress: func(done, total int, r feeds.Result) {
					if r.Outcome == feeds.Failed && cmd.Context().Err() == nil {
						progress("")
						fmt.Fprintf(stderr, "%s: %s\n", line(r.URL), line(r.Err.Error()))
					}
					progress(fmt.Sprintf("fetching %d/%d", done, total))
				},
			})
			progress("")
			if err != nil {
				return err // interrupted, or the library cannot be read
			}
			if opts.json {
				entries := make([]fetchJSON, len(report.Results))
				for i, r := range report.Results {
					entries[i] = fetchJSON{ID: r.Name, URL: r.URL, Title: r.Title, Outcome: r.Outcome.String(), Items: r.Items,
						New: r.New, Updated: r.Updated, MovedFrom: r.MovedFrom, Seconds: r.Took.Seconds()}
					if r.Err != nil {
						entries[i].Error = r.Err.Error()
					}
					if !r.RetryAfter.IsZero() {
						entries[i].RetryAfter = r.RetryAfter.UTC().Format(time.RFC3339)
					}
				}
				if err := writeJSON(cmd.OutOrStdout(), entries); err != nil {
					return err
				}
			} else {
				writeFetchSummary(cmd.OutOrStdout(), report)
			}
			fetched := report.Count(feeds.Fetched) + report.Count(feeds.NotModified)
			switch {
			case len(report.Results) == 0:
				fmt.Fprintln(stderr, "no feeds yet: add one with `dateline feeds add URL`, or `dateline feeds import FILE.opml`")
				return &exitErr{code: exitNothing}
			case fetched == 0 && report.Count(feeds.Failed) > 0:
				return &exitErr{code: exitNothing}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print a JSON summary of each feed")
	cmd.Flags().DurationVar(&timeout, "timeout", feed.DefaultTimeout, "give up on a feed after `DURATION`, body included")
	return cmd
}

func writeFetchSummary(w io.Writer, report *feeds.Report) {
	newItems, updated := 0, 0
	for _, r := range report.Results {
		newItems += r.New
		updated += r.Updated
		if r.MovedFrom != "" {
			fmt.Fprintf(w, "%s moved for good to %s: the subscription follows it\n", line(r.MovedFrom), line(r.URL))
		}
	}
	parts := []string{fmt.Sprintf("%d new articles", newItems)}
	if updated > 0 {
		parts = append(parts, fmt.Sprintf("%d updated", updated))
	}
	parts = append(parts, fmt.Sprintf("%d feeds fetched", report.Count(feeds.Fetched)))
	if n := report.Count(feeds.NotModified); n > 0 {
		parts = append(parts, fmt.Sprintf("%d unchanged", n))
	}
	if n := report.Count(feeds.Waiting); n > 0 {
		parts = append(parts, fmt.Sprintf("%d waiting for their Retry-After", n))
	}
	if n := report.Count(feeds.Failed); n > 0 {
		parts = append(parts, fmt.Sprintf("%d failed", n))
	}
	fmt.Fprintln(w, strings.Join(parts, ", "))
}

// progressLine returns a function that shows one line of progress on w,
// over the last, when w is a terminal; "" clears it.
func progressLine(w io.Writer) func(string) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func(string) {}
	}
	return func(s string) { fmt.Fprint(w, "\r"+s+ansi.EraseLineRight) }
}

// noFeedsHint is said in the app while the library has no articles.
const noFeedsHint = "No feeds yet: dateline feeds add URL, then r fetches them."

// appOptions are the app's options for a session: with the library's
// feeds behind the Sources pane and r when no folder was given.
func appOptions(cmd *cobra.Command, opts *options, s *session) ui.Options {
	o := ui.Options{Skipped: s.skipped, NoMouse: opts.noMouse}
	if len(opts.dirs) > 0 {
		dirs := expandHome(opts.dirs)
		for _, d := range dirs {
			if info, err := os.Stat(d); err == nil && info.IsDir() {
				o.Folders = append(o.Folders, d)
			}
		}
		if len(o.Folders) == 0 {
			return o // files named one by one: nothing to list or read again
		}
		o.Sources = &appFolders{cmd: cmd, dirs: dirs, lib: s.lib, last: s.store.All()}
		return o
	}
	if s.lib == nil {
		return o
	}
	src := &appSources{lib: s.lib, path: libraryPath(opts), client: newClient(feed.DefaultTimeout)}
	o.Sources, o.Refresh = src, opts.refresh
	o.Feeds, _ = src.List(cmd.Context())
	if !s.feeds {
		o.Hint = noFeedsHint
	}
	return o
}

// appSources are the library's feeds as the app sees them.
type appSources struct {
	lib    *library.Library
	path   string
	client *feed.Client
}

// List returns every feed with its counts and last error.
func (a *appSources) List(ctx context.Context) ([]ui.Source, error) {
	status, err := feeds.List(ctx, a.lib)
	if err != nil {
		return nil, err
	}
	out := make([]ui.Source, len(status))
	for i, s := range status {
		out[i] = ui.Source{Name: s.Name, Title: s.Title, URL: s.URL, Articles: s.Articles, Unread: s.Unread, Error: s.LastError}
	}
	return out, nil
}

// Refresh fetches every feed, as dateline fetch does, unless another
// dateline is fetching into the library, and reads back its articles.
func (a *appSources) Refresh(ctx context.Context, progress func(done, total int)) (*ui.Refreshed, error) {
	unlock, err := feeds.TryLock(a.path)
	if err != nil {
		return nil, err
	}
	defer unlock()
	report, err := feeds.Fetch(ctx, a.lib, feeds.Options{Client: a.client, Progress: func(done, total int, _ feeds.Result) {
		progress(done, total)
	}})
	if err != nil {
		return nil, err
	}
	kept, err := feeds.Articles(ctx, a.lib)
	if err != nil {
		return nil, err
	}
	r := &ui.Refreshed{Articles: kept.Articles, Failed: report.Count(feeds.Failed)}
	for _, res := range report.Results {
		r.New += res.New
	}
	if len(r.Articles) == 0 {
		bundled, err := articles.Bundled()
		if err != nil {
			return nil, err
		}
		r.Articles = bundled
	}
	r.Sources, err = a.List(ctx)
	return r, err
}

// FullText fetches the page of a feed's article and keeps its text.
func (a *appSources) FullText(ctx context.Context, art *articles.Article) (*articles.Article, error) {
	return feeds.FullText(ctx, a.lib, a.client, art.Key, art.ID)
}

// appFolders are the folders of a run over folders, which r reads again.
type appFolders struct {
	cmd  *cobra.Command
	dirs []string
	lib  *library.Library // nil without a library: IDs as with --no-state
	// The articles read last time, to count the new ones: by MarkKey, made
	// from last at the first Refresh, not before the first frame (25 ms
	// at 100,000 files).
	known map[string]bool
	last  []*articles.Article
}

// List returns no feeds: the folders are the app's to list.
func (*appFolders) List(context.Context) ([]ui.Source, error) { return nil, nil }

// folderProgressEvery is how often a new read of the folders says how far
// it has got: often enough to move, rarely enough not to flood the app.
const folderProgressEvery = 100 * time.Millisecond

// Refresh reads the folders again as the start did (through the snapshot,
// so unchanged files are not parsed again) and gives the new files their
// IDs as the start does.
func (a *appFolders) Refresh(ctx context.Context, progress func(done, total int)) (*ui.Refreshed, error) {
	var prog articles.Progress
	stop := make(chan struct{})
	ticked := make(chan struct{})
	go func() {
		defer close(ticked)
		t := time.NewTicker(folderProgressEvery)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				done, total, _ := prog.Snapshot()
				progress(done, total)
			}
		}
	}()
	loaded, snap, _, err := loadFolders(a.cmd, a.dirs, &prog, false)
	close(stop)
	<-ticked
	if err != nil {
		return nil, err
	}
	if a.lib != nil {
		idCtx, cancel := context.WithTimeout(ctx, startTimeout)
		_ = loaded.RememberIDs(idCtx, a.lib) // unremembered, the IDs are given all the same
		cancel()
	}
	saveSnapshot(a.cmd, snap) // the app builds the store, so without its index
	r := &ui.Refreshed{Articles: loaded.Articles, Skipped: loaded.Skipped}
	if a.known == nil {
		a.known = make(map[string]bool, len(a.last))
		for _, art := range a.last {
			a.known[art.MarkKey()] = true
		}
		a.last = nil
	}
	known := make(map[string]bool, len(loaded.Articles))
	for _, art := range loaded.Articles {
		k := art.MarkKey()
		known[k] = true
		if !a.known[k] {
			r.New++
		}
	}
	a.known = known
	return r, nil
}
