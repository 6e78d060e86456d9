package ui

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/articles/fold"
	"dateline/store"
	"dateline/ui/plain"
)

// readerWidth is the widest the text column gets: long lines are hard to read.
const readerWidth = 80

// lineKind says what a line of the reader shows, and so how it is styled.
type lineKind int

const (
	lineBlank lineKind = iota
	lineTitle
	lineMeta
	lineChips
	lineHeading
	lineStandfirst
	lineText
)

// readerLine is one wrapped line. Lines of the title and the paragraphs
// point back into their block, in runes, so that hits (which are ranges of
// a block) can be drawn on the lines they cross.
type readerLine struct {
	kind       lineKind
	block      int // index into readerPane.blocks; -1 for meta, chips and blank lines
	start, end int // runes of the block on this line
	text       string
	chips      []chipSpan
}

// chipSpan is one country chip on a chips line, in runes of the line.
type chipSpan struct {
	start, end int
	primary    bool
}

// hit is one match in the article: runes [start, end) of a block.
type hit struct{ block, start, end int }

// foldedBlock is a block folded for the in-article search, with the rune
// offset in the original block of every folded rune: orig is nil where
// that is the folded rune's own index (no combining mark was dropped), as
// in most text, which halves what a long article costs.
type foldedBlock struct {
	runes []rune
	orig  []int32
	n     int // runes in the original block
}

// origOf is the rune offset in the original block of folded rune i.
func (fb *foldedBlock) origOf(i int) int {
	if fb.orig == nil {
		return i
	}
	return int(fb.orig[i])
}

// readerPane shows one article. It wraps the text itself rather than using
// the bubbles viewport: the viewport keeps its current highlight private,
// and the n/N counter needs it.
type readerPane struct {
	keys *keyMap
	st   *styles

	art   *articles.Article
	terms *store.Results // the search the article was opened from, if any
	// family is the search hit's row the article belongs to, the hit
	// first and then its near-identical copies, when it has copies.
	family []*articles.Article
	*readerLayout
	folded []foldedBlock // blocks folded, built on the first find
	// working says a layOut for the layout is running, which stop stops;
	// toEnd, that G was pressed before it was done.
	working, toEnd bool
	stop           *atomic.Bool

	top        int // first line on screen
	w, h       int
	textW, pad int // the text column's width and left margin

	hitList
	label string
	// before is what the find line found on, for esc to put back.
	before struct {
		hitList
		label string
		top   int
	}

	find    queryInput
	focused bool
}

func newReaderPane(km *keyMap, st *styles) *readerPane {
	in := newQueryInput(km, st, "find in article")
	return &readerPane{keys: km, st: st, find: in, readerLayout: newReaderLayout(nil, nil, 1)}
}

// SetStyles hands new styles to the pane and its find line.
func (p *readerPane) SetStyles(st *styles) {
	p.st = st
	p.find.st = st
}

// Typing reports whether the find line has focus.
func (p *readerPane) Typing() bool { return p.find.Focused() }

// SetFocused says whether the pane has focus; an open find line closes
// with it, keeping its hits.
func (p *readerPane) SetFocused(f bool) {
	p.focused = f
	if !f && p.Typing() {
		p.find.Blur()
	}
}

// showing is the article shown, or nil.
func (p *readerPane) showing() *articles.Article { return p.art }

// open shows an article from the top. When it was opened from a search, the
// search's terms are marked and the first hit in the body is brought into
// view. A long article is wrapped a screen at a time (see wrapAtOnce).
func (p *readerPane) open(a *articles.Article, terms *store.Results) {
	p.art, p.terms = a, terms
	p.family = rowOf(a, terms)
	p.find.Reset()
	p.find.Blur()
	p.hitList, p.label = hitList{}, ""
	p.folded = nil
	p.top, p.toEnd = 0, false
	p.layout()
	if articleSize(a) <= wrapAtOnce && terms != nil {
		p.markTerms(newHitList(p.termHits(terms), 0))
	}
}

// rowOf returns the row of the search's hits that a is, or is a copy in:
// its hit first, then its copies; nil when a has no copies.
func rowOf(a *articles.Article, terms *store.Results) []*articles.Article {
	if a == nil || terms == nil {
		return nil
	}
	for _, h := range terms.Hits {
		if len(h.Copies) > 0 && (h.Article == a || slices.Contains(h.Copies, a)) {
			return append([]*articles.Article{h.Article}, h.Copies...)
		}
	}
	return nil
}

// others are the copies of the shown article that the search folded with
// it, itself left out.
func (p *readerPane) others() []*articles.Article {
	var out []*articles.Article
	for _, a := range p.family {
		if a != p.art {
			out = append(out, a)
		}
	}
	return out
}

// nextCopy is the copy after the shown one in its row, round to the first.
func (p *readerPane) nextCopy() *articles.Article {
	i := slices.Index(p.family, p.art)
	if i < 0 || len(p.family) < 2 {
		return nil
	}
	return p.family[(i+1)%len(p.family)]
}

// markTerms marks the hits of the search terms and puts n/N on the first
// hit in the body, brought into view: the title shows anyway.
func (p *readerPane) markTerms(hits hitList) {
	p.hitList, p.label = hits, ""
	if len(p.hits) == 0 {
		return
	}
	p.label = "search: " + strings.TrimSpace(p.terms.Query)
	for i, h := range p.hits {
		if h.block > 0 {
			p.cur = i
			break
		}
	}
	if p.hits[p.cur].block > 0 {
		p.showLine(p.lineOf(p.hits[p.cur]))
		if p.top == 0 { // the title's hits are on screen too: count from the first
			p.cur = 0
		}
	}
}

// work wraps the article whole in the background while only part of it
// is laid out.
func (p *readerPane) work() tea.Cmd {
	if p.done || p.working {
		return nil
	}
	p.working, p.stop = true, new(atomic.Bool)
	terms := p.terms
	if articleSize(p.art) <= wrapAtOnce {
		terms = nil // marked at once
	}
	return layOut(p.art, p.others(), p.textW, terms, p.stop)
}

// takeLayout adopts a layout made in the background, if it is still the
// article and width shown. The lines it had are the same in it.
func (p *readerPane) takeLayout(msg laidOutMsg) {
	l := msg.lay
	if l.art != p.art || l.textW != p.textW || p.done {
		return
	}
	p.readerLayout, p.working, p.stop = l, false, nil
	if msg.terms != nil && msg.terms == p.terms && p.label == "" && !p.Typing() {
		top := p.top
		p.markTerms(msg.termHits)
		if top != 0 { // the reader has moved on: leave it where it is
			p.top = top
		}
	}
	if p.toEnd {
		p.top, p.toEnd = len(p.lines), false
	}
	p.clampTop()
}

// SetSize sets the pane's size, frame included, and wraps the text again,
// keeping the line at the top in view.
func (p *readerPane) SetSize(w, h int) {
	if w == p.w && h == p.h {
		return
	}
	anchor, ok := p.anchor()
	p.w, p.h = w, h
	p.find.SetWidth(max(w-20, 1))
	p.layout()
	if ok {
		p.top = p.lineOf(anchor)
	}
	p.clampTop()
}

// anchor is the text at the top of the screen, to find again after a
// re-wrap.
func (p *readerPane) anchor() (hit, bool) {
	if p.top == 0 {
		return hit{}, false
	}
	for i := p.top; i < len(p.lines); i++ {
		if l := p.lines[i]; l.block >= 0 {
			return hit{block: l.block, start: l.start, end: l.start + 1}, true
		}
	}
	return hit{}, false
}

// place is where the reader is in the article, to open it there again:
// the anchor's paragraph and rune, packed (positionRuneBits); 0 at the top.
func (p *readerPane) place() int {
	a, ok := p.anchor()
	if !ok {
		return 0
	}
	return a.block<<positionRuneBits | min(a.start, 1<<positionRuneBits-1)
}

// goTo scrolls to rune start of block, as place left it.
func (p *readerPane) goTo(block, start int) {
	p.top = p.lineOf(hit{block: block, start: start, end: start + 1})
	p.clampTop()
}

// bodyHeight is the number of text lines on screen: the frame and the
// status line take the rest.
func (p *readerPane) bodyHeight() int { return max(p.h-3, 1) }

// layout wraps the article to the pane's width: all of it when it is
// short, a screen of it when it is long.
func (p *readerPane) layout() {
	inner := max(p.w-2, 1)
	p.textW = max(min(readerWidth, inner-2), 1)
	p.pad = min(max((inner-p.textW)/2, 1), max(inner-p.textW, 0))
	if p.stop != nil {
		p.stop.Store(true)
	}
	p.readerLayout, p.working, p.stop = newReaderLayout(p.art, p.others(), p.textW), false, nil
	if articleSize(p.art) <= wrapAtOnce {
		p.layAll()
	} else {
		p.extend(p.top + 2*p.bodyHeight())
	}
}

// metaLines lays the metadata out in lines of width w, breaking between
// its parts where it can, so that no line ends with a separator.
func metaLines(a *articles.Article, w int) []string {
	var lines []string
	cur := ""
	for _, part := range strings.Split(metaLine(a), " · ") {
		part = oneLine(part)
		switch {
		case cur == "":
			cur = part
		case ansi.StringWidth(cur)+3+ansi.StringWidth(part) <= w:
			cur += " · " + part
		default:
			lines, cur = append(lines, cur), part
		}
	}
	lines = append(lines, cur)
	out := make([]string, 0, len(lines))
	for i, l := range lines { // a part wider than w is wrapped on its own; a path is cut on the left, not broken
		if i == len(lines)-1 && (a.Path != "" && l == oneLine(a.Path)) {
			out = append(out, cutPath(l, w))
			continue
		}
		for _, s := range wrapSpans(l, w) {
			out = append(out, s.text)
		}
	}
	return out
}

// metaLine is "2025-07-04 · author · source · dateline · 3 min read · file".
func metaLine(a *articles.Article) string {
	where := a.Path
	if where == "" {
		where = a.ID
	}
	return strings.Join(append(plain.Meta(a), where), plain.Sep)
}

// chipLines lays the article's countries out as chips, as many to a line as
// fit.
func chipLines(a *articles.Article, w int) []readerLine {
	var out []readerLine
	var cur readerLine
	curW, curRunes := 0, 0
	for _, m := range a.Countries {
		flag := m.Flag()
		if ansi.StringWidth(flag) != 2 {
			flag = m.Code()
		}
		chip := cut(" "+oneLine(flag+" "+m.Name())+" ", w)
		cw := ansi.StringWidth(chip)
		if curW > 0 && curW+1+cw > w {
			out = append(out, cur)
			cur, curW, curRunes = readerLine{}, 0, 0
		}
		if curW > 0 {
			cur.text += " "
			curW++
			curRunes++
		}
		n := runeLen(chip)
		cur.chips = append(cur.chips, chipSpan{start: curRunes, end: curRunes + n, primary: m.Primary})
		cur.text += chip
		curW += cw
		curRunes += n
	}
	if curW > 0 {
		out = append(out, cur)
	}
	for i := range out {
		out[i].kind, out[i].block = lineChips, -1
	}
	return out
}

// lineOf returns the line a hit starts on.
func (p *readerPane) lineOf(h hit) int {
	if h.block >= 0 {
		p.extendPast(h.block)
	}
	if h.block < 0 || h.block >= len(p.first) {
		return 0
	}
	from := p.first[h.block]
	to := len(p.lines)
	if h.block+1 < len(p.first) {
		to = p.first[h.block+1]
	}
	i := sort.Search(to-from, func(i int) bool {
		l := p.lines[from+i]
		return l.block != h.block || l.end > h.start
	})
	return min(from+i, max(len(p.lines)-1, 0))
}

// showLine scrolls so that line is on screen, a third of the way down if the
// screen has to move.
func (p *readerPane) showLine(line int) {
	if line < p.top || line >= p.top+p.bodyHeight() {
		p.top = line - p.bodyHeight()/3
	}
	p.clampTop()
}

// clampTop keeps the screen inside the article, laying out the lines it
// shows.
func (p *readerPane) clampTop() {
	p.extend(p.top + p.bodyHeight())
	p.top = min(max(p.top, 0), max(len(p.lines)-p.bodyHeight(), 0))
}

func (p *readerPane) scrollBy(n int) {
	p.top, p.toEnd = p.top+n, false
	p.clampTop()
}

// findHits runs the in-article search: a plain substring search, folded
// for case and diacritics, over the title and every paragraph. It holds at
// most maxHits of them (hitList).
func (p *readerPane) findHits(query string) hitList {
	var q []rune
	for _, r := range query {
		if f := fold.Rune(r); f != fold.Drop {
			q = append(q, f)
		}
	}
	if strings.TrimSpace(string(q)) == "" {
		return hitList{}
	}
	if p.folded == nil {
		p.folded = make([]foldedBlock, p.numBlocks())
		for i := range p.folded {
			p.folded[i] = foldBlock(p.block(i))
		}
	}
	folded := p.folded
	return newHitList(func(yield func(hit) bool) {
		for b := range folded {
			fb := &folded[b]
			for i := 0; i+len(q) <= len(fb.runes); {
				if fb.runes[i] != q[0] || !runesHavePrefix(fb.runes[i:], q) {
					i++
					continue
				}
				end := fb.n
				if i+len(q) < len(fb.runes) {
					end = fb.origOf(i + len(q))
				}
				if !yield(hit{block: b, start: fb.origOf(i), end: end}) {
					return
				}
				i += len(q)
			}
		}
	}, 0)
}

func foldBlock(s string) foldedBlock {
	fb := foldedBlock{runes: make([]rune, 0, utf8.RuneCountInString(s))}
	runeOff := 0
	for _, r := range s {
		if f := fold.Rune(r); f != fold.Drop {
			if fb.orig != nil {
				fb.orig = append(fb.orig, int32(runeOff))
			}
			fb.runes = append(fb.runes, f)
		} else if fb.orig == nil { // the first dropped rune: from here the offsets part
			fb.orig = make([]int32, len(fb.runes), cap(fb.runes))
			for i := range fb.orig {
				fb.orig[i] = int32(i)
			}
		}
		runeOff++
	}
	fb.n = runeOff
	return fb
}

func runesHavePrefix(s, prefix []rune) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i, r := range prefix {
		if s[i] != r {
			return false
		}
	}
	return true
}

// startFind opens the find line.
func (p *readerPane) startFind() tea.Cmd {
	p.before.hitList, p.before.label, p.before.top = p.hitList, p.label, p.top
	p.find.Reset()
	return p.find.Focus()
}

// cancelFind closes the find line and puts back the hits and the place
// the reader had before it opened.
func (p *readerPane) cancelFind() {
	p.find.Reset()
	p.find.Blur()
	p.hitList, p.label, p.top = p.before.hitList, p.before.label, p.before.top
	p.clampTop()
}

// applyFind marks the hits of the query on the find line and shows the
// first.
func (p *readerPane) applyFind() {
	q := p.find.Value()
	p.hitList, p.label = p.findHits(q), "/"+q
	if len(p.hits) > 0 {
		p.showLine(p.lineOf(p.hits[0]))
	}
}

// jump moves to the next (+1) or previous (-1) hit, round the end.
func (p *readerPane) jump(dir int) {
	if len(p.hits) == 0 {
		return
	}
	p.hitList.move(dir)
	p.showLine(p.lineOf(p.hits[p.cur]))
}

// counter is "3/14", or "" without hits.
func (p *readerPane) counter() string {
	if len(p.hits) == 0 {
		return ""
	}
	return commas(p.base+p.cur+1) + "/" + commas(p.total)
}

// Bindings are the keys the reader acts on.
func (p *readerPane) Bindings() []*key.Binding {
	r := &p.keys.Reader
	if p.Typing() {
		return append([]*key.Binding{&r.FindAccept, &r.FindCancel}, p.keys.editBindings()...)
	}
	if p.art == nil {
		return []*key.Binding{&r.Back}
	}
	var b []*key.Binding
	if len(p.hits) > 0 {
		b = append(b, &r.NextHit, &r.PrevHit)
	}
	b = append(b, &r.PrevArticle, &r.NextArticle)
	if len(p.family) > 1 {
		b = append(b, &r.NextCopy)
	}
	b = append(b, &r.Back, &r.Find, &r.PageDown, &r.PageUp)
	return append(b, p.keys.moveBindings()...)
}

// Update scrolls, finds and moves between hits, and asks for the previous
// or next article or to go back.
func (p *readerPane) Update(msg tea.Msg) (intent, tea.Cmd) {
	switch msg := msg.(type) {
	case laidOutMsg:
		p.takeLayout(msg)
		return nil, nil
	case tea.MouseWheelMsg:
		p.scrollBy(3 * wheelDelta(msg))
		return nil, nil
	case tea.KeyPressMsg:
		m, r, page := &p.keys.Move, &p.keys.Reader, p.bodyHeight()
		switch {
		case key.Matches(msg, r.FindAccept):
			p.find.Blur()
			if p.find.Value() == "" {
				p.cancelFind()
			}
			return nil, nil
		case key.Matches(msg, r.FindCancel):
			p.cancelFind()
			return nil, nil
		case key.Matches(msg, r.Find):
			return nil, p.startFind()
		case key.Matches(msg, r.NextHit):
			p.jump(1)
		case key.Matches(msg, r.PrevHit):
			p.jump(-1)
		case key.Matches(msg, r.PrevArticle):
			return stepArticle{-1}, nil
		case key.Matches(msg, r.NextArticle):
			return stepArticle{1}, nil
		case key.Matches(msg, r.NextCopy):
			if c := p.nextCopy(); c != nil {
				return openArticle{art: c, terms: p.terms}, nil
			}
		case key.Matches(msg, r.Back):
			return goBack{}, nil
		case key.Matches(msg, m.Up, m.VimUp):
			p.scrollBy(-1)
		case key.Matches(msg, m.Down, m.VimDown):
			p.scrollBy(1)
		case key.Matches(msg, m.Top):
			p.top, p.toEnd = 0, false
		case key.Matches(msg, m.Bottom):
			p.top, p.toEnd = len(p.lines), !p.done // the rest when it is laid out
			p.clampTop()
		case key.Matches(msg, m.PageUp, r.PageUp):
			p.scrollBy(-max(page-1, 1))
		case key.Matches(msg, m.PageDown, r.PageDown):
			p.scrollBy(max(page-1, 1))
		case key.Matches(msg, m.HalfPageUp):
			p.scrollBy(-max(page/2, 1))
		case key.Matches(msg, m.HalfPageDown):
			p.scrollBy(max(page/2, 1))
		default:
			return nil, p.edit(msg)
		}
		return nil, nil
	}
	return nil, p.edit(msg)
}

// edit hands a key or a paste to the find line, while it has focus.
func (p *readerPane) edit(msg tea.Msg) tea.Cmd {
	if !p.Typing() {
		return nil
	}
	before := p.find.Value()
	var cmd tea.Cmd
	p.find, cmd = p.find.Update(msg)
	if p.find.Value() != before {
		p.applyFind()
	}
	return cmd
}

// View draws the pane.
func (p *readerPane) View() []string {
	inner := p.w - 2
	body := make([]string, 0, p.h)
	if p.art == nil {
		body = append(body, " "+p.st.Row.Empty.Render(cut("No article.", inner-1)))
		return frame(p.st, "Reader", "", body, p.w, p.h, p.focused)
	}
	margin := strings.Repeat(" ", p.pad)
	p.extend(p.top + p.bodyHeight())
	end := min(p.top+p.bodyHeight(), len(p.lines))
	for i := p.top; i < end; i++ {
		body = append(body, margin+p.renderLine(p.lines[i]))
	}
	for len(body) < p.bodyHeight() {
		body = append(body, "")
	}
	body = append(body, p.status(inner))
	return frame(p.st, "Reader", p.position(), body, p.w, p.h, p.focused)
}

// renderLine styles one line, with its hits marked.
func (p *readerPane) renderLine(l readerLine) string {
	rs := p.st.Reader
	switch l.kind {
	case lineBlank:
		return ""
	case lineMeta:
		return rs.Meta.Render(cut(l.text, p.textW))
	case lineChips:
		marks := make([]mark, len(l.chips))
		for i, c := range l.chips {
			style := rs.Chip
			if c.primary {
				style = rs.ChipPrimary
			}
			marks[i] = mark{start: c.start, end: c.end, style: style}
		}
		return paint(l.text, rs.Body, marks)
	}
	base := rs.Body
	switch l.kind {
	case lineTitle:
		base = rs.Title
	case lineHeading:
		base = rs.Heading
	case lineStandfirst:
		base = rs.Standfirst
	}
	// The hits on this line: those of its block that end after it starts.
	i := sort.Search(len(p.hits), func(i int) bool {
		h := p.hits[i]
		return h.block > l.block || (h.block == l.block && h.end > l.start)
	})
	var marks []mark
	for ; i < len(p.hits); i++ {
		h := p.hits[i]
		if h.block != l.block || h.start >= l.end {
			break
		}
		style := rs.Match
		if i == p.cur {
			style = rs.Current
		}
		marks = append(marks, mark{start: max(h.start, l.start) - l.start, end: min(h.end, l.end) - l.start, style: style})
	}
	return paint(l.text, base, marks)
}

// status is the line under the text: the find line while typing, else the
// hits and where n/N stands.
func (p *readerPane) status(w int) string {
	rs := p.st.Reader
	if p.Typing() {
		right := ""
		switch {
		case p.find.Value() == "": // the hits of before are not this find's
		case len(p.hits) > 0:
			right = "  " + p.counter()
		default:
			right = "  no hits"
		}
		if p.find.cut {
			right += "  cut at " + commas(maxQuery)
		}
		prompt := p.st.Row.QueryPrompt.Render(" / ")
		room := max(w-3-ansi.StringWidth(right), 0)
		return prompt + ansi.Truncate(p.find.View(), room, "") + rs.Status.Render(right)
	}
	switch {
	case len(p.hits) > 0:
		return rs.Status.Render(cut(" "+oneLine(p.label)+"  "+p.counter(), w))
	case p.label != "" && strings.HasPrefix(p.label, "/"):
		return rs.Status.Render(cut(" "+oneLine(p.label)+"  no hits", w))
	}
	return ""
}

// position says where the screen is in the article: "top", "42%", "end".
func (p *readerPane) position() string {
	if !p.done {
		return "wrapping…"
	}
	maxTop := len(p.lines) - p.bodyHeight()
	switch {
	case maxTop <= 0:
		return "all"
	case p.top == 0:
		return "top"
	case p.top >= maxTop:
		return "end"
	}
	// How far the bottom of the screen has got, as a pager counts: it
	// moves from the first page on, where the top's share would stay at 0%
	// for pages of a long article.
	return strconv.Itoa(min((p.top+p.bodyHeight())*100/len(p.lines), 99)) + "%"
}
