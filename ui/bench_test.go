package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/store"
)

// BenchmarkFirstFrame is the app's start on the bundled corpus, from the
// embedded files to the first frame: parse, index, New, the first size and
// the first View. Budget: 50 ms.
func BenchmarkFirstFrame(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		arts, err := articles.Bundled()
		if err != nil {
			b.Fatal(err)
		}
		m, _ := New(store.New(arts), Options{}).Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}

// BenchmarkView draws a frame of the list and of the search results at two
// corpus sizes; the cost must not grow with the corpus.
func BenchmarkView(b *testing.B) {
	for _, n := range []int{100, 100_000} {
		st := bigStore(b, n)
		for _, state := range []struct{ name, keys, text string }{
			{"list", "", ""},
			{"search", "/", "belarus"},
			{"reader", "enter", ""},
		} {
			b.Run(fmt.Sprintf("%s/%d", state.name, n), func(b *testing.B) {
				d := newDriver(b, New(st, Options{}), 160, 50)
				d.keys(state.keys).typ(state.text)
				b.ReportAllocs()
				for b.Loop() {
					_ = d.m.View()
				}
			})
		}
	}
}
