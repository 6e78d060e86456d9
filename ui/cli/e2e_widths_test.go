package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EEmojiKeepBordersAligned opens articles whose titles hold a family
// (a ZWJ sequence), a heart with VS16 and a keycap in tmux 3.3, which does
// not report grapheme support: every row of every pane still ends on its
// border, in the list and in the reader. (capture-pane -N keeps each row's
// trailing cells, so a border drawn short shows as spaces after it, and
// one pushed off as a row with no border at its end.)
func TestE2EEmojiKeepBordersAligned(t *testing.T) {
	bin := e2eBinary(t)
	dir := t.TempDir()
	for name, title := range map[string]string{
		"family.txt": "👨\u200d👩\u200d👧 family day in Paris",
		"heart.txt":  "❤\ufe0f hearts in Minsk and 1\ufe0f\u20e3 more",
		"tone.txt":   "👩🏽\u200d💻 coders in Kyiv 👍🏽",
	} {
		text := title + "\n\nOfficials said the " + title + " went on in the city.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	term := e2eStart(t, bin+" --dir "+dir, 100, 20)
	term.waitText("Articles · 3 of 3")
	checkRows := func(what string) {
		t.Helper()
		s := term.waitText("dateline")
		rows := strings.Split(term.tmux("capture-pane", "-p", "-N", "-t", term.name), "\n")
		for i, row := range rows {
			if !strings.HasPrefix(row, "│") && !strings.HasPrefix(row, "┌") && !strings.HasPrefix(row, "└") {
				continue
			}
			if !strings.HasSuffix(row, "│") && !strings.HasSuffix(row, "┐") && !strings.HasSuffix(row, "┘") {
				t.Errorf("%s: row %d does not end on its border: %q\n%s", what, i, row, s)
			}
		}
	}
	checkRows("the list")
	for range 3 {
		term.keys("Enter")
		term.waitText("Reader")
		checkRows("the reader")
		term.keys("Escape")
		term.waitText("Articles · 3 of 3")
		term.keys("j")
	}
	term.quit()
}
