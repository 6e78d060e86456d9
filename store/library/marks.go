package library

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Mark is what a reader has done with an article, kept by the article's Key.
type Mark struct {
	Read     bool
	Saved    bool
	Position int // how far the reader had got, in the reader's own unit
}

// Marks returns every mark, by article Key.
//
// The marks come as one string that SQLite builds (group_concat; on
// PostgreSQL, string_agg): reading 100,000 rows one by one through
// database/sql costs a lock and a conversion per column and took three
// times as long. Each mark is "<bytes of key>:<key>:<flags and position>,"
// so that no key, whatever it holds, can be misread.
func (l *Library) Marks(ctx context.Context) (map[string]Mark, error) {
	var all string
	err := l.db.QueryRowContext(ctx, `SELECT coalesce(group_concat(
		length(CAST(article_key AS BLOB)) || ':' || article_key || ':' || (is_read + 2 * is_saved + 4 * position), ','), '')
		FROM marks`).Scan(&all)
	if err != nil {
		return nil, fmt.Errorf("reading the marks: %w", err)
	}
	marks := make(map[string]Mark, strings.Count(all, ",")+1)
	for len(all) > 0 {
		key, packed, rest, ok := nextMark(all)
		if !ok {
			return nil, fmt.Errorf("reading the marks: a mark that does not parse near %.40q", all)
		}
		marks[key] = Mark{Read: packed&1 != 0, Saved: packed&2 != 0, Position: int(packed >> 2)}
		all = rest
	}
	return marks, nil
}

// nextMark reads the first mark of s, as Marks has them, and returns the
// rest of s after it and its comma.
func nextMark(s string) (key string, packed int64, rest string, ok bool) {
	n, after, found := strings.Cut(s, ":")
	size, err := strconv.Atoi(n)
	if !found || err != nil || size < 0 || size+1 > len(after) || after[size] != ':' {
		return "", 0, "", false
	}
	key, after = after[:size], after[size+1:]
	num, rest, _ := strings.Cut(after, ",")
	packed, err = strconv.ParseInt(num, 10, 64)
	return key, packed, rest, err == nil
}

// SetRead marks the articles with the given keys read or unread.
func (l *Library) SetRead(ctx context.Context, read bool, keys ...string) error {
	return l.setFlag(ctx, "is_read", "marking read", boolInt(read), keys)
}

// SetSaved saves the articles with the given keys, or unsaves them.
func (l *Library) SetSaved(ctx context.Context, saved bool, keys ...string) error {
	return l.setFlag(ctx, "is_saved", "saving", boolInt(saved), keys)
}

// SetPosition remembers how far the reader had got in the article with key.
func (l *Library) SetPosition(ctx context.Context, key string, position int) error {
	position = max(position, 0) // packed with the flags when read: never negative
	return l.setFlag(ctx, "position", "keeping the reading position", position, []string{key})
}

// setFlag sets one column of the marks of keys, creating the rows it
// needs, in one transaction. column is one of ours, never the caller's.
func (l *Library) setFlag(ctx context.Context, column, what string, value int, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	query := `INSERT INTO marks (article_key, ` + column + `, changed) VALUES (?, ?, ?)
		ON CONFLICT (article_key) DO UPDATE SET ` + column + ` = excluded.` + column + `, changed = excluded.changed`
	now := millis(time.Now())
	return l.writeMarks(ctx, what, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, query)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, key := range keys {
			if _, err := stmt.ExecContext(ctx, key, value, now); err != nil {
				return err
			}
		}
		return nil
	})
}

// State returns the app's remembered state (the last selection, scope and
// the like), by name.
func (l *Library) State(ctx context.Context) (map[string]string, error) {
	rows, err := l.db.QueryContext(ctx, `SELECT name, value FROM app_state`)
	if err != nil {
		return nil, fmt.Errorf("reading the app state: %w", err)
	}
	defer rows.Close()
	state := make(map[string]string)
	for rows.Next() {
		var name, value string
		if err := rows.Scan(&name, &value); err != nil {
			return nil, fmt.Errorf("reading the app state: %w", err)
		}
		state[name] = value
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the app state: %w", err)
	}
	return state, nil
}

// SetState remembers the given state values, in one transaction; an empty
// value forgets its name.
func (l *Library) SetState(ctx context.Context, values map[string]string) error {
	if len(values) == 0 {
		return nil
	}
	return l.writeMarks(ctx, "keeping the app state", func(tx *sql.Tx) error {
		for name, value := range values {
			var err error
			if value == "" {
				_, err = tx.ExecContext(ctx, `DELETE FROM app_state WHERE name = ?`, name)
			} else {
				_, err = tx.ExecContext(ctx, `INSERT INTO app_state (name, value) VALUES (?, ?)
					ON CONFLICT (name) DO UPDATE SET value = excluded.value`, name, value)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// PutMarks writes the given marks whole, by Key, in one transaction.
func (l *Library) PutMarks(ctx context.Context, marks map[string]Mark) error {
	if len(marks) == 0 {
		return nil
	}
	now := millis(time.Now())
	return l.writeMarks(ctx, "keeping the marks", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO marks (article_key, is_read, is_saved, position, changed) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (article_key) DO UPDATE SET is_read = excluded.is_read, is_saved = excluded.is_saved,
				position = excluded.position, changed = excluded.changed`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for key, m := range marks {
			if _, err := stmt.ExecContext(ctx, key, boolInt(m.Read), boolInt(m.Saved), max(m.Position, 0), now); err != nil {
				return err
			}
		}
		return nil
	})
}
