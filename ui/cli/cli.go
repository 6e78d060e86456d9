// Package cli is dateline's command line: the subcommands (cobra through
// fang), loading with progress, the snapshot and the library at start-up,
// signals, and the exit statuses. main.go only calls Main.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/fang"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"dateline/articles"
	"dateline/articles/countries"
	_ "dateline/articles/html" // .html and .htm files
	"dateline/store"
	"dateline/store/cache"
	"dateline/store/feeds"
	"dateline/store/library"
	"dateline/ui"
	"dateline/ui/plain"
)

// Exit statuses, as grep has them, and as shells report a SIGINT.
const (
	exitNothing     = 1   // nothing matched, or nothing to load
	exitError       = 2   // a usage or I/O error
	exitInterrupted = 130 // ctrl+c (SIGINT) stopped a load or a search
)

// exitErr carries an exit status; a nil err exits quietly.
type exitErr struct {
	code int
	err  error
}

func (e *exitErr) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitErr) Unwrap() error { return e.err }

// Main runs dateline with the process's arguments and streams and returns
// the exit status.
func Main() int {
	capsHeap.Store(true)
	return run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
}

// run executes the command line args and returns the exit status.
//
// A SIGINT cancels ctx (rather than fang's own WithNotifySignal, so that
// run can tell an interrupted command from a failed one): the load or
// search under way stops, and run reports it on one line, with status 130.
// In the app, ctrl+c is a key that quits as q does, with status 0.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	interrupted := func(err error) bool { return ctx.Err() != nil || errors.Is(err, tea.ErrInterrupted) }
	root := rootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := fang.Execute(ctx, root,
		fang.WithVersion(version()),
		fang.WithoutManpage(), // manCmd: one with the keys, the search syntax and the exit statuses
		fang.WithErrorHandler(func(w io.Writer, styles fang.Styles, err error) {
			var ee *exitErr
			if errors.As(err, &ee) && ee.err == nil || interrupted(err) {
				return // a quiet status, like grep finding nothing; or reported below
			}
			fang.DefaultErrorHandler(w, styles, printableError{err})
		}),
	)
	if err == nil {
		return 0
	}
	if interrupted(err) {
		reportInterrupt(stderr)
		return exitInterrupted
	}
	var ee *exitErr
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitError
}

// printableError is an error whose text is safe to print. Every error run
// reports goes through it, whatever made it (pflag, cobra, fang, the
// loader, the app), because any of them may quote an argument, a flag's
// name or a path: an unknown flag named "--x\x1b]52;c;…" must not write to
// the clipboard.
type printableError struct{ err error }

func (e printableError) Error() string { return articles.SanitizeLine(e.err.Error()) }
func (e printableError) Unwrap() error { return e.err }

// reportInterrupt says on w that dateline was interrupted. On a terminal it
// first clears the line, where the terminal has echoed ^C, so the shell's
// prompt comes back on a clean line.
func reportInterrupt(w io.Writer) {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		fmt.Fprint(w, "\r"+ansi.EraseLineRight)
	}
	fmt.Fprintln(w, "dateline: interrupted")
}

// version is the module version from the build info, or the VCS revision.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 7 {
			return "devel (" + s.Value[:7] + ")"
		}
	}
	return "devel"
}

// options are the flags every command shares.
type options struct {
	dirs    []string
	library string
	noState bool
	noMouse bool
	refresh time.Duration
	json    bool
}

func rootCmd() *cobra.Command {
	var opts options
	root := &cobra.Command{
		Use:   "dateline [DIR...]",
		Short: "Read, search and browse news articles in the terminal",
		Long: "dateline loads a folder of news articles (.txt and .md, recursively), or the articles it ships with, " +
			"and opens a browser with list, reader, fuzzy-search and countries panes. " +
			"The subcommands print for scripts; dateline man prints the man page, with every key.",
		Example: `  dateline                      # the bundled articles
  dateline ~/news               # every .txt and .md below ~/news
  dateline search potash        # for scripts; also list, show, countries
  dateline search 'belarus !ukraine' --json`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := notACommand(cmd, args); err != nil {
				return err
			}
			opts.dirs = append(opts.dirs, args...)
			return runApp(cmd, opts)
		},
	}
	root.PersistentFlags().StringArrayVarP(&opts.dirs, "dir", "d", nil, "load the articles under DIR (repeatable)")
	root.PersistentFlags().StringVar(&opts.library, "library", "", "keep subscriptions, fetched articles and marks in FILE (default $XDG_DATA_HOME/dateline/library.db)")
	root.PersistentFlags().BoolVar(&opts.noState, "no-state", false, "read and write nothing: no library, no marks, no snapshot")
	root.Flags().BoolVar(&opts.noMouse, "no-mouse", false, "leave the mouse to the terminal, for selecting text")
	root.Flags().DurationVar(&opts.refresh, "refresh", 0, "fetch every feed each DURATION (30m, say) while the app is open")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &exitErr{code: exitError, err: flagError(err)}
	})
	addCacheFlag(root)
	root.SuggestionsMinimumDistance = 2 // dateline lst: did you mean list?
	root.AddCommand(manCmd())
	root.AddCommand(listCmd(&opts), showCmd(&opts), countriesCmd(&opts), searchCmd(&opts), feedsCmd(&opts), fetchCmd(&opts), markCmd(&opts))
	// completion with a shell it does not know printed its help and exited
	// 0; it is a usage error.
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Args = cobra.ArbitraryArgs
			c.RunE = func(cmd *cobra.Command, args []string) error {
				if len(args) > 0 {
					return usageError("completion knows bash, zsh, fish and powershell, not %s", quoteArgs(args))
				}
				return cmd.Help()
			}
		}
	}
	return root
}

// flagError rewords pflag's error for a flag value that does not parse,
// which ends in strconv's own words (strconv.ParseInt: parsing "abc":
// invalid syntax). The message still starts "invalid argument", so fang
// adds its hint about --help.
func flagError(err error) error {
	var bad *pflag.InvalidValueError
	var num *strconv.NumError
	if !errors.As(err, &bad) || !errors.As(err, &num) {
		return err
	}
	why := "not a number"
	switch {
	case bad.GetFlag().Value.Type() == "bool":
		why = "give true or false, or the flag alone"
	case errors.Is(num.Err, strconv.ErrRange):
		why = "out of range"
	}
	return fmt.Errorf("invalid argument %q for --%s: %s", bad.GetValue(), bad.GetFlag().Name, why)
}

// usageError is a usage error: status 2, with a message that says what to
// do instead.
func usageError(format string, a ...any) error {
	return &exitErr{code: exitError, err: fmt.Errorf(format, a...)}
}

// noArgs rejects arguments to a command that takes none: cobra.NoArgs would
// call them an unknown command, when the likely mistake is a folder given
// without --dir.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return usageError("%s takes no arguments, but got %s: give a folder with `--dir DIR` (`dateline DIR` opens the app on it)",
		cmd.Name(), quoteArgs(args))
}

// quoteArgs quotes args for an error message.
func quoteArgs(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, " ")
}

// notACommand rejects a first argument that is no folder but nearly a
// subcommand's name (lst): it is a slip, not a folder to open.
func notACommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if _, err := os.Stat(args[0]); err == nil {
		return nil
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return usageError("unknown command %q; the nearest is `dateline %s`", args[0], s[0])
	}
	return nil
}

// expandHome expands a leading ~ in paths the shell did not expand, as in
// --dir=~/news.
func expandHome(paths []string) []string {
	home, err := os.UserHomeDir()
	if err != nil {
		return paths
	}
	out := make([]string, len(paths))
	for i, p := range paths {
		if p == "~" || strings.HasPrefix(p, "~/") {
			p = filepath.Join(home, p[1:])
		}
		out[i] = p
	}
	return out
}

// errNoTerminal is why the app does not start without a terminal.
var errNoTerminal = &exitErr{code: exitError, err: errors.New("the app needs a terminal; for scripts use `dateline list`, `show`, `search` or `countries`")}

// needTerminal reports errNoTerminal unless stdout is a terminal and one
// can be read from: the app would write escape codes into a pipe, or fail
// with Bubble Tea's own words.
func needTerminal(out io.Writer) error {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return errNoTerminal
	}
	if !term.IsTerminal(os.Stdin.Fd()) {
		tty, err := os.Open("/dev/tty")
		if err != nil {
			return errNoTerminal
		}
		tty.Close()
	}
	return nil
}

func runApp(cmd *cobra.Command, opts options) error {
	var hold *gcHold
	if useCache(cmd) && len(opts.dirs) > 0 {
		hold = holdGC(expandHome(opts.dirs))
	}
	defer hold.release()
	s, err := openSession(cmd, &opts, true)
	if err != nil {
		return err
	}
	defer s.close()
	defer hold.release() // before the snapshot is saved
	if s.snap == nil {
		hold.release()
	} else if _, parsed := s.snap.Counts(); parsed > 0 {
		hold.release() // the snapshot was stale: this start is not warm
	}
	if err := cmd.Context().Err(); err != nil {
		return err // interrupted between the load and the app
	}
	if err := needTerminal(cmd.OutOrStdout()); err != nil {
		return err
	}
	o := appOptions(cmd, &opts, s)
	o.Marks, o.MarksProblem = s.marks, s.why
	o.SelectKey, o.Country = s.lastSelection(cmd.Context(), opts.dirs)
	o.Stale = s.stale
	m := ui.New(s.store, o)
	appDone := make(chan struct{})
	defer close(appDone)
	// The search index once the first frame is out: built beside it, on
	// the other core, it took the processor and memory bandwidth the
	// frame wanted (a warm first frame at 10,000 files came in 65 ms
	// instead of 95). A search typed before it is ready waits for it.
	go func() {
		if firstFrame(m, appDone) {
			hold.release()
			s.prepare()
		}
	}()
	// No tea.WithContext, and not Bubble Tea's own signal handler: the
	// signals are carried to the app by appSignals, which quits it (so
	// that it gives the terminal back) and reports which signal came. Were
	// the context, which a SIGINT cancels too, handed to the program as
	// well, Bubble Tea v2.0.10 could deadlock: its event loop ends on the
	// cancelled context while a sender waits on that loop. run reports a
	// SIGINT as an interrupt; any other error, a panic included, is an
	// error.
	var sigs *appSignals
	// The color profile lipgloss detected at start-up, for stdout: in tmux,
	// detecting it again would run `tmux info` once more before the first
	// frame.
	p := tea.NewProgram(m, tea.WithColorProfile(lipgloss.Writer.Profile), tea.WithoutSignalHandler(), tea.WithFPS(ui.FPS), tea.WithFilter(func(m tea.Model, msg tea.Msg) tea.Msg {
		return sigs.filter(m, msg)
	}))
	sigs = watchSignals(p)
	final, err := p.Run()
	if app, ok := final.(*ui.Model); ok {
		s.keepSelection(opts.dirs, app)
	}
	if sig := sigs.stop(); sig != nil {
		if sig == os.Interrupt {
			return tea.ErrInterrupted
		}
		return &exitErr{code: signalStatus(sig)}
	}
	if err != nil {
		return &exitErr{code: exitError, err: fmt.Errorf("running the app: %w", err)}
	}
	return nil
}

// load reads the bundled corpus or the given folders, with the snapshot
// of the folders (nil without one) for storeOf, and for the app, when the
// articles came from the snapshot without a walk, whether the folders have
// changed since (see loadFolders). Skipped files are
// reported on stderr unless the app will show them; a load with no
// articles is an error with status 1.
func load(cmd *cobra.Command, dirs []string, forApp bool) (*articles.Loaded, *cache.Cache, func(context.Context) bool, error) {
	dirs = expandHome(dirs)
	if len(dirs) == 0 {
		arts, err := articles.Bundled()
		if err != nil {
			return nil, nil, nil, &exitErr{code: exitError, err: err}
		}
		return &articles.Loaded{Articles: arts}, nil, nil, nil
	}
	stderr := cmd.ErrOrStderr()
	var prog articles.Progress
	if capsHeap.Load() && holdsNoIndex(cmd) {
		prog.Listed = capHeap
	}
	stop := showProgress(stderr, &prog)
	loaded, snap, stale, err := loadFolders(cmd, dirs, &prog, forApp)
	stop()
	if err != nil {
		return nil, nil, nil, &exitErr{code: exitError, err: err}
	}
	// The app shows the skipped files itself, but it does not open on
	// nothing, so then the reasons go to stderr as well.
	if !forApp || len(loaded.Articles) == 0 {
		for _, s := range loaded.Skipped {
			fmt.Fprintf(stderr, "dateline: skipped %s: %s\n", s.Path, articles.SanitizeLine(s.Reason))
		}
	}
	if len(loaded.Articles) == 0 {
		return nil, nil, nil, &exitErr{code: exitNothing, err: nothingLoaded(dirs, len(loaded.Skipped))}
	}
	return loaded, snap, stale, nil
}

// nothingLoaded says why a load found no articles: no article files at
// all, which the hint about file types explains, or only files that were
// skipped, for the reasons printed above it.
func nothingLoaded(dirs []string, skipped int) error {
	where := strings.Join(dirs, ", ")
	switch skipped {
	case 0:
		return fmt.Errorf("no articles in %s: dateline reads .txt and .md files", where)
	case 1:
		return fmt.Errorf("nothing to read in %s: the only file was skipped (the reason is above)", where)
	}
	return fmt.Errorf("nothing to read in %s: all %d files were skipped (the reasons are above)", where, skipped)
}

// showProgress draws a progress bar on w, when w is a terminal and the load
// takes more than a moment. The returned function stops and clears it.
func showProgress(w io.Writer, prog *articles.Progress) (stop func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		start := time.Now()
		bar := progressBar(os.Getenv("NO_COLOR") != "")
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		drawn := false
		for {
			select {
			case <-done:
				if drawn {
					fmt.Fprint(w, "\r"+ansi.EraseLineRight)
				}
				return
			case <-tick.C:
			}
			elapsed := time.Since(start)
			if elapsed < 300*time.Millisecond {
				continue
			}
			n, total, bytes := prog.Snapshot()
			pct := 0.0
			if total > 0 {
				pct = float64(n) / float64(total)
			}
			mb := float64(bytes) / (1 << 20)
			fmt.Fprintf(w, "\r%s %d/%d files · %.1f MB · %.0f MB/s"+ansi.EraseLineRight,
				bar.ViewAs(pct), n, total, mb, mb/elapsed.Seconds())
			drawn = true
		}
	}()
	return func() { close(done); <-finished }
}

// progressBar is the load's bar, in colour unless noColor (NO_COLOR).
func progressBar(noColor bool) progress.Model {
	opts := []progress.Option{progress.WithWidth(30), progress.WithoutPercentage()}
	if noColor {
		opts = append(opts, progress.WithColors(lipgloss.NoColor{}))
	}
	bar := progress.New(opts...)
	if noColor {
		bar.EmptyColor = lipgloss.NoColor{}
	}
	return bar
}

// loadStore loads the articles a subcommand works on into a store, with
// the IDs the library remembers.
func loadStore(cmd *cobra.Command, opts *options) (*store.Store, error) {
	s, err := openSession(cmd, opts, false)
	if err != nil {
		return nil, err
	}
	s.warn(cmd.ErrOrStderr())
	s.close()
	return s.store, nil
}

func listCmd(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the articles, newest first",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := openSession(cmd, opts, false)
			if err != nil {
				return err
			}
			defer s.close()
			s.warn(cmd.ErrOrStderr())
			st := s.store
			out := cmd.OutOrStdout()
			if opts.json {
				all := st.All()
				return writeRecordsOf(out, len(all), func(i int, r *articles.Record) { s.fillRecord(r, all[i]) })
			}
			return plain.List(out, st.All())
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	return cmd
}

func showCmd(opts *options) *cobra.Command {
	var explain bool
	cmd := &cobra.Command{
		Use:   "show ID...",
		Short: "Print articles as they were understood",
		Long: `Print each article named, as it was understood. With --json and more than
one ID, a JSON array. With --explain, how each was understood: every line a
rule removed or retyped, every claim to its date, source, dateline, title
and author, with the rule that made it and whether it won, and every phrase
the country tagger looked at, with the country it counted for or why not.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("show needs an article ID: `dateline list` shows the IDs")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openSession(cmd, opts, false)
			if err != nil {
				return err
			}
			defer s.close()
			s.warn(cmd.ErrOrStderr())
			arts := make([]*articles.Article, 0, len(args))
			for _, id := range args {
				a, ok := findArticle(s.store, opts.dirs, id)
				if !ok {
					return &exitErr{code: exitError, err: fmt.Errorf("no article %q; `dateline list` shows the IDs", id)}
				}
				arts = append(arts, a)
			}
			out := cmd.OutOrStdout()
			switch {
			case explain:
				return writeExplanations(cmd.Context(), out, s.lib, arts)
			case opts.json && len(arts) == 1:
				return writeJSON(out, s.fullRecord(arts[0]))
			case opts.json:
				records := make([]articles.FullRecord, len(arts))
				for i, a := range arts {
					records[i] = s.fullRecord(a)
				}
				return writeJSON(out, records)
			}
			for i, a := range arts {
				if i > 0 {
					io.WriteString(out, "\n")
				}
				if _, err := io.WriteString(out, plain.Article(a)); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	cmd.Flags().BoolVar(&explain, "explain", false, "say which rule removed or retyped each line and which claims won")
	cmd.ValidArgsFunction = func(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		s, err := openSession(cmd, opts, false)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer s.close()
		ids := make([]cobra.Completion, 0, s.store.Len())
		for _, a := range s.store.All() {
			ids = append(ids, cobra.CompletionWithDesc(a.ID, a.Title))
		}
		return ids, cobra.ShellCompDirectiveNoFileComp
	}
	return cmd
}

// findArticle finds an article by its ID or by the file it came from, as
// given on the command line or relative to a folder loaded.
func findArticle(st *store.Store, dirs []string, arg string) (*articles.Article, bool) {
	if a, ok := st.ByID(arg); ok {
		return a, true
	}
	want := map[string]bool{}
	for _, p := range append([]string{arg}, joinAll(expandHome(dirs), arg)...) {
		if abs, err := filepath.Abs(p); err == nil {
			want[abs] = true
		}
	}
	for _, a := range st.All() {
		for _, p := range append([]string{a.Path}, a.Paths...) {
			if abs, err := filepath.Abs(p); err == nil && p != "" && want[abs] {
				return a, true
			}
		}
	}
	return nil, false
}

// joinAll joins each of dirs with name.
func joinAll(dirs []string, name string) []string {
	out := make([]string, len(dirs))
	for i, d := range dirs {
		out[i] = filepath.Join(d, name)
	}
	return out
}

// writeExplanations reads each article's input again and says how it was
// understood: a file's bytes, a bundled article's, or the parts the
// library keeps for an article fetched from a feed.
func writeExplanations(ctx context.Context, w io.Writer, lib *library.Library, arts []*articles.Article) error {
	for i, a := range arts {
		var e *articles.Explanation
		var err error
		switch fetched := fetchedArticle(a); {
		case fetched && lib == nil:
			err = errors.New("it was fetched from a feed, and the library it is kept in is not open")
		case fetched:
			var p articles.Parts
			if p, err = feeds.StoredParts(ctx, lib, a.Key); err == nil {
				e, err = articles.ExplainParts(a.ID, p)
			}
		case a.Path == "":
			e, err = articles.ExplainBundled(a.ID)
		default:
			e, err = articles.ExplainFile(a.ID, a.Path)
		}
		if err != nil {
			return &exitErr{code: exitError, err: fmt.Errorf("explaining %s: %w", articles.SanitizeLine(a.ID), err)}
		}
		if i > 0 {
			io.WriteString(w, "\n")
		}
		if _, err := io.WriteString(w, e.String()); err != nil {
			return err
		}
	}
	return nil
}

// fetchedArticle reports whether a came from a feed the library fetched,
// rather than from a feed file in a folder: its path is the item's address.
func fetchedArticle(a *articles.Article) bool {
	return strings.HasPrefix(a.Key, "feed:") &&
		(a.Path == "" || strings.HasPrefix(a.Path, "http://") || strings.HasPrefix(a.Path, "https://"))
}

func countriesCmd(opts *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "countries",
		Short: "List the countries the articles mention, most articles first",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := loadStore(cmd, opts)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if opts.json {
				entries := make([]countryJSON, 0, len(st.Countries()))
				for _, c := range st.Countries() {
					entries = append(entries, countryJSON{Code: c.Code, Name: c.Name, Flag: c.Flag, Articles: c.Articles})
				}
				return writeJSON(out, entries)
			}
			rows := make([][]string, 0, len(st.Countries()))
			for _, c := range st.Countries() {
				rows = append(rows, []string{c.Flag, c.Code, c.Name, fmt.Sprint(c.Articles)})
			}
			return plain.Columns(out, rows)
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	return cmd
}

func searchCmd(opts *options) *cobra.Command {
	var country string
	var limit int
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Fuzzy-find articles; exit status 1 when nothing matches",
		Long: `Fuzzy-find articles by the words of their title, source, dateline, countries
and body. Terms are ANDed; fzf's operators work on words: 'exact, ^prefix,
suffix$, !not, a | b and "a phrase". Qualifiers narrow: c:BY, src:azertac,
by:name, date:2025-05..2025-07, is:read|unread|saved, in:news/world (a
folder), each negatable with !.
Quote a query with ! in single quotes.`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("search needs a query, such as `dateline search potash`")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			sess, err := openSession(cmd, opts, false)
			if err != nil {
				return err
			}
			defer sess.close()
			sess.warn(cmd.ErrOrStderr())
			st := sess.store
			query := articles.SanitizeLine(strings.Join(args, " ")) // filtered as the articles were
			if limit < 0 {
				return &exitErr{code: exitError, err: fmt.Errorf("invalid --limit %d: give a number of results, or 0 for all", limit)}
			}
			code := ""
			if country != "" { // a code, a name or a name people use: UK, Britain, Holland
				c, ok := countries.ByName(country)
				if !ok {
					return &exitErr{code: exitError, err: fmt.Errorf("unknown --country %q: give a country's code or name, such as BY or Belarus; `dateline countries` lists them", country)}
				}
				code = c.Code
			}
			res, err := st.Search(cmd.Context(), query, store.Options{Country: code, Limit: limit, Marks: sess.marks})
			if qe := (*store.QueryError)(nil); errors.As(err, &qe) {
				return &exitErr{code: exitError, err: qe}
			}
			if err != nil {
				return &exitErr{code: exitError, err: fmt.Errorf("searching for %q: %w", query, err)}
			}
			if n := res.Notice(); n != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "dateline: "+n)
			}
			if res.Blank() {
				return &exitErr{code: exitError, err: fmt.Errorf("the query %q has no words to search for", query)}
			}
			out := cmd.OutOrStdout()
			if opts.json {
				// [] when nothing matches, so that jq still reads it.
				entries := make([]searchJSON, len(res.Hits))
				for i, h := range res.Hits {
					entries[i] = newSearchJSON(h, res.Snippet(i))
					entries[i].Why = res.Why(i)
				}
				if err := writeJSON(out, entries); err != nil {
					return err
				}
			} else if err := writeSearch(out, res); err != nil {
				return err
			}
			if len(res.Hits) == 0 {
				return &exitErr{code: exitNothing}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&opts.json, "json", false, "print JSON")
	cmd.Flags().StringVarP(&country, "country", "c", "", "only articles that mention the country CODE (ISO 3166, e.g. BY, or a name: UK, Holland)")
	_ = cmd.RegisterFlagCompletionFunc("country", func(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		s, err := openSession(cmd, opts, false)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer s.close()
		var codes []cobra.Completion
		for _, c := range s.store.Countries() {
			codes = append(codes, cobra.CompletionWithDesc(c.Code, c.Name))
		}
		return codes, cobra.ShellCompDirectiveNoFileComp
	})
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "print at most N results (0: all)")
	return cmd
}

// writeSearch prints results best first, the matches in each snippet marked:
// in reverse video on a terminal, in [brackets] otherwise.
func writeSearch(w io.Writer, res *store.Results) error {
	mark := func(s string) string { return "[" + s + "]" }
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		style := lipgloss.NewStyle().Reverse(true)
		mark = func(s string) string { return style.Render(s) }
	}
	return plain.Search(w, res, mark)
}

// The JSON shapes of the subcommands' output: a stable contract for scripts.

type countryJSON struct {
	Code     string `json:"code"`
	Name     string `json:"name"`
	Flag     string `json:"flag"`
	Articles int    `json:"articles"`
}

type searchJSON struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Date       string   `json:"date"`
	Score      int      `json:"score"`
	Field      string   `json:"field"`
	Snippet    string   `json:"snippet"`
	Highlights [][2]int `json:"highlights"`
	Why        string   `json:"why"`    // which ranking tiers placed it
	Copies     []string `json:"copies"` // IDs of near-duplicates folded into this row
}

func newSearchJSON(h store.Hit, sn store.Snippet) searchJSON {
	hl := make([][2]int, len(sn.Highlights))
	for i, r := range sn.Highlights {
		hl[i] = [2]int{r.Start, r.End}
	}
	copies := make([]string, len(h.Copies))
	for i, c := range h.Copies {
		copies[i] = c.ID
	}
	return searchJSON{
		ID: h.Article.ID, Title: h.Article.Title, Date: h.Article.Date.String(), Score: h.Score,
		Field: sn.Field.String(), Snippet: sn.Text, Highlights: hl, Copies: copies,
	}
}

// writeJSON prints v indented, with a final newline, HTML left unescaped.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
