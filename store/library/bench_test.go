package library

import (
	"context"
	"database/sql"
	"fmt"
	"syscall"
	"testing"
	"time"

	"dateline/articles"
)

// fillMarks writes n marks in one transaction: every third article read,
// every tenth saved, every seventh with a reading position.
func fillMarks(b *testing.B, l *Library, n int) {
	b.Helper()
	ctx := context.Background()
	err := l.writeMarks(ctx, "filling", func(tx *sql.Tx) error {
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

// benchIDs is n new articles' IDs in one scope, as a first start over a
// folder of n files gives them.
func benchIDs(n int) map[string]articles.RememberedID {
	ids := make(map[string]articles.RememberedID, n)
	for i := range n {
		ids[benchKey(i)] = articles.RememberedID{ID: fmt.Sprintf("gen/%06d", i), Path: fmt.Sprintf("gen/%06d.txt", i)}
	}
	return ids
}

// setIDsRowByRow is SetIDs as it was, two statements a row, for the
// benchmark's comparison.
func setIDsRowByRow(ctx context.Context, l *Library, scope string, ids map[string]articles.RememberedID) error {
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

// BenchmarkIDs100k: the first start over 100,000 new files remembers their
// IDs in one transaction (first, batched; first-row-by-row, as it was;
// budget: the start's second), and every start after reads them back
// (read).
func BenchmarkIDs100k(b *testing.B) {
	const n = 100_000
	ids := benchIDs(n)
	ctx := context.Background()
	for _, set := range []struct {
		name string
		fn   func(context.Context, *Library, string, map[string]articles.RememberedID) error
	}{{"first", func(ctx context.Context, l *Library, scope string, ids map[string]articles.RememberedID) error {
		return l.SetIDs(ctx, scope, ids)
	}}, {"first-row-by-row", setIDsRowByRow}} {
		b.Run(set.name, func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				l, _ := openTemp(b)
				b.StartTimer()
				before := cpuTime()
				if err := set.fn(ctx, l, "/news", ids); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - before
				b.StopTimer()
				l.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
	b.Run("read", func(b *testing.B) {
		l, _ := openTemp(b)
		if err := l.SetIDs(ctx, "/news", ids); err != nil {
			b.Fatal(err)
		}
		before := cpuTime()
		for b.Loop() {
			got, err := l.IDs(ctx, "/news")
			if err != nil || len(got) != n {
				b.Fatalf("%d IDs: %v", len(got), err)
			}
		}
		b.ReportMetric(float64((cpuTime()-before).Milliseconds())/float64(b.N), "cpu-ms/op")
	})
}

// cpuTime is the CPU time the process has used, user and system: on a
// machine others share, it says what a benchmark costs better than the
// time on the clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
