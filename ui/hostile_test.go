package ui

import (
	"context"
	"regexp"
	"testing"

	"dateline/articles"
	"dateline/articles/articlestest"
	"dateline/store"
)

// sgr matches the styling sequences the app itself writes (CSI … m).
var sgr = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// TestHostileArticlesInTheApp opens every article of the hostile-input suite
// in the reader, searches it and lists the skipped files: every frame fits
// and holds no escape sequence but the app's own styling, and no control
// character at all once that is removed.
func TestHostileArticlesInTheApp(t *testing.T) {
	dir := t.TempDir()
	articlestest.WriteHostile(t, dir)
	loaded, err := articles.Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	skipped := loaded.Skipped
	st := store.New(loaded.Articles)
	check := func(d *driver, what string, w, h int) {
		t.Helper()
		checkFits(t, d.m, w, h, what)
		for _, r := range sgr.ReplaceAllString(d.m.View().Content, "") {
			if r != '\n' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)) || articlestest.Hidden(r) {
				t.Fatalf("%s: the frame holds control character %U", what, r)
			}
		}
	}
	sizes := [][2]int{{80, 24}, {160, 50}, {30, 8}}
	if testing.Short() {
		sizes = sizes[:1] // under the race detector; the plain pass has every size
	}
	for _, size := range sizes {
		w, h := size[0], size[1]
		d := newDriver(t, New(st, Options{Skipped: skipped}), w, h)
		check(d, "list", w, h)
		d.keys("!")
		check(d, "skipped files", w, h)
		d.keys("esc")
		for range st.Len() {
			d.keys("enter")
			check(d, "reader", w, h)
			d.keys("G")
			check(d, "reader end", w, h)
			d.keys("esc j")
		}
		d.keys("/").typ("safe headline")
		check(d, "search", w, h)
		d.keys("enter")
		check(d, "reader from search", w, h)
	}
}
