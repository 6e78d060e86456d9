package articles

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"dateline/articles/articlestest"
)

// TestListAsWalkDir: the listing finds the files filepath.WalkDir visits,
// in its order, by the paths it gives them, with the size and time Lstat
// (Stat, for a symlink) gives them, however the root is spelt.
func TestListAsWalkDir(t *testing.T) {
	top := t.TempDir()
	for _, name := range []string{
		"b.txt", "a.md", "a.b.txt", "a/b.txt", "a/c/d.txt", "a-z/e.txt", "a0.txt",
		"Z.markdown", "notes.pdf", ".hidden/x.txt", "a/.y.txt", "sp ace/é t.txt",
	} {
		writeFile(t, filepath.Join(top, "corpus", filepath.FromSlash(name)), []byte(ordinary+name))
	}
	corpus := filepath.Join(top, "corpus")
	if err := os.Symlink(filepath.Join(corpus, "b.txt"), filepath.Join(top, "corpus", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(corpus, filepath.Join(top, "rootlink")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(top)
	for _, root := range []string{corpus, corpus + "/", "corpus", "./corpus", "corpus/../corpus", "rootlink", filepath.Join(top, "rootlink")} {
		t.Run(root, func(t *testing.T) {
			got, skipped, err := list(context.Background(), root, newFileSet())
			if err != nil || len(skipped) != 0 {
				t.Fatalf("%v, skipped %v", err, skipped)
			}
			want := walkDirSources(t, root)
			if len(got) != len(want) {
				t.Fatalf("%d files, want %d: %v", len(got), len(want), got)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("file %d:\n got %+v\nwant %+v", i, got[i], want[i])
				}
			}
		})
	}
}

// walkDirSources lists root as filepath.WalkDir and Lstat see it.
func walkDirSources(t *testing.T, root string) []source {
	walkRoot := root
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		walkRoot = root + string(filepath.Separator)
	}
	var out []source
	seen := map[string]bool{}
	err := filepath.WalkDir(walkRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == walkRoot {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticleName(d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(walkRoot, path)
		if err != nil {
			return err
		}
		info, err := os.Stat(path) // follows a symlink; the same as Lstat for the rest
		if err != nil {
			return err
		}
		real := resolve(path)
		if seen[real] {
			return nil // the symlink to b.txt
		}
		seen[real] = true
		s := newSource(path, rel)
		s.stamp = FileStamp{Size: info.Size(), ModTime: info.ModTime().UnixNano()}
		out = append(out, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReadEntriesAsReadDir: a folder's entries are those os.ReadDir
// reads, with the same types, many or few.
func TestReadEntriesAsReadDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", ".hidden", "é t.md", "sub/x.txt", strings.Repeat("n", 200) + ".txt"} {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), []byte(ordinary))
	}
	for i := range 3000 { // more than one read of the folder
		writeFile(t, filepath.Join(dir, fmt.Sprintf("many/%04d.txt", i)), nil)
	}
	if err := os.Symlink("a.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	for _, d := range []string{dir, filepath.Join(dir, "many")} {
		f, err := os.Open(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := readEntries(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		slices.SortFunc(got, func(a, b dirEntry) int { return strings.Compare(a.name, b.name) })
		if len(got) != len(want) {
			t.Fatalf("%s: %d entries, want %d", d, len(got), len(want))
		}
		for i, w := range want {
			if got[i].name != w.Name() || got[i].typ != w.Type() {
				t.Errorf("%s: entry %d is %q %v, want %q %v", d, i, got[i].name, got[i].typ, w.Name(), w.Type())
			}
		}
	}
}

// BenchmarkList lists a generated folder whose files are all in the page
// cache, as a warm start does before it looks anything up.
func BenchmarkList(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		if n > 10_000 && testing.Short() {
			continue
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			articlestest.WriteDir(b, dir, n)
			past := time.Now().Add(-time.Hour)
			b.ReportAllocs()
			for b.Loop() {
				found, _, err := list(context.Background(), dir, newFileSet())
				if err != nil || len(found) != n {
					b.Fatalf("%v: %d files", err, len(found))
				}
			}
			_ = past
		})
	}
}
