package store

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// savedCorpus is a generated corpus in which every field of the index has
// something to hold: some articles have authors, two are copies.
func savedCorpus(t testing.TB, n int) []*articles.Article {
	t.Helper()
	arts := convert(articlestest.Generate(n))
	for i, a := range arts {
		if i%7 == 0 {
			a.Author = fmt.Sprintf("Reporter %d", i%5)
		}
		a.Key = articles.ContentKey(a)
	}
	copyOf := *arts[1]
	copyOf.ID, copyOf.Key = "copy", "copy-key"
	return append(arts, &copyOf)
}

// saved is the index of st as WriteIndex saves it, laid out from before
// bytes past an address that is a multiple of 8.
func saved(t testing.TB, st *Store, before int) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := st.WriteIndex(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Fatalf("WriteIndex says %d bytes, wrote %d", n, buf.Len())
	}
	words := make([]uint64, (before+buf.Len())/8+1)
	b := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), 8*len(words))[before : before+buf.Len()]
	copy(b, buf.Bytes())
	return b
}

// scratchFields are the fields of index that are not saved: scratch that
// a search borrows, empty in a new store. A field added to index is saved
// unless it is tagged persist:"-", and then it must be named here.
var scratchFields = []string{"slotFree", "groupFree", "artsFree", "accFree", "keyFree", "rowFree", "rowsOnce", "rows", "letters", "folds", "walked"}

// TestSavedEveryField saves and reads back an index and compares it with
// the one built, field by field, found by reflection: a field added to
// index that is not saved as it is fails here, and so does one of a kind
// the codec cannot save (WriteIndex fails).
func TestSavedEveryField(t *testing.T) {
	built := New(savedCorpus(t, 300))
	for _, before := range []int{0, 5, 64} {
		st, err := NewSaved(built.all, saved(t, built, before))
		if err != nil {
			t.Fatalf("offset %d: %v", before, err)
		}
		got, want := reflect.ValueOf(st.ix()).Elem(), reflect.ValueOf(built.ix()).Elem()
		var skipped []string
		for i := range want.NumField() {
			f := want.Type().Field(i)
			if scratch(f) {
				skipped = append(skipped, f.Name)
				continue
			}
			if want.Field(i).IsZero() {
				t.Fatalf("%s is empty in the corpus, so its saving is not tested: give savedCorpus something for it", f.Name)
			}
			if !reflect.DeepEqual(field(got, i).Interface(), field(want, i).Interface()) {
				t.Errorf("offset %d: field %s differs after saving and reading", before, f.Name)
			}
		}
		if !slices.Equal(skipped, scratchFields) {
			t.Fatalf("fields left unsaved: %v, want only the scratch %v", skipped, scratchFields)
		}
		if !slices.Equal(st.all, built.all) || !reflect.DeepEqual(st.countries, built.countries) || !reflect.DeepEqual(st.byCountry, built.byCountry) {
			t.Fatal("the store around the saved index differs from New's")
		}
	}
}

// TestSavedLayoutRefuses: a field the codec cannot save makes the layout
// fail, so WriteIndex fails rather than save it half.
func TestSavedLayoutRefuses(t *testing.T) {
	for _, typ := range []reflect.Type{
		reflect.TypeFor[struct{ p *int }](),
		reflect.TypeFor[struct{ f func() }](),
		reflect.TypeFor[struct{ m map[[2]int]int }](),
		reflect.TypeFor[struct{ c chan int }](),
		reflect.TypeFor[struct{ i any }](),
		reflect.TypeFor[struct{ e []struct{} }](),
		reflect.TypeFor[struct{ a [0]int }](),
	} {
		var b strings.Builder
		if err := describeSaved(&b, typ); err == nil {
			t.Errorf("%s: saved as %s", typ, b.String())
		}
	}
	var b strings.Builder
	if err := describeSaved(&b, reflect.TypeFor[index]()); err != nil {
		t.Fatalf("index: %v", err)
	}
}

// TestNewSavedRefuses: an index saved over other articles, or damaged, is
// refused, never used.
func TestNewSavedRefuses(t *testing.T) {
	arts := savedCorpus(t, 60)
	built := New(arts)
	data := saved(t, built, 0)
	renamed := func(i int, id, key string) []*articles.Article {
		out := slices.Clone(built.all)
		a := *out[i]
		if id != "" {
			a.ID = id
		}
		if key != "" {
			a.Key = key
		}
		out[i] = &a
		return out
	}
	redated := slices.Clone(built.all)
	a := *redated[0]
	a.Date = articles.Date{}
	redated[0] = &a
	flipped := func(at int) []byte {
		b := slices.Clone(data)
		b[at] ^= 0x40
		return b
	}
	cases := []struct {
		name string
		arts []*articles.Article
		data []byte
	}{
		{"one article fewer", built.all[1:], data},
		{"one more", append(slices.Clone(built.all), &articles.Article{ID: "new", Key: "new"}), data},
		{"another ID", renamed(3, "zzz-other", ""), data},
		{"another Key", renamed(3, "", "other-key"), data},
		{"another order", redated, data},
		{"two alike IDs", renamed(3, built.all[4].ID, ""), data},
		{"truncated", built.all, data[:len(data)-9]},
		{"cut in the header", built.all, data[:20]},
		{"empty", built.all, nil},
		{"overlong", built.all, append(slices.Clone(data), 0, 0, 0, 0, 0, 0, 0, 0)},
		{"another magic", built.all, flipped(2)},
		{"another layout", built.all, flipped(len(savedMagic) + 3)},
		{"another count", built.all, flipped(len(savedMagic) + 32)},
	}
	for _, c := range cases {
		if _, err := NewSaved(c.arts, c.data); err == nil {
			t.Errorf("%s: the saved index was used", c.name)
		}
	}
	if _, err := NewSaved(arts, data); err != nil {
		t.Fatalf("the same articles in load order: %v", err)
	}
}

// TestSearchSaved: a store over a saved index finds what a store that
// built its own finds, in the same order, with the same snippets.
func TestSearchSaved(t *testing.T) {
	arts := savedCorpus(t, 400)
	built := New(arts)
	st, err := NewSaved(arts, saved(t, built, 0))
	if err != nil {
		t.Fatal(err)
	}
	queries := []string{"", "minister", "talks !election", `"central bank"`, "minstr", "aid | trade", "c:BY", "by:reporter", "src:a", "date:2024..", "'bank ^min", "x"}
	found := 0
	for _, q := range queries {
		want, err := built.Search(context.Background(), q, Options{})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		got, err := st.Search(context.Background(), q, Options{})
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
			t.Fatalf("%q: %d hits of %d, want %d of %d", q, len(got.Hits), got.Total, len(want.Hits), want.Total)
		}
		for i := range want.Hits {
			g, w := got.Hits[i], want.Hits[i]
			if g.Article != w.Article || g.Score != w.Score || !reflect.DeepEqual(got.Snippet(i), want.Snippet(i)) {
				t.Fatalf("%q: hit %d is %s (%d), want %s (%d)", q, i, g.Article.ID, g.Score, w.Article.ID, w.Score)
			}
		}
		found += len(want.Hits)
	}
	if found == 0 {
		t.Fatal("no query finds anything: the comparison shows nothing")
	}
}

// FuzzNewSaved reads arbitrary bytes as a saved index: never a panic.
func FuzzNewSaved(f *testing.F) {
	arts := savedCorpus(f, 20)
	data := saved(f, New(arts), 0)
	f.Add(data)
	f.Add(data[:len(data)/2])
	f.Add([]byte(savedMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		if st, err := NewSaved(arts, data); err == nil && st.Len() != len(arts) {
			t.Fatalf("%d articles, want %d", st.Len(), len(arts))
		}
	})
}

// BenchmarkNewSaved compares a store that builds its index (New, then
// Prepare) with one that reads a saved one in place (NewSaved), side by
// side, and the cost of encoding it (WriteIndex to nowhere; saved-MB is
// its size).
func BenchmarkNewSaved(b *testing.B) {
	for _, n := range benchSizes(b) {
		c := corpus(b, n)
		data := saved(b, c.store, 0)
		b.Run(fmt.Sprintf("n=%d/new", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				New(c.arts).Prepare()
			}
		})
		b.Run(fmt.Sprintf("n=%d/saved", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewSaved(c.arts, data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/save", n), func(b *testing.B) {
			b.ReportAllocs()
			var n int64
			for b.Loop() {
				var err error
				if n, err = c.store.WriteIndex(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/(1<<20), "saved-MB")
		})
	}
}

// TestSavedIDs: the IDs of a saved index come back by Key.
func TestSavedIDs(t *testing.T) {
	arts := savedCorpus(t, 30)
	ids, err := SavedIDs(saved(t, New(arts), 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(arts) {
		t.Fatalf("%d IDs, want %d", len(ids), len(arts))
	}
	for _, a := range arts {
		if ids[a.Key] != a.ID {
			t.Fatalf("%s: ID %q", a.Key, ids[a.Key])
		}
	}
	if _, err := SavedIDs([]byte("not an index")); err == nil {
		t.Fatal("IDs from no index")
	}
}
