package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/articles/articlestest"
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

// longArticle is an article of about size bytes of generated wire copy:
// in paragraphs as the generator writes them, or as one paragraph.
func longArticle(size int, onePara bool) *articles.Article {
	a := &articles.Article{ID: "long", Title: "A very long article", Path: "long.txt",
		Date: articles.Date{Year: 2025, Month: 1, Day: 2, Precision: articles.DateFull}}
	var paras []string
	n := 0
	for i := 0; n < size; i++ {
		for _, f := range articlestest.Generate(1 + i%50)[i%50:] {
			for _, p := range strings.Split(string(f.Data), "\n\n") {
				paras = append(paras, strings.ReplaceAll(p, "\n", " "))
				n += len(p) + 1
			}
		}
	}
	if onePara {
		paras = []string{strings.Join(paras, " ")}
	}
	for _, p := range paras {
		a.Body = append(a.Body, articles.Paragraph{Text: p})
	}
	a.Words = n / 6
	a.ReadingMinutes = a.Words / 200
	return a
}

// BenchmarkOpenLongArticle opens an article of 16 MiB, the loader's
// limit, and draws the frame: what the key that opens it costs. Budget:
// 16 ms for Update and View together; the rest of the wrapping runs in a
// tea.Cmd, which this does not run.
func BenchmarkOpenLongArticle(b *testing.B) {
	for _, shape := range []struct {
		name    string
		onePara bool
	}{{"paragraphs", false}, {"one-paragraph", true}} {
		a := longArticle(16<<20, shape.onePara)
		st := store.New([]*articles.Article{a})
		for _, w := range []int{80, 160} {
			b.Run(fmt.Sprintf("%s/%d", shape.name, w), func(b *testing.B) {
				m := New(st, Options{})
				m.Update(tea.WindowSizeMsg{Width: w, Height: 50})
				b.ReportAllocs()
				for b.Loop() {
					m.Update(press("enter"))
					_ = m.View()
					m.Update(press("esc"))
				}
			})
		}
	}
}

// BenchmarkPreviewLongArticles moves the selection between two 16 MiB
// articles at 160 columns, where the reader previews each: a key and its
// frame. Budget: 16 ms.
func BenchmarkPreviewLongArticles(b *testing.B) {
	x, y := longArticle(16<<20, false), longArticle(16<<20, true)
	y.ID = "long-2"
	m := New(store.New([]*articles.Article{x, y}), Options{})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
	b.ReportAllocs()
	for b.Loop() {
		m.Update(press("j"))
		_ = m.View()
		m.Update(press("k"))
		_ = m.View()
	}
}

// BenchmarkQueryLine draws a query line holding 10, 1,000 and 10,000
// characters, the cursor at the end and in the middle: the cost must not
// grow with the length. (A line holds at most maxQuery runes; the 10,000
// are set directly, to show the drawing alone.)
func BenchmarkQueryLine(b *testing.B) {
	km, st := defaultKeyMap(), newStyles(true, false)
	for _, n := range []int{10, 1_000, 10_000} {
		for _, at := range []string{"end", "middle"} {
			b.Run(fmt.Sprintf("%d/%s", n, at), func(b *testing.B) {
				q := newQueryInput(km, st, "")
				q.SetWidth(74)
				q.Focus()
				q.value = []rune(strings.Repeat("korea trade ", n/12+1))[:n]
				q.pos = n
				if at == "middle" {
					q.pos = n / 2
				}
				b.ReportAllocs()
				for b.Loop() {
					_ = q.View()
				}
			})
		}
	}
}

// BenchmarkSearchFrameLongQuery draws the whole app with a query of 10 and
// of 1,000 characters (the most a query line holds) in the search line.
func BenchmarkSearchFrameLongQuery(b *testing.B) {
	st := bigStore(b, 1000)
	for _, n := range []int{10, maxQuery} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := newDriver(b, New(st, Options{}), 120, 40)
			d.keys("/").send(tea.PasteMsg{Content: strings.Repeat("korea trade ", n/12+1)[:n]})
			b.ReportAllocs()
			for b.Loop() {
				_ = d.m.View()
			}
		})
	}
}
