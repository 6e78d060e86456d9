// Package ui is the Bubble Tea app: one root Model over a table of panes
// (countries, article list, search, reader) and a stack of overlays (help,
// skipped files), one key table that decides both what a key does and what
// the help shows, and one set of styles for a light, dark or colourless
// terminal.
//
// # The pane contract
//
// Every pane and every overlay implements pane (pane.go) on a pointer
// receiver: Update returns an intent and a command, View draws exactly the
// size SetSize gave, Bindings lists the keys it acts on in its state now,
// SetFocused and Typing say whether it has focus and whether printable keys
// are text for a query line. Only the root implements tea.Model.
//
// A pane changes only itself. What the user asks of the app (open this
// article, choose this country, go back, close the overlay) it returns as
// an intent, a small struct, and the root carries it out at once in
// Model.apply. The root never writes a pane's fields; it calls methods.
//
// The layout is a list of placements, a pane and its rectangle, one for
// every pane whether drawn or not (so sizes do not change with focus).
// Rendering draws the shown ones left to right, resizing sizes all of
// them, and the mouse goes to the shown one under the pointer, with its
// position made relative to the pane.
//
// Messages with an owner (ownedMsg: the search results, later the results
// of fetching) go to their pane whatever has focus; keys and the rest go to
// the overlay on top, or to the focused pane.
//
// # The key table
//
// keyMap holds every binding; keyMap.rows lists them, each with its help
// group. After every message the root disables them all, enables those the
// top pane or overlay lists in Bindings, and enables each global binding
// whose rule (keyRow.on) holds. key.Matches ignores a disabled binding and
// the help does not show one, so the footer, the full help (which lists
// the bindings enabled where it was opened) and dispatch cannot disagree.
// TestKeyTableWalk proves it for every pane and state.
//
// # Adding things
//
// A key of a pane (m to mark an article read, s to save it): a field in
// the pane's group of keyMap with its default in defaultKeyMap, a row in
// rows without on or do, the binding in the pane's Bindings in the states
// where it acts, a case in the pane's Update that returns an intent (say
// markArticle{a, read}), and a case for that intent in Model.apply, which
// runs the write as a tea.Cmd.
//
// A global key (r to refresh the feeds): a field in globalKeys and a row in
// rows with its rule (on) and what the root does (do).
//
// An overlay (a map, a timeline: M, T): a type that implements pane,
// usually embedding scroller for the frame and scrolling, a global key
// whose do pushes it (Model.push) or closes it when it is on top, as
// Model.toggleHelp does. esc closes it (closeOverlay); an intent it returns,
// such as chooseCountry, is carried out like a pane's.
//
// A pane (Sources): a paneID constant, a type that implements pane, its
// entry in the table in New, and its placement in Model.layout (and in
// Model.ring if tab should reach it). A pane whose rows are articles
// implements articleList too, so that it can stand in the list's place and
// the reader can step through it with [ and ].
//
// # Work off the UI goroutine
//
// Update does no work that grows with an article or the corpus: searches
// run as tea.Cmds and come back as messages, and the reader wraps only the
// lines it draws.
package ui
