package articles

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

const ordinary = "Ministers meet in London\n\nFrench and British ministers met on Monday.\n"

// TestLoadSkipsBadFiles checks that each kind of bad file is skipped with
// its path and reason while every good file loads.
func TestLoadSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(dir, "notes.md"), []byte("# Notes from Kyiv\n\nUkraine said so.\n"))
	writeFile(t, filepath.Join(dir, "deep/er/nested.TXT"), []byte(ordinary))
	writeFile(t, filepath.Join(dir, "image.png"), []byte{0x89, 'P', 'N', 'G', 0})
	writeFile(t, filepath.Join(dir, "empty.txt"), nil)
	writeFile(t, filepath.Join(dir, "binary.txt"), []byte("Title\n\n\x00\x01\x02"))
	writeFile(t, filepath.Join(dir, "spaces.txt"), []byte("  \n\n \t \n"))
	big, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(MaxFileSize + 1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	big.Close()
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil { // a symlink loop
		t.Fatal(err)
	}

	var prog Progress
	got, err := Load(context.Background(), []string{dir}, &prog)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range got.Articles {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	if want := []string{"deep/er/nested", "good", "notes"}; !slices.Equal(ids, want) {
		t.Errorf("loaded %v, want %v", ids, want)
	}
	reasons := map[string]string{}
	for _, s := range got.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	for file, want := range map[string]string{
		"empty.txt": "empty", "binary.txt": "NUL", "spaces.txt": "empty", "big.txt": "16 MiB", "dangling.txt": "no such file",
	} {
		if !strings.Contains(reasons[file], want) {
			t.Errorf("%s: reason %q, want one that mentions %q", file, reasons[file], want)
		}
	}
	if len(got.Skipped) != 5 {
		t.Errorf("skipped %v, want 5 files", got.Skipped)
	}
	if done, total, _ := prog.Snapshot(); done != total || total != 8 {
		t.Errorf("progress %d/%d, want 8/8", done, total)
	}
	for _, a := range got.Articles {
		if a.Path == "" || !strings.HasPrefix(a.Path, dir) {
			t.Errorf("%s: path %q", a.ID, a.Path)
		}
	}
}

// TestLoadIDs checks IDs: the path below the folder without the extension,
// and the folder's name in front of a later duplicate.
func TestLoadIDs(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "first"), filepath.Join(t.TempDir(), "second")
	writeFile(t, filepath.Join(a, "x.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(a, "x.md"), []byte(ordinary))
	writeFile(t, filepath.Join(a, "sub", "y.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(b, "x.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(b, "name with\nnewline.txt"), []byte(ordinary))
	got, err := Load(context.Background(), []string{a, b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, art := range got.Articles {
		ids = append(ids, art.ID)
		if strings.ContainsAny(art.Path, "\n\r") {
			t.Errorf("path %q holds a line break", art.Path)
		}
	}
	want := []string{"sub/y", "x", "first/x", "name with newline", "second/x"} // lexical order: x.md before x.txt
	if !slices.Equal(ids, want) {
		t.Errorf("ids = %q, want %q", ids, want)
	}
}

func TestLoadSingleFileAndErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "one.txt")
	writeFile(t, file, []byte(ordinary))
	got, err := Load(context.Background(), []string{file}, nil)
	if err != nil || len(got.Articles) != 1 || got.Articles[0].ID != "one" {
		t.Fatalf("loading one file: %v, %+v", err, got)
	}
	if _, err := Load(context.Background(), []string{filepath.Join(dir, "missing")}, nil); err == nil {
		t.Error("a missing folder loaded without an error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, []string{dir}, nil); err == nil {
		t.Error("a cancelled load returned no error")
	}
}
