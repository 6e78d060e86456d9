package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The bundled articles the marks tests use: the first of the list (newest)
// and the Baku article, which a search for azertac finds.
const (
	e2eFirst = "001_9616c320ade9d501"
	e2eBaku  = "004_c3b72c7bc053c981"
)

// appPID is the process ID of the dateline the terminal's shell runs.
func (e *e2eTerm) appPID() int {
	e.t.Helper()
	shell := strings.TrimSpace(e.tmux("display-message", "-p", "-t", e.name, "#{pane_pid}"))
	deadline := time.Now().Add(10 * time.Second)
	for {
		out, err := exec.Command("pgrep", "-P", shell).Output()
		if fields := strings.Fields(string(out)); err == nil && len(fields) > 0 {
			pid, err := strconv.Atoi(fields[0])
			if err == nil {
				return pid
			}
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("no dateline under the shell %s", shell)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// e2eMarks runs list --json with the built binary and returns read and
// saved by ID.
func e2eMarks(t *testing.T, bin string) map[string][2]bool {
	t.Helper()
	out, err := exec.Command(bin, "list", "--json").Output()
	if err != nil {
		t.Fatalf("list --json: %v", err)
	}
	var recs []struct {
		ID          string
		Read, Saved bool
	}
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatal(err)
	}
	got := map[string][2]bool{}
	for _, r := range recs {
		got[r.ID] = [2]bool{r.Read, r.Saved}
	}
	return got
}

// TestE2EMarks: open an article, search for another and leave the search
// with esc, press s, and kill -9 the app half a second later: the first is
// read and the second saved, in list --json, in search and in the app.
func TestE2EMarks(t *testing.T) {
	bin := e2eBinary(t) // with XDG directories of its own, which the tmux server, and so the app, inherits
	term := e2eStart(t, bin, 100, 30)
	term.waitText("Articles · 5 of 5", "5 unread")
	term.keys("Enter")
	term.waitText("Reader")
	term.keys("Escape")
	term.waitText("Articles · 5 of 5", "4 unread")
	term.typ("/azertac")
	term.waitText("Search · 1 of 5")
	time.Sleep(100 * time.Millisecond)
	term.keys("Escape")
	term.waitText("Articles · 5 of 5")
	term.keys("s")
	term.waitText("Saved.")
	time.Sleep(500 * time.Millisecond)
	pid := term.appPID()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	term.waitFor("dateline to die", func(s string) bool {
		return strings.Contains(strings.ReplaceAll(s, "\n", ""), "e2e-exit=137")
	})

	got := e2eMarks(t, bin)
	if got[e2eFirst] != [2]bool{true, false} || got[e2eBaku] != [2]bool{false, true} {
		t.Errorf("after kill -9: %s read, saved = %v; %s = %v; want read, and saved", e2eFirst, got[e2eFirst], e2eBaku, got[e2eBaku])
	}
	for id, m := range got {
		if id != e2eFirst && id != e2eBaku && m != [2]bool{} {
			t.Errorf("%s has marks %v", id, m)
		}
	}
	out, err := exec.Command(bin, "search", "is:unread", "--json").Output()
	if err != nil {
		t.Fatalf("search is:unread: %v", err)
	}
	if strings.Contains(string(out), e2eFirst) || !strings.Contains(string(out), e2eBaku) {
		t.Errorf("search is:unread:\n%s", out)
	}

	// In the app: four unread, the Baku article saved, the first one
	// without the unread mark. (A new terminal: the killed app left the
	// old one raw.)
	term = e2eStart(t, bin, 100, 30)
	s := term.waitText("4 unread", "saved · AZERTAC")
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, "2025-09-09") && strings.Contains(line, unreadGlyphForTest) {
			t.Errorf("the read article is drawn unread: %q", line)
		}
	}
	// S shows the saved ones.
	term.keys("S")
	term.waitText("Search · 1 of 5", "is:saved", "Khankendi")
	term.keys("Escape")
	term.quit()
}

// unreadGlyphForTest is the mark of an unread row (ui's unreadGlyph).
const unreadGlyphForTest = "•2025"

// TestE2ETwoInstances: two apps on one library marking different articles
// at the same time keep both marks.
func TestE2ETwoInstances(t *testing.T) {
	bin := e2eBinary(t)
	a := e2eStart(t, bin, 100, 30)
	b := e2eStart(t, bin, 100, 30)
	a.waitText("Articles · 5 of 5")
	b.waitText("Articles · 5 of 5")
	b.keys("j")
	b.waitText("2/5")
	a.keys("s")
	b.keys("s")
	a.waitText("Saved.")
	b.waitText("Saved.")
	a.keys("m")
	b.keys("m")
	a.waitText("Marked read.")
	b.waitText("Marked read.")
	a.quit()
	b.quit()
	got := e2eMarks(t, bin)
	const second = "000_0cda61d1e04e42d7"
	if got[e2eFirst] != [2]bool{true, true} || got[second] != [2]bool{true, true} {
		t.Errorf("%s = %v, %s = %v; want both read and saved", e2eFirst, got[e2eFirst], second, got[second])
	}
}

// TestE2EOpensWhereLeft: the app opens on the article and country it was
// closed on, and the reader where it was left.
func TestE2EOpensWhereLeft(t *testing.T) {
	bin := e2eBinary(t)
	term := e2eStart(t, bin, 100, 30)
	term.waitText("Articles · 5 of 5")
	term.keys("c")
	term.typ("belarus")
	term.keys("Enter")
	term.waitText("Articles · 5 of 5", "Belarus")
	term.keys("j", "j", "j")
	term.waitText("4/5")
	term.keys("Enter")
	first := term.waitText("Reader")
	term.keys("Space")
	moved := term.waitFor("the reader to scroll", func(s string) bool { return s != first })
	term.keys("Escape")
	term.waitText("Articles")
	term.quit()

	term.tmux("send-keys", "-t", term.name, "-l", bin+"; echo e2e-exit=$?")
	term.keys("Enter")
	term.waitText("Articles · 5 of 5", "4/5", "Belarus")
	term.keys("Enter")
	again := term.waitText("Reader")
	if lastLine(again) != lastLine(moved) {
		t.Errorf("the reader did not reopen where it was left:\nleft\n%s\nreopened\n%s", moved, again)
	}
	term.quit()
	if _, err := os.Stat(os.Getenv("XDG_DATA_HOME") + "/dateline/library.db"); err != nil {
		t.Error(err)
	}
}

// lastLine is the last line of the reader's text on a screen: the line
// above the frame's bottom.
func lastLine(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	if len(lines) < 3 {
		return ""
	}
	return lines[len(lines)-4]
}

// TestE2ENoState: the app with --no-state marks in memory only, and leaves
// the XDG directories empty.
func TestE2ENoState(t *testing.T) {
	bin := e2eBinary(t)
	xdg := xdgTemp(t)
	term := e2eStart(t, bin+" --no-state", 100, 30)
	term.waitText("Articles · 5 of 5", "5 unread")
	term.keys("Enter")
	term.waitText("Reader")
	term.keys("s")
	term.waitText("Saved.")
	term.keys("Escape")
	term.waitText("Articles · 5 of 5", "4 unread")
	term.quit()
	assertEmptyXDG(t, xdg)
}

// TestE2EUnwritableLibrary: a library that cannot be made costs the marks,
// not the app, which says so once.
func TestE2EUnwritableLibrary(t *testing.T) {
	bin := e2eBinary(t)
	file := t.TempDir() + "/file"
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	term := e2eStart(t, bin+" --library "+file+"/library.db", 100, 30)
	term.waitText("Articles · 5 of 5", "Marks will not be kept")
	term.keys("j")
	s := term.waitText("2/5")
	if strings.Contains(s, "Marks will not be kept") {
		t.Errorf("the warning is said more than once:\n%s", s)
	}
	term.keys("s")
	s = term.waitText("Saved.")
	if strings.Contains(s, "Marks will not be kept") {
		t.Errorf("the warning is said again on a mark:\n%s", s)
	}
	term.quit()
}
