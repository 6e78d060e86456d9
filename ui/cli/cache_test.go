package cli

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles/articlestest"
	"dateline/store/cache"
)

// TestSnapshotCLI: the second start takes every file and every ID from the
// snapshot; a search builds the index and saves it, and the starts after
// it read it in place; touching one file re-parses that one alone.
// The output is always what a start without the snapshot prints.
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
	list := []string{"list", "--json", "-d", dir}
	search := []string{"search", "--json", "minister", "-d", dir}
	want := map[string]string{}
	for _, args := range [][]string{list, search} {
		_, out, _ := runCLI(t, append(args, "--no-cache")...)
		want[args[0]] = out
	}
	steps := []struct {
		name  string
		touch string
		args  []string
		debug string
	}{
		{"cold", "", list, "reused 0 files, parsed 40, no index; bodies spooled: 40"},
		{"a search", "", search, "reused 40 files, parsed 0, index built"},
		{"warm", "", list, "reused 40 files, parsed 0, index reused"},
		{"warm search", "", search, "reused 40 files, parsed 0, index reused"},
		{"one touched", "gen/00011.txt", list, "reused 39 files, parsed 1, no index; bodies spooled: 1"},
		{"a search again", "", search, "reused 40 files, parsed 0, index built"},
		{"warm again", "", list, "reused 40 files, parsed 0, index reused"},
		{"no cache", "", append(list, "--no-cache"), ""},
		{"no state", "", append(list, "--no-state"), ""},
	}
	for _, s := range steps {
		if s.touch != "" {
			later := past.Add(time.Minute)
			if err := os.Chtimes(filepath.Join(dir, filepath.FromSlash(s.touch)), later, later); err != nil {
				t.Fatal(err)
			}
		}
		code, out, errOut := runCLI(t, s.args...)
		if code != 0 || out != want[s.args[0]] {
			t.Fatalf("%s: status %d, output differs from a start without the snapshot: %v", s.name, code, out != want[s.args[0]])
		}
		if got := strings.TrimSpace(errOut); s.debug == "" && got != "" || s.debug != "" && !strings.Contains(got, s.debug) {
			t.Fatalf("%s: stderr %q, want %q", s.name, got, s.debug)
		}
		// With every file unchanged, the IDs too come from the snapshot,
		// and the library is not read for them.
		if idsReused := strings.Contains(errOut, "snapshot: IDs reused"); idsReused != strings.Contains(s.debug, "parsed 0") {
			t.Fatalf("%s: IDs from the snapshot %v: %q", s.name, idsReused, errOut)
		}
	}

	// A search over the snapshot's index finds what one over an index
	// built afresh finds.
	for _, q := range []string{"minister", "talks !election", "c:BY"} {
		_, cold, _ := runCLI(t, "search", "--json", q, "--no-cache", "-d", dir)
		code, warm, errOut := runCLI(t, "search", "--json", q, "-d", dir)
		if !strings.Contains(errOut, "index reused") || warm != cold || code != 0 && code != 1 {
			t.Fatalf("search %q: status %d, %q, same output warm and cold %v", q, code, errOut, warm == cold)
		}
		if q == "minister" && !strings.Contains(cold, `"id"`) {
			t.Fatalf("search %q finds nothing: the comparison shows nothing", q)
		}
	}

	// Without the snapshot, nothing is lost, and with --no-state or
	// --no-cache none is written.
	if err := os.RemoveAll(filepath.Join(cacheHome, "dateline")); err != nil {
		t.Fatal(err)
	}
	for _, flag := range []string{"--no-state", "--no-cache"} {
		if code, out, _ := runCLI(t, "list", "--json", flag, "-d", dir); code != 0 || out != want["list"] {
			t.Fatalf("%s without a snapshot: status %d, same output %v", flag, code, out == want["list"])
		}
	}
	if _, err := os.Stat(filepath.Join(cacheHome, "dateline")); !os.IsNotExist(err) {
		t.Fatalf("a snapshot was written with --no-state or --no-cache: %v", err)
	}
	if code, out, _ := runCLI(t, "list", "--json", "-d", dir); code != 0 || out != want["list"] {
		t.Fatalf("rebuilt: status %d, same output %v", code, out == want["list"])
	}
}

// TestSnapshotFirstStart: the first start over a folder, with a new
// library, writes a snapshot that the second start takes whole, IDs
// included, without writing it again; and the third likewise.
func TestSnapshotFirstStart(t *testing.T) {
	xdgTemp(t)
	t.Setenv(cacheDebugEnv, "1")
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, 30)
	past := time.Now().Add(-time.Hour)
	entries, _ := filepath.Glob(filepath.Join(dir, "gen", "*.txt"))
	for _, p := range entries {
		if err := os.Chtimes(p, past, past); err != nil {
			t.Fatal(err)
		}
	}
	list := []string{"list", "--json", "-d", dir}
	code, cold, errOut := runCLI(t, list...)
	if code != 0 || !strings.Contains(errOut, "parsed 30") || strings.Contains(errOut, "IDs reused") {
		t.Fatalf("cold: status %d, %q", code, errOut)
	}
	snap, err := filepath.Glob(filepath.Join(cache.Dir(), "articles-*.snap"))
	if err != nil || len(snap) != 1 {
		t.Fatalf("snapshots %q: %v", snap, err)
	}
	first, err := os.Stat(snap[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, run := range []string{"second", "third"} {
		code, warm, errOut := runCLI(t, list...)
		if code != 0 || warm != cold {
			t.Fatalf("%s: status %d, same output as the first %v", run, code, warm == cold)
		}
		if !strings.Contains(errOut, "snapshot: IDs reused") || !strings.Contains(errOut, "reused 30 files, parsed 0") {
			t.Fatalf("%s: %q, want every file and ID from the snapshot", run, errOut)
		}
		now, err := os.Stat(snap[0])
		if err != nil || !os.SameFile(first, now) || !now.ModTime().Equal(first.ModTime()) {
			t.Fatalf("%s: the snapshot was written again: %v", run, err)
		}
	}
}

// TestSnapshotProcessesAtOnce: processes of the built binary that start at
// once, over no snapshot, a damaged one and a whole one, each print what a
// start without the snapshot prints, and leave a whole snapshot.
func TestSnapshotProcessesAtOnce(t *testing.T) {
	bin := e2eBinary(t)
	const n, procs = 300, 4
	cacheHome := t.TempDir()
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, n)
	past := time.Now().Add(-time.Hour)
	entries, _ := filepath.Glob(filepath.Join(dir, "gen", "*.txt"))
	for _, p := range entries {
		if err := os.Chtimes(p, past, past); err != nil {
			t.Fatal(err)
		}
	}
	start := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"list", "--json", "-d", dir}, args...)...)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cacheHome, cacheDebugEnv+"=1")
		return cmd
	}
	want, err := start("--no-cache").Output()
	if err != nil {
		t.Fatal(err)
	}
	snapshots := func() []string {
		m, _ := filepath.Glob(filepath.Join(cacheHome, "dateline", "*.snap"))
		return m
	}
	rounds := []struct {
		name    string
		prepare func()
	}{
		{"no snapshot", func() {}},
		{"damaged snapshot", func() {
			for _, p := range snapshots() {
				if err := os.Truncate(p, 1000); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"whole snapshot", func() {}},
	}
	for _, r := range rounds {
		r.prepare()
		cmds := make([]*exec.Cmd, procs)
		outs := make([]*strings.Builder, procs)
		var errs strings.Builder // the processes' debug lines, in any order
		for i := range cmds {
			cmds[i] = start()
			outs[i] = new(strings.Builder)
			cmds[i].Stdout, cmds[i].Stderr = outs[i], &lockedWriter{w: &errs}
			if err := cmds[i].Start(); err != nil {
				t.Fatal(err)
			}
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("%s: process %d: %v", r.name, i, err)
			}
			if outs[i].String() != string(want) {
				t.Fatalf("%s: process %d printed other articles", r.name, i)
			}
		}
		if r.name == "damaged snapshot" && !strings.Contains(errs.String(), "ignored the old one") {
			t.Fatalf("%s: no process saw the damage: %q", r.name, errs.String())
		}
	}
	var stderr strings.Builder
	cmd := start()
	cmd.Stderr = &stderr
	if out, err := cmd.Output(); err != nil || string(out) != string(want) {
		t.Fatalf("after: %v, same output %v", err, string(out) == string(want))
	}
	if got := stderr.String(); !strings.Contains(got, "reused 300 files, parsed 0") || strings.Contains(got, "ignored") {
		t.Fatalf("after the concurrent starts: %q", got)
	}
	if len(snapshots()) != 1 {
		t.Fatalf("snapshots: %v", snapshots())
	}
	if tmps, _ := filepath.Glob(filepath.Join(cacheHome, "dateline", ".tmp-*")); len(tmps) != 0 {
		t.Fatalf("temporary files left: %v", tmps)
	}
}

// lockedWriter lets several processes' output go to one writer.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// TestSnapshotGoRun: go run builds its executable into a temporary folder,
// then runs it from the build cache, under other paths and times; the
// build is the same, so the second start reuses the snapshot of the first.
func TestSnapshotGoRun(t *testing.T) {
	if testing.Short() {
		t.Skip("go run links the program")
	}
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, 20)
	past := time.Now().Add(-time.Hour)
	entries, _ := filepath.Glob(filepath.Join(dir, "gen", "*.txt"))
	for _, p := range entries {
		if err := os.Chtimes(p, past, past); err != nil {
			t.Fatal(err)
		}
	}
	cacheHome, dataHome := t.TempDir(), t.TempDir()
	var stderr []string
	for range 2 {
		cmd := exec.Command("go", "run", "dateline", "list", "--json", "-d", dir)
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cacheHome, "XDG_DATA_HOME="+dataHome, cacheDebugEnv+"=1")
		var errOut strings.Builder
		cmd.Stderr = &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("go run: %v\n%s", err, errOut.String())
		}
		stderr = append(stderr, errOut.String())
	}
	if !strings.Contains(stderr[1], "reused 20 files, parsed 0") {
		t.Fatalf("the second go run did not reuse the first's snapshot:\n%s\n%s", stderr[0], stderr[1])
	}
}

// TestLibrarySnapshotCLI: the second start on the library reads its
// articles from the snapshot; a change to the library (a feed
// added and fetched, one removed) sets the snapshot aside, and the output
// is always what a start without it prints.
func TestLibrarySnapshotCLI(t *testing.T) {
	site := newFeedSite(t)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv(cacheDebugEnv, "1")
	lib := filepath.Join(t.TempDir(), "library.db")
	cli := func(args ...string) (int, string, string) {
		t.Helper()
		return runCLI(t, append(args, "--library", lib)...)
	}
	if code, _, stderr := cli("feeds", "add", site.URL+"/gen/1.xml", site.URL+"/gen/2.xml"); code != 0 {
		t.Fatalf("feeds add: %d %s", code, stderr)
	}
	steps := []struct {
		name   string
		change []string
		reused bool
	}{
		{"first", nil, false},
		{"again", nil, true},
		{"a feed added", []string{"feeds", "add", site.URL + "/gen/3.xml"}, false},
		{"after it", nil, true},
		{"a feed removed", []string{"feeds", "remove", site.URL + "/gen/1.xml"}, false},
		{"after that", nil, true},
	}
	for _, s := range steps {
		if s.change != nil {
			if code, _, stderr := cli(s.change...); code != 0 {
				t.Fatalf("%s: %d %s", s.name, code, stderr)
			}
		}
		_, want, _ := cli("list", "--json", "--no-cache")
		code, out, stderr := cli("list", "--json")
		if code != 0 || out != want || !strings.Contains(want, `"id"`) {
			t.Fatalf("%s: status %d, output differs from a start without the snapshot: %v", s.name, code, out != want)
		}
		reused := strings.Contains(stderr, "reused 1 files, parsed 0")
		if reused != s.reused {
			t.Fatalf("%s: read from the snapshot %v, want %v:\n%s", s.name, reused, s.reused, stderr)
		}
	}
}
