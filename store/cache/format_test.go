package cache

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBuildID: the build ID read from an executable is the go command's,
// the same for a copy of it under another path and time (as go run moves
// its cached executable), and read from the text marker where there is no
// ELF note.
func TestBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	got := buildID(exe)
	if got == "" {
		t.Fatal("no build ID in the test binary")
	}
	if out, err := exec.Command("go", "tool", "buildid", exe).Output(); err == nil {
		if want := strings.TrimSpace(string(out)); got != want {
			t.Fatalf("build ID %q, go tool buildid says %q", got, want)
		}
	} else if testing.Verbose() {
		t.Logf("go tool buildid: %v", err)
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	moved := filepath.Join(t.TempDir(), "moved")
	if err := os.WriteFile(moved, data, 0o755); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(moved, later, later); err != nil {
		t.Fatal(err)
	}
	if id := buildID(moved); id != got {
		t.Fatalf("the same executable elsewhere has build ID %q, not %q", id, got)
	}

	dir := t.TempDir()
	for _, c := range []struct{ name, content, want string }{
		{"marked", "\x7fMZ padding\xff Go build ID: \"abc/def\"\n \xff more", "abc/def"},
		{"marked otherwise", "\x7fMZ padding\xff Go build ID: \"abc/deg\"\n \xff more", "abc/deg"},
		{"unmarked", "just bytes", ""},
		{"cut marker", "\xff Go build ID: \"abc", ""},
	} {
		p := filepath.Join(dir, c.name)
		if err := os.WriteFile(p, []byte(c.content), 0o755); err != nil {
			t.Fatal(err)
		}
		if id := buildID(p); id != c.want {
			t.Errorf("%s: build ID %q, want %q", c.name, id, c.want)
		}
	}
	if s := buildStamp(); !strings.Contains(s, got) {
		t.Fatalf("build stamp %q does not name the build ID %q", s, got)
	}
}
