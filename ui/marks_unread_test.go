package ui

import (
	"context"
	"strings"
	"testing"

	"dateline/articles"
	"dateline/store"
	"dateline/store/library"
)

// The countries pane counts each country's unread articles: a read one
// leaves "1/2" beside a country two articles mention, and marking the
// other read drops the count to none unread.
func TestCountriesUnreadCounts(t *testing.T) {
	arts := []*articles.Article{
		{ID: "a", Key: "ka", Title: "Potash exports from Minsk", Countries: []articles.Mention{mention("BY", 3, true)}},
		{ID: "b", Key: "kb", Title: "Minsk and Kyiv talk", Countries: []articles.Mention{mention("BY", 1, true), mention("UA", 2, true)}},
		{ID: "c", Key: "kc", Title: "Grain from Odesa", Countries: []articles.Mention{mention("UA", 2, true)}},
	}
	marks, err := library.LoadMarkSet(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	marks.Update("ka", func(m *library.Mark) { m.Read = true })
	d := newDriver(t, New(store.New(arts), Options{Marks: marks}), 100, 20)
	row := func(name string) string {
		for _, line := range strings.Split(d.screen(), "\n") {
			if strings.Contains(line, name) {
				return line
			}
		}
		t.Fatalf("no row for %s:\n%s", name, d.screen())
		return ""
	}
	if r := row("Belarus"); !strings.Contains(r, "1/2") {
		t.Errorf("Belarus, one of two unread: %q", r)
	}
	if r := row("Ukraine"); strings.Contains(r, "/") {
		t.Errorf("Ukraine, every article unread: %q", r)
	}
	if r := row("All"); !strings.Contains(r, "2/3") {
		t.Errorf("All, two of three unread: %q", r)
	}
}
