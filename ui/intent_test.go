package ui

import (
	"fmt"
	"testing"
)

// TestIntents checks, for each pane and overlay, the intent a key makes it
// return, and then that the root carries the intent out when the same key
// goes through Update.
func TestIntents(t *testing.T) {
	cases := []struct {
		name, setup, text, then, key string
		want                         func(d *driver) intent
		done                         func(d *driver) error
	}{
		{
			name: "list enter opens the article", key: "enter",
			want: func(d *driver) intent { return openArticle{art: d.m.list.items[0]} },
			done: func(d *driver) error {
				return expect(d.m.focus == paneReader && d.m.reader.showing() == d.m.list.items[0], "focus %v", d.m.focus)
			},
		},
		{
			name: "list / starts a search", key: "/",
			want: func(*driver) intent { return startSearch{} },
			done: func(d *driver) error {
				return expect(d.m.main == paneSearch && d.m.focus == paneSearch && d.m.search.Typing(), "main %v, focus %v", d.m.main, d.m.focus)
			},
		},
		{
			name: "list esc shows every country again", setup: "c", text: "china", then: "enter", key: "esc",
			want: func(*driver) intent { return chooseCountry{""} },
			done: func(d *driver) error {
				return expect(d.m.list.country == "" && d.m.countries.chosen == "" && len(d.m.list.items) == 5, "country %q", d.m.list.country)
			},
		},
		{
			name: "countries enter chooses", setup: "c", text: "viet", key: "enter",
			want: func(*driver) intent { return chooseCountry{"VN"} },
			done: func(d *driver) error {
				return expect(d.m.list.country == "VN" && d.m.focus == paneList, "country %q, focus %v", d.m.list.country, d.m.focus)
			},
		},
		{
			name: "countries esc goes back", setup: "enter c", key: "esc",
			want: func(*driver) intent { return goBack{} },
			done: func(d *driver) error { return expect(d.m.focus == paneReader, "focus %v", d.m.focus) },
		},
		{
			name: "reader ] steps", setup: "enter", key: "]",
			want: func(*driver) intent { return stepArticle{1} },
			done: func(d *driver) error {
				return expect(d.m.reader.showing() == d.m.list.items[1] && d.m.list.sel == 1, "list on %d", d.m.list.sel)
			},
		},
		{
			name: "reader [ at the first article says so", setup: "enter", key: "[",
			want: func(*driver) intent { return stepArticle{-1} },
			done: func(d *driver) error {
				return expect(d.m.notice != "" && d.m.reader.showing() == d.m.list.items[0], "notice %q", d.m.notice)
			},
		},
		{
			name: "reader esc goes back", setup: "enter", key: "esc",
			want: func(*driver) intent { return goBack{} },
			done: func(d *driver) error { return expect(d.m.focus == paneList, "focus %v", d.m.focus) },
		},
		{
			name: "search enter opens the hit with its terms", setup: "/", text: "potash", key: "enter",
			want: func(d *driver) intent { return openArticle{art: d.m.search.selected(), terms: d.m.search.results} },
			done: func(d *driver) error {
				return expect(d.m.focus == paneReader && d.m.reader.terms == d.m.search.results, "focus %v", d.m.focus)
			},
		},
		{
			name: "search esc closes it", setup: "/", text: "potash", key: "esc",
			want: func(*driver) intent { return closeSearch{} },
			done: func(d *driver) error {
				return expect(d.m.main == paneList && d.m.focus == paneList, "main %v, focus %v", d.m.main, d.m.focus)
			},
		},
		{
			name: "overlay esc closes it", setup: "?", key: "esc",
			want: func(*driver) intent { return closeOverlay{} },
			done: func(d *driver) error { return expect(len(d.m.overlays) == 0, "%d overlays", len(d.m.overlays)) },
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newTestDriver(t, 80, 24)
			d.keys(c.setup).typ(c.text).keys(c.then)
			want := c.want(d)
			got, _ := d.m.top().Update(press(c.key))
			if got != want {
				t.Fatalf("the pane returned %#v, want %#v", got, want)
			}

			d = newTestDriver(t, 80, 24)
			d.keys(c.setup).typ(c.text).keys(c.then).keys(c.key)
			if err := c.done(d); err != nil {
				t.Errorf("after %s: %v", c.key, err)
			}
		})
	}
}

func expect(ok bool, format string, a ...any) error {
	if ok {
		return nil
	}
	return fmt.Errorf(format, a...)
}
