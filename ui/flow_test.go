package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestFlow runs the whole program: type /potash, open the first hit, quit.
// It checks the final model; the output stream is only waited on, since its
// bytes depend on the renderer's timing.
func TestFlow(t *testing.T) {
	tm := teatest.NewTestModel(t, New(testStore(t), Options{}), teatest.WithInitialTermSize(100, 30))
	tm.Type("/potash")
	// Enter may come before the results of "potash": the app then opens the
	// first hit when they arrive. Wait for the reader before quitting, or q
	// would be typed into the query.
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Reader"))
	}, teatest.WithDuration(5*time.Second))
	tm.Type("q")

	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if !ok {
		t.Fatalf("final model is not a ui.Model")
	}
	if final.focus != paneReader {
		t.Errorf("focus %v, want reader", final.focus)
	}
	if final.search.input.Value() != "potash" {
		t.Errorf("query %q, want potash", final.search.input.Value())
	}
	if final.reader.art == nil || !strings.HasPrefix(final.reader.art.ID, "003") {
		t.Fatalf("reader shows %v, want the UN article", final.reader.art)
	}
	if !strings.Contains(screenOf(final), "potash") {
		t.Errorf("the potash sentence is not in view:\n%s", screenOf(final))
	}
}
