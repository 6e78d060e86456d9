package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// The end-to-end tests build the dateline binary and drive it in a real
// terminal: tmux, on a server of their own, with keys sent by send-keys and
// the screen read back by capture-pane. They are skipped under -short, and
// when tmux is missing (except in CI, where that is a failure).

// e2eBinary builds dateline into a temporary folder.
func e2eBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: builds the binary and runs it in tmux")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed; the end-to-end tests need it in CI")
		}
		t.Skip("tmux is not installed")
	}
	bin := filepath.Join(t.TempDir(), "dateline")
	out, err := exec.Command("go", "build", "-o", bin, "dateline").CombinedOutput()
	if err != nil {
		t.Fatalf("building dateline: %v\n%s", err, out)
	}
	// A library of the test's own: what one test marks, selects or reads
	// does not follow another into the app.
	xdgTemp(t)
	return bin
}

// e2eTerm is a tmux session running a shell, on a private tmux server.
type e2eTerm struct {
	t    *testing.T
	sock string
	name string
}

// e2eStart opens a w×h terminal with a shell and runs dateline in it; the
// shell prints the exit status when dateline ends.
func e2eStart(t *testing.T, bin string, w, h int) *e2eTerm {
	t.Helper()
	dir, err := os.MkdirTemp("", "dl-e2e") // short: a socket path has a length limit
	if err != nil {
		t.Fatal(err)
	}
	term := &e2eTerm{t: t, sock: filepath.Join(dir, "tmux"), name: "e2e"}
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-S", term.sock, "kill-server").Run()
		_ = os.RemoveAll(dir)
	})
	term.tmux("-f", "/dev/null", "new-session", "-d", "-s", term.name,
		"-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "env PS1='e2e$ ' /bin/sh")
	term.waitFor("the shell prompt", func(s string) bool { return strings.Contains(s, "e2e$") })
	term.tmux("send-keys", "-t", term.name, "-l", bin+"; echo e2e-exit=$?")
	term.keys("Enter")
	term.waitFor("the app", func(s string) bool {
		// In a narrow terminal the command line wraps: look at it whole.
		typed := strings.Contains(strings.ReplaceAll(s, "\n", ""), "e2e$ "+bin)
		return strings.Contains(s, "dateline") && !typed || strings.Contains(s, "─")
	})
	// In a narrow terminal the command line wraps, and the test above holds
	// before the app has started: keys sent then would reach the terminal
	// in cooked mode. The app is up once it has the alternate screen.
	term.waitFor("the app's alternate screen", func(string) bool {
		return strings.TrimSpace(term.tmux("display", "-p", "-t", term.name, "#{alternate_on}")) == "1"
	})
	return term
}

func (e *e2eTerm) tmux(args ...string) string {
	e.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", e.sock}, args...)...).CombinedOutput()
	if err != nil {
		e.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// keys sends keys by tmux's names ("Enter", "Escape", "j").
func (e *e2eTerm) keys(keys ...string) {
	e.t.Helper()
	e.tmux(append([]string{"send-keys", "-t", e.name}, keys...)...)
}

// typ types text literally.
func (e *e2eTerm) typ(s string) {
	e.t.Helper()
	e.tmux("send-keys", "-t", e.name, "-l", s)
}

func (e *e2eTerm) screen() string {
	e.t.Helper()
	return e.tmux("capture-pane", "-p", "-t", e.name)
}

// waitFor polls the screen until ok holds on a settled screen, and fails
// after a deadline. A screen is settled when two captures in a row are the
// same: tmux can be read while a frame is half drawn, and a check made on
// such a screen would see the new frame's top over the old frame's bottom.
func (e *e2eTerm) waitFor(what string, ok func(screen string) bool) string {
	e.t.Helper()
	deadline := time.Now().Add(20 * time.Second) // generous: CI machines are busy
	prev := ""
	for {
		s := e.screen()
		if s == prev && ok(s) {
			return s
		}
		prev = s
		if time.Now().After(deadline) {
			e.t.Fatalf("waiting for %s; the screen is:\n%s", what, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

func (e *e2eTerm) waitText(texts ...string) string {
	e.t.Helper()
	return e.waitFor(strings.Join(texts, ", "), func(s string) bool {
		for _, t := range texts {
			if !strings.Contains(s, t) {
				return false
			}
		}
		return true
	})
}

// quit presses q and waits for the shell to say dateline exited with 0.
func (e *e2eTerm) quit() {
	e.t.Helper()
	e.keys("q")
	status := regexp.MustCompile(`e2e-exit=(\d+)`) // not the "$?" of the command line
	// On a busy machine an Escape sent just before can reach the app in the
	// same read as this q, which makes alt+q; press q again now and then
	// (once dateline is gone, a stray q only lands on the shell's line).
	resend := time.Now().Add(2 * time.Second)
	unwrap := func(s string) string { return strings.ReplaceAll(s, "\n", "") } // a narrow terminal wraps e2e-exit=0
	s := e.waitFor("dateline to exit", func(s string) bool {
		if status.MatchString(unwrap(s)) {
			return true
		}
		if time.Now().After(resend) {
			e.keys("q")
			resend = time.Now().Add(2 * time.Second)
		}
		return false
	})
	if code := status.FindStringSubmatch(unwrap(s))[1]; code != "0" {
		e.t.Fatalf("dateline exited with %s:\n%s", code, s)
	}
	if strings.Contains(s, "panic") || strings.Contains(s, "goroutine") {
		e.t.Fatalf("dateline panicked:\n%s", s)
	}
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "e2e$") {
		e.t.Fatalf("the shell is not back after q; last line %q:\n%s", last, s)
	}
}

func TestE2EBrowse(t *testing.T) {
	bin := e2eBinary(t)
	term := e2eStart(t, bin, 100, 30)

	// The countries pane stands beside the list at 100 columns.
	s := term.waitText("Articles · 5 of 5")
	beside := false
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, "Countries") && strings.Contains(line, "Articles") {
			beside = true
		}
	}
	if !beside {
		t.Errorf("countries pane not beside the list:\n%s", s)
	}
	// The five articles, newest first, with dates and sources.
	for _, want := range []string{"2025-09-09", "2025-07-04", "2025-05-11", "21 Apr", "Sergei Aleinik",
		"Korea JoongAng Daily", "VNS", "AZERTAC"} {
		if !strings.Contains(s, want) {
			t.Errorf("the list lacks %q:\n%s", want, s)
		}
	}
	if i, j := strings.Index(s, "2025-09-09"), strings.Index(s, "2025-07-04"); i > j {
		t.Errorf("the list is not newest first:\n%s", s)
	}

	// Search: the UN article, with potash in its snippet.
	term.typ("/potash")
	s = term.waitText("Search · 1 of 5", "Sergei Aleinik")
	if !regexp.MustCompile(`(?m)^.*potash fertilizer.*$`).MatchString(s) {
		t.Errorf("no snippet with potash under the hit:\n%s", s)
	}
	term.keys("Enter")
	term.waitText("Reader", "ship potash fertilizer")

	// Find in the article, and move between the hits.
	term.typ("/belarus")
	term.keys("Enter")
	s = term.waitFor("the 1/N counter", func(s string) bool {
		return regexp.MustCompile(`/belarus +1/\d+`).MatchString(s)
	})
	n := regexp.MustCompile(`/belarus +1/(\d+)`).FindStringSubmatch(s)[1]
	term.keys("n")
	term.waitText("/belarus  2/" + n)
	term.keys("N")
	term.waitText("/belarus  1/" + n)

	// Back to the results, back to the list.
	term.keys("Escape")
	term.waitText("Search · 1 of 5")
	term.keys("Escape")
	term.waitText("Articles · 5 of 5")

	// Choose Azerbaijan: only the Baku article is left.
	term.keys("c")
	term.typ("azer")
	term.keys("Enter")
	s = term.waitText("Articles · 1 of 5", "AZERTAC")
	if strings.Contains(s, "Sergei Aleinik") || strings.Contains(s, "2025-09-09") {
		t.Errorf("other articles are left after choosing Azerbaijan:\n%s", s)
	}

	// The help shows the keys that act in the list, and only those: with
	// one article left, nothing moves.
	term.keys("?")
	s = term.waitText("Help", "all countries")
	for _, k := range []string{"q ", "ctrl+c", "? ", "tab", "shift+tab", "c ", "enter", "/ ", "esc"} {
		if !strings.Contains(s, "│ "+k) && !strings.Contains(s, "   "+k) {
			t.Errorf("the help lacks %q:\n%s", k, s)
		}
	}
	for _, desc := range []string{"next hit", "find in article", "delete word", "page down", "bottom"} {
		if strings.Contains(s, desc) {
			t.Errorf("the help of the list shows %q, which does nothing there:\n%s", desc, s)
		}
	}
	term.keys("Escape")
	term.waitText("Articles · 1 of 5")
	term.quit()
}

func TestE2ESmallTerminals(t *testing.T) {
	bin := e2eBinary(t)
	for _, size := range [][2]int{{40, 12}, {20, 6}, {12, 4}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			term := e2eStart(t, bin, size[0], size[1])
			for _, k := range []string{"j", "Enter", "Space", "/", "Escape", "Escape", "c", "j", "Enter", "/", "b", "Enter", "Escape", "?", "Escape"} {
				term.keys(k)
				// Paced as a person types: an Escape followed at once by a
				// key reaches the app as alt+key.
				time.Sleep(60 * time.Millisecond)
			}
			term.typ("/kore")
			time.Sleep(200 * time.Millisecond)
			// On a busy machine keys paced as above can still arrive
			// together (esc esc c is alt+c, one esc short); enough esc,
			// one at a time, goes back to the list from anywhere.
			for range 4 {
				term.keys("Escape")
				time.Sleep(200 * time.Millisecond)
			}
			s := term.waitText("dateline")
			for i, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
				if utf8.RuneCountInString(line) > size[0] {
					t.Errorf("line %d is wider than %d: %q", i, size[0], line)
				}
			}
			term.quit()
		})
	}
}

func TestE2EResizeRewraps(t *testing.T) {
	bin := e2eBinary(t)
	term := e2eStart(t, bin, 120, 40)
	term.keys("Enter") // the newest article, which has a long headline
	title := "Belarusian president says he's 'ready' to visit Pyongyang in message to North Korea's Kim"
	wide := term.waitText("Reader", "Belarusian president says")
	firstLine := func(screen string) string {
		for _, line := range strings.Split(screen, "\n") {
			if i := strings.Index(line, "Belarusian president says"); i >= 0 {
				return strings.TrimRight(line[i:], "│ ")
			}
		}
		return ""
	}
	term.tmux("resize-window", "-t", term.name, "-x", "60", "-y", "20")
	narrow := term.waitFor("the reader at 60 columns", func(s string) bool {
		lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
		return len(lines) <= 20 && strings.Contains(s, "Reader") && strings.HasPrefix(lines[len(lines)-2], "└") &&
			utf8.RuneCountInString(lines[len(lines)-2]) == 60
	})
	// The headline is wrapped, not cut: its words are all there, in order.
	var text []string
	for _, line := range strings.Split(narrow, "\n") {
		line = strings.Trim(line, "│ ")
		text = append(text, line)
	}
	if !strings.Contains(strings.Join(text, " "), title) {
		t.Errorf("the headline was not re-wrapped to 60 columns:\n%s", narrow)
	}
	if a, b := firstLine(wide), firstLine(narrow); utf8.RuneCountInString(b) >= utf8.RuneCountInString(a) || strings.HasSuffix(b, "…") {
		t.Errorf("the headline's first line did not re-wrap: %q at 120 columns, %q at 60", a, b)
	}
	for i, line := range strings.Split(strings.TrimRight(narrow, "\n"), "\n") {
		if utf8.RuneCountInString(line) > 60 {
			t.Errorf("line %d is wider than 60: %q", i, line)
		}
	}
	term.quit()
}

// TestE2EMap opens the world map, finds Azerbaijan with the filter line
// and narrows the list to it: exactly the Baku article is left.
func TestE2EMap(t *testing.T) {
	bin := e2eBinary(t)
	term := e2eStart(t, bin, 100, 30)
	term.waitText("Articles · 5 of 5")
	term.keys("M")
	s := term.waitText("Belarus · 5 articles", "With Belarus")
	if !strings.Contains(s, "⣿") && !strings.Contains(s, "⢿") && !strings.Contains(s, "⢝") {
		t.Errorf("no shaded country on the map:\n%s", s)
	}
	term.keys("/")
	term.typ("azerbaijan")
	term.waitText("Azerbaijan · 1 article")
	term.keys("Enter")
	s = term.waitText("Articles · 1 of 5", "AZERTAC")
	for _, other := range []string{"Sergei Aleinik", "2025-09-09", "2025-07-04", "2025-05-11", "Map ·"} {
		if strings.Contains(s, other) {
			t.Errorf("%q is still on screen after narrowing to Azerbaijan:\n%s", other, s)
		}
	}
	if !strings.Contains(s, "Khankendi") {
		t.Errorf("the list does not show article 004:\n%s", s)
	}

	// The timeline of what is left: one article without a year.
	term.keys("T")
	term.waitText("Timeline", "1 undated")
	term.keys("Escape")
	term.waitText("Articles · 1 of 5")
	term.quit()
}
