package library

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles"
)

func openTemp(t testing.TB) (*Library, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "library.db")
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l, path
}

func TestDefaultPathReadsTheEnvironmentNow(t *testing.T) {
	for _, dir := range []string{t.TempDir(), t.TempDir()} {
		t.Setenv("XDG_DATA_HOME", dir)
		if got, want := DefaultPath(), filepath.Join(dir, "dateline", "library.db"); got != want {
			t.Errorf("DefaultPath() = %q, want %q", got, want)
		}
		if _, err := os.Stat(filepath.Join(dir, "dateline")); !os.IsNotExist(err) {
			t.Errorf("DefaultPath created %s/dateline (err %v)", dir, err)
		}
	}
}

func TestOpenCreatesAVersionedWALLibrary(t *testing.T) {
	l, path := openTemp(t)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var mode string
	var version int
	if err := l.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if err := l.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" || version != SchemaVersion {
		t.Errorf("journal mode %q, version %d; want wal, %d", mode, version, SchemaVersion)
	}
	var timeout int
	if err := l.db.QueryRowContext(ctx, "PRAGMA busy_timeout").Scan(&timeout); err != nil {
		t.Fatal(err)
	}
	if timeout != int(busyTimeout.Milliseconds()) {
		t.Errorf("busy timeout %d ms, want %d", timeout, busyTimeout.Milliseconds())
	}
	for _, table := range []string{"subscriptions", "feed_articles", "marks", "article_ids", "app_state"} {
		var n int
		if err := l.db.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			t.Errorf("table %s: %v", table, err)
		}
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	l, path := openTemp(t)
	ctx := context.Background()
	must(t, l.SetRead(ctx, true, "k1", "k2"))
	must(t, l.SetSaved(ctx, true, "k2"))
	must(t, l.SetPosition(ctx, "k1", 7))
	must(t, l.SetState(ctx, map[string]string{"selection": "k2"}))
	must(t, l.SetIDs(ctx, "/news", map[string]articles.RememberedID{"k1": {ID: "a/x", Path: "a/x.txt"}}))
	must(t, l.Close())

	l2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	marks, err := l2.Marks(ctx)
	must(t, err)
	if m := marks["k1"]; !m.Read || m.Saved || m.Position != 7 {
		t.Errorf("k1 = %+v, want read at 7", m)
	}
	if m := marks["k2"]; !m.Read || !m.Saved {
		t.Errorf("k2 = %+v, want read and saved", m)
	}
	state, err := l2.State(ctx)
	must(t, err)
	if state["selection"] != "k2" {
		t.Errorf("state = %v", state)
	}
	ids, err := l2.IDs(ctx, "/news")
	must(t, err)
	if ids["k1"] != (articles.RememberedID{ID: "a/x", Path: "a/x.txt"}) {
		t.Errorf("ids = %v", ids)
	}
}

func TestMarks(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	steps := []struct {
		name string
		do   func() error
		want map[string]Mark
	}{
		{"read", func() error { return l.SetRead(ctx, true, "a") }, map[string]Mark{"a": {Read: true}}},
		{"save another", func() error { return l.SetSaved(ctx, true, "b") }, map[string]Mark{"a": {Read: true}, "b": {Saved: true}}},
		{"save the read one", func() error { return l.SetSaved(ctx, true, "a") }, map[string]Mark{"a": {Read: true, Saved: true}, "b": {Saved: true}}},
		{"unread keeps saved", func() error { return l.SetRead(ctx, false, "a") }, map[string]Mark{"a": {Saved: true}, "b": {Saved: true}}},
		{"position keeps flags", func() error { return l.SetPosition(ctx, "b", 12) }, map[string]Mark{"a": {Saved: true}, "b": {Saved: true, Position: 12}}},
		{"unsave both", func() error { return l.SetSaved(ctx, false, "a", "b") }, map[string]Mark{"a": {}, "b": {Position: 12}}},
		{"no keys", func() error { return l.SetRead(ctx, true) }, map[string]Mark{"a": {}, "b": {Position: 12}}},
	}
	for _, step := range steps {
		must(t, step.do())
		got, err := l.Marks(ctx)
		must(t, err)
		if len(got) != len(step.want) {
			t.Fatalf("%s: marks %v, want %v", step.name, got, step.want)
		}
		for k, w := range step.want {
			g := got[k]
			if g.Read != w.Read || g.Saved != w.Saved || g.Position != w.Position {
				t.Errorf("%s: %s = %+v, want %+v", step.name, k, g, w)
			}
		}
	}
}

func TestState(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	must(t, l.SetState(ctx, map[string]string{"selection": "k1", "scope": "BY"}))
	must(t, l.SetState(ctx, map[string]string{"selection": "k2", "scope": ""}))
	got, err := l.State(ctx)
	must(t, err)
	if len(got) != 1 || got["selection"] != "k2" {
		t.Errorf("state = %v, want only selection k2", got)
	}
}

func TestSetIDs(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	type ids = map[string]articles.RememberedID
	x, y := articles.RememberedID{ID: "x", Path: "x.txt"}, articles.RememberedID{ID: "y", Path: "y.md"}
	steps := []struct {
		name  string
		scope string
		ids   ids
		want  ids
	}{
		{"first", "s", ids{"k1": x, "k2": y}, ids{"k1": x, "k2": y}},
		{"trade", "s", ids{"k1": y, "k2": x}, ids{"k1": y, "k2": x}},
		{"taken from an absent key", "s", ids{"k3": y}, ids{"k2": x, "k3": y}},
		{"another scope is apart", "t", ids{"k1": x}, ids{"k2": x, "k3": y}},
	}
	for _, step := range steps {
		must(t, l.SetIDs(ctx, step.scope, step.ids))
		got, err := l.IDs(ctx, "s")
		must(t, err)
		if !maps.Equal(got, step.want) {
			t.Errorf("%s: ids in s = %v, want %v", step.name, got, step.want)
		}
	}
	other, err := l.IDs(ctx, "t")
	must(t, err)
	if !maps.Equal(other, ids{"k1": x}) {
		t.Errorf("ids in t = %v", other)
	}
}

func TestSubscriptionsAndFetchedArticles(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	const feed = "https://example.com/feed.xml"
	must(t, l.Subscribe(ctx, Subscription{URL: feed, Name: "example", Title: "Example", Category: "World"}))
	at := time.UnixMilli(1_750_000_000_000)
	items := []FeedArticle{
		{GUID: "g1", URL: "https://example.com/1", Title: "One", Published: "2025-06-15", Fetched: at, Parts: []byte(`{"blocks":["a"]}`)},
		{GUID: "g2", Title: "Two", Fetched: at, Parts: []byte(`{}`)},
	}
	must(t, l.SaveFetch(ctx, feed, FetchState{ETag: `"v1"`, LastModified: "Sun, 15 Jun 2025 10:00:00 GMT", At: at}, items))
	// A second fetch replaces a known item and leaves the other.
	items[0].Title = "One, revised"
	must(t, l.SaveFetch(ctx, feed, FetchState{ETag: `"v2"`, At: at.Add(time.Hour), Error: "503 Service Unavailable"}, items[:1]))
	// Subscribing again changes what the user set, not the fetch state.
	must(t, l.Subscribe(ctx, Subscription{URL: feed, Name: "example", Title: "Example News", FullText: true}))

	subs, err := l.Subscriptions(ctx)
	must(t, err)
	if len(subs) != 1 {
		t.Fatalf("subscriptions = %+v", subs)
	}
	s := subs[0]
	if s.Title != "Example News" || !s.FullText || s.Category != "" || s.ETag != `"v2"` || s.LastModified != "" ||
		!s.LastFetch.Equal(at.Add(time.Hour)) || s.LastError != "503 Service Unavailable" || s.Added.IsZero() {
		t.Errorf("subscription = %+v", s)
	}
	got, err := l.FeedArticles(ctx, feed)
	must(t, err)
	if len(got) != 2 || got[0].Title != "One, revised" || got[0].FeedURL != feed || string(got[0].Parts) != `{"blocks":["a"]}` ||
		got[0].Published != "2025-06-15" || !got[0].Fetched.Equal(at) || got[1].GUID != "g2" {
		t.Errorf("articles = %+v", got)
	}

	err = l.SaveFetch(ctx, "https://example.com/other.xml", FetchState{At: at}, items)
	if err == nil || !strings.Contains(err.Error(), "no subscription") {
		t.Errorf("fetch of an unknown feed: %v", err)
	}
	all, err := l.FeedArticles(ctx, "")
	must(t, err)
	if len(all) != 2 {
		t.Errorf("a failed fetch left %d articles, want the 2 there were", len(all))
	}

	must(t, l.Unsubscribe(ctx, feed))
	subs, err = l.Subscriptions(ctx)
	must(t, err)
	all, err = l.FeedArticles(ctx, "")
	must(t, err)
	if len(subs) != 0 || len(all) != 0 {
		t.Errorf("after unsubscribing: %d subscriptions, %d articles", len(subs), len(all))
	}
}

func TestNewerSchemaIsRefusedAndLeftAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	db, err := sql.Open("sqlite", path)
	must(t, err)
	_, err = db.Exec(fmt.Sprintf("CREATE TABLE future (x TEXT); PRAGMA user_version = %d", SchemaVersion+1))
	must(t, err)
	must(t, db.Close())
	before, err := os.ReadFile(path)
	must(t, err)

	_, err = Open(path)
	var newer *NewerSchemaError
	if !errors.As(err, &newer) || newer.Version != SchemaVersion+1 || newer.Known != SchemaVersion {
		t.Fatalf("Open = %v, want a NewerSchemaError", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "newer dateline") || !strings.Contains(msg, path) {
		t.Errorf("message %q does not say a newer dateline wrote %s", msg, path)
	}
	after, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Error("the refused library was changed")
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("the refused library got a WAL file (err %v)", err)
	}
}

func TestOpenMigratesAnOldLibrary(t *testing.T) {
	// Version 0 is an empty file, as an interrupted first start leaves it.
	path := filepath.Join(t.TempDir(), "library.db")
	must(t, os.WriteFile(path, nil, 0o644))
	l, err := Open(path)
	must(t, err)
	defer l.Close()
	must(t, l.SetRead(context.Background(), true, "k"))
}

func TestOpenFails(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	must(t, os.WriteFile(file, []byte("x"), 0o644))
	garbage := filepath.Join(dir, "garbage.db")
	must(t, os.WriteFile(garbage, bytes.Repeat([]byte("not a database "), 400), 0o644))
	for _, tc := range []struct{ name, path, want string }{
		{"below a file", filepath.Join(file, "library.db"), "not a directory"},
		{"a folder", dir, "not a regular file"},
		{"not a database", garbage, "not a database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Open(tc.path)
			if err == nil {
				l.Close()
				t.Fatalf("Open(%s) worked", tc.path)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "library") {
				t.Errorf("Open(%s) = %v, want it to say %q", tc.path, err, tc.want)
			}
		})
	}
}

func TestTwoWritersKeepBothMarks(t *testing.T) {
	_, path := openTemp(t)
	a, err := Open(path)
	must(t, err)
	defer a.Close()
	b, err := Open(path)
	must(t, err)
	defer b.Close()
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for i := range 100 {
		wg.Go(func() { errs <- a.SetRead(ctx, true, fmt.Sprintf("a%d", i)) })
		wg.Go(func() { errs <- b.SetSaved(ctx, true, fmt.Sprintf("b%d", i)) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	marks, err := a.Marks(ctx)
	must(t, err)
	for i := range 100 {
		if !marks[fmt.Sprintf("a%d", i)].Read || !marks[fmt.Sprintf("b%d", i)].Saved {
			t.Fatalf("mark %d lost: %+v %+v", i, marks[fmt.Sprintf("a%d", i)], marks[fmt.Sprintf("b%d", i)])
		}
	}
}

func TestALockedLibraryFailsAWriteAndKeepsReading(t *testing.T) {
	l, path := openTemp(t)
	ctx := context.Background()
	must(t, l.SetRead(ctx, true, "before"))
	holder, err := sql.Open("sqlite", path)
	must(t, err)
	defer holder.Close()
	conn, err := holder.Conn(ctx)
	must(t, err)
	defer conn.Close()
	_, err = conn.ExecContext(ctx, "BEGIN IMMEDIATE")
	must(t, err)
	defer conn.ExecContext(ctx, "ROLLBACK")

	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if err := l.SetRead(short, true, "during"); err == nil {
		t.Error("a write to a locked library worked")
	}
	marks, err := l.Marks(ctx)
	must(t, err)
	if !marks["before"].Read || marks["during"].Read {
		t.Errorf("marks = %v", marks)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Keys hold anything a feed's GUID can: separators, line breaks, non-ASCII.
func TestMarksOfOddKeys(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	keys := []string{"feed:https://x.example/f a:b,c", "feed:u \n\t2,3:4", "c:Việt Nam ✓", "", "12:ab"}
	must(t, l.SetSaved(ctx, true, keys...))
	must(t, l.SetPosition(ctx, keys[1], 1<<40))
	got, err := l.Marks(ctx)
	must(t, err)
	if len(got) != len(keys) {
		t.Fatalf("%d marks, want %d: %v", len(got), len(keys), got)
	}
	for _, k := range keys {
		if !got[k].Saved {
			t.Errorf("%q: %+v", k, got[k])
		}
	}
	if got[keys[1]].Position != 1<<40 {
		t.Errorf("position %d", got[keys[1]].Position)
	}
}

// TestStamp: the stamp changes with every write a start reads (IDs,
// subscriptions, fetched articles), not with the marks, and differs
// between two libraries, even one made again at the same path.
func TestStamp(t *testing.T) {
	ctx := context.Background()
	l, path := openTemp(t)
	stamp := func() string {
		t.Helper()
		s, err := l.Stamp(ctx)
		must(t, err)
		return s
	}
	seen := map[string]string{}
	changes := []struct {
		name    string
		write   func() error
		changed bool
	}{
		{"a mark", func() error { return l.SetRead(ctx, true, "k1") }, false},
		{"an ID", func() error {
			return l.SetIDs(ctx, "/news", map[string]articles.RememberedID{"k1": {ID: "a"}})
		}, true},
		{"a subscription", func() error { return l.Subscribe(ctx, Subscription{URL: "http://example.com/feed"}) }, true},
		{"a fetch", func() error {
			return l.SaveFetch(ctx, "http://example.com/feed", FetchState{At: time.Now()}, []FeedArticle{{GUID: "g", Title: "T"}})
		}, true},
		{"another mark", func() error { return l.SetRead(ctx, false, "k1") }, false},
	}
	before := stamp()
	seen[before] = "the new library"
	for _, c := range changes {
		must(t, c.write())
		after := stamp()
		if changed := after != before; changed != c.changed {
			t.Fatalf("%s: stamp %s → %s, changed %v, want %v", c.name, before, after, changed, c.changed)
		}
		if prev, ok := seen[after]; ok && c.changed {
			t.Fatalf("%s: stamp %s again, as after %s", c.name, after, prev)
		}
		seen[after], before = c.name, after
	}
	must(t, l.Close())
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	again, err := Open(path)
	must(t, err)
	defer again.Close()
	s, err := again.Stamp(ctx)
	must(t, err)
	if _, ok := seen[s]; ok {
		t.Fatalf("a library made again at the same path has the stamp %s of the one before", s)
	}
}

// TestSetIDsFrom: IDs written from the stamp the library is at return the
// stamp they leave; written from an older one (another write came between)
// they are kept all the same, and return none.
func TestSetIDsFrom(t *testing.T) {
	ctx := context.Background()
	l, _ := openTemp(t)
	defer l.Close()
	from, err := l.Stamp(ctx)
	must(t, err)
	ids := map[string]articles.RememberedID{"k1": {ID: "a", Path: "a.txt"}}
	after, err := l.SetIDsFrom(ctx, "/news", ids, from)
	must(t, err)
	now, err := l.Stamp(ctx)
	must(t, err)
	if after != now || after == from {
		t.Fatalf("from %s: returned %q, the library is at %s", from, after, now)
	}
	if same, err := l.SetIDsFrom(ctx, "/news", nil, now); err != nil || same != now {
		t.Fatalf("no IDs: %q, %v; want %s", same, err, now)
	}
	more := map[string]articles.RememberedID{"k2": {ID: "b", Path: "b.txt"}}
	stale, err := l.SetIDsFrom(ctx, "/news", more, from)
	must(t, err)
	if stale != "" {
		t.Fatalf("from the older stamp %s: returned %q", from, stale)
	}
	got, err := l.IDs(ctx, "/news")
	must(t, err)
	if got["k1"].ID != "a" || got["k2"].ID != "b" {
		t.Fatalf("IDs %v", got)
	}
	if none, err := l.SetIDsFrom(ctx, "/news", ids, ""); err != nil || none != "" {
		t.Fatalf("from no stamp: %q, %v", none, err)
	}
}
