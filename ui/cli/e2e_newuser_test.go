package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"dateline/articles/articlestest"
)

// The end-to-end tests of what a new user hit: one per defect, each in a
// real terminal on a private tmux server.

// writeNews writes files of news into dir, by name.
func writeNews(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestE2ECountriesTakeEveryLetter: typing qatar in the countries pane
// filters to Qatar; q is a letter there, and the app stays up.
func TestE2ECountriesTakeEveryLetter(t *testing.T) {
	bin := e2eBinary(t)
	dir := t.TempDir()
	writeNews(t, dir, map[string]string{
		"doha.txt":   "Qatar hosts talks\n\nDoha, 3 May 2025 — Qatar hosted talks on trade with officials from Qatar and its neighbours.\n",
		"berlin.txt": "Germany sets a budget\n\nBerlin, 4 May 2025 — Germany set its budget; ministers in Germany agreed on it.\n",
	})
	term := e2eStart(t, bin+" --no-state "+dir, 100, 30)
	term.waitText("Articles · 2 of 2")
	term.keys("c")
	term.typ("qatar")
	s := term.waitText("/ qatar", "Qatar", "Countries · 1 of")
	if strings.Contains(s, "e2e-exit") || strings.Contains(s, "Germany  ") {
		t.Fatalf("typing qatar did not filter to Qatar in a running app:\n%s", s)
	}
	term.keys("Enter")
	term.waitText("Articles · 1 of 2", "Qatar hosts talks")
	term.quit()
}

// TestE2EFindEscEsc: two quick presses of esc (tmux sends them as one
// read) close the reader's find line.
func TestE2EFindEscEsc(t *testing.T) {
	bin := e2eBinary(t)
	term := e2eStart(t, bin+" --no-state", 80, 24)
	term.waitText("Articles · 5 of 5")
	term.keys("Enter")
	term.waitText("Reader")
	term.typ("/bel")
	term.waitFor("the find line", func(s string) bool { return regexp.MustCompile(`(?m)^│ +/ bel`).MatchString(s) })
	term.keys("Escape", "Escape") // one send-keys: the two arrive together
	s := term.waitFor("the find line to close", func(s string) bool {
		return !regexp.MustCompile(`(?m)^│ +/ bel`).MatchString(s)
	})
	if strings.Contains(s, "e2e-exit") {
		t.Fatalf("the app ended:\n%s", s)
	}
	term.quit()
}

// TestE2ELongPasteThenCtrlC types 3,000 characters into the search line
// on 10,000 articles, as a paste without bracketed paste arrives, then
// presses ctrl+c: the app quits at once, with status 0.
func TestE2ELongPasteThenCtrlC(t *testing.T) {
	bin := e2eBinary(t)
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, 10_000)
	term := e2eStart(t, bin+" --no-state "+dir, 120, 40)
	term.waitText("Articles · 10,000 of 10,000")
	term.typ("/")
	term.waitText("Search · ")
	query := strings.Repeat("belarus korea trade potash minsk ", 100)[:3000]
	for i := 0; i < len(query); i += 500 { // send-keys takes a line at a time
		term.typ(query[i : i+500])
	}
	term.waitText("cut at 1,000 characters")
	start := time.Now()
	term.keys("C-c")
	status := regexp.MustCompile(`e2e-exit=(\d+)`)
	s := term.waitFor("dateline to exit", func(s string) bool { return status.MatchString(s) })
	// A bound on a hang, not a timing: the freeze this guards against took
	// the app minutes, and a busy machine can take seconds to deliver keys.
	if took := time.Since(start); took > 15*time.Second {
		t.Errorf("ctrl+c took %v to quit", took)
	}
	if code := status.FindStringSubmatch(s)[1]; code != "0" {
		t.Errorf("ctrl+c in the app exited with %s, want 0:\n%s", code, s)
	}
}

// TestE2EListAt80 runs dateline list at 80 columns on 2,000 files with
// the long names of a real folder: every title starts within the first 40
// columns of its line.
func TestE2EListAt80(t *testing.T) {
	bin := e2eBinary(t)
	dir := t.TempDir()
	for i, f := range articlestest.Generate(2_000) {
		name := fmt.Sprintf("www.a-news-site-with-a-long-name.example-world-news-%05d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	js, err := exec.Command(bin, "--no-state", "list", "--json", "--dir", dir).Output()
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal(js, &recs); err != nil {
		t.Fatal(err)
	}

	sockDir, err := os.MkdirTemp("", "dl-e2e")
	if err != nil {
		t.Fatal(err)
	}
	term := &e2eTerm{t: t, sock: filepath.Join(sockDir, "tmux"), name: "e2e"}
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-S", term.sock, "kill-server").Run()
		_ = os.RemoveAll(sockDir)
	})
	// A history long enough for every line, set before the pane exists.
	term.tmux("-f", "/dev/null", "start-server", ";", "set-option", "-g", "history-limit", "100000", ";",
		"new-session", "-d", "-s", term.name, "-x", "80", "-y", "24", "env PS1='e2e$ ' /bin/sh")
	term.waitFor("the shell prompt", func(s string) bool { return strings.Contains(s, "e2e$") })
	term.typ(bin + " --no-state list --dir " + dir + "; echo e2e-exit=$?")
	term.keys("Enter")
	term.waitText("e2e-exit=0")
	out := term.tmux("capture-pane", "-p", "-J", "-S", "-", "-t", term.name)
	lines := strings.Split(out, "\n")
	at := 0
	for _, r := range recs {
		for at < len(lines) && !strings.HasSuffix(strings.TrimRight(lines[at], " "), "  "+r.ID) {
			at++
		}
		if at == len(lines) {
			t.Fatalf("no line ends with %q, the ID of %q", r.ID, r.Title)
		}
		line := lines[at]
		i := strings.Index(line, r.Title)
		if i < 0 {
			t.Fatalf("the line of %s lacks its title %q: %q", r.ID, r.Title, line)
		}
		if col := ansi.StringWidth(line[:i]); col >= 40 {
			t.Errorf("the title of %s starts at column %d: %q", r.ID, col+1, line)
		}
	}
}
