package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"dateline/ui/timeline"
	"dateline/ui/worldmap"
)

// palette is the app's few semantic colours. Every colour literal of the app
// lives here; nil means the terminal's own colour.
type palette struct {
	dim         color.Color // secondary text: dates, sources, help descriptions
	accent      color.Color // the app's name, headings, the focused border
	border      color.Color // unfocused borders
	selectedBg  color.Color // the selected row
	idleBg      color.Color // the selected row of a pane without focus
	match       color.Color // matched characters
	currentBg   color.Color // the current in-article hit
	currentFg   color.Color
	chipBg      color.Color // a country chip
	chipPrimBg  color.Color // a primary country's chip
	chipPrimFg  color.Color
	warn        color.Color // skipped files
	keyFg       color.Color // keys in the help
	placeholder color.Color
	heat        [3]color.Color // the map's scale, fewest articles to most
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color
	return palette{
		dim:         ld(c("#6E6E73"), c("#8E8E96")),
		accent:      ld(c("#5B3CC4"), c("#A990FF")),
		border:      ld(c("#C6C6CC"), c("#45454D")),
		selectedBg:  ld(c("#E7E1FB"), c("#2F2A48")),
		idleBg:      ld(c("#F0EFF4"), c("#26252C")),
		match:       ld(c("#B4530B"), c("#FFB454")),
		currentBg:   ld(c("#F5A524"), c("#FFB454")),
		currentFg:   c("#1A1A1A"),
		chipBg:      ld(c("#ECECF0"), c("#303036")),
		chipPrimBg:  ld(c("#5B3CC4"), c("#A990FF")),
		chipPrimFg:  ld(c("#FFFFFF"), c("#17171C")),
		warn:        ld(c("#B3261E"), c("#FF7A70")),
		keyFg:       ld(c("#4A4A52"), c("#C8C8D0")),
		placeholder: ld(c("#9A9AA2"), c("#6A6A72")),
		heat: [3]color.Color{
			ld(c("#E3A35C"), c("#8F6A3A")),
			ld(c("#D0661F"), c("#D9822B")),
			ld(c("#A33A0B"), c("#FFB454")),
		},
	}
}

// styles is every style the app draws with, built from one palette for a
// light or dark terminal, or without colour (NO_COLOR), where focus and
// matches are shown with bold, underline and reverse video instead.
type styles struct {
	isDark  bool
	noColor bool

	App struct {
		Name    lipgloss.Style // "dateline" in the header
		Header  lipgloss.Style
		Dim     lipgloss.Style
		Warn    lipgloss.Style
		Message lipgloss.Style // the too-small message
	}
	Pane struct {
		Border        lipgloss.Style
		BorderFocused lipgloss.Style
		Title         lipgloss.Style
		TitleFocused  lipgloss.Style
		Info          lipgloss.Style // counts and scroll position in the frame
	}
	// Row styles the rows of a list, by rowState.
	Row struct {
		Is                         [rowStates]rowStyle
		Empty                      lipgloss.Style // "no articles"
		QueryPrompt, QueryInactive lipgloss.Style
	}
	Reader struct {
		Title       lipgloss.Style
		Meta        lipgloss.Style
		Chip        lipgloss.Style
		ChipPrimary lipgloss.Style
		Heading     lipgloss.Style
		Standfirst  lipgloss.Style // the line under the headline that sums the story up: italic, which needs no colour
		Body        lipgloss.Style
		Match       lipgloss.Style // every hit
		Current     lipgloss.Style // the hit n/N is on
		Status      lipgloss.Style
	}
	Help struct {
		Group lipgloss.Style
		Key   lipgloss.Style
		Desc  lipgloss.Style
	}
	Input     inputStyle
	ShortHelp help.Styles
	Map       worldmap.Styles
	Timeline  timeline.Styles
}

// newStyles builds the styles for a dark or light background; noColor drops
// every colour.
func newStyles(isDark, noColor bool) *styles {
	if noColor {
		return monoStyles(isDark)
	}
	p := newPalette(isDark)
	s := &styles{isDark: isDark}
	n := lipgloss.NewStyle

	s.App.Name = n().Bold(true).Foreground(p.accent)
	s.App.Header = n()
	s.App.Dim = n().Foreground(p.dim)
	s.App.Warn = n().Foreground(p.warn).Bold(true)
	s.App.Message = n().Foreground(p.warn)

	s.Pane.Border = n().Foreground(p.border)
	s.Pane.BorderFocused = n().Foreground(p.accent)
	s.Pane.Title = n().Foreground(p.dim)
	s.Pane.TitleFocused = n().Foreground(p.accent).Bold(true)
	s.Pane.Info = n().Foreground(p.dim)

	for state, bg := range [rowStates]color.Color{rowPlain: nil, rowSelected: p.selectedBg, rowIdle: p.idleBg} {
		n := func() lipgloss.Style {
			if bg == nil {
				return lipgloss.NewStyle()
			}
			return lipgloss.NewStyle().Background(bg)
		}
		s.Row.Is[state] = rowStyle{
			Base:   n(),
			Dim:    n().Foreground(p.dim),
			Title:  n().Bold(rowState(state) == rowSelected),
			Match:  n().Foreground(p.match).Bold(true),
			Marker: n().Foreground(p.accent).Bold(true),
		}
	}
	s.Row.Empty = n().Foreground(p.dim).Italic(true)
	s.Row.QueryPrompt = n().Foreground(p.accent).Bold(true)
	s.Row.QueryInactive = n().Foreground(p.dim)

	s.Reader.Title = n().Bold(true)
	s.Reader.Meta = n().Foreground(p.dim)
	s.Reader.Chip = n().Background(p.chipBg)
	s.Reader.ChipPrimary = n().Background(p.chipPrimBg).Foreground(p.chipPrimFg).Bold(true)
	s.Reader.Heading = n().Foreground(p.accent).Bold(true)
	s.Reader.Standfirst = n().Italic(true)
	s.Reader.Body = n()
	s.Reader.Match = n().Foreground(p.match).Bold(true).Underline(true)
	s.Reader.Current = n().Background(p.currentBg).Foreground(p.currentFg).Bold(true)
	s.Reader.Status = n().Foreground(p.dim)

	s.Help.Group = n().Foreground(p.accent).Bold(true)
	s.Help.Key = n().Foreground(p.keyFg).Bold(true)
	s.Help.Desc = n().Foreground(p.dim)

	s.Input = inputStyle{
		Text:        n(),
		Placeholder: n().Foreground(p.placeholder),
		Cursor:      n().Reverse(true),
	}
	s.Map.Level[0] = n().Foreground(p.border)
	for l, c := range p.heat {
		s.Map.Level[l+1] = n().Foreground(c)
	}
	s.Map.Selected = n().Foreground(p.accent).Bold(true)
	s.Map.Label = n().Background(p.chipPrimBg).Foreground(p.chipPrimFg).Bold(true)
	s.Map.Status = n().Bold(true)
	s.Map.Legend = n().Foreground(p.dim)
	s.Timeline = timeline.Styles{
		Bar:      n().Foreground(p.heat[1]),
		Selected: n().Foreground(p.accent).Bold(true),
		Axis:     n().Foreground(p.border),
		Label:    n().Foreground(p.dim),
		Status:   n().Bold(true),
	}
	s.ShortHelp = help.Styles{
		ShortKey:       n().Foreground(p.keyFg),
		ShortDesc:      n().Foreground(p.dim),
		ShortSeparator: n().Foreground(p.border),
		Ellipsis:       n().Foreground(p.border),
		FullKey:        n().Foreground(p.keyFg),
		FullDesc:       n().Foreground(p.dim),
		FullSeparator:  n().Foreground(p.border),
	}
	return s
}

// rowState is how a row of a list is drawn.
type rowState int

const (
	rowPlain    rowState = iota
	rowSelected          // the selected row of the pane with focus
	rowIdle              // the selected row of a pane without focus
	rowStates
)

// stateOf is the state of a row: selected or not, in a pane with focus or not.
func stateOf(selected, focused bool) rowState {
	switch {
	case !selected:
		return rowPlain
	case focused:
		return rowSelected
	}
	return rowIdle
}

// rowStyle is the styles of one state of row.
type rowStyle struct {
	Base   lipgloss.Style // padding between the parts
	Dim    lipgloss.Style // dates, sources, snippets, counts
	Title  lipgloss.Style
	Match  lipgloss.Style // matched runes
	Marker lipgloss.Style // the chosen country
}

// monoStyles are the styles without colour: reverse video marks the
// selection and the current hit, bold and underline mark matches and focus.
func monoStyles(isDark bool) *styles {
	s := &styles{isDark: isDark, noColor: true}
	n := lipgloss.NewStyle

	s.App.Name = n().Bold(true)
	s.App.Header = n()
	s.App.Dim = n()
	s.App.Warn = n().Bold(true)
	s.App.Message = n().Bold(true)

	s.Pane.Border = n()
	s.Pane.BorderFocused = n().Bold(true)
	s.Pane.Title = n()
	s.Pane.TitleFocused = n().Reverse(true).Bold(true)
	s.Pane.Info = n()

	match := n().Bold(true).Underline(true)
	s.Row.Is[rowPlain] = rowStyle{Base: n(), Dim: n(), Title: n(), Match: match, Marker: n().Bold(true)}
	rev := n().Reverse(true)
	s.Row.Is[rowSelected] = rowStyle{Base: rev, Dim: rev, Title: rev.Bold(true), Match: match.Reverse(true), Marker: rev.Bold(true)}
	s.Row.Is[rowIdle] = rowStyle{Base: n(), Dim: n(), Title: n().Bold(true), Match: match, Marker: n().Bold(true)} // matches are underlined too
	s.Row.Empty = n().Italic(true)
	s.Row.QueryPrompt = n().Bold(true)
	s.Row.QueryInactive = n()

	s.Reader.Title = n().Bold(true)
	s.Reader.Meta = n()
	s.Reader.Chip = n()
	s.Reader.ChipPrimary = n().Bold(true)
	s.Reader.Heading = n().Bold(true).Underline(true)
	s.Reader.Standfirst = n().Italic(true)
	s.Reader.Body = n()
	s.Reader.Match = n().Bold(true).Underline(true)
	s.Reader.Current = n().Reverse(true).Bold(true)
	s.Reader.Status = n()

	s.Help.Group = n().Bold(true).Underline(true)
	s.Help.Key = n().Bold(true)
	s.Help.Desc = n()

	s.Input = inputStyle{Text: n(), Placeholder: n().Faint(true), Cursor: n().Reverse(true)}
	// The map's scale is in the density of its dots, which needs no colour.
	s.Map.Selected = n().Bold(true)
	s.Map.Label = n().Reverse(true)
	s.Map.Status = n().Bold(true)
	s.Timeline = timeline.Styles{Selected: n().Bold(true), Status: n().Bold(true)}
	s.ShortHelp = help.Styles{
		ShortKey: n().Bold(true), ShortDesc: n(), ShortSeparator: n(), Ellipsis: n(),
		FullKey: n().Bold(true), FullDesc: n(), FullSeparator: n(),
	}
	return s
}

// Marks in the rows of a list: unread articles are marked before their
// date, saved ones say so in their second line.
const (
	unreadGlyph = "•"
	savedLabel  = "saved"
)
