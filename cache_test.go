package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline/articles/articlestest"
)

// TestSnapshotCLI: the second start takes every file from the snapshot,
// touching one file re-parses that one, and the output is what a start
// without the snapshot prints.
func TestSnapshotCLI(t *testing.T) {
	const n = 40
	cacheHome := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cacheHome)
	t.Setenv(cacheDebugEnv, "1")
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, n)
	past := time.Now().Add(-time.Hour)
	entries, err := filepath.Glob(filepath.Join(dir, "gen", "*.txt"))
	if err != nil || len(entries) != n {
		t.Fatalf("%d files: %v", len(entries), err)
	}
	for _, p := range entries {
		if err := os.Chtimes(p, past, past); err != nil {
			t.Fatal(err)
		}
	}
	_, want, _ := runCLI(t, "list", "--json", "--no-cache", "-d", dir)
	steps := []struct {
		name  string
		touch string
		args  []string
		debug string
	}{
		{"cold", "", nil, "reused 0 files, parsed 40"},
		{"warm", "", nil, "reused 40 files, parsed 0"},
		{"one touched", "gen/00011.txt", nil, "reused 39 files, parsed 1"},
		{"warm again", "", nil, "reused 40 files, parsed 0"},
		{"no cache", "", []string{"--no-cache"}, ""},
		{"no state", "", []string{"--no-state"}, ""},
	}
	for _, s := range steps {
		if s.touch != "" {
			later := past.Add(time.Minute)
			if err := os.Chtimes(filepath.Join(dir, filepath.FromSlash(s.touch)), later, later); err != nil {
				t.Fatal(err)
			}
		}
		code, out, errOut := runCLI(t, append([]string{"list", "--json", "-d", dir}, s.args...)...)
		if code != 0 || out != want {
			t.Fatalf("%s: status %d, output differs from a start without the snapshot: %v", s.name, code, out != want)
		}
		if got := strings.TrimSpace(errOut); s.debug == "" && got != "" || s.debug != "" && !strings.Contains(got, s.debug) {
			t.Fatalf("%s: stderr %q, want %q", s.name, got, s.debug)
		}
	}

	// Without the snapshot, nothing is lost, and with --no-state or
	// --no-cache none is written.
	if err := os.RemoveAll(filepath.Join(cacheHome, "dateline")); err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"--no-state", "--no-cache"} {
		if code, out, _ := runCLI(t, "list", "--json", flag, "-d", dir); code != 0 || out != want {
			t.Fatalf("%s without a snapshot: status %d, same output %v", flag, code, out == want)
		}
	}
	if _, err := os.Stat(filepath.Join(cacheHome, "dateline")); !os.IsNotExist(err) {
		t.Fatalf("a snapshot was written with --no-state or --no-cache: %v", err)
	}
	if code, out, _ := runCLI(t, "list", "--json", "-d", dir); code != 0 || out != want {
		t.Fatalf("rebuilt: status %d, same output %v", code, out == want)
	}
}
