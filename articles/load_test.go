package articles

import (
	"context"
	"io/fs"
	"maps"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
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

// story is an ordinary article of its own: files with the same text are
// one article.
func story(place string) []byte {
	return []byte("Ministers meet in " + place + "\n\nFrench and British ministers met in " + place + " on Monday.\n")
}

// TestLoadSkipsBadFiles checks that each kind of bad file is skipped with
// its path and reason while every good file loads.
func TestLoadSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(dir, "notes.md"), []byte("# Notes from Kyiv\n\nUkraine said so.\n"))
	writeFile(t, filepath.Join(dir, "deep/er/nested.TXT"), story("Paris"))
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

// TestLoadIDs checks IDs without a memory: the path below the folder
// without the extension; a later path that would take an ID already given
// keeps its extension, and a number after its name if that is taken too.
func TestLoadIDs(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "first"), filepath.Join(t.TempDir(), "second")
	writeFile(t, filepath.Join(a, "x.txt"), story("Oslo"))
	writeFile(t, filepath.Join(a, "x.md"), story("Bergen"))
	writeFile(t, filepath.Join(a, "sub", "y.txt"), story("Kyiv"))
	writeFile(t, filepath.Join(b, "x.txt"), story("Lviv"))
	writeFile(t, filepath.Join(b, "name with\nnewline.txt"), story("Rome"))
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
	want := []string{"sub/y", "x", "x.txt", "name with newline", "x~2"} // lexical order: x.md before x.txt
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

// TestLoadReachedTwice checks that a file reached by two ways loads once,
// under the ID of the way it was reached first, and counts once in progress.
func TestLoadReachedTwice(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "corpus")
	writeFile(t, filepath.Join(dir, "a.txt"), story("Minsk"))
	writeFile(t, filepath.Join(dir, "2024", "b.txt"), story("Vilnius"))
	writeFile(t, filepath.Join(top, "other", "a.txt"), story("Riga")) // a different file with the same name
	link := filepath.Join(top, "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"the same folder twice", []string{dir, dir}, []string{"2024/b", "a"}},
		{"spelt differently", []string{dir, filepath.Join(dir, "..", "corpus") + "/"}, []string{"2024/b", "a"}},
		{"a folder, then one inside it", []string{dir, filepath.Join(dir, "2024")}, []string{"2024/b", "a"}},
		{"a folder inside, then its parent", []string{filepath.Join(dir, "2024"), dir}, []string{"b", "a"}},
		{"a file, then its folder", []string{filepath.Join(dir, "a.txt"), dir}, []string{"a", "2024/b"}},
		{"a folder and a symlink to it", []string{dir, link}, []string{"2024/b", "a"}},
		{"a symlink to a folder alone", []string{link}, []string{"2024/b", "a"}},
		{"different files with one name", []string{dir, filepath.Join(top, "other")}, []string{"2024/b", "a", "a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var prog Progress
			got, err := Load(context.Background(), tt.paths, &prog)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range got.Articles {
				ids = append(ids, a.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("ids = %q, want %q", ids, tt.want)
			}
			if _, total, _ := prog.Snapshot(); total != len(tt.want) {
				t.Errorf("progress counts %d files, want %d", total, len(tt.want))
			}
		})
	}
}

// TestLoadLinksInsideFolder checks that a symlink or a hard link to a file
// of the same folder does not load that file a second time, while a
// dangling link is still skipped with its reason, once.
func TestLoadLinksInsideFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(ordinary))
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "latest.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(filepath.Join(dir, "a.txt"), filepath.Join(dir, "z.txt")); err != nil {
		t.Skipf("no hard links here: %v", err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	got, err := Load(context.Background(), []string{dir, dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 1 || got.Articles[0].ID != "a" {
		var ids []string
		for _, a := range got.Articles {
			ids = append(ids, a.ID)
		}
		t.Errorf("ids = %q, want [a]", ids)
	}
	if len(got.Skipped) != 1 || filepath.Base(got.Skipped[0].Path) != "dangling.txt" {
		t.Errorf("skipped %v, want dangling.txt once", got.Skipped)
	}
}

// TestLoadIgnoresHidden checks that names starting with a dot below a
// folder are ignored, not reported as skipped, while a hidden folder or file
// named as a root loads.
func TestLoadIgnoresHidden(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "corpus")
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(dir, ".hidden.txt"), []byte(ordinary))
	writeFile(t, filepath.Join(dir, ".empty.txt"), nil) // would be skipped, were it read
	writeFile(t, filepath.Join(dir, ".git", "x.md"), []byte(ordinary))
	writeFile(t, filepath.Join(dir, "sub", ".y.md"), []byte(ordinary))
	writeFile(t, filepath.Join(top, ".notes", "n.txt"), story("Turin"))
	writeFile(t, filepath.Join(top, ".notes", ".deeper", "m.txt"), []byte(ordinary))

	got, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 1 || got.Articles[0].ID != "a" || len(got.Skipped) != 0 {
		t.Errorf("loaded %d articles and skipped %v, want only a and nothing skipped", len(got.Articles), got.Skipped)
	}

	got, err = Load(context.Background(), []string{filepath.Join(top, ".notes"), filepath.Join(dir, ".hidden.txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range got.Articles {
		ids = append(ids, a.ID)
	}
	if want := []string{"n", ".hidden"}; !slices.Equal(ids, want) {
		t.Errorf("named roots: ids = %q, want %q", ids, want)
	}
}

// mkfifo makes a named pipe at path with the mkfifo command, which keeps
// this file building where syscall.Mkfifo does not exist; the test is
// skipped where there is no mkfifo.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("mkfifo"); err != nil {
		t.Skip("no mkfifo here")
	}
	if out, err := exec.Command("mkfifo", path).CombinedOutput(); err != nil {
		t.Skipf("mkfifo %s: %v: %s", path, err, out)
	}
	// Should a broken loader block in open(2) on the pipe, a writer that
	// comes and goes lets it return, so the test's folder can be removed.
	t.Cleanup(func() {
		if w, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
}

// within runs f and fails the test if it has not returned after a few
// seconds, so that a loader that blocks fails instead of hanging the suite.
func within[T any](t *testing.T, what string, f func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case v := <-done:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: still blocked after 5s", what)
		panic("unreachable")
	}
}

// TestLoadSkipsSpecialFiles checks that a named pipe, a socket, a device
// and symlinks to them are skipped with a reason, without being opened
// (opening a named pipe waits for a writer), while the rest loads.
func TestLoadSkipsSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(ordinary))
	mkfifo(t, filepath.Join(dir, "fifo.txt"))
	// Special files elsewhere, linked to. (A socket's path has a length
	// limit: this one is short.)
	elsewhere, err := os.MkdirTemp("", "dl")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(elsewhere) })
	mkfifo(t, filepath.Join(elsewhere, "p"))
	if err := os.Symlink(filepath.Join(elsewhere, "p"), filepath.Join(dir, "to-fifo.md")); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"fifo.txt": "not a regular file (named pipe)", "to-fifo.md": "not a regular file (named pipe)"}
	if l, err := net.Listen("unix", filepath.Join(elsewhere, "s")); err == nil {
		t.Cleanup(func() { l.Close() })
		if err := os.Symlink(filepath.Join(elsewhere, "s"), filepath.Join(dir, "socket.txt")); err != nil {
			t.Fatal(err)
		}
		want["socket.txt"] = "not a regular file (socket)"
	}
	if info, err := os.Stat(os.DevNull); err == nil && info.Mode()&fs.ModeDevice != 0 {
		if err := os.Symlink(os.DevNull, filepath.Join(dir, "null.txt")); err != nil {
			t.Fatal(err)
		}
		want["null.txt"] = "not a regular file (device)"
	}

	type result struct {
		loaded *Loaded
		err    error
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var prog Progress
	got := within(t, "loading a folder with a named pipe", func() result {
		l, err := Load(ctx, []string{dir}, &prog)
		return result{l, err}
	})
	if got.err != nil {
		t.Fatal(got.err)
	}
	if len(got.loaded.Articles) != 1 || got.loaded.Articles[0].ID != "a" {
		t.Errorf("loaded %d articles, want a alone", len(got.loaded.Articles))
	}
	reasons := map[string]string{}
	for _, s := range got.loaded.Skipped {
		reasons[filepath.Base(s.Path)] = s.Reason
	}
	if !maps.Equal(reasons, want) {
		t.Errorf("skipped %v, want %v", reasons, want)
	}
	if _, total, _ := prog.Snapshot(); total != 1 {
		t.Errorf("progress counts %d files, want 1: special files are not read", total)
	}

	// A named pipe named as a root is skipped too.
	got = within(t, "loading a named pipe", func() result {
		l, err := Load(ctx, []string{filepath.Join(dir, "fifo.txt")}, nil)
		return result{l, err}
	})
	if got.err != nil || len(got.loaded.Articles) != 0 || len(got.loaded.Skipped) != 1 ||
		got.loaded.Skipped[0].Reason != "not a regular file (named pipe)" {
		t.Errorf("loading the pipe itself: %v, %+v", got.err, got.loaded)
	}
}

// TestReadChangedToPipe checks that a file that became a named pipe after
// it was listed is skipped with its reason when it is read: the read must
// neither block in open(2) nor wait for a writer.
func TestReadChangedToPipe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.txt")
	writeFile(t, path, []byte(ordinary))
	src := newSource(path, "x.txt")
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	mkfifo(t, path)
	err := within(t, "reading a named pipe", func() error {
		_, _, err := src.load(new(Progress))
		return err
	})
	if err == nil || err.Error() != "not a regular file (named pipe)" {
		t.Errorf("reading a named pipe: %v, want not a regular file (named pipe)", err)
	}
}
