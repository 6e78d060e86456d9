package library

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"dateline/articles"
)

// story is an article of its own: files with the same text are one article.
func story(place string) []byte {
	return []byte("Talks in " + place + "\n\nMinisters met in " + place + " on Monday to talk about trade.\n")
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(path), 0o755))
	must(t, os.WriteFile(path, data, 0o644))
}

// loadIDs loads dir, with the library's IDs when l is not nil, and returns
// the articles by their first path below dir.
func loadIDs(t *testing.T, l *Library, dir string) map[string]*articles.Article {
	t.Helper()
	loaded, err := articles.Load(context.Background(), []string{dir}, nil)
	must(t, err)
	if l != nil {
		must(t, loaded.RememberIDs(context.Background(), l))
	}
	byPath := make(map[string]*articles.Article)
	ids := make(map[string]bool)
	for _, a := range loaded.Articles {
		rel, err := filepath.Rel(dir, a.Path)
		must(t, err)
		byPath[filepath.ToSlash(rel)] = a
		if ids[a.ID] {
			t.Errorf("ID %q given twice", a.ID)
		}
		ids[a.ID] = true
	}
	return byPath
}

// TestIDsStayPut adds and removes files around an article, and checks at
// each step the ID and Key of every article there was before.
func TestIDsStayPut(t *testing.T) {
	l, _ := openTemp(t)
	dir := t.TempDir()
	type want struct{ path, id string }
	steps := []struct {
		name      string
		change    func()
		want      []want
		rewritten []string // files whose text changed, and so their Key
	}{
		{"one file", func() { write(t, filepath.Join(dir, "a", "x.txt"), story("Oslo")) },
			[]want{{"a/x.txt", "a/x"}}, nil},
		{"a/x.md beside it", func() { write(t, filepath.Join(dir, "a", "x.md"), story("Bergen")) },
			[]want{{"a/x.txt", "a/x"}, {"a/x.md", "a/x.md"}}, nil},
		{"more around them", func() {
			write(t, filepath.Join(dir, "b", "x.txt"), story("Lviv"))
			write(t, filepath.Join(dir, "a", "x"), story("nowhere")) // not an article file
			write(t, filepath.Join(dir, "0", "first.txt"), story("Rome"))
			write(t, filepath.Join(dir, "a.txt"), story("Turin"))
		}, []want{{"a/x.txt", "a/x"}, {"a/x.md", "a/x.md"}, {"b/x.txt", "b/x"}, {"0/first.txt", "0/first"}, {"a.txt", "a"}}, nil},
		{"a copy before it in byte order", func() { write(t, filepath.Join(dir, "0", "x.txt"), story("Oslo")) },
			[]want{{"0/x.txt", "a/x"}, {"a/x.md", "a/x.md"}, {"b/x.txt", "b/x"}, {"0/first.txt", "0/first"}, {"a.txt", "a"}}, nil},
		{"the copy gone, and others", func() {
			must(t, os.Remove(filepath.Join(dir, "0", "x.txt")))
			must(t, os.Remove(filepath.Join(dir, "0", "first.txt")))
			must(t, os.Remove(filepath.Join(dir, "a.txt")))
		}, []want{{"a/x.txt", "a/x"}, {"a/x.md", "a/x.md"}, {"b/x.txt", "b/x"}}, nil},
		{"the file that had a/x gone", func() { must(t, os.Remove(filepath.Join(dir, "a", "x.txt"))) },
			[]want{{"a/x.md", "a/x.md"}, {"b/x.txt", "b/x"}}, nil},
		{"a/x.md edited keeps its ID", func() { write(t, filepath.Join(dir, "a", "x.md"), story("Bergen and Oslo")) },
			[]want{{"a/x.md", "a/x.md"}, {"b/x.txt", "b/x"}}, []string{"a/x.md"}},
		{"a new a/x.txt takes the free name", func() { write(t, filepath.Join(dir, "a", "x.txt"), story("Tromsø")) },
			[]want{{"a/x.md", "a/x.md"}, {"b/x.txt", "b/x"}, {"a/x.txt", "a/x"}}, []string{"a/x.txt"}},
	}
	keys := make(map[string]string) // by path: the Key each file had
	for _, step := range steps {
		step.change()
		got := loadIDs(t, l, dir)
		if len(got) != len(step.want) {
			t.Errorf("%s: %d articles, want %d", step.name, len(got), len(step.want))
		}
		for _, w := range step.want {
			a := got[w.path]
			if a == nil {
				t.Errorf("%s: no article at %s", step.name, w.path)
				continue
			}
			if a.ID != w.id {
				t.Errorf("%s: %s has ID %q, want %q", step.name, w.path, a.ID, w.id)
			}
			if old, ok := keys[w.path]; ok && old != a.Key && !slices.Contains(step.rewritten, w.path) {
				t.Errorf("%s: the Key of %s changed", step.name, w.path)
			}
			keys[w.path] = a.Key
		}
	}
}

// TestIDsWithoutState checks the rule run afresh, as --no-state runs it:
// in path order, so a/x.md, which sorts first, takes a/x.
func TestIDsWithoutState(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "x.txt"), story("Oslo"))
	write(t, filepath.Join(dir, "a", "x.md"), story("Bergen"))
	got := loadIDs(t, nil, dir)
	if got["a/x.md"].ID != "a/x" || got["a/x.txt"].ID != "a/x.txt" {
		t.Errorf("IDs %q and %q, want a/x and a/x.txt", got["a/x.md"].ID, got["a/x.txt"].ID)
	}
}

// TestMovedArticleKeepsItsMarks moves a marked file to another folder,
// and renames it, and checks its marks.
func TestMovedArticleKeepsItsMarks(t *testing.T) {
	l, path := openTemp(t)
	ctx := context.Background()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "inbox", "talks.txt"), story("Minsk"))
	write(t, filepath.Join(dir, "inbox", "other.txt"), story("Baku"))
	before := loadIDs(t, l, dir)["inbox/talks.txt"]
	must(t, l.SetRead(ctx, true, before.Key))
	must(t, l.SetSaved(ctx, true, before.Key))
	must(t, l.Close())

	must(t, os.MkdirAll(filepath.Join(dir, "archive", "2025"), 0o755))
	must(t, os.Rename(filepath.Join(dir, "inbox", "talks.txt"), filepath.Join(dir, "archive", "2025", "minsk.txt")))
	l2, err := Open(path)
	must(t, err)
	defer l2.Close()
	after := loadIDs(t, l2, dir)["archive/2025/minsk.txt"]
	if after == nil || after.Key != before.Key {
		t.Fatalf("the moved file's Key changed: %v", after)
	}
	if after.ID != "archive/2025/minsk" {
		t.Errorf("moved: ID %q, want its new path, archive/2025/minsk", after.ID)
	}
	marks, err := l2.Marks(ctx)
	must(t, err)
	if m := marks[after.Key]; !m.Read || !m.Saved {
		t.Errorf("the moved article's mark is %+v, want read and saved", m)
	}
}

// TestSetIDsBatches remembers more IDs than one statement writes, then
// has keys trade IDs and take one from a key not written: what is read
// back is what was set, and every ID is held once.
func TestSetIDsBatches(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	const n = 2*idBatch + 57
	want := make(map[string]articles.RememberedID, n)
	for i := range n {
		want[benchKey(i)] = articles.RememberedID{ID: fmt.Sprintf("gen/%04d", i), Path: fmt.Sprintf("gen/%04d.txt", i)}
	}
	must(t, l.SetIDs(ctx, "/news", want))
	must(t, l.SetIDs(ctx, "/other", map[string]articles.RememberedID{benchKey(0): {ID: "gen/0001"}}))
	trade := map[string]articles.RememberedID{
		benchKey(0): want[benchKey(1)],
		benchKey(1): want[benchKey(0)],
		benchKey(n): want[benchKey(2)], // a new key takes key 2's ID
	}
	must(t, l.SetIDs(ctx, "/news", trade))
	maps.Copy(want, trade)
	delete(want, benchKey(2))
	got, err := l.IDs(ctx, "/news")
	must(t, err)
	if !maps.Equal(got, want) {
		t.Fatalf("%d IDs read back, want %d; key 0 %v, key 1 %v, key 2 %v", len(got), len(want), got[benchKey(0)], got[benchKey(1)], got[benchKey(2)])
	}
	other, err := l.IDs(ctx, "/other")
	must(t, err)
	if len(other) != 1 || other[benchKey(0)].ID != "gen/0001" {
		t.Fatalf("another scope's IDs changed: %v", other)
	}
}
