package library

import (
	"context"
	"database/sql"
	"fmt"
)

// ErrSubscribed is MoveSubscription's error when the new address is
// subscribed to already.
var ErrSubscribed = fmt.Errorf("subscribed to already")

// MoveSubscription gives the subscription at from the address to, as a
// permanent redirect asks: its fetch state and articles go with it, and so
// do the marks and IDs of its articles, whose Keys begin with the feed's
// address (keyPrefix gives that beginning for an address). All of it in
// one transaction.
func (l *Library) MoveSubscription(ctx context.Context, from, to string, keyPrefix func(feedURL string) string) error {
	return l.write(ctx, "moving the subscription "+from+" to "+to, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM subscriptions WHERE url = ?`, to).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrSubscribed
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO subscriptions (`+subscriptionColumns+`)
			SELECT ?, name, title, category, etag, last_modified, last_fetch, last_error, full_text, added, retry_after, site_url
			FROM subscriptions WHERE url = ?`, to, from)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return fmt.Errorf("no subscription to %s", from)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE feed_articles SET feed_url = ? WHERE feed_url = ?`, to, from); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE url = ?`, from); err != nil {
			return err
		}
		old, moved := keyPrefix(from), keyPrefix(to)
		for _, table := range []string{"marks", "article_ids"} {
			// The table name is one of ours, not input.
			if _, err := tx.ExecContext(ctx, `UPDATE `+table+` SET article_key = ? || substr(article_key, ?)
				WHERE substr(article_key, 1, ?) = ?`, moved, len(old)+1, len(old), old); err != nil {
				return err
			}
		}
		return nil
	})
}

// FeedGUIDs returns the GUIDs of the articles fetched from each feed, by
// the feed's address, without reading the articles themselves.
func (l *Library) FeedGUIDs(ctx context.Context) (map[string][]string, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT feed_url, guid FROM feed_articles ORDER BY feed_url, guid`)
	if err != nil {
		return nil, fmt.Errorf("counting the fetched articles: %w", err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var feedURL, guid string
		if err := rows.Scan(&feedURL, &guid); err != nil {
			return nil, fmt.Errorf("counting the fetched articles: %w", err)
		}
		out[feedURL] = append(out[feedURL], guid)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("counting the fetched articles: %w", err)
	}
	return out, nil
}

// SetParts replaces the parts of one fetched article, as when its full
// text has been fetched from its page.
func (l *Library) SetParts(ctx context.Context, feedURL, guid string, parts []byte) error {
	return l.write(ctx, "keeping the full text of "+guid, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE feed_articles SET parts = ? WHERE feed_url = ? AND guid = ?`, string(parts), feedURL, guid)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return fmt.Errorf("no article %s from %s", guid, feedURL)
		}
		return nil
	})
}
