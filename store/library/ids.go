package library

import (
	"context"
	"database/sql"
	"fmt"
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
// has none: IDs are unique in their scope.
func (l *Library) SetIDs(ctx context.Context, scope string, ids map[string]articles.RememberedID) error {
	if len(ids) == 0 {
		return nil
	}
	now := millis(time.Now())
	return l.write(ctx, "keeping the article IDs", func(tx *sql.Tx) error {
		free, err := tx.PrepareContext(ctx, `DELETE FROM article_ids WHERE scope = ? AND id = ? AND article_key <> ?`)
		if err != nil {
			return err
		}
		defer free.Close()
		set, err := tx.PrepareContext(ctx, `INSERT INTO article_ids (scope, article_key, id, path, assigned) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (scope, article_key) DO UPDATE SET id = excluded.id, path = excluded.path, assigned = excluded.assigned`)
		if err != nil {
			return err
		}
		defer set.Close()
		// Free every ID first, so that two keys trading IDs do not trip
		// over the uniqueness of the one not yet moved.
		for key, r := range ids {
			if _, err := free.ExecContext(ctx, scope, r.ID, key); err != nil {
				return err
			}
		}
		for key, r := range ids {
			if _, err := set.ExecContext(ctx, scope, key, r.ID, r.Path, now); err != nil {
				return err
			}
		}
		return nil
	})
}
