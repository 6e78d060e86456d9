package library

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestMarkSetKeepsWhatChanged(t *testing.T) {
	l, path := openTemp(t)
	ctx := context.Background()
	must(t, l.SetSaved(ctx, true, "old"))
	s, err := LoadMarkSet(ctx, l)
	must(t, err)
	if !s.Kept() || !s.IsSaved("old") || s.IsRead("old") {
		t.Fatalf("loaded %+v", s.Get("old"))
	}
	s.Update("a", func(m *Mark) { m.Read = true })
	s.Update("b", func(m *Mark) { m.Saved = true; m.Position = 3 })
	s.Update("old", func(m *Mark) { m.Saved = false })
	must(t, s.Keep(ctx, "a")) // b and old wait for the flush
	on, err := l.Marks(ctx)
	must(t, err)
	if !on["a"].Read || on["b"].Saved || !on["old"].Saved {
		t.Errorf("after Keep(a): %v", on)
	}
	must(t, s.Flush(ctx))
	must(t, l.Close())
	l2, err := Open(path)
	must(t, err)
	defer l2.Close()
	on, err = l2.Marks(ctx)
	must(t, err)
	if !on["a"].Read || !on["b"].Saved || on["b"].Position != 3 || on["old"].Saved {
		t.Errorf("after Flush: %v", on)
	}
}

func TestMarkSetWithoutLibrary(t *testing.T) {
	s, err := LoadMarkSet(context.Background(), nil)
	must(t, err)
	s.Update("a", func(m *Mark) { m.Read = true })
	if s.Kept() || !s.IsRead("a") {
		t.Errorf("kept %v, read %v", s.Kept(), s.IsRead("a"))
	}
	must(t, s.Keep(context.Background(), "a"))
	must(t, s.Flush(context.Background()))
}

// A write that fails (the library held by another process) keeps the
// mark in memory, and a later Flush writes it.
func TestMarkSetRetriesAFailedWrite(t *testing.T) {
	l, path := openTemp(t)
	ctx := context.Background()
	s, err := LoadMarkSet(ctx, l)
	must(t, err)
	holder, err := sql.Open("sqlite", path)
	must(t, err)
	defer holder.Close()
	conn, err := holder.Conn(ctx)
	must(t, err)
	_, err = conn.ExecContext(ctx, "BEGIN IMMEDIATE")
	must(t, err)

	s.Update("a", func(m *Mark) { m.Saved = true })
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if err := s.Keep(short, "a"); err == nil {
		t.Fatal("a write to a held library worked")
	}
	if !s.IsSaved("a") {
		t.Error("the failed write lost the mark in memory")
	}
	_, err = conn.ExecContext(ctx, "ROLLBACK")
	must(t, err)
	conn.Close()
	must(t, s.Flush(ctx))
	on, err := l.Marks(ctx)
	must(t, err)
	if !on["a"].Saved {
		t.Errorf("the flush did not write the mark: %v", on)
	}
}

// Marks changed while others are written all end up written, the last
// change of each key last.
func TestMarkSetConcurrentChanges(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	s, err := LoadMarkSet(ctx, l)
	must(t, err)
	var wg sync.WaitGroup
	for i := range 50 {
		key := fmt.Sprintf("k%d", i%5)
		s.Update(key, func(m *Mark) { m.Read = !m.Read; m.Position = i })
		wg.Go(func() {
			if err := s.Keep(ctx, key); err != nil {
				t.Error(err)
			}
			_ = s.IsRead(key)
		})
	}
	wg.Wait()
	must(t, s.Flush(ctx))
	on, err := l.Marks(ctx)
	must(t, err)
	for i := range 5 {
		key := fmt.Sprintf("k%d", i)
		if on[key] != s.Get(key) {
			t.Errorf("%s: written %+v, in memory %+v", key, on[key], s.Get(key))
		}
	}
}

// TestMarkSetListsMarked checks that EachMarked lists what is read or
// saved, and leaves out a mark that says neither (a position alone, or a
// mark taken back).
func TestMarkSetListsMarked(t *testing.T) {
	s, err := LoadMarkSet(context.Background(), nil)
	must(t, err)
	s.Update("read", func(m *Mark) { m.Read = true })
	s.Update("saved", func(m *Mark) { m.Saved = true })
	s.Update("both", func(m *Mark) { m.Read, m.Saved = true, true })
	s.Update("placed", func(m *Mark) { m.Position = 7 })
	s.Update("undone", func(m *Mark) { m.Read = true })
	s.Update("undone", func(m *Mark) { m.Read = false })
	got := map[string][2]bool{}
	s.EachMarked(func(key string, read, saved bool) { got[key] = [2]bool{read, saved} })
	want := map[string][2]bool{"read": {true, false}, "saved": {false, true}, "both": {true, true}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("listed %v, want %v", got, want)
	}
}
