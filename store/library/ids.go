package library

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"dateline/articles"
)

// IDs returns the article IDs remembered in scope, by article Key. A scope
// is a namespace of IDs: a folder the articles were loaded from, or the
// feeds.
func (l *Library) IDs(ctx context.Context, scope string) (map[string]articles.RememberedID, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT article_key, id, path FROM article_ids WHERE scope = ?`, scope)
	if err != nil {
		return nil, fmt.Errorf("reading the article IDs: %w", err)
	}
	defer rows.Close()
	ids := make(map[string]articles.RememberedID)
	for rows.Next() {
		var key string
		var r articles.RememberedID
		if err := rows.Scan(&key, &r.ID, &r.Path); err != nil {
			return nil, fmt.Errorf("reading the article IDs: %w", err)
		}
		ids[key] = r
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the article IDs: %w", err)
	}
	return ids, nil
}

// SetIDs remembers the IDs of the given keys in scope, in one transaction.
// An ID given to a new key is taken from the key that had it, which then
// has none: IDs are unique in their scope. The rows go in batches, a
// statement for many, so that the first start over a folder of 100,000
// files writes them within its second.
func (l *Library) SetIDs(ctx context.Context, scope string, ids map[string]articles.RememberedID) error {
	if len(ids) == 0 {
		return nil
	}
	return l.write(ctx, "keeping the article IDs", setIDs(ctx, scope, ids))
}

// SetIDsFrom is SetIDs, for a caller that read the IDs it gives at stamp
// from: it returns the stamp the write leaves, at which the library holds
// what the caller read and these IDs, and nothing else; or "" when the
// library was no longer at from. With no IDs it writes nothing and
// returns from.
func (l *Library) SetIDsFrom(ctx context.Context, scope string, ids map[string]articles.RememberedID, from string) (string, error) {
	if len(ids) == 0 {
		return from, nil
	}
	return l.writeFrom(ctx, "keeping the article IDs", from, setIDs(ctx, scope, ids))
}

// setIDs writes ids in scope, in a transaction.
func setIDs(ctx context.Context, scope string, ids map[string]articles.RememberedID) func(tx *sql.Tx) error {
	keys := slices.Sorted(maps.Keys(ids))
	now := millis(time.Now())
	return func(tx *sql.Tx) error {
		// Free every ID first, whichever key holds it (a key's own row
		// is written again below), so that two keys trading IDs do not
		// trip over the uniqueness of the one not yet moved.
		free := batched(tx, `DELETE FROM article_ids WHERE scope = ? AND id IN (`, `?`, `)`)
		defer free.close()
		set := batched(tx, `INSERT INTO article_ids (scope, article_key, id, path, assigned) VALUES `, `(?, ?, ?, ?, ?)`,
			` ON CONFLICT (scope, article_key) DO UPDATE SET id = excluded.id, path = excluded.path, assigned = excluded.assigned`)
		defer set.close()
		for lo := 0; lo < len(keys); lo += idBatch {
			part := keys[lo:min(lo+idBatch, len(keys))]
			args := make([]any, 0, 1+len(part))
			args = append(args, scope)
			for _, k := range part {
				args = append(args, ids[k].ID)
			}
			if err := free.exec(ctx, len(part), args); err != nil {
				return err
			}
		}
		for lo := 0; lo < len(keys); lo += idBatch {
			part := keys[lo:min(lo+idBatch, len(keys))]
			args := make([]any, 0, 5*len(part))
			for _, k := range part {
				r := ids[k]
				args = append(args, scope, k, r.ID, r.Path, now)
			}
			if err := set.exec(ctx, len(part), args); err != nil {
				return err
			}
		}
		return nil
	}
}

// idBatch is how many rows one statement writes: 1,000 parameters at
// most, far below what SQLite (and any other database) takes.
const idBatch = 200

// batch is a statement over many rows: head, then a row's part once for
// each row, joined by commas, then tail. Statements are prepared once per
// number of rows.
type batch struct {
	tx              *sql.Tx
	head, row, tail string
	stmts           map[int]*sql.Stmt
}

func batched(tx *sql.Tx, head, row, tail string) *batch {
	return &batch{tx: tx, head: head, row: row, tail: tail, stmts: map[int]*sql.Stmt{}}
}

func (b *batch) exec(ctx context.Context, rows int, args []any) error {
	stmt := b.stmts[rows]
	if stmt == nil {
		q := b.head + strings.Repeat(b.row+", ", rows-1) + b.row + b.tail
		var err error
		if stmt, err = b.tx.PrepareContext(ctx, q); err != nil {
			return err
		}
		b.stmts[rows] = stmt
	}
	_, err := stmt.ExecContext(ctx, args...)
	return err
}

func (b *batch) close() {
	for _, s := range b.stmts {
		s.Close()
	}
}
