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
