package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A start over folders that a snapshot knows draws its articles from the
// snapshot's listing, without walking the folders first, then walks them:
// a file added and a file changed since the last run appear on their own,
// without r, and the app says what came in. A start with the folders
// unchanged keeps what it drew.
func TestE2ESnapshotFirstCatchesUp(t *testing.T) {
	bin := e2eBinary(t)
	root := t.TempDir()
	hourAgo := time.Now().Add(-time.Hour)
	write := func(rel, text string, when time.Time) {
		t.Helper()
		p := filepath.Join(root, "news", rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Grain corridor talks resume in Geneva\n\nNegotiators met again on Monday to discuss grain exports.\n", hourAgo)
	write("b.txt", "City council passes the budget\n\nThe council voted for the budget after a long debate.\n", hourAgo)
	log := filepath.Join(root, "debug.log")
	run := "cd " + root + " && DATELINE_DEBUG_CACHE=1 " + bin + " news 2>>" + log

	term := e2eStart(t, run, 100, 30)
	term.waitText("Grain corridor talks", "City council passes", "Articles · 2 of 2")
	term.quit()

	// Since then: one file new, one changed (a new title), both old
	// enough for the snapshot to vouch for.
	write("c.txt", "Beekeepers report an early swarm\n\nThe first swarm of the year came in March.\n", hourAgo.Add(time.Minute))
	write("b.txt", "City council rejects the budget\n\nThe council voted the budget down after a long debate.\n", hourAgo.Add(time.Minute))

	term = e2eStart(t, run, 100, 30)
	s := term.waitText("Beekeepers report an early swarm", "City council rejects", "Articles · 3 of 3", "2 new articles") // a changed file is new to the app, as r counts it
	if strings.Contains(s, "City council passes") {
		t.Errorf("the changed file still shows its old title:\n%s", s)
	}
	term.quit()

	// Nothing changed since: nothing to read again, nothing to say.
	term = e2eStart(t, run, 100, 30)
	term.waitText("Beekeepers report an early swarm", "Articles · 3 of 3")
	time.Sleep(time.Second) // time enough for the walk after the first frame
	if s := term.waitText("Articles · 3 of 3"); strings.Contains(s, "new article") {
		t.Errorf("a start over unchanged folders read them again:\n%s", s)
	}
	term.quit()

	out, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	for _, said := range []string{"listing of 2 files reused", "listing of 3 files reused"} {
		if !strings.Contains(string(out), said) {
			t.Errorf("a start did not draw from the snapshot's listing (%q); it said:\n%s", said, out)
		}
	}
}

// A folder removed since the snapshot was taken is an error at once, as it
// is without a snapshot: the app does not open on the snapshot's listing
// of a folder that is no longer there.
func TestListingOfAFolderGone(t *testing.T) {
	xdgTemp(t)
	t.Setenv(cacheDebugEnv, "1")
	dir := filepath.Join(t.TempDir(), "news")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	hourAgo := time.Now().Add(-time.Hour)
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("Grain corridor talks resume\n\nNegotiators met again on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, hourAgo, hourAgo); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "list", "-d", dir); code != 0 {
		t.Fatalf("list exited %d: %s", code, stderr)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, dir)
	if code != exitError || !strings.Contains(stderr, "no such file") || strings.Contains(stderr, "listing of") {
		t.Errorf("the app over a removed folder exited %d, saying:\n%s", code, stderr)
	}
}
