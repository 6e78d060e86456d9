package cli

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// appPid finds the pid of dateline, the shell's child in term: from
// /proc where there is one, else from pgrep.
func appPid(t *testing.T, term *e2eTerm) int {
	t.Helper()
	shell := strings.TrimSpace(term.tmux("list-panes", "-t", term.name, "-F", "#{pane_pid}"))
	out, err := os.ReadFile("/proc/" + shell + "/task/" + shell + "/children")
	if err != nil {
		if _, lookErr := exec.LookPath("pgrep"); lookErr != nil {
			t.Skip("neither /proc nor pgrep here")
		}
		if out, err = exec.Command("pgrep", "-P", shell).Output(); err != nil {
			t.Fatalf("finding dateline below the shell %s: %v", shell, err)
		}
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("the children of the shell %s: %q", shell, out)
	}
	return pid
}

func signalApp(t *testing.T, pid int, sig syscall.Signal) {
	t.Helper()
	if err := syscall.Kill(pid, sig); err != nil {
		t.Fatalf("sending %v to %d: %v", sig, pid, err)
	}
}

// paneModes reads tmux's view of the terminal's modes: the alternate
// screen, any mouse tracking, and whether the cursor shows.
func (e *e2eTerm) paneModes() string {
	e.t.Helper()
	return strings.TrimSpace(e.tmux("display", "-p", "-t", e.name, "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"))
}

// sttyModes asks the shell for the line discipline's modes that raw mode
// turns off; a terminal left raw does not even run the command.
func (e *e2eTerm) sttyModes() string {
	e.t.Helper()
	e.tmux("send-keys", "-t", e.name, "-l", "clear; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig|icrnl|opost)' | tr '\\n' ' '; echo =st''ty")
	e.keys("Enter")
	re := regexp.MustCompile(`(?m)^(.*)=stty$`)
	s := e.waitFor("stty's answer", re.MatchString)
	return strings.TrimSpace(re.FindStringSubmatch(s)[1])
}

const (
	appModes      = "1 1 0"                        // alternate screen, mouse, hidden cursor
	restoredModes = "0 0 1"                        // the shell's screen, no mouse, a cursor
	cookedModes   = "icrnl opost isig icanon echo" // as stty -a lists them
)

// TestE2ESignalsRestoreTerminal checks that SIGTERM, SIGHUP and SIGQUIT
// from outside end the app with status 128+n, having left the alternate
// screen, turned mouse tracking off, shown the cursor and left raw mode.
func TestE2ESignalsRestoreTerminal(t *testing.T) {
	bin := e2eBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			term := e2eStart(t, bin, 100, 30)
			term.waitText("Articles")
			if m := term.paneModes(); m != appModes {
				t.Fatalf("the app's modes are %q, want %q", m, appModes)
			}
			signalApp(t, appPid(t, term), sig)
			status := regexp.MustCompile(`e2e-exit=(\d+)`)
			s := term.waitFor("dateline to exit", status.MatchString)
			if got, want := status.FindStringSubmatch(s)[1], fmt.Sprint(128+int(sig)); got != want {
				t.Errorf("status %s after %v, want %s:\n%s", got, sig, want, s)
			}
			if strings.Contains(s, "goroutine") {
				t.Errorf("a goroutine dump after %v:\n%s", sig, s)
			}
			if m := term.paneModes(); m != restoredModes {
				t.Errorf("after %v the modes are %q, want %q", sig, m, restoredModes)
			}
			if m := term.sttyModes(); m != cookedModes {
				t.Errorf("after %v stty says %q, want %q", sig, m, cookedModes)
			}
		})
	}
}

// TestE2ESuspendResume checks that SIGTSTP from outside (kill -TSTP, or a
// job-control shell) gives the terminal back before the app stops, and that
// fg brings the app back whole, taking the terminal again; and that ctrl+z
// does the same from inside.
func TestE2ESuspendResume(t *testing.T) {
	bin := e2eBinary(t)
	term := e2eStart(t, bin, 100, 30)
	term.waitText("Articles · 5 of 5")
	signalApp(t, appPid(t, term), syscall.SIGTSTP)
	status := regexp.MustCompile(`e2e-exit=(\d+)`)
	s := term.waitFor("the shell to take over", status.MatchString)
	if got := status.FindStringSubmatch(s)[1]; got != fmt.Sprint(128+int(syscall.SIGSTOP)) {
		t.Errorf("the shell says status %s, want a stopped job's %d:\n%s", got, 128+int(syscall.SIGSTOP), s)
	}
	if m := term.paneModes(); m != restoredModes {
		t.Errorf("suspended, the modes are %q, want %q", m, restoredModes)
	}
	if m := term.sttyModes(); m != cookedModes {
		t.Errorf("suspended, stty says %q, want %q", m, cookedModes)
	}
	term.typ("fg; echo e2e-fg=$?")
	term.keys("Enter")
	term.waitText("Articles · 5 of 5")
	if m := term.paneModes(); m != appModes {
		t.Errorf("resumed, the modes are %q, want %q", m, appModes)
	}

	// ctrl+z, the key, suspends the same way.
	term.keys("C-z")
	fg := regexp.MustCompile(`e2e-fg=(\d+)`)
	s = term.waitFor("the shell to take over after ctrl+z", fg.MatchString)
	if got := fg.FindStringSubmatch(s)[1]; got != fmt.Sprint(128+int(syscall.SIGSTOP)) {
		t.Errorf("after ctrl+z fg says status %s, want a stopped job's %d:\n%s", got, 128+int(syscall.SIGSTOP), s)
	}
	if m := term.paneModes(); m != restoredModes {
		t.Errorf("suspended by ctrl+z, the modes are %q, want %q", m, restoredModes)
	}
	if m := term.sttyModes(); m != cookedModes {
		t.Errorf("suspended by ctrl+z, stty says %q, want %q", m, cookedModes)
	}
	term.typ("fg; echo e2e-end=$?")
	term.keys("Enter")
	term.waitText("Articles · 5 of 5")
	term.keys("j")
	term.keys("q")
	end := regexp.MustCompile(`e2e-end=(\d+)`)
	s = term.waitFor("dateline to exit", end.MatchString)
	if got := end.FindStringSubmatch(s)[1]; got != "0" {
		t.Errorf("q after fg: status %s, want 0:\n%s", got, s)
	}
	if m := term.paneModes(); m != restoredModes {
		t.Errorf("after q the modes are %q, want %q", m, restoredModes)
	}
}
