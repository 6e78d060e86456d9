package library

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// IDs returns the article IDs remembered in scope, by article Key. A scope
// is a namespace of IDs: a folder the articles were loaded from, or the
// feeds.
func (l *Library) IDs(ctx context.Context, scope string) (map[string]string, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT article_key, id FROM article_ids WHERE scope = ?`, scope)
	if err != nil {
		return nil, fmt.Errorf("reading the article IDs: %w", err)
	}
	defer rows.Close()
	ids := make(map[string]string)
	for rows.Next() {
		var key, id string
		if err := rows.Scan(&key, &id); err != nil {
			return nil, fmt.Errorf("reading the article IDs: %w", err)
		}
		ids[key] = id
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the article IDs: %w", err)
	}
	return ids, nil
}

// SetIDs remembers the IDs of the given keys (Key → ID) in scope, in one
// transaction. An ID given to a new key is taken from the key that had it,
// which then has none: IDs are unique in their scope.
func (l *Library) SetIDs(ctx context.Context, scope string, ids map[string]string) error {
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
		set, err := tx.PrepareContext(ctx, `INSERT INTO article_ids (scope, article_key, id, assigned) VALUES (?, ?, ?, ?)
			ON CONFLICT (scope, article_key) DO UPDATE SET id = excluded.id, assigned = excluded.assigned`)
		if err != nil {
			return err
		}
		defer set.Close()
		// Free every ID first, so that two keys trading IDs do not trip
		// over the uniqueness of the one not yet moved.
		for key, id := range ids {
			if _, err := free.ExecContext(ctx, scope, id, key); err != nil {
				return err
			}
		}
		for key, id := range ids {
			if _, err := set.ExecContext(ctx, scope, key, id, now); err != nil {
				return err
			}
		}
		return nil
	})
}
