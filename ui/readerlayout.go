package ui

import (
	"fmt"
	"iter"
	"math"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/store"
	"dateline/ui/plain"
)

// wrapAtOnce is the size of article (its title and body, in bytes) that is
// wrapped whole when it is opened: at about 100 ns a byte, a few
// milliseconds. A longer one is wrapped a screen at a time as it is read,
// and whole in a tea.Cmd.
const wrapAtOnce = 64 << 10

// readerLayout is an article wrapped to one width, as far as it has been
// needed. The lines of a block are the same however far the layout has
// got, so line numbers stay valid as it grows.
type readerLayout struct {
	art    *articles.Article
	also   []*articles.Article // near-identical copies, listed under the metadata
	textW  int
	blocks []string // the title, then every paragraph, as the article has them
	lines  []readerLine
	first  []int    // first line of each block started, by block
	next   int      // the block being wrapped, or the next to start
	it     *wrapper // wraps block next once started
	done   bool     // every line is laid out
}

func newReaderLayout(a *articles.Article, also []*articles.Article, textW int) *readerLayout {
	l := &readerLayout{art: a, also: also, textW: max(textW, 1)}
	if a == nil {
		l.done = true
		return l
	}
	n := len(a.Body) + 1
	l.blocks, l.first = make([]string, n), make([]int, 0, n)
	l.blocks[0] = a.Title
	for i, p := range a.Body {
		l.blocks[i+1] = p.Text
	}
	return l
}

// maxAlsoLines is how many copies the reader lists under the metadata; the
// rest are counted.
const maxAlsoLines = 5

// alsoLines lists the near-identical copies of an article, one a line cut
// to w: "also in: source · path · title", then "and N more".
func alsoLines(also []*articles.Article, w int) []string {
	var out []string
	for i, a := range also {
		if i == maxAlsoLines {
			out = append(out, cut(fmt.Sprintf("%*s and %d more (o steps through them)", len(alsoPrefix)-1, "", len(also)-i), w))
			break
		}
		where := a.Path
		if where == "" {
			where = a.ID
		}
		var parts []string // what tells copies apart first: the title is much the same
		if a.Source != "" {
			parts = append(parts, oneLine(a.Source))
		}
		parts = append(parts, oneLine(where), oneLine(a.Title))
		lead := alsoPrefix
		if i > 0 {
			lead = strings.Repeat(" ", len(alsoPrefix))
		}
		out = append(out, cut(lead+strings.Join(parts, plain.Sep), w))
	}
	return out
}

// alsoPrefix starts the list of copies.
const alsoPrefix = "also in: "

// articleSize is the bytes of an article's title and body.
func articleSize(a *articles.Article) int {
	if a == nil {
		return 0
	}
	n := len(a.Title)
	for _, p := range a.Body {
		n += len(p.Text)
	}
	return n
}

// numBlocks is the number of blocks: the title and the paragraphs.
func (l *readerLayout) numBlocks() int { return len(l.blocks) }

// block returns block i. It is not yet one line (oneLine): that costs a
// pass over a paragraph that can be the whole article, so each line is
// made one as it is laid out, which keeps the runes where they are.
func (l *readerLayout) block(i int) string { return l.blocks[i] }

func (l *readerLayout) kind(b int) lineKind {
	switch {
	case b == 0:
		return lineTitle
	case l.art.Body[b-1].Kind == articles.KindHeading:
		return lineHeading
	case l.art.Body[b-1].Kind == articles.KindStandfirst:
		return lineStandfirst
	}
	return lineText
}

// extend lays out lines until there are want of them or the article ends.
// The title comes first, then the metadata and the country chips, then
// each paragraph after a blank line.
func (l *readerLayout) extend(want int) {
	for !l.done && len(l.lines) < want {
		if l.it == nil {
			if l.next >= len(l.blocks) {
				l.done = true
				break
			}
			if l.next > 0 {
				l.lines = append(l.lines, readerLine{kind: lineBlank, block: -1})
			}
			l.first = append(l.first, len(l.lines))
			l.it = newFlatWrapper(l.block(l.next), l.textW)
		}
		sp, ok := l.it.next()
		if !ok {
			l.it = nil
			if l.next == 0 {
				for _, text := range metaLines(l.art, l.textW) {
					l.lines = append(l.lines, readerLine{kind: lineMeta, block: -1, text: text})
				}
				for _, text := range alsoLines(l.also, l.textW) {
					l.lines = append(l.lines, readerLine{kind: lineMeta, block: -1, text: text})
				}
				l.lines = append(l.lines, chipLines(l.art, l.textW)...)
			}
			l.next++
			continue
		}
		l.lines = append(l.lines, readerLine{kind: l.kind(l.next), block: l.next, start: sp.start, end: sp.end, text: oneLine(sp.text)})
	}
}

// layAll lays out every line.
func (l *readerLayout) layAll() { l.extend(math.MaxInt) }

// extendPast lays out block b whole.
func (l *readerLayout) extendPast(b int) {
	for !l.done && l.next <= b {
		l.extend(len(l.lines) + 256)
	}
}

// termHits are the hits of a search's terms in every block (the store's
// own matcher), found afresh on each pass (hitList). The terms are matched
// a piece of a block at a time (wordChunks).
func (l *readerLayout) termHits(terms *store.Results) iter.Seq[hit] {
	blocks := l.blocks
	return func(yield func(hit) bool) {
		for b, text := range blocks {
			for runeOff, chunk := range wordChunks(text) {
				for r := range terms.Matches(chunk) {
					if r.End > r.Start && !yield(hit{block: b, start: runeOff + r.Start, end: runeOff + r.End}) {
						return
					}
				}
			}
		}
	}
}

// laidOutMsg is an article wrapped whole in the background, with the hits
// of the search it was opened from.
type laidOutMsg struct {
	lay      *readerLayout
	terms    *store.Results
	termHits hitList
}

func (laidOutMsg) owner() paneID { return paneReader }

// layOut wraps an article whole, and finds the search's terms in it, off
// the UI goroutine: it builds a layout of its own and touches no pane. It
// gives up, returning nil, once stop is set: the reader has moved on.
func layOut(a *articles.Article, also []*articles.Article, textW int, terms *store.Results, stop *atomic.Bool) tea.Cmd {
	return func() tea.Msg {
		l := newReaderLayout(a, also, textW)
		for !l.done {
			if stop.Load() {
				return nil
			}
			l.extend(len(l.lines) + 4096)
		}
		msg := laidOutMsg{lay: l, terms: terms}
		if terms != nil {
			msg.termHits = newHitList(l.termHits(terms), 0)
		}
		return msg
	}
}
