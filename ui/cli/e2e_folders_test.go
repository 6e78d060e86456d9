package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dateline DIR DIR lists both folders in the Sources pane (ctrl+s); choosing
// one shows only its articles, and r brings in a file added since the start.
func TestE2EFoldersInTheApp(t *testing.T) {
	bin := e2eBinary(t)
	root := t.TempDir()
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
	write("news/world/a.txt", "Grain corridor talks resume in Geneva\n\nNegotiators met again on Monday to discuss grain exports.\n")
	write("news/b.txt", "City council passes the budget\n\nThe council voted for the budget after a long debate.\n")
	write("blogs/c.md", "# Garden diary for May\n\nThe tomatoes are in and the beans are up.\n")

	term := e2eStart(t, "cd "+root+" && "+bin+" news blogs", 120, 40)
	term.waitText("Grain corridor talks", "City council passes", "Garden diary for May")
	term.keys("C-s")
	term.waitText("Sources · 3 folders", "news", "world", "blogs", "2/2", "1/1")

	// All, news, world, blogs: blogs is the fourth row.
	term.keys("Down", "Down", "Down", "Enter")
	s := term.waitText(`in:"./blogs"`, "Garden diary for May")
	if strings.Contains(s, "Grain corridor talks") || strings.Contains(s, "City council passes") {
		t.Fatalf("blogs shows news's articles:\n%s", s)
	}

	// A new file in blogs, then r: it appears, and blogs stays chosen.
	write("blogs/d.md", "# Beekeeping notes\n\nThe first swarm of the year came early.\n")
	term.keys("r")
	s = term.waitText("Beekeeping notes", "1 new article", `in:"./blogs"`)
	if strings.Contains(s, "Grain corridor talks") {
		t.Fatalf("after r, blogs shows news's articles:\n%s", s)
	}

	// The search underneath is narrowed to the folder too.
	term.typ("/garden")
	s = term.waitText("Garden diary for May", "Search · 1 of")
	if strings.Contains(s, "Beekeeping notes") {
		t.Fatalf("the search for garden found more:\n%s", s)
	}
	term.keys("Escape")
	term.quit()
}
