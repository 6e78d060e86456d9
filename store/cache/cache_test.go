package cache

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles"
	"dateline/articles/articlestest"
	"dateline/articles/countries"
	"dateline/store"
)

// past is when the corpus files were last changed, as far as a snapshot
// can tell: long enough ago to be outside racyWindow.
var past = time.Now().Add(-time.Hour).Truncate(time.Second)

// writeCorpus writes n generated files under a new folder, changed an hour
// ago, and returns the folder.
func writeCorpus(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, n)
	setTimes(t, dir, past)
	return dir
}

func setTimes(t testing.TB, dir string, when time.Time) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		return os.Chtimes(p, when, when)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// warmLoad is a start with the snapshot in cacheDir: open, load, save.
func warmLoad(t testing.TB, cacheDir string, dirs ...string) (*articles.Loaded, *Cache) {
	t.Helper()
	c := Open(cacheDir, dirs)
	loaded, err := articles.LoadReusing(context.Background(), dirs, nil, c.Reuse())
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	return loaded, c
}

func coldLoad(t testing.TB, dirs ...string) *articles.Loaded {
	t.Helper()
	loaded, err := articles.Load(context.Background(), dirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return loaded
}

// sameArticles fails unless got and want hold equal articles, field by
// field, in the same order.
func sameArticles(t *testing.T, got, want *articles.Loaded) {
	t.Helper()
	if len(got.Articles) != len(want.Articles) {
		t.Fatalf("%d articles, want %d", len(got.Articles), len(want.Articles))
	}
	for i := range want.Articles {
		if !reflect.DeepEqual(got.Articles[i], want.Articles[i]) {
			t.Fatalf("article %d differs:\n got %+v\nwant %+v", i, *got.Articles[i], *want.Articles[i])
		}
	}
	if !reflect.DeepEqual(got.Skipped, want.Skipped) {
		t.Fatalf("skipped %v, want %v", got.Skipped, want.Skipped)
	}
}

func counts(t *testing.T, c *Cache, reused, parsed int) {
	t.Helper()
	r, p := c.Counts()
	if r != reused || p != parsed {
		t.Fatalf("reused %d and parsed %d files, want %d and %d", r, p, reused, parsed)
	}
}

// TestEveryField round-trips an article with every field set, found by
// reflection, so a field added to Article and not to the codec fails here.
func TestEveryField(t *testing.T) {
	var a articles.Article
	fill(reflect.ValueOf(&a).Elem(), 1)
	for _, empty := range []bool{false, true} {
		in := a
		if empty {
			in.Body, in.Countries, in.Paths = []articles.Paragraph{}, []articles.Mention{}, nil
		}
		var e encoder
		encodeFile(&e, []*articles.Article{&in}, nil, []string{"one"})
		var body strings.Builder
		eachText([]*articles.Article{&in}, func(s string) { body.WriteString(s) })
		d := decoder{s: string(e.b)}
		out, items := decodeFile(&d, body.String())
		if d.err != nil || d.s != "" || len(out) != 1 {
			t.Fatalf("decoding: %v, %d bytes left, %d articles", d.err, len(d.s), len(out))
		}
		if !reflect.DeepEqual(*out[0], in) || !slices.Equal(items, []string{"one"}) {
			t.Fatalf("round trip:\n got %+v %q\nwant %+v", *out[0], items, in)
		}
	}
}

// fill sets every field below v to a value that is not its zero, distinct
// per field.
func fill(v reflect.Value, seed int) int {
	if v.Type() == reflect.TypeFor[countries.Ref]() {
		all := []string{"KP", "BY", "FR", "BR", "JP", "NZ"}
		v.Set(reflect.ValueOf(countries.RefOf(all[seed%len(all)])))
		return seed
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			seed = fill(v.Field(i), seed+1)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			seed = fill(v.Index(i), seed+1)
		}
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d ü", seed))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(seed))
	default:
		panic("fill: no value for " + v.Type().String())
	}
	return seed
}

func TestWarmStart(t *testing.T) {
	const n = 60
	dir, cacheDir := writeCorpus(t, n), t.TempDir()
	cold := coldLoad(t, dir)

	first, c := warmLoad(t, cacheDir, dir)
	counts(t, c, 0, n)
	sameArticles(t, first, cold)

	warm, c := warmLoad(t, cacheDir, dir)
	counts(t, c, n, 0)
	if c.Reason != "" {
		t.Fatalf("snapshot not used: %s", c.Reason)
	}
	sameArticles(t, warm, cold)

	// Touching one file re-parses that one alone; rewriting one changes
	// what is loaded from it.
	touched := filepath.Join(dir, "gen", "00007.txt")
	if err := os.Chtimes(touched, past.Add(time.Minute), past.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	_, c = warmLoad(t, cacheDir, dir)
	counts(t, c, n-1, 1)

	edited := filepath.Join(dir, "gen", "00003.txt")
	if err := os.WriteFile(edited, []byte("EDITED HEADLINE\n\nA new body for the third file.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(edited, past.Add(2*time.Minute), past.Add(2*time.Minute)); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "gen", "00005.txt"))
	got, c := warmLoad(t, cacheDir, dir)
	counts(t, c, n-2, 1)
	sameArticles(t, got, coldLoad(t, dir))
	if a := byID(got, "gen/00003"); a == nil || a.Title != "Edited Headline" && a.Title != "EDITED HEADLINE" {
		t.Fatalf("edited file loaded as %+v", a)
	}

	// The snapshot saved after that knows the edit and the removal.
	again, c := warmLoad(t, cacheDir, dir)
	counts(t, c, n-1, 0)
	sameArticles(t, again, got)
}

func byID(l *articles.Loaded, id string) *articles.Article {
	for _, a := range l.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// TestRacyFile: a file changed just now could change again with the same
// stamp, so it is parsed on every load until it has been still a while.
func TestRacyFile(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 5), t.TempDir()
	now := filepath.Join(dir, "gen", "00002.txt")
	if err := os.Chtimes(now, time.Now(), time.Now()); err != nil {
		t.Fatal(err)
	}
	warmLoad(t, cacheDir, dir)
	_, c := warmLoad(t, cacheDir, dir)
	counts(t, c, 4, 1)
}

// TestCopiesAndIDs: identity is worked out afresh from a warm start, so
// identical copies still merge and IDs are what a cold load gives.
func TestCopiesAndIDs(t *testing.T) {
	dir, other, cacheDir := writeCorpus(t, 8), writeCorpus(t, 3), t.TempDir()
	warmLoad(t, cacheDir, dir, other)
	warm, c := warmLoad(t, cacheDir, dir, other)
	counts(t, c, 11, 0)
	cold := coldLoad(t, dir, other)
	sameArticles(t, warm, cold)
	if len(cold.Articles) != 8 || len(cold.Articles[0].Paths) != 2 {
		t.Fatalf("copies not merged: %d articles, first has paths %v", len(cold.Articles), cold.Articles[0].Paths)
	}
}

// TestDamagedSnapshot: whatever happened to the snapshot, the load ends
// with the right articles, says why it set the snapshot aside, and the
// next one is whole again.
func TestDamagedSnapshot(t *testing.T) {
	const n = 20
	tests := []struct {
		name   string
		damage func(data []byte) []byte
		reason string
	}{
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }, "truncated"},
		{"header only", func(b []byte) []byte { return b[:headerSize] }, "truncated"},
		{"cut in the header", func(b []byte) []byte { return b[:headerSize-5] }, "not a snapshot"},
		{"empty", func(b []byte) []byte { return nil }, "not a snapshot"},
		{"flipped byte in an article", func(b []byte) []byte { b[len(b)/2] ^= 0x20; return b }, "checksum"},
		{"flipped last byte", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }, "checksum"},
		{"flipped byte in the entries", func(b []byte) []byte { b[at(b, "entries")] ^= 0x20; return b }, "checksum"},
		{"flipped byte in the listing", func(b []byte) []byte { b[at(b, "listing")] ^= 0x20; return b }, "checksum"},
		{"flipped byte in the text", func(b []byte) []byte { b[at(b, "body")+3] ^= 0x20; return b }, "checksum (its text"},
		{"flipped byte in the index", func(b []byte) []byte { b[at(b, "index")+9] ^= 0x20; return b }, "checksum (its text"},
		{"flipped back checksum", func(b []byte) []byte { b[57] ^= 1; return b }, "checksum (its text"},
		{"flipped length", func(b []byte) []byte { b[16] ^= 1; return b }, "truncated or overlong"},
		{"another layout version", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[8:], layoutVersion+1)
			return b
		}, "layout"},
		{"another article format", func(b []byte) []byte { b[30] ^= 0xff; return b }, "another article format"},
		{"not a snapshot", func(b []byte) []byte { return []byte("just some text that is long enough to be a header, and more") }, "not a snapshot"},
		{"overlong", func(b []byte) []byte { return append(b, 0) }, "overlong"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, cacheDir := writeCorpus(t, n), t.TempDir()
			cold := coldLoad(t, dir)
			first, c := warmLoad(t, cacheDir, dir)
			c.KeepListing("test", first.Listing) // with its listing and index
			c.Store(first.Articles).Prepare()
			if err := c.Save(); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(c.path, tt.damage(data), 0o600); err != nil {
				t.Fatal(err)
			}
			got, c := warmLoad(t, cacheDir, dir)
			counts(t, c, 0, n)
			if !strings.Contains(c.Reason, tt.reason) {
				t.Fatalf("reason %q, want one with %q", c.Reason, tt.reason)
			}
			sameArticles(t, got, cold)
			if c.Store(got.Articles); c.IndexReused() {
				t.Fatal("the store reads the damaged snapshot's index")
			}
			again, c := warmLoad(t, cacheDir, dir)
			counts(t, c, n, 0)
			sameArticles(t, again, cold)
		})
	}
}

// at returns where in the snapshot data the named section begins (the
// middle of it, for the entries and the listing), from its directory.
func at(data []byte, section string) int {
	pad := func(n int) int { return (n + 7) &^ 7 }
	word := func(i int) int { return int(binary.LittleEndian.Uint64(data[headerSize+8*i:])) }
	entries := payloadStart + pad(4*word(1))
	stamp := entries + pad(word(2))
	listing := stamp + pad(word(4))
	body := listing + pad(word(5))
	index := body + pad(word(3))
	switch section {
	case "entries":
		return entries + word(2)/2
	case "listing":
		if word(5) == 0 {
			panic("no listing")
		}
		return listing + word(5)/2
	case "body":
		return body
	case "index":
		if index >= len(data) {
			panic("no index")
		}
		return index
	}
	panic(section)
}

// TestHalfWritten: a save that died before its rename leaves a temporary
// file that no load reads, and the snapshot as it was.
func TestHalfWritten(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 10), t.TempDir()
	_, c := warmLoad(t, cacheDir, dir)
	data, err := os.ReadFile(c.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cacheDir, ".tmp-123"), data[:len(data)/3], 0o600); err != nil {
		t.Fatal(err)
	}
	got, c := warmLoad(t, cacheDir, dir)
	counts(t, c, 10, 0)
	sameArticles(t, got, coldLoad(t, dir))
}

// TestForeignFormat: a snapshot whose articles another build wrote (here,
// one whose format hash differs) is not trusted, though whole.
func TestForeignFormat(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 10), t.TempDir()
	saved := formatHash
	formatHash[0] ^= 1
	warmLoad(t, cacheDir, dir)
	formatHash = saved
	got, c := warmLoad(t, cacheDir, dir)
	counts(t, c, 0, 10)
	if !strings.Contains(c.Reason, "another article format") {
		t.Fatalf("reason %q", c.Reason)
	}
	sameArticles(t, got, coldLoad(t, dir))
}

// TestConcurrentStarts: loads that start at once over the same snapshot,
// while files change, each end with the articles a cold load gives, and
// leave a whole snapshot.
func TestConcurrentStarts(t *testing.T) {
	const n, loads = 30, 6
	dir, cacheDir := writeCorpus(t, n), t.TempDir()
	warmLoad(t, cacheDir, dir)
	want := coldLoad(t, dir)
	var wg sync.WaitGroup
	errs := make(chan string, loads)
	for i := range loads {
		wg.Go(func() {
			c := Open(cacheDir, []string{dir})
			loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
			if err != nil {
				errs <- err.Error()
				return
			}
			if i%2 == 0 {
				c.Save()
			} else if c.Reason != "" {
				errs <- "snapshot set aside: " + c.Reason
			}
			if len(loaded.Articles) != n {
				errs <- fmt.Sprintf("%d articles", len(loaded.Articles))
			}
			for j, a := range loaded.Articles {
				if !reflect.DeepEqual(a, want.Articles[j]) {
					errs <- "article " + a.ID + " differs"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	_, c := warmLoad(t, cacheDir, dir)
	if c.Reason != "" {
		t.Fatalf("snapshot after concurrent saves: %s", c.Reason)
	}
	counts(t, c, n, 0)
}

// warmStart is a start as the commands make one: open, load, the store
// (over the snapshot's index when it fits), save.
func warmStart(t testing.TB, cacheDir string, dirs ...string) (*store.Store, *Cache) {
	t.Helper()
	c := Open(cacheDir, dirs)
	loaded, err := articles.LoadReusing(context.Background(), dirs, nil, c.Reuse())
	if err != nil {
		t.Fatal(err)
	}
	st := c.Store(loaded.Articles)
	st.Prepare() // as the app does: the index is there to be saved
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	return st, c
}

// TestSearchWarmCold: the same queries find the same hits, in the same
// order, with the same snippets, over a warm start (articles and index
// read from the snapshot) and a cold one.
func TestSearchWarmCold(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 200), t.TempDir()
	warmStart(t, cacheDir, dir)
	ws, c := warmStart(t, cacheDir, dir)
	counts(t, c, 200, 0)
	if !c.IndexReused() {
		t.Fatal("the warm start built its index again")
	}
	cs := store.New(coldLoad(t, dir).Articles)
	queries := []string{"", "minister", "talks !election", `"central bank"`, "minstr", "aid | trade", "c:BY", "'bank ^min", "date:2020..", "zzqx"}
	found := 0
	for _, q := range queries {
		wr, err := ws.Search(context.Background(), q, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cr, err := cs.Search(context.Background(), q, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(wr.Hits) != len(cr.Hits) || wr.Total != cr.Total {
			t.Fatalf("%q: %d hits warm, %d cold", q, len(wr.Hits), len(cr.Hits))
		}
		for i := range cr.Hits {
			if wr.Hits[i].Article.ID != cr.Hits[i].Article.ID || wr.Hits[i].Score != cr.Hits[i].Score {
				t.Fatalf("%q: hit %d is %s warm, %s cold", q, i, wr.Hits[i].Article.ID, cr.Hits[i].Article.ID)
			}
			if !reflect.DeepEqual(wr.Snippet(i), cr.Snippet(i)) {
				t.Fatalf("%q: hit %d's snippet is %+v warm, %+v cold", q, i, wr.Snippet(i), cr.Snippet(i))
			}
		}
		found += len(cr.Hits)
	}
	if found == 0 {
		t.Fatal("no query finds anything: the comparison shows nothing")
	}
	if !reflect.DeepEqual(ws.Countries(), cs.Countries()) {
		t.Fatal("countries differ warm and cold")
	}
}

// TestIndexReuse: a start reads the saved index only when it holds the
// articles of this load: every file unchanged, the same IDs.
func TestIndexReuse(t *testing.T) {
	const n = 30
	dir, cacheDir := writeCorpus(t, n), t.TempDir()
	steps := []struct {
		name   string
		before func()
		ids    func([]*articles.Article) // changes the IDs before the store is made
		reused bool
	}{
		{name: "first start", reused: false},
		{name: "nothing changed", reused: true},
		{name: "one file touched", before: func() {
			when := past.Add(time.Minute)
			if err := os.Chtimes(filepath.Join(dir, "gen", "00004.txt"), when, when); err != nil {
				t.Fatal(err)
			}
		}, reused: false},
		{name: "after the touch", reused: true},
		{name: "other IDs", ids: func(arts []*articles.Article) { arts[0].ID, arts[1].ID = arts[1].ID, arts[0].ID }, reused: false},
		{name: "the IDs back", reused: false},
		{name: "again", reused: true},
		{name: "one file gone", before: func() { os.Remove(filepath.Join(dir, "gen", "00009.txt")) }, reused: false},
		{name: "after it went", reused: true},
	}
	for _, step := range steps {
		if step.before != nil {
			step.before()
		}
		c := Open(cacheDir, []string{dir})
		loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
		if err != nil {
			t.Fatal(err)
		}
		if step.ids != nil {
			step.ids(loaded.Articles)
		}
		st := c.Store(loaded.Articles)
		st.Prepare()
		if c.IndexReused() != step.reused {
			t.Fatalf("%s: index reused %v, want %v", step.name, c.IndexReused(), step.reused)
		}
		if st.Len() != len(loaded.Articles) {
			t.Fatalf("%s: %d articles in the store, %d loaded", step.name, st.Len(), len(loaded.Articles))
		}
		if err := c.Save(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestNoDirectory: a cache folder that cannot be made costs the snapshot,
// and Save says so.
func TestNoDirectory(t *testing.T) {
	dir := writeCorpus(t, 3)
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	c := Open(filepath.Join(blocker, "dateline"), []string{dir})
	loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
	if err != nil || len(loaded.Articles) != 3 {
		t.Fatalf("load: %v, %d articles", err, len(loaded.Articles))
	}
	if err := c.Save(); err == nil {
		t.Fatal("Save under a file did not fail")
	}
}

// FuzzRead reads arbitrary bytes as a snapshot, whole and from its
// directory on (past the checksum), and every entry and article in it:
// never a panic.
func FuzzRead(f *testing.F) {
	dir := writeCorpus(f, 3)
	cacheDir := f.TempDir()
	_, c := warmLoad(f, cacheDir, dir)
	data, err := os.ReadFile(c.path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add(data[:headerSize+40])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, read := range []func() (*snapshot, error){
			func() (*snapshot, error) {
				b := slices.Clone(data)
				s, err := read(b)
				if err == nil {
					err = s.checkBack(bytes.NewReader(b))
				}
				return s, err
			},
			func() (*snapshot, error) { return sections(slices.Clone(data)) },
		} {
			s, err := read()
			if err != nil {
				continue
			}
			for off := range len(s.entries) {
				p, e, ok := s.entry(off)
				if !ok {
					continue
				}
				s.find(p)
				d := decoder{s: e.meta}
				decodeFile(&d, e.body)
			}
		}
	})
}

// TestIndexLater: a store builds its index on first use, and Save does
// not build it: saved before it is there, the snapshot holds none, and
// saved again once it is, it does.
func TestIndexLater(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 20), t.TempDir()
	c := Open(cacheDir, []string{dir})
	loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
	if err != nil {
		t.Fatal(err)
	}
	st := c.Store(loaded.Articles)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if st.Indexed() {
		t.Fatal("Save built the index")
	}
	_, again := warmLoad(t, cacheDir, dir)
	if again.snap == nil || len(again.snap.index) != 0 {
		t.Fatal("a snapshot saved before the index was there holds one")
	}
	st.Prepare()
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	_, c = warmStart(t, cacheDir, dir)
	if !c.IndexReused() {
		t.Fatal("the index saved once it was there is not read")
	}
}

// TestSavedIDs: the IDs a load was given under a stamp come back from the
// snapshot under that stamp while every file is unchanged, and under no
// other.
func TestSavedIDs(t *testing.T) {
	const n = 25
	dir, cacheDir := writeCorpus(t, n), t.TempDir()
	start := func(stamp string) (*articles.Loaded, *Cache) {
		c := Open(cacheDir, []string{dir})
		loaded, err := articles.LoadReusing(context.Background(), []string{dir}, nil, c.Reuse())
		if err != nil {
			t.Fatal(err)
		}
		return loaded, c
	}
	loaded, c := start("")
	for i, a := range loaded.Articles {
		a.ID = fmt.Sprintf("remembered-%d", i) // as a library would give them
	}
	c.Store(loaded.Articles).Prepare()
	c.SetStamp("s1")
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}

	loaded, c = start("s1")
	ids := c.SavedIDs("s1")
	if len(ids) != n {
		t.Fatalf("%d IDs saved, want %d", len(ids), n)
	}
	for i, a := range loaded.Articles {
		if ids[a.Key] != fmt.Sprintf("remembered-%d", i) {
			t.Fatalf("article %d: saved ID %q", i, ids[a.Key])
		}
	}
	if c.SavedIDs("s2") != nil || c.SavedIDs("") != nil {
		t.Fatal("IDs given under another stamp")
	}
	when := past.Add(time.Minute)
	if err := os.Chtimes(filepath.Join(dir, "gen", "00003.txt"), when, when); err != nil {
		t.Fatal(err)
	}
	if _, c = start("s1"); c.SavedIDs("s1") != nil {
		t.Fatal("IDs given though a file changed")
	}
}

// TestStampLater: a stamp set once the snapshot was saved (the IDs of a
// first start are written after it) is saved by the next Save, and the
// IDs come back under it.
func TestStampLater(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 10), t.TempDir()
	loaded, c := warmLoad(t, cacheDir, dir) // saved once, without a stamp
	c.Store(loaded.Articles)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	c.SetStamp("s1")
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if _, c = warmLoad(t, cacheDir, dir); len(c.SavedIDs("s1")) != 10 {
		t.Fatal("the stamp set after the first Save was not saved")
	}
}

// TestLibrarySnapshot: a library's articles come back from its snapshot,
// with the index, under the stamp they were kept at, and under no other.
func TestLibrarySnapshot(t *testing.T) {
	cacheDir := t.TempDir()
	libPath := filepath.Join(t.TempDir(), "library.db")
	want := coldLoad(t, writeCorpus(t, 40)).Articles
	c := OpenLibrary(cacheDir, libPath)
	if c.Library("s1") != nil {
		t.Fatal("articles from no snapshot")
	}
	c.KeepLibrary("s1", want)
	cold := c.Store(want)
	cold.Prepare()
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}

	c = OpenLibrary(cacheDir, libPath)
	if c.Library("s2") != nil {
		t.Fatal("articles under another stamp")
	}
	got := c.Library("s1")
	if len(got) != len(want) {
		t.Fatalf("%d articles, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("article %d differs:\n got %+v\nwant %+v", i, *got[i], *want[i])
		}
	}
	warm := c.Store(got)
	if !c.IndexReused() {
		t.Fatal("the library's index was built again")
	}
	for _, q := range []string{"minister", "c:BY"} {
		w, err := warm.Search(context.Background(), q, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cr, err := cold.Search(context.Background(), q, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if w.Total != cr.Total || w.Total == 0 {
			t.Fatalf("%q: %d hits warm, %d cold", q, w.Total, cr.Total)
		}
	}
	if OpenLibrary(cacheDir, filepath.Join(t.TempDir(), "other.db")).Library("s1") != nil {
		t.Fatal("another library's articles")
	}
}

// TestSavedAsParsed: the snapshot keeps the articles the load holds, not
// copies, and yet saves each file's articles as they were parsed, whatever
// the load made of their IDs and paths after (copies merged, IDs given by
// the library).
func TestSavedAsParsed(t *testing.T) {
	dir, other, cacheDir := writeCorpus(t, 8), writeCorpus(t, 3), t.TempDir()
	dirs := []string{dir, other}
	c := Open(cacheDir, dirs)
	r := c.Reuse()
	var mu sync.Mutex
	parsed := map[string][]articles.Article{}
	keep := r.Parsed
	r.Parsed = func(st articles.FileStamp, arts []*articles.Article, items []string) {
		mu.Lock()
		for _, a := range arts {
			cp := *a
			cp.Body, cp.Countries, cp.Paths = slices.Clone(a.Body), slices.Clone(a.Countries), slices.Clone(a.Paths)
			parsed[st.Path] = append(parsed[st.Path], cp)
		}
		mu.Unlock()
		keep(st, arts, items)
	}
	loaded, err := articles.LoadReusing(context.Background(), dirs, nil, r)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Articles) != 8 || len(loaded.Articles[0].Paths) != 2 {
		t.Fatalf("copies not merged: %d articles, first has paths %v", len(loaded.Articles), loaded.Articles[0].Paths)
	}
	for i, a := range loaded.Articles {
		a.ID = fmt.Sprintf("remembered-%d", i)
	}
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	again := Open(cacheDir, dirs)
	if again.snap == nil {
		t.Fatalf("no snapshot: %s", again.Reason)
	}
	if len(parsed) != 11 {
		t.Fatalf("%d files parsed, want 11", len(parsed))
	}
	for path, want := range parsed {
		e, _, ok := again.snap.find(path)
		if !ok {
			t.Fatalf("%s: not in the snapshot", path)
		}
		d := decoder{s: e.meta}
		got, _ := decodeFile(&d, e.body)
		if d.err != nil || len(got) != len(want) {
			t.Fatalf("%s: %v, %d articles, want %d", path, d.err, len(got), len(want))
		}
		for i := range want {
			if !reflect.DeepEqual(*got[i], want[i]) {
				t.Fatalf("%s: saved\n %+v\nparsed\n %+v", path, *got[i], want[i])
			}
		}
	}
}

// TestListing keeps a load's listing in the snapshot and loads from it,
// without a walk, what a walk loads; under another key there is none, and
// a walk after a file changed lists something else.
func TestListing(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 30), t.TempDir()
	ctx := context.Background()
	c := Open(cacheDir, []string{dir})
	walked, err := articles.LoadReusing(ctx, []string{dir}, nil, c.Reuse())
	if err != nil {
		t.Fatal(err)
	}
	c.KeepListing("here", walked.Listing)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}

	c = Open(cacheDir, []string{dir})
	if c.Listing("elsewhere") != nil {
		t.Error("a listing kept under another key was given")
	}
	l := c.Listing("here")
	if l == nil || !l.Equal(walked.Listing) {
		t.Fatalf("the listing from the snapshot is %v, want the walk's", l)
	}
	listed, err := articles.LoadListing(ctx, l, nil, c.Reuse())
	if err != nil {
		t.Fatal(err)
	}
	counts(t, c, 30, 0)
	sameArticles(t, listed, walked)

	// Kept again unchanged, the snapshot is not written again; changed, it is.
	c.KeepListing("here", l)
	before, _ := os.Stat(c.path)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(c.path); !after.ModTime().Equal(before.ModTime()) || !os.SameFile(before, after) {
		t.Error("an unchanged snapshot was written again")
	}
	touched := filepath.Join(dir, "gen", "00007.txt")
	if err := os.Chtimes(touched, past.Add(time.Minute), past.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	now, err := articles.List(ctx, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if now.Equal(l) {
		t.Error("a walk after a file changed lists the same")
	}
	c.KeepListing("here", now)
	if err := c.Save(); err != nil {
		t.Fatal(err)
	}
	if c = Open(cacheDir, []string{dir}); !c.Listing("here").Equal(now) {
		t.Error("the new listing was not saved")
	}
}

// TestMentionOfNoCountry: a snapshot whose mention names no country is
// corrupt, not an article with a blank country.
func TestMentionOfNoCountry(t *testing.T) {
	for _, r := range []countries.Ref{countries.RefOf("FR"), 0, 26*26 + 1, countries.Ref(26*('Y'-'A') + 'U' - 'A' + 1)} {
		a := &articles.Article{ID: "a", Title: "T", Countries: []articles.Mention{{Country: r, Count: 2}}}
		var e encoder
		encodeFile(&e, []*articles.Article{a}, nil, nil)
		d := decoder{s: string(e.b)}
		got, _ := decodeFile(&d, "")
		if valid := r.Country().Code != ""; valid != (d.err == nil) || valid && got[0].Countries[0] != a.Countries[0] {
			t.Errorf("Ref %d (%q): decoded %v, %v", r, r.Country().Code, got, d.err)
		}
	}
}

// TestLeftovers: a save removes the temp files that killed saves left
// behind, and leaves alone one that a save under way may be writing.
func TestLeftovers(t *testing.T) {
	dir, cacheDir := writeCorpus(t, 3), t.TempDir()
	snapDir := filepath.Join(cacheDir, "snap")
	if err := os.MkdirAll(snapDir, 0o700); err != nil {
		t.Fatal(err)
	}
	old, young := filepath.Join(snapDir, ".tmp-123"), filepath.Join(snapDir, ".tmp-456")
	for _, p := range []string{old, young} {
		if err := os.WriteFile(p, []byte("half a snapshot"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chtimes(old, past, past); err != nil {
		t.Fatal(err)
	}
	warmLoad(t, snapDir, dir)
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("the leftover of a killed save is still there (%v)", err)
	}
	if _, err := os.Stat(young); err != nil {
		t.Errorf("the temp file of a save that may be under way was removed: %v", err)
	}
}

// TestSpooledSnapshot: a cold load keeps its bodies' text in the spool, out
// of the heap, and the snapshot it saves, which copies that text from the
// spool's file, is the snapshot a load that kept it in the heap saves,
// byte for byte.
func TestSpooledSnapshot(t *testing.T) {
	dir, other := writeCorpus(t, 30), writeCorpus(t, 4)
	dirs := []string{dir, other}
	var snaps [2][]byte
	cacheDirs := [2]string{t.TempDir(), t.TempDir()}
	for i, spooled := range []bool{true, false} {
		c := Open(cacheDirs[i], dirs)
		if !spooled {
			c.spool = nil
		}
		loaded, err := articles.LoadReusing(context.Background(), dirs, nil, c.Reuse())
		if err != nil || len(loaded.Articles) != 30 {
			t.Fatalf("load: %v, %d articles", err, len(loaded.Articles))
		}
		for _, a := range loaded.Articles {
			if _, _, ok := c.spool.Body(a); ok != spooled {
				t.Fatalf("%s: its body in the spool: %v, want %v", a.ID, ok, spooled)
			}
		}
		if err := c.Save(); err != nil {
			t.Fatal(err)
		}
		if snaps[i], err = os.ReadFile(c.path); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(snaps[0], snaps[1]) {
		t.Fatalf("the snapshot of a spooled load (%d bytes) differs from the heap's (%d bytes)", len(snaps[0]), len(snaps[1]))
	}
	warm, c := warmLoad(t, cacheDirs[0], dirs...)
	counts(t, c, 34, 0)
	sameArticles(t, warm, coldLoad(t, dirs...))
}
