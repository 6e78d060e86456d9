package library

import (
	"context"
	"database/sql"
	"fmt"
	"testing"
)

// fillMarks writes n marks in one transaction: every third article read,
// every tenth saved, every seventh with a reading position.
func fillMarks(b *testing.B, l *Library, n int) {
	b.Helper()
	ctx := context.Background()
	err := l.write(ctx, "filling", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO marks (article_key, is_read, is_saved, position, changed) VALUES (?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i := range n {
			if _, err := stmt.ExecContext(ctx, benchKey(i), boolInt(i%3 == 0), boolInt(i%10 == 0), i%7, 1_750_000_000_000+int64(i)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// benchKey looks like an article's content fingerprint.
func benchKey(i int) string { return fmt.Sprintf("f:%032x", uint64(i)*0x9e3779b97f4a7c15) }

// BenchmarkMarks loads the marks of 100,000 articles (budget: 100 ms).
func BenchmarkMarks(b *testing.B) {
	l, _ := openTemp(b)
	fillMarks(b, l, 100_000)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		marks, err := l.Marks(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if len(marks) != 100_000 {
			b.Fatalf("%d marks", len(marks))
		}
	}
}

// BenchmarkSetRead writes one mark into a library of 100,000 (budget: 5 ms).
func BenchmarkSetRead(b *testing.B) {
	l, _ := openTemp(b)
	fillMarks(b, l, 100_000)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if err := l.SetRead(ctx, i%2 == 0, benchKey(i%100_000)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
