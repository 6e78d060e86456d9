package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"dateline/articles"
	"dateline/store"
	"dateline/store/cache"
	"dateline/store/library"
	"dateline/ui"
)

// startTimeout bounds the library's work before a command starts (reading
// the marks, remembering the IDs of new files): a library that another
// process holds must not hold up the start for the whole busy timeout.
const startTimeout = time.Second

// quitTimeout bounds the writes when the app quits.
const quitTimeout = 2 * time.Second

// idTimeout bounds reading the remembered IDs at the start, and writing
// the new ones, which goes on after it: the first start over a folder of
// 100,000 files writes them all, and a start after a change reads them all.
const idTimeout = 30 * time.Second

// rememberIDs gives the loaded articles the IDs the library remembers for
// them, and new ones to the rest: from the snapshot when it was saved at
// the library's present stamp over these same files (remembering again
// would give the same IDs and write nothing), else from the library. The
// new IDs are written after the start, by the returned laterIDs.
func rememberIDs(ctx context.Context, cmd *cobra.Command, lib *library.Library, loaded *articles.Loaded, snap *cache.Cache, dirs []string) (*laterIDs, error) {
	state, stamp := "", ""
	if snap != nil {
		var err error
		if stamp, err = lib.Stamp(ctx); err == nil {
			state = idState(stamp, dirs)
		}
	}
	if ids := snap.SavedIDs(state); ids != nil && applyIDs(loaded.Articles, ids) {
		snap.SetStamp(state)
		debugCache(cmd, "snapshot: IDs reused")
		return nil, nil
	}
	later := &laterIDs{lib: lib}
	if state != "" {
		later.from, later.stamped = stamp, func(stamp string) { snap.SetStamp(idState(stamp, dirs)) }
	}
	err := loaded.RememberIDs(ctx, later)
	if err == nil && len(later.writes) == 0 && state != "" {
		// Nothing to write, and nothing written meanwhile: these are the
		// IDs the library gives these files at this stamp.
		if stamp, err := lib.Stamp(ctx); err == nil && idState(stamp, dirs) == state {
			snap.SetStamp(state)
		}
	}
	if err != nil {
		later.stamped = nil // the IDs given are not the library's
	}
	later.start()
	return later, err
}

// idState is what decides the IDs of a load besides its files: the
// library's stamp and the folders as they were given, from where (the
// paths shown, which order the new IDs, follow from them).
func idState(stamp string, dirs []string) string {
	return stamp + "\x00" + listingKey(dirs)
}

// applyIDs gives every article its ID from ids, by Key, if ids has one for
// each of them, and reports whether it had.
func applyIDs(arts []*articles.Article, ids map[string]string) bool {
	if len(ids) != len(arts) {
		return false
	}
	given := make([]string, len(arts)) // all or none: looked up once, given after
	for i, a := range arts {
		id, ok := ids[a.Key]
		if !ok {
			return false
		}
		given[i] = id
	}
	for i, a := range arts {
		a.ID = given[i]
	}
	return true
}

// laterIDs is the library as an ID memory that reads at once and writes
// after: the IDs are given in memory at the start, and kept in the
// background, so that a start with many new files is not held up by
// writing them. A write that fails loses nothing: the next start gives
// the same IDs again.
//
// When the writes find the library at the stamp the IDs were read at
// (from), the stamp they leave is one at which the library gives these
// files these IDs, and stamped is told it, so that the snapshot saved
// after records it and the next start takes its IDs from the snapshot,
// not from the library: the first start's snapshot serves the second.
type laterIDs struct {
	lib     *library.Library
	from    string             // the library's stamp before the IDs were read; "" if unknown
	stamped func(stamp string) // nil: no one to tell
	writes  []idWrite
	done    chan error
}

// idWrite is one scope's new IDs.
type idWrite struct {
	scope string
	ids   map[string]articles.RememberedID
}

// IDs reads the IDs remembered in scope.
func (m *laterIDs) IDs(ctx context.Context, scope string) (map[string]articles.RememberedID, error) {
	return m.lib.IDs(ctx, scope)
}

// SetIDs keeps ids in scope, after the start.
func (m *laterIDs) SetIDs(_ context.Context, scope string, ids map[string]articles.RememberedID) error {
	m.writes = append(m.writes, idWrite{scope, ids})
	return nil
}

func (m *laterIDs) start() {
	if len(m.writes) == 0 {
		return
	}
	m.done = make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), idTimeout)
		defer cancel()
		stamp := m.from
		var err error
		for _, w := range m.writes {
			if stamp, err = m.lib.SetIDsFrom(ctx, w.scope, w.ids, stamp); err != nil {
				break
			}
		}
		if err == nil && stamp != "" && m.stamped != nil {
			m.stamped(stamp)
		}
		m.done <- err
	}()
}

// wait waits for the writes to end and says how they went.
func (m *laterIDs) wait() error {
	if m == nil || m.done == nil {
		return nil
	}
	err := <-m.done
	m.done = nil
	return err
}

// session is what a command works on: the articles, their marks, and the
// library that keeps them.
type session struct {
	store   *store.Store
	skipped []articles.Skipped
	marks   *library.MarkSet
	lib     *library.Library // nil with --no-state, or when it could not be opened
	// why says why marks will not be kept; "" when they will, and with
	// --no-state, which asked for it.
	why string
	// feeds is true when the articles are the library's, fetched from
	// feeds.
	feeds bool
	// ids are the new IDs being written to the library after the start.
	ids *laterIDs
	// snap is the snapshot the articles came from, saved when the
	// session closes (nil without one).
	snap *cache.Cache
	cmd  *cobra.Command
	// stale, when the articles came from the snapshot's listing without a
	// walk, tells whether the folders have changed since (Options.Stale).
	stale func(context.Context) bool
}

// openSession loads the articles a command works on, gives them the IDs
// the library remembers, and reads their marks. A library that cannot be
// opened, read or written costs the marks, never the command: why says so.
func openSession(cmd *cobra.Command, opts *options, forApp bool) (*session, error) {
	s := &session{}
	if !opts.noState {
		lib, err := library.Open(libraryPath(opts))
		if err != nil {
			s.why = err.Error()
		} else {
			s.lib = lib
		}
	}
	loaded, snap, stale, err := load(cmd, opts.dirs, forApp)
	if err != nil {
		s.close()
		return nil, err
	}
	// Without a folder, the library's articles, while it has any.
	if len(opts.dirs) == 0 && s.lib != nil {
		if kept, c, err := libraryArticles(cmd, s.lib, libraryPath(opts)); err == nil && len(kept.Articles) > 0 {
			loaded, snap = kept, c
			s.feeds = true
		}
	}
	if err := cmd.Context().Err(); err != nil {
		s.close()
		return nil, err // interrupted: that is all there is to say
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), startTimeout)
	defer cancel()
	if s.lib != nil {
		var err error
		if s.feeds {
			err = loaded.RememberIDs(ctx, s.lib) // feed items have their IDs: nothing to read or write
		} else {
			// Reading the IDs waits for no other process (the library is
			// in WAL mode: readers never wait for writers), and at
			// 100,000 files takes a good part of startTimeout by itself.
			idCtx, cancel := context.WithTimeout(cmd.Context(), idTimeout)
			s.ids, err = rememberIDs(idCtx, cmd, s.lib, loaded, snap, opts.dirs)
			cancel()
		}
		if err != nil && s.why == "" {
			s.why = err.Error()
		}
	}
	s.marks, err = library.LoadMarkSet(ctx, s.lib)
	if err != nil {
		if s.why == "" {
			s.why = err.Error()
		}
		s.marks, _ = library.LoadMarkSet(ctx, nil)
	}
	s.store, s.skipped = storeOf(snap, loaded.Articles), loaded.Skipped
	s.snap, s.cmd, s.stale = snap, cmd, stale
	return s, nil
}

// warn says on w, once, why marks will not be kept, if they will not.
func (s *session) warn(w io.Writer) {
	if s.why != "" {
		fmt.Fprintf(w, "dateline: marks will not be kept: %s\n", articles.SanitizeLine(s.why))
	}
}

// prepare builds the search index, in the background of the app's first
// frame, and then saves the snapshot with it, so that the next start
// reads it in place.
func (s *session) prepare() {
	s.store.Prepare()
	if s.snap != nil {
		saveSnapshot(s.cmd, s.snap)
	}
}

// close writes what is left to write (the snapshot, the new IDs, the
// marks) and closes the library.
func (s *session) close() error {
	// The new IDs first: once they are written, the snapshot can say at
	// which stamp of the library they hold.
	var err error
	if s.lib != nil {
		err = s.ids.wait()
	}
	if s.snap != nil {
		saveSnapshot(s.cmd, s.snap)
	}
	if s.lib == nil {
		return nil
	}
	if s.marks != nil {
		ctx, cancel := context.WithTimeout(context.Background(), quitTimeout)
		defer cancel()
		if ferr := s.marks.Flush(ctx); err == nil {
			err = ferr
		}
	}
	if cerr := s.lib.Close(); err == nil {
		err = cerr
	}
	return err
}

// record is a's JSON record with its marks.
func (s *session) record(a *articles.Article) articles.Record {
	r := articles.NewRecord(a)
	m := s.marks.Get(a.MarkKey())
	r.Read, r.Saved = m.Read, m.Saved
	return r
}

// fillRecord sets *r to a's JSON record with its marks, reusing r as
// articles.FillRecord does.
func (s *session) fillRecord(r *articles.Record, a *articles.Article) {
	articles.FillRecord(r, a)
	m := s.marks.Get(a.MarkKey())
	r.Read, r.Saved = m.Read, m.Saved
}

// fullRecord is a's full JSON record with its marks.
func (s *session) fullRecord(a *articles.Article) articles.FullRecord {
	r := articles.NewFullRecord(a)
	r.Record = s.record(a)
	return r
}

func markCmd(opts *options) *cobra.Command {
	var read, unread, save, unsave bool
	cmd := &cobra.Command{
		Use:   "mark ID... --read|--unread|--save|--unsave",
		Short: "Mark articles read or unread, saved or not, as the app does",
		Example: `  dateline mark 004_c3b72c7bc053c981 --read --save
  dateline list --json | jq -r '.[] | select(.saved) | .id'`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("mark needs an article ID: `dateline list` shows the IDs")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case read && unread:
				return usageError("--read and --unread contradict each other: give one")
			case save && unsave:
				return usageError("--save and --unsave contradict each other: give one")
			case !read && !unread && !save && !unsave:
				return usageError("say what to mark: --read, --unread, --save or --unsave")
			case opts.noState:
				return usageError("marks are kept in the library, and --no-state keeps nothing")
			}
			s, err := openSession(cmd, opts, false)
			if err != nil {
				return err
			}
			defer s.close()
			if s.lib == nil || s.why != "" {
				return &exitErr{code: exitError, err: fmt.Errorf("marks cannot be kept: %s", s.why)}
			}
			keys := make([]string, 0, len(args))
			for _, id := range args {
				a, ok := s.store.ByID(id)
				if !ok {
					return &exitErr{code: exitError, err: fmt.Errorf("no article %q, so nothing was marked; `dateline list` shows the IDs", id)}
				}
				keys = append(keys, a.MarkKey())
			}
			for _, key := range keys {
				s.marks.Update(key, func(m *library.Mark) {
					switch {
					case read:
						m.Read = true
					case unread:
						m.Read = false
					}
					switch {
					case save:
						m.Saved = true
					case unsave:
						m.Saved = false
					}
				})
			}
			// The busy timeout, not startTimeout: a script can wait for
			// another dateline to finish its write.
			if err := s.marks.Flush(cmd.Context()); err != nil {
				return &exitErr{code: exitError, err: fmt.Errorf("marks cannot be kept: %w", err)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&read, "read", false, "mark them read")
	cmd.Flags().BoolVar(&unread, "unread", false, "mark them unread")
	cmd.Flags().BoolVar(&save, "save", false, "save them for later")
	cmd.Flags().BoolVar(&unsave, "unsave", false, "unsave them")
	return cmd
}

// The app state's names: the selection and the country of each set of
// folders (the library's own articles have none), so that each opens on
// its own.
func stateNames(dirs []string) (selection, country string) {
	where := make([]string, len(dirs))
	for i, d := range dirs {
		if abs, err := filepath.Abs(d); err == nil {
			d = abs
		}
		where[i] = d
	}
	slices.Sort(where)
	suffix := strings.Join(where, "\x00")
	return "selection\x00" + suffix, "country\x00" + suffix
}

// lastSelection is the article (by MarkKey) and the country the app had
// when it last quit on these folders.
func (s *session) lastSelection(ctx context.Context, dirs []string) (selection, country string) {
	if s.lib == nil {
		return "", ""
	}
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	state, err := s.lib.State(ctx)
	if err != nil {
		return "", ""
	}
	sel, ctry := stateNames(dirs)
	return state[sel], state[ctry]
}

// keepSelection remembers the app's selection and country for next time.
func (s *session) keepSelection(dirs []string, app *ui.Model) {
	if s.lib == nil {
		return
	}
	key, country := app.Selection()
	sel, ctry := stateNames(dirs)
	ctx, cancel := context.WithTimeout(context.Background(), quitTimeout)
	defer cancel()
	_ = s.lib.SetState(ctx, map[string]string{sel: key, ctry: country}) // a lost selection costs nothing else
}
