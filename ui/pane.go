package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/store"
)

// pane is the contract of every pane and every overlay. The root holds
// panes in a table (Model.panes) and overlays in a stack, and does the same
// to each: sizes it, hands it its messages, asks for its keys and draws it.
type pane interface {
	// Update handles a message. A pane changes only itself; what the user
	// asked of the app it returns as an intent, which the root carries out
	// at once. Mouse positions arrive relative to the pane's top left.
	Update(msg tea.Msg) (intent, tea.Cmd)
	// View draws the pane as exactly its height of lines, each exactly its
	// width.
	View() []string
	SetSize(w, h int)
	// Bindings are the keys the pane acts on in its state now, most
	// important first. The root enables these and no other of the pane's,
	// so the pane must list every key it matches.
	Bindings() []*key.Binding
	SetFocused(focused bool)
	// Typing reports whether printable keys are text for a query line,
	// which switches off the global keys that are printable.
	Typing() bool
	SetStyles(st *styles)
}

// paneID names a pane of the table.
type paneID int

const (
	paneCountries paneID = iota
	paneList
	paneSearch
	paneReader
	paneSources
	paneCount
)

// String names the pane.
func (p paneID) String() string {
	switch p {
	case paneCountries:
		return "countries"
	case paneList:
		return "list"
	case paneSearch:
		return "search"
	case paneReader:
		return "reader"
	case paneSources:
		return "sources"
	}
	return "unknown"
}

// articleList is a pane whose rows are articles, which can stand in the
// main place (the list, the search) and which the reader steps through
// with [ and ].
type articleList interface {
	pane
	// current is the selected article and the search whose terms the
	// reader marks in it (nil outside a search).
	current() (*articles.Article, *store.Results)
	// selectArticle selects a if the pane shows it.
	selectArticle(a *articles.Article) bool
	// step moves the selection by delta; ok is false at either end.
	step(delta int) (a *articles.Article, ok bool)
}

// worker is a pane with work to run off the UI goroutine (wrapping a long
// article): after every message the root starts the command work returns.
// The command builds its result from values it was given and touches no
// pane; the result comes back as an ownedMsg.
type worker interface {
	work() tea.Cmd
}

// ownedMsg is a message with an owner: an asynchronous result, which goes
// to its pane whatever has focus.
type ownedMsg interface {
	owner() paneID
}

// An intent is what a pane or an overlay asks of the app. The root
// carries it out in Model.apply.
type intent interface{ isIntent() }

type (
	// openArticle shows an article in the reader, with the terms of the
	// search it came from marked.
	openArticle struct {
		art   *articles.Article
		terms *store.Results
	}
	// chooseCountry filters the list and scopes the search ("" for all).
	chooseCountry struct{ code string }
	// startSearch puts the search pane in the list's place.
	startSearch struct{}
	// closeSearch puts the list back, on the article the search was on.
	closeSearch struct{}
	// goBack leaves the pane for the one it was reached from.
	goBack struct{}
	// stepArticle opens the previous (-1) or next (+1) article of the
	// main list in the reader.
	stepArticle struct{ dir int }
	// focusCountries moves to the countries pane, remembering where from.
	focusCountries struct{}
	// chooseSource narrows the list and the search to a feed's articles,
	// as src: does, or a folder's, as in: does (the zero pick for all).
	chooseSource struct{ pick sourcePick }
	// closeOverlay closes the overlay on top.
	closeOverlay struct{}
	// notice says something in the footer until the next key.
	notice struct{ text string }
)

func (openArticle) isIntent()    {}
func (chooseCountry) isIntent()  {}
func (startSearch) isIntent()    {}
func (closeSearch) isIntent()    {}
func (goBack) isIntent()         {}
func (stepArticle) isIntent()    {}
func (focusCountries) isIntent() {}
func (chooseSource) isIntent()   {}
func (closeOverlay) isIntent()   {}
func (notice) isIntent()         {}

// rect is a place on the screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// placement is where a pane goes. Every pane has a place whether it is
// drawn or not, so that sizes do not change with focus.
type placement struct {
	id    paneID
	r     rect
	shown bool
}

// relative moves a mouse message to a pane's coordinates.
func relative(msg tea.Msg, r rect) tea.Msg {
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		msg.X, msg.Y = msg.X-r.x, msg.Y-r.y
		return msg
	case tea.MouseWheelMsg:
		msg.X, msg.Y = msg.X-r.x, msg.Y-r.y
		return msg
	}
	return msg
}
