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
	"dateline/store/feeds"
	"dateline/store/library"
	"dateline/ui"
)

// startTimeout bounds the library's work before a command starts (reading
// the marks, remembering the IDs of new files): a library that another
// process holds must not hold up the start for the whole busy timeout.
const startTimeout = time.Second

// quitTimeout bounds the writes when the app quits.
const quitTimeout = 2 * time.Second

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
	loaded, snap, err := load(cmd, opts.dirs, forApp)
	if err != nil {
		s.close()
		return nil, err
	}
	// Without a folder, the library's articles, while it has any.
	if len(opts.dirs) == 0 && s.lib != nil {
		if kept, err := feeds.Articles(cmd.Context(), s.lib); err == nil && len(kept.Articles) > 0 {
			loaded = &articles.Loaded{Articles: kept.Articles, Skipped: kept.Skipped}
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
		if err := loaded.RememberIDs(ctx, s.lib); err != nil && s.why == "" {
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
	s.store, s.skipped = storeOf(cmd, snap, loaded.Articles), loaded.Skipped
	return s, nil
}

// warn says on w, once, why marks will not be kept, if they will not.
func (s *session) warn(w io.Writer) {
	if s.why != "" {
		fmt.Fprintf(w, "dateline: marks will not be kept: %s\n", articles.SanitizeLine(s.why))
	}
}

// close writes what is left to write and closes the library.
func (s *session) close() error {
	if s.lib == nil {
		return nil
	}
	var err error
	if s.marks != nil {
		ctx, cancel := context.WithTimeout(context.Background(), quitTimeout)
		defer cancel()
		err = s.marks.Flush(ctx)
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
