package library

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
)

// migrations bring the schema from version i to i+1; the schema's version
// is len(migrations). A migration is appended, never edited once it has
// shipped: a library in the field has run it as it was.
//
// Times are milliseconds since 1970 (0 for never) and flags 0 or 1, in
// plain INTEGER and TEXT columns, so the same statements run on any SQL
// database.
var migrations = []string{
	// 1: subscriptions, fetched articles, marks, IDs and app state.
	`CREATE TABLE subscriptions (
		url           TEXT NOT NULL PRIMARY KEY,
		name          TEXT NOT NULL DEFAULT '',
		title         TEXT NOT NULL DEFAULT '',
		category      TEXT NOT NULL DEFAULT '',
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		last_fetch    INTEGER NOT NULL DEFAULT 0,
		last_error    TEXT NOT NULL DEFAULT '',
		full_text     INTEGER NOT NULL DEFAULT 0,
		added         INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE feed_articles (
		feed_url  TEXT NOT NULL REFERENCES subscriptions (url) ON DELETE CASCADE,
		guid      TEXT NOT NULL,
		url       TEXT NOT NULL DEFAULT '',
		title     TEXT NOT NULL DEFAULT '',
		author    TEXT NOT NULL DEFAULT '',
		source    TEXT NOT NULL DEFAULT '',
		lang      TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		fetched   INTEGER NOT NULL DEFAULT 0,
		parts     TEXT NOT NULL DEFAULT '',
		PRIMARY KEY (feed_url, guid)
	);
	CREATE TABLE marks (
		article_key TEXT NOT NULL PRIMARY KEY,
		is_read     INTEGER NOT NULL DEFAULT 0,
		is_saved    INTEGER NOT NULL DEFAULT 0,
		position    INTEGER NOT NULL DEFAULT 0,
		changed     INTEGER NOT NULL DEFAULT 0
	);
	CREATE TABLE article_ids (
		scope       TEXT NOT NULL,
		article_key TEXT NOT NULL,
		id          TEXT NOT NULL,
		assigned    INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (scope, article_key),
		UNIQUE (scope, id)
	);
	CREATE TABLE app_state (
		name  TEXT NOT NULL PRIMARY KEY,
		value TEXT NOT NULL DEFAULT ''
	);`,
	// 2: when a feed asked to be left alone until (Retry-After), and the
	// site a feed belongs to.
	`ALTER TABLE subscriptions ADD COLUMN retry_after INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subscriptions ADD COLUMN site_url TEXT NOT NULL DEFAULT '';`,
	// 3: the path an ID was given for, so that a file edited in place
	// (a new Key at the same path) keeps its ID.
	`ALTER TABLE article_ids ADD COLUMN path TEXT NOT NULL DEFAULT '';`,
	// 4: the change counter of what a start reads (see Stamp), and, as
	// the row 'library', a number drawn when it was made, so that a
	// library made again is not taken for the one before.
	`CREATE TABLE changes (
		name    TEXT NOT NULL PRIMARY KEY,
		counter INTEGER NOT NULL DEFAULT 0
	);
	INSERT INTO changes (name, counter) VALUES ('articles', 0);`,
}

// changesVersion is the schema version that made the changes table.
const changesVersion = 4

// SchemaVersion is the schema version this dateline writes.
var SchemaVersion = len(migrations)

// migrate checks the library's schema version and runs the migrations it
// lacks, all in one transaction.
func (l *Library) migrate(ctx context.Context) error {
	version, err := l.userVersion(ctx, l.db)
	if err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	if version > SchemaVersion {
		return &NewerSchemaError{Path: l.path, Version: version, Known: SchemaVersion}
	}
	if version == SchemaVersion {
		return nil
	}
	// WAL is a property of the file: set once, it stays. It is set only
	// on a library this dateline knows, and outside the transaction,
	// where SQLite allows it.
	var mode string
	if err := l.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("setting WAL mode: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("setting WAL mode: the journal mode stayed %s", mode)
	}
	return l.write(ctx, "migrating the schema", func(tx *sql.Tx) error {
		// Another process may have migrated it while this one waited.
		version, err := l.userVersion(ctx, tx)
		if err != nil {
			return err
		}
		if version > SchemaVersion {
			return &NewerSchemaError{Path: l.path, Version: version, Known: SchemaVersion}
		}
		for v := version; v < SchemaVersion; v++ {
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("to version %d: %w", v+1, err)
			}
			if v+1 == changesVersion {
				if _, err := tx.ExecContext(ctx, `INSERT INTO changes (name, counter) VALUES ('library', ?)`, rand.Int64()); err != nil {
					return fmt.Errorf("to version %d: %w", v+1, err)
				}
			}
		}
		// PRAGMA takes no parameters; the version is a number of ours.
		_, err = tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion))
		return err
	})
}

type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (l *Library) userVersion(ctx context.Context, q queryer) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}
