package ui

import (
	"context"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/articles/countries"
	"dateline/store"
	"dateline/store/library"
)

// markView is what the panes show of the marks: read, saved, and the
// unread counts, which change by one article at a time rather than being
// counted again on every frame. The root changes it; the panes only read.
type markView struct {
	set       *library.MarkSet
	unread    int         // of every article
	byCountry []int       // unread, by the country's Ref: no string hashed a mention
	folders   *folderTree // whose unread counts follow; nil outside a run over folders
}

func newMarkView(s *store.Store, set *library.MarkSet) *markView {
	mv := &markView{set: set}
	for _, a := range s.All() {
		if !set.IsRead(a.MarkKey()) {
			mv.count(a, 1)
		}
	}
	return mv
}

// count adds delta to the unread counts of a.
func (mv *markView) count(a *articles.Article, delta int) {
	mv.unread += delta
	for _, c := range a.Countries {
		if int(c.Country) >= len(mv.byCountry) {
			mv.byCountry = slices.Grow(mv.byCountry, int(c.Country)+1-len(mv.byCountry))[:int(c.Country)+1]
		}
		mv.byCountry[c.Country] += delta
	}
}

// unreadIn returns the unread articles that mention the country of code.
func (mv *markView) unreadIn(code string) int {
	if r := int(countries.RefOf(code)); r != 0 && r < len(mv.byCountry) {
		return mv.byCountry[r]
	}
	return 0
}

// countFolders adds delta to the unread counts of a's folders.
func (mv *markView) countFolders(a *articles.Article, delta int) {
	mv.folders.countUnread(a, delta)
}

// mark returns the mark of a; a nil markView (no marks at all) has none.
func (mv *markView) mark(a *articles.Article) library.Mark {
	if mv == nil || a == nil {
		return library.Mark{}
	}
	return mv.set.Get(a.MarkKey())
}

// unreadRow reports whether a's row is drawn as unread.
func (mv *markView) unreadRow(a *articles.Article) bool {
	return mv != nil && !mv.mark(a).Read
}

// change changes a's mark in memory, keeping the counts.
func (mv *markView) change(a *articles.Article, change func(*library.Mark)) {
	was := mv.mark(a).Read
	now := mv.set.Update(a.MarkKey(), change).Read
	switch {
	case was && !now:
		mv.count(a, 1)
		mv.countFolders(a, 1)
	case !was && now:
		mv.count(a, -1)
		mv.countFolders(a, -1)
	}
}

// keptMsg is the result of writing marks to the library.
type keptMsg struct{ err error }

// Reading positions are kept as the reader's anchor (the text at the top
// of the screen), which survives a re-wrap: the paragraph and the rune in
// it, packed in one number.
const positionRuneBits = 24

// keep writes the marks of a in a command, off the event loop.
func (m *Model) keep(a *articles.Article) tea.Cmd {
	if m.marks == nil || a == nil || !m.marks.set.Kept() {
		return nil
	}
	set, key := m.marks.set, a.MarkKey()
	return func() tea.Msg {
		return keptMsg{err: set.Keep(context.Background(), key)}
	}
}

// marked is the article m, s and S act on: the reader's while it has
// focus, else the selection of the list or the search.
func (m *Model) marked() *articles.Article {
	if m.focus == paneReader {
		return m.reader.showing()
	}
	a, _ := m.mainList().current()
	return a
}

// toggleRead marks the article read, or unread.
func (m *Model) toggleRead() tea.Cmd {
	a := m.marked()
	if m.marks == nil || a == nil {
		return nil
	}
	read := !m.marks.mark(a).Read
	m.marks.change(a, func(mk *library.Mark) { mk.Read = read })
	m.notice = "Marked unread."
	if read {
		m.notice = "Marked read."
	}
	return m.keep(a)
}

// toggleSaved saves the article, or unsaves it.
func (m *Model) toggleSaved() tea.Cmd {
	a := m.marked()
	if m.marks == nil || a == nil {
		return nil
	}
	saved := !m.marks.mark(a).Saved
	m.marks.change(a, func(mk *library.Mark) { mk.Saved = saved })
	m.notice = "Unsaved."
	if saved {
		m.notice = "Saved."
	}
	return m.keep(a)
}

// showSaved opens the search on the saved articles.
func (m *Model) showSaved() tea.Cmd {
	cmd := m.apply(startSearch{})
	return tea.Batch(cmd, m.search.setQuery("is:saved"))
}

// keptResult says, once, that marks will not be kept.
func (m *Model) keptResult(msg keptMsg) {
	if msg.err == nil || m.marksWarned {
		return
	}
	m.marksWarned = true
	m.notice = "Marks will not be kept: " + oneLine(msg.err.Error())
}

// trackReading marks an article read when it is opened in the reader
// (enter, [ and ], tab; not the preview beside the list, which has no
// focus), puts the reader where it was left, and keeps the position of
// the article the reader leaves.
func (m *Model) trackReading() tea.Cmd {
	if m.marks == nil {
		return nil
	}
	a := m.reader.showing()
	reading := m.focus == paneReader && a != nil
	var cmd tea.Cmd
	if m.opened != nil && (!reading || a != m.opened) {
		cmd = m.keep(m.opened) // left: its position is written now
		m.opened = nil
	}
	if !reading {
		return cmd
	}
	if a != m.opened {
		m.opened = a
		mk := m.marks.mark(a)
		if mk.Position > 0 && m.reader.terms == nil {
			m.reader.goTo(mk.Position>>positionRuneBits, mk.Position&(1<<positionRuneBits-1))
		}
		if !mk.Read {
			m.marks.change(a, func(mk *library.Mark) { mk.Read = true })
			cmd = tea.Batch(cmd, m.keep(a))
		}
	}
	if pos := m.reader.place(); pos != m.marks.mark(a).Position {
		m.marks.change(a, func(mk *library.Mark) { mk.Position = pos }) // written when the reader leaves it
	}
	return cmd
}

// Selection is the article selected and the country chosen, to open on
// next time (Options.SelectKey, Options.Country).
func (m *Model) Selection() (key, country string) {
	if a, _ := m.mainList().current(); a != nil {
		key = a.MarkKey()
	}
	return key, m.list.country
}

// restoreSelection opens on the country and article of last time, where
// they are still there.
func (m *Model) restoreSelection() {
	if c := strings.ToUpper(m.opts.Country); c != "" && len(m.store.ByCountry(c)) > 0 {
		m.apply(chooseCountry{code: c})
	}
	if m.opts.SelectKey == "" {
		return
	}
	for _, a := range m.list.items {
		if a.MarkKey() == m.opts.SelectKey {
			m.list.selectArticle(a)
			return
		}
	}
}

// unreadLabel is the status line's unread count: " · 3 unread".
func (m *Model) unreadLabel() string {
	if m.marks == nil {
		return ""
	}
	return " · " + commas(m.marks.unread) + " unread"
}
