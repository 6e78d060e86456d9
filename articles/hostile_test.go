package articles

import (
	"context"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// TestHostileInput loads the hostile-input suite: every case is loaded
// sanitised or skipped with its path and reason, every other file loads,
// and no field holds a byte a terminal would act on.
func TestHostileInput(t *testing.T) {
	dir := t.TempDir()
	cases := articlestest.WriteHostile(t, dir)
	got, err := Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*Article{}
	for _, a := range got.Articles {
		byPath[a.Path] = a
		for _, s := range []string{a.ID, a.Title, a.Source, a.Dateline, a.Credit, a.Path} {
			checkClean(t, s)
			if strings.Contains(s, "\n") {
				t.Errorf("%s: line break in a one-line field %q", a.ID, s)
			}
		}
		for _, p := range a.Body {
			checkClean(t, p.Text)
		}
	}
	skipped := map[string]string{}
	for _, s := range got.Skipped {
		checkClean(t, s.Path)
		checkClean(t, s.Reason)
		skipped[s.Path] = s.Reason
	}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			path := SanitizeLine(c.Path)
			a, loaded := byPath[path]
			reason, wasSkipped := skipped[path]
			switch {
			case c.Loads && !loaded:
				t.Fatalf("not loaded (skipped: %v, %q)", wasSkipped, reason)
			case !c.Loads && !wasSkipped:
				t.Fatalf("not skipped with a reason (loaded: %v)", loaded)
			case !c.Loads && reason == "":
				t.Fatal("skipped without a reason")
			case c.Loads && c.Title != "" && a.Title != c.Title:
				t.Errorf("title %q, want %q", a.Title, c.Title)
			case c.Loads && c.ID != "" && a.ID != c.ID:
				t.Errorf("ID %q, want %q", a.ID, c.ID)
			}
		})
	}
	if want := 14; len(got.Articles) != want {
		t.Errorf("%d articles loaded, want %d", len(got.Articles), want)
	}
}
