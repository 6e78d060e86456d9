package ui

import (
	"strings"
	"testing"

	"dateline/store"
)

func TestSearchRowSaysHowManyCopies(t *testing.T) {
	arts := bundled(t)
	orig := arts[3] // 003, the United Nations report
	dup := *orig
	dup.ID, dup.Key, dup.Path = "copy-of-003", "copy-of-003", "elsewhere/copy.txt"
	dup.Body = append(dup.Body[:len(dup.Body):len(dup.Body)], dup.Body[len(dup.Body)-1])
	d := newDriver(t, New(store.New(append(arts, &dup)), Options{}), 100, 30)
	d.keys("/").typ("aleinik")
	if s := d.screen(); !strings.Contains(s, "+1 copy") {
		t.Fatalf("no \"+1 copy\" on a hit with a near-identical copy:\n%s", s)
	}
	d.keys("esc").keys("/").typ("khankendi")
	if s := d.screen(); strings.Contains(s, "copy") {
		t.Fatalf("a hit without copies says it has some:\n%s", s)
	}
}

func TestBadQualifierIsSaidPlainly(t *testing.T) {
	d := newDriver(t, New(testStore(t), Options{}), 100, 30)
	d.keys("/").typ("c:narnia")
	s := d.screen()
	if strings.Contains(s, "search failed") || !strings.Contains(strings.ToLower(s), "narnia") {
		t.Fatalf("a bad qualifier should be said as itself, not as a failure:\n%s", s)
	}
}

// TestReaderReachesCopies opens a search hit that folds a near-identical
// copy: the reader lists the copy under the metadata, o opens it (listing
// the first in turn), and o again comes back round.
func TestReaderReachesCopies(t *testing.T) {
	arts := bundled(t)
	orig := arts[3]
	dup := *orig
	dup.ID, dup.Key, dup.Path, dup.Source = "copy-of-003", "copy-of-003", "elsewhere/copy.txt", "Other Wire"
	dup.Body = append(dup.Body[:len(dup.Body):len(dup.Body)], dup.Body[len(dup.Body)-1])
	where := orig.Path
	if where == "" {
		where = orig.ID
	}
	d := newDriver(t, New(store.New(append(arts, &dup)), Options{}), 120, 40)
	d.keys("/").typ("aleinik").keys("enter")
	first := d.screen()
	if !strings.Contains(first, "also in: ") || strings.Count(first, "elsewhere/copy.txt") != 1 || !strings.Contains(first, "o other copy") {
		t.Fatalf("the reader does not list the hit's copy, or its key:\n%s", first)
	}
	shown := func(s string) string { // the path in the meta line, not in "also in"
		for _, line := range strings.Split(s, "\n") {
			if strings.Contains(line, "min read") {
				return line
			}
		}
		return ""
	}
	d.keys("o")
	second := d.screen()
	if !strings.Contains(shown(second), "elsewhere/copy.txt") || !strings.Contains(second, "also in: ") || !alsoIn(second, where) {
		t.Fatalf("o does not open the copy listing the first:\n%s", second)
	}
	d.keys("o")
	if back := d.screen(); !strings.Contains(shown(back), where) || !alsoIn(back, "Other Wire · elsewhere/copy.txt") {
		t.Fatalf("o again does not come back to the first:\n%s", back)
	}
	d.keys("esc").keys("/").typ("khankendi").keys("enter")
	if s := d.screen(); strings.Contains(s, "also in: ") || strings.Contains(s, "other copy") {
		t.Fatalf("a hit without copies lists some:\n%s", s)
	}
}

// alsoIn reports whether the screen lists what under "also in".
func alsoIn(screen, what string) bool {
	for _, line := range strings.Split(screen, "\n") {
		if i := strings.Index(line, "also in: "); i >= 0 && strings.Contains(line[i:], what) {
			return true
		}
	}
	return false
}
