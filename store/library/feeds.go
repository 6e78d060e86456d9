package library

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Subscription is a feed and the state of its fetching.
type Subscription struct {
	URL          string // the feed's address; its identity
	Name         string // a short name for the IDs of its articles ("bbc-world")
	Title        string
	Category     string
	ETag         string // for a conditional GET
	LastModified string // for a conditional GET, as the server sent it
	LastFetch    time.Time
	LastError    string // "" when the last fetch worked
	FullText     bool   // fetch each item's page, not only what the feed carries
	Added        time.Time
	RetryAfter   time.Time // the feed asked not to be fetched before then; zero for no wait
	SiteURL      string    // the site the feed belongs to
}

// FetchState is what one fetch of a feed leaves behind.
type FetchState struct {
	ETag         string
	LastModified string
	At           time.Time
	Error        string    // "" when the fetch worked
	RetryAfter   time.Time // when the server asked to be fetched again no sooner; zero for no wait
	Title        string    // the feed's title as the fetch read it; "" keeps the one there
	SiteURL      string    // the site as the fetch read it; "" keeps the one there
}

// FeedArticle is an article fetched from a feed, kept already parsed, so
// that start-up never extracts anything again.
type FeedArticle struct {
	FeedURL   string
	GUID      string // the item's GUID, or its link when it has none
	URL       string
	Title     string
	Author    string
	Source    string
	Lang      string
	Published string // as the parts say it (RFC 3339 or a date); "" when unknown
	Fetched   time.Time
	Parts     []byte // the parsed parts, as JSON: the library does not read them
}

const subscriptionColumns = `url, name, title, category, etag, last_modified, last_fetch, last_error, full_text, added, retry_after, site_url`

// Subscriptions returns every subscription, by URL.
func (l *Library) Subscriptions(ctx context.Context) ([]Subscription, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions ORDER BY url`)
	if err != nil {
		return nil, fmt.Errorf("reading the subscriptions: %w", err)
	}
	defer rows.Close()
	var subs []Subscription
	for rows.Next() {
		var s Subscription
		var lastFetch, added, retryAfter int64
		var fullText int
		if err := rows.Scan(&s.URL, &s.Name, &s.Title, &s.Category, &s.ETag, &s.LastModified,
			&lastFetch, &s.LastError, &fullText, &added, &retryAfter, &s.SiteURL); err != nil {
			return nil, fmt.Errorf("reading the subscriptions: %w", err)
		}
		s.LastFetch, s.Added, s.FullText = fromMillis(lastFetch), fromMillis(added), fullText != 0
		s.RetryAfter = fromMillis(retryAfter)
		subs = append(subs, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the subscriptions: %w", err)
	}
	return subs, nil
}

// Subscribe adds a subscription, or updates its name, title, category and
// full-text flag when its URL is there already; its fetch state stays.
func (l *Library) Subscribe(ctx context.Context, s Subscription) error {
	if s.Added.IsZero() {
		s.Added = time.Now()
	}
	return l.write(ctx, "subscribing to "+s.URL, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO subscriptions (`+subscriptionColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET name = excluded.name, title = excluded.title,
				category = excluded.category, full_text = excluded.full_text`,
			s.URL, s.Name, s.Title, s.Category, s.ETag, s.LastModified,
			millis(s.LastFetch), s.LastError, boolInt(s.FullText), millis(s.Added), millis(s.RetryAfter), s.SiteURL)
		return err
	})
}

// Unsubscribe removes a subscription and the articles fetched from it.
// Their marks stay, as marks of articles that are not there.
func (l *Library) Unsubscribe(ctx context.Context, feedURL string) error {
	return l.write(ctx, "unsubscribing from "+feedURL, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM feed_articles WHERE feed_url = ?`, feedURL); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM subscriptions WHERE url = ?`, feedURL)
		return err
	})
}

// SaveFetch records one fetch of the feed at feedURL: its state and the
// articles it brought (new ones added, known ones replaced), in one
// transaction, so that the state never claims articles that are not kept.
func (l *Library) SaveFetch(ctx context.Context, feedURL string, state FetchState, items []FeedArticle) error {
	return l.write(ctx, "keeping what was fetched from "+feedURL, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE subscriptions SET etag = ?, last_modified = ?, last_fetch = ?, last_error = ?, retry_after = ?,
				title = CASE WHEN ? = '' THEN title ELSE ? END, site_url = CASE WHEN ? = '' THEN site_url ELSE ? END
			WHERE url = ?`,
			state.ETag, state.LastModified, millis(state.At), state.Error, millis(state.RetryAfter),
			state.Title, state.Title, state.SiteURL, state.SiteURL, feedURL)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return fmt.Errorf("no subscription to %s", feedURL)
		}
		if len(items) == 0 {
			return nil
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO feed_articles
			(feed_url, guid, url, title, author, source, lang, published, fetched, parts)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (feed_url, guid) DO UPDATE SET url = excluded.url, title = excluded.title,
				author = excluded.author, source = excluded.source, lang = excluded.lang,
				published = excluded.published, fetched = excluded.fetched, parts = excluded.parts`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, a := range items {
			if _, err := stmt.ExecContext(ctx, feedURL, a.GUID, a.URL, a.Title, a.Author, a.Source, a.Lang,
				a.Published, millis(a.Fetched), string(a.Parts)); err != nil {
				return fmt.Errorf("item %s: %w", a.GUID, err)
			}
		}
		return nil
	})
}

// FeedArticles returns the articles fetched from the feed at feedURL, or
// from every feed when feedURL is "", in the order of their feed and GUID.
func (l *Library) FeedArticles(ctx context.Context, feedURL string) ([]FeedArticle, error) {
	query := `SELECT feed_url, guid, url, title, author, source, lang, published, fetched, parts FROM feed_articles`
	var args []any
	if feedURL != "" {
		query += ` WHERE feed_url = ?`
		args = append(args, feedURL)
	}
	rows, err := l.db.QueryContext(ctx, query+` ORDER BY feed_url, guid`, args...)
	if err != nil {
		return nil, fmt.Errorf("reading the fetched articles: %w", err)
	}
	defer rows.Close()
	var out []FeedArticle
	for rows.Next() {
		var a FeedArticle
		var fetched int64
		var parts string
		if err := rows.Scan(&a.FeedURL, &a.GUID, &a.URL, &a.Title, &a.Author, &a.Source, &a.Lang,
			&a.Published, &fetched, &parts); err != nil {
			return nil, fmt.Errorf("reading the fetched articles: %w", err)
		}
		a.Fetched, a.Parts = fromMillis(fetched), []byte(parts)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the fetched articles: %w", err)
	}
	return out, nil
}
