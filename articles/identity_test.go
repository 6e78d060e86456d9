package articles

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestContentKey(t *testing.T) {
	base := "Ministers meet in Minsk\n\nBelarusian and Russian ministers met on Monday.\n\nThey spoke of potash.\n"
	key := func(raw string) string {
		t.Helper()
		a, err := Parse("x", []byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		return ContentKey(a)
	}
	want := key(base)
	if !strings.HasPrefix(want, contentKeyPrefix) || len(want) != len(contentKeyPrefix)+32 {
		t.Fatalf("key %q: want %s and 32 hex digits", want, contentKeyPrefix)
	}
	for _, tt := range []struct {
		name string
		raw  string
		same bool
	}{
		{"CRLF line ends", strings.ReplaceAll(base, "\n", "\r\n"), true},
		{"a byte-order mark", "\ufeff" + base, true},
		{"spaces and case", strings.ReplaceAll(strings.ToUpper(base[:24]), " ", "  ") + base[24:], true},
		{"a paragraph rewrapped", strings.Replace(base, "Monday.\n\nThey", "Monday. They", 1), true},
		{"another word", strings.Replace(base, "potash", "trade", 1), false},
		{"another title", strings.Replace(base, "meet in Minsk", "meet in Moscow", 1), false},
		{"a word moved from the title to the body", strings.Replace(base, "Minsk\n\n", "\n\nMinsk ", 1), false},
	} {
		if got := key(tt.raw); (got == want) != tt.same {
			t.Errorf("%s: key %s, base %s; want same=%v", tt.name, got, want, tt.same)
		}
	}
	if FeedKey("https://a.example/feed", "g1") == FeedKey("https://a.example/feed g1", "") {
		t.Error("feed keys run together")
	}
}

// TestCopiesAreOneArticle checks that identical copies, wherever they
// are, load as one article that lists every path in byte order and takes
// its ID from the first.
func TestCopiesAreOneArticle(t *testing.T) {
	top := t.TempDir()
	writeFile(t, filepath.Join(top, "b", "copy.txt"), story("Baku"))
	writeFile(t, filepath.Join(top, "a", "z.md"), story("Baku"))
	writeFile(t, filepath.Join(top, "a", "sub", "copy.txt"), append([]byte("\ufeff"), story("Baku")...))
	writeFile(t, filepath.Join(top, "a", "other.txt"), story("Ganja"))
	got, err := Load(context.Background(), []string{filepath.Join(top, "b"), filepath.Join(top, "a")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(got.Articles))
	}
	a := got.Articles[0]
	want := []string{filepath.Join(top, "a", "sub", "copy.txt"), filepath.Join(top, "a", "z.md"), filepath.Join(top, "b", "copy.txt")}
	if !slices.Equal(a.Paths, want) || a.Path != want[0] || a.ID != "sub/copy" {
		t.Errorf("copies: ID %q, path %q, paths %q; want sub/copy, %q", a.ID, a.Path, a.Paths, want)
	}
	if a.Key == "" || a.Key != ContentKey(a) || got.Articles[1].Key == a.Key {
		t.Errorf("keys %q and %q", a.Key, got.Articles[1].Key)
	}
	if got.Bytes != int64(a.Bytes+got.Articles[1].Bytes) {
		t.Errorf("bytes %d count a copy twice", got.Bytes)
	}
}

func TestBundledKeepTheirIDs(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	for _, a := range arts {
		if !strings.HasPrefix(a.ID, "00") || len(a.ID) != len("000_0cda61d1e04e42d7") {
			t.Errorf("bundled ID %q", a.ID)
		}
		if a.Key == "" || keys[a.Key] {
			t.Errorf("%s: key %q empty or shared", a.ID, a.Key)
		}
		keys[a.Key] = true
	}
	if arts[0].ID != "000_0cda61d1e04e42d7" {
		t.Errorf("first bundled ID %q", arts[0].ID)
	}
}

func TestOriginCandidates(t *testing.T) {
	for _, tt := range []struct {
		rel  string
		want []string
	}{
		{"a/x.md", []string{"a/x", "a/x.md", "a/x~2", "a/x~3"}},
		{"notes", []string{"notes", "notes~2", "notes~3"}},
		{".hidden.txt", []string{".hidden", ".hidden.txt", ".hidden~2"}},
		{"sub/.txt", []string{"sub/.txt", "sub/.txt~2"}},
	} {
		o := origin{rel: tt.rel}
		for n, want := range tt.want {
			if got := o.candidate(n); got != want {
				t.Errorf("%s: candidate %d = %q, want %q", tt.rel, n, got, want)
			}
			if !o.owns(want) {
				t.Errorf("%s does not own %q", tt.rel, want)
			}
		}
		for _, other := range []string{"a", "a/x~", "a/x~z", "a/y", "a/x.txt", "notes.md"} {
			if o.owns(other) && !slices.Contains(tt.want, other) {
				t.Errorf("%s owns %q", tt.rel, other)
			}
		}
	}
}
