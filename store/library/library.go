// Package library is dateline's on-disk library: the subscriptions with
// their fetch state, the articles fetched from them (already parsed), the
// marks (read, saved, reading position), the IDs assigned to articles, and
// the app's last selection and scope.
//
// The library is one SQLite database reached through database/sql. Every
// write is a transaction in WAL mode with a busy timeout, so a crash loses
// at most the write in flight and two dateline processes can share one
// library. The schema is versioned with PRAGMA user_version and migrated
// forward; a library written by a newer dateline is refused and left as it
// is. The SQL stays portable (no SQLite-only types or statements outside
// Open), so that another database/sql driver can follow.
package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"github.com/adrg/xdg"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite", without CGO
)

// FileName is the library's file name inside its folder.
const FileName = "library.db"

// busyTimeout is how long a write waits for another process's write to
// finish before it fails. Writes are small, so a longer wait means the
// library is held by something that will not let go soon.
const busyTimeout = 3 * time.Second

// DefaultPath returns where the library lives: $XDG_DATA_HOME/dateline/
// library.db. It reads the XDG variables as they are now, not as they
// were when the program started, and creates nothing.
func DefaultPath() string {
	xdg.Reload()
	return filepath.Join(xdg.DataHome, "dateline", FileName)
}

// Library is an open library. It is safe for concurrent use.
type Library struct {
	db   *sql.DB
	path string
}

// NewerSchemaError is returned by Open for a library written by a newer
// dateline: its schema is one this one does not know, so it is neither
// read nor changed.
type NewerSchemaError struct {
	Path    string
	Version int // the library's schema version
	Known   int // the newest version this dateline knows
}

func (e *NewerSchemaError) Error() string {
	return fmt.Sprintf("the library %s was written by a newer dateline (schema version %d; this one knows up to %d): it is left as it is; upgrade dateline, or give another file with --library",
		e.Path, e.Version, e.Known)
}

// Open opens the library at path, creating it and its folder if need be,
// and brings its schema up to date.
func Open(path string) (*Library, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("opening the library %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("opening the library %s: %w", path, unwrapPath(err))
	}
	if info, err := os.Stat(abs); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("opening the library %s: not a regular file", path)
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("opening the library %s: %w", path, err)
	}
	// One connection per core is plenty for a handful of small queries;
	// more would only add page caches.
	db.SetMaxOpenConns(4)
	l := &Library{db: db, path: path}
	if err := l.migrate(context.Background()); err != nil {
		db.Close()
		var newer *NewerSchemaError
		if errors.As(err, &newer) {
			return nil, newer
		}
		return nil, fmt.Errorf("opening the library %s: %w", path, err)
	}
	return l, nil
}

// dsn is the data source name for the database at the absolute path abs.
// The journal mode is not set here: a library written by a newer dateline
// must not be touched before its version is checked.
//
// _txlock=immediate makes every transaction (all of them write) take the
// write lock when it begins, so two processes wait for each other through
// the busy timeout instead of one failing when it upgrades a read lock.
func dsn(abs string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// A statement that writes many rows keeps its undo journal in
	// memory, not in a temporary file written page by page.
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Set("_txlock", "immediate")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String()
}

// Path returns the library's file as it was given to Open.
func (l *Library) Path() string { return l.path }

// Close closes the library.
func (l *Library) Close() error { return l.db.Close() }

// write runs fn in one transaction: all of it is written, or none. It
// counts the change (see Stamp) in the same transaction: every write but
// the marks' can change what a start reads.
func (l *Library) write(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	return l.transact(ctx, what, func(tx *sql.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		return countChange(ctx, tx)
	})
}

// countChange counts a write in the stamp.
func countChange(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE changes SET counter = counter + 1 WHERE name = 'articles'`)
	return err
}

// writeMarks is write for the marks and the app's state, which no start
// reads from a snapshot: it counts no change.
func (l *Library) writeMarks(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	return l.transact(ctx, what, fn)
}

// Stamp names the state of everything in the library that a start reads
// besides the marks (subscriptions, fetched articles, IDs): it changes
// with every write of them, in the same transaction, and differs between
// two libraries, even one made again at the same path. A snapshot taken
// at one stamp holds while the stamp is the same.
func (l *Library) Stamp(ctx context.Context) (string, error) {
	return stampOf(ctx, l.db)
}

// rowQuerier is a database or a transaction.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func stampOf(ctx context.Context, q rowQuerier) (string, error) {
	var id, n int64
	err := q.QueryRowContext(ctx, `SELECT l.counter, a.counter FROM changes l, changes a WHERE l.name = 'library' AND a.name = 'articles'`).Scan(&id, &n)
	if err != nil {
		return "", fmt.Errorf("reading the library's changes: %w", err)
	}
	return fmt.Sprintf("%x.%d", uint64(id), n), nil
}

// writeFrom is write, and it returns the stamp the write leaves when the
// library was at stamp from as the write began, or "" when it was not
// (another write came first): then no one can say what the new stamp
// holds besides this write. Both stamps are read in the write's
// transaction, which holds the write lock from its start, so no other
// write comes between them.
func (l *Library) writeFrom(ctx context.Context, what, from string, fn func(tx *sql.Tx) error) (string, error) {
	after := ""
	err := l.transact(ctx, what, func(tx *sql.Tx) error {
		before, err := stampOf(ctx, tx)
		if err != nil {
			return err
		}
		if err := fn(tx); err != nil {
			return err
		}
		if err := countChange(ctx, tx); err != nil || before != from || from == "" {
			return err
		}
		after, err = stampOf(ctx, tx)
		return err
	})
	if err != nil {
		return "", err
	}
	return after, nil
}

func (l *Library) transact(ctx context.Context, what string, fn func(tx *sql.Tx) error) error {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// millis stores a time as milliseconds since 1970; the zero time is 0.
func millis(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// fromMillis is millis's inverse.
func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms)
}

// boolInt stores a flag as 0 or 1, which every SQL database reads alike.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
