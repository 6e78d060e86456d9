package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestE2EReaderReachesCopies runs the app over a folder that holds the
// same wire story twice, lightly edited: the search folds them into one
// row, the reader lists the other copy under the metadata, and o opens it.
func TestE2EReaderReachesCopies(t *testing.T) {
	bin := e2eBinary(t)
	root := t.TempDir()
	var story strings.Builder
	story.WriteString("Wind turbine plant opens on the coast\n\n")
	for i := range 40 { // words that vary, so that the copies share most of their 4-word runs, not a handful
		fmt.Fprintf(&story, "On day %d the plant built %d blades and hired %d workers from %d towns, officials said. ", i+1, 3*i+7, 11*i+5, i%9+2)
		if i%4 == 3 {
			story.WriteString("\n\n")
		}
	}
	write := func(rel, text string) {
		t.Helper()
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("wire/turbine.txt", story.String())
	write("paper/turbine.txt", story.String()+"\n\nThe plant was built in two years.\n")
	write("paper/other.txt", "City council passes the budget\n\nThe council voted for the budget after a long debate.\n")

	term := e2eStart(t, "cd "+root+" && "+bin+" --no-state .", 120, 40)
	term.waitText("Wind turbine plant", "City council passes")
	term.keys("/")
	term.typ("turbine")
	term.waitText("+1 copy")
	term.keys("Enter")
	s := term.waitText("also in: ", "o other copy")
	first := "paper/turbine.txt"
	if alsoLine(s, first) {
		first = "wire/turbine.txt"
	}
	other := map[string]string{"paper/turbine.txt": "wire/turbine.txt", "wire/turbine.txt": "paper/turbine.txt"}[first]
	if !alsoLine(s, other) {
		t.Fatalf("the reader does not list the other copy, %s:\n%s", other, s)
	}
	term.keys("o")
	s = term.waitFor("the other copy", func(s string) bool { return alsoLine(s, first) })
	if alsoLine(s, other) {
		t.Fatalf("the copy opened lists itself:\n%s", s)
	}
	term.quit()
}

// alsoLine reports whether the screen lists path under "also in".
func alsoLine(screen, path string) bool {
	for _, line := range strings.Split(screen, "\n") {
		if i := strings.Index(line, "also in: "); i >= 0 && strings.Contains(line[i:], path) {
			return true
		}
	}
	return false
}
