package cli

import (
	"os"
	"os/signal"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// endSignals end the app. Each gives the terminal back first (the
// alternate screen, mouse tracking, the cursor and cooked mode), and the
// exit status is 128+n, as a shell reports a process that signal n ended.
// Go's defaults would leave the terminal as the app had set it: SIGHUP
// exits at once, SIGQUIT dumps the goroutines; Bubble Tea's own handler
// catches only SIGINT and SIGTERM, and ends with status 0 on SIGTERM.
var endSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// appSignals carries the signals to a running app: an ending signal quits
// it (a second one kills it, should the first find it stuck), and a stop
// signal (SIGTSTP, where there is one) suspends it as ctrl+z does, so the
// terminal is given back before the process stops and taken again when it
// continues.
//
// Bubble Tea suspends by sending its process group SIGTSTP, expecting the
// default action, a stop. But once a Go program has asked for SIGTSTP, its
// runtime keeps the signal for good (signal.Reset does not give the
// default action back), so while a suspension is under way, the SIGTSTP
// that comes is answered by stopping the group with SIGSTOP, which nothing
// can catch; SIGCONT resumes it as it would have.
type appSignals struct {
	ch         chan os.Signal
	done       chan struct{}
	wg         sync.WaitGroup
	suspending atomic.Bool // from the SuspendMsg to the ResumeMsg

	mu  sync.Mutex
	got os.Signal // the first ending signal
}

// watchSignals starts carrying signals to p; stop ends that.
func watchSignals(p *tea.Program) *appSignals {
	s := &appSignals{ch: make(chan os.Signal, 4), done: make(chan struct{})}
	signal.Notify(s.ch, append(endSignals, stopSignals...)...)
	s.wg.Go(func() {
		for {
			select {
			case <-s.done:
				return
			case sig := <-s.ch:
				if slices.Contains(stopSignals, sig) {
					if s.suspending.Load() {
						stopProcessGroup() // the terminal is back with the shell
					} else {
						go p.Send(tea.SuspendMsg{}) // from outside: suspend as ctrl+z does
					}
					continue
				}
				s.mu.Lock()
				first := s.got == nil
				if first {
					s.got = sig
				}
				s.mu.Unlock()
				if first {
					go p.Quit()
				} else {
					go p.Kill()
				}
			}
		}
	})
	return s
}

// filter sees every message before Bubble Tea acts on it, and so knows
// when a suspension starts (before Bubble Tea sends its SIGTSTP) and when
// it has ended.
func (s *appSignals) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg:
		s.suspending.Store(true)
	case tea.ResumeMsg:
		s.suspending.Store(false)
	}
	return msg
}

// stop stops carrying signals and returns the first ending signal that
// came, or nil.
func (s *appSignals) stop() os.Signal {
	signal.Stop(s.ch)
	close(s.done)
	s.wg.Wait()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got
}

// signalStatus is the exit status for a process that sig ended: 128+n.
func signalStatus(sig os.Signal) int {
	if n, ok := sig.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return exitError
}
