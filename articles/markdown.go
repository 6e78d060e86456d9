package articles

import (
	"strings"
)

// Markdown, and the plain-text habits it grew from, read as prose: a
// Markdown file is a common way to save an article, and its markup is not
// text a reader should see.
var (
	mdHeading  = lazyRegexp(`^(#{1,6})\s+(.*?)(?:\s+#+)?$`)
	mdSetext   = lazyRegexp(`^(?:=+|-+)$`)
	mdRule     = lazyRegexp(`^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	mdBullet   = lazyRegexp(`^[-*+•]\s+(\S.*)$`)
	mdNumbered = lazyRegexp(`^\d{1,3}[.)]\s+\S`)
	mdRefDef   = lazyRegexp(`^\[[^\[\]]+\]:\s*<?(?:https?://|www\.|/|#)\S*>?(?:\s+"[^"]*")?$`)
	mdImage    = lazyRegexp(`!\[([^\[\]]*)\]\([^()]*\)`)
	mdLink     = lazyRegexp(`\[([^\[\]]+)\]\([^()\s]+(?:\s+"[^"]*")?\)`)
	mdAutolink = lazyRegexp(`<((?:https?|mailto):[^<>\s]+)>`)
	// Emphasis with underscores only around words with a space between
	// them: in one word they are a name (snake_case, __init__, _count_).
	mdUnderscore = lazyRegexp(`(^|[\s(\[“"‘'])__?([^_\s][^_]*\s[^_]*[^_\s])__?($|[\s)\].,;:!?”"’'])`)
	mdStrong     = lazyRegexp(`(^|[\s(\[“"‘'])\*\*([^*\s](?:[^*]*[^*\s])?)\*\*($|[\s)\].,;:!?”"’'])`)
	mdEmphasis   = lazyRegexp(`(^|[\s(\[“"‘'])\*([^*\s](?:[^*]*[^*\s])?)\*($|[\s)\].,;:!?”"’'])`)
	mdStrike     = lazyRegexp(`~~([^~]+)~~`)
	mdCode       = lazyRegexp("`([^`]+)`")
	mdRefLink    = lazyRegexp(`\[([^\[\]]+)\]\[([^\[\]]*)\]`)
	mdShortRef   = lazyRegexp(`\[([^\[\]]+)\]`)
	mdTag        = lazyRegexp(`<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>`)
	mdFence      = lazyRegexp("(?m)^[ \t]{0,3}(```+|~~~+)[^\n]*\n((?s:.*?))^[ \t]{0,3}(```+|~~~+)[ \t]*$")
	mdTableRule  = lazyRegexp(`^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$`)
)

// Lines that stand for blocks no line rule may read start with a mark
// that sanitised text never holds: preformatted text (its line breaks kept
// as lineBreakMark) and the rows of a table.
const (
	preMark       = "\x00"
	lineBreakMark = "\x01"
	rowMark       = "\x02"
)

// fencePre turns each fenced code block of a Markdown text into one line
// of preformatted text, so that line rules leave it alone and its
// indentation survives the trimming of lines.
func fencePre(text string) string {
	if !strings.Contains(text, "```") && !strings.Contains(text, "~~~") {
		return text
	}
	return mdFence.re().ReplaceAllStringFunc(text, func(block string) string {
		m := mdFence.re().FindStringSubmatch(block)
		if m == nil || m[1][0] != m[3][0] {
			return block
		}
		code := strings.TrimRight(m[2], "\n")
		return preMark + strings.ReplaceAll(code, "\n", lineBreakMark)
	})
}

// markedBlock reads a line that stands for a preformatted block or a table
// row.
func markedBlock(l string) (Block, bool) {
	switch {
	case strings.HasPrefix(l, preMark):
		return Block{Kind: KindPreformatted, Text: strings.ReplaceAll(l[len(preMark):], lineBreakMark, "\n")}, true
	case strings.HasPrefix(l, rowMark):
		return Block{Kind: KindTableRow, Text: l[len(rowMark):]}, true
	case strings.HasPrefix(l, captionMark):
		return Block{Kind: KindCaption, Text: l[len(captionMark):]}, true
	}
	return Block{}, false
}

// isMarked reports whether a line stands for a block no line rule reads.
func isMarked(l string) bool { return l != "" && l[0] <= captionMark[0] }

// tableRow reads a Markdown table row ("| a | b |") as its cells between
// " | ".
func tableRow(l string) string {
	l = strings.TrimSpace(l)
	l = strings.TrimPrefix(strings.TrimSuffix(l, "|"), "|")
	cells := strings.Split(l, "|")
	for i, c := range cells {
		cells[i] = plainInline(strings.TrimSpace(c))
	}
	return strings.Join(cells, " | ")
}

// isTableLine reports whether lines[i] is a row or the rule of a table: a
// line with a bar, under or over a rule line, or below another row.
func isTableLine(lines []string, i int, inTable bool) bool {
	l := lines[i]
	if !strings.Contains(l, "|") {
		return false
	}
	return inTable || i+1 < len(lines) && mdTableRule.re().MatchString(lines[i+1]) && strings.Contains(lines[i+1], "-")
}

// plainLines rewrites lines of Markdown as lines of plain text, keeping
// what the parser reads: "# " headings (setext ones rewritten so), blank
// lines between blocks, one line per list item ("• item", "1. item").
// Quote markers, rules, reference definitions and inline markup go.
func (d *doc) plainLines(lines []string) []string {
	refs := refLabels(lines)
	out := lines[:0]
	inTable := false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if isMarked(l) {
			out = append(out, l)
			continue
		}
		if isTableLine(lines, i, inTable) {
			if inTable && mdTableRule.re().MatchString(l) && strings.Contains(l, "-") {
				d.removeLine(RuleMarkdownTable, l)
				continue
			}
			inTable = true
			out = append(out, rowMark+tableRow(l))
			continue
		}
		inTable = false
		for strings.HasPrefix(l, ">") { // a block quote, perhaps nested
			l = strings.TrimSpace(l[1:])
		}
		switch {
		case l == "":
		case i+1 < len(lines) && isUnderline(lines[i+1]) && (i == 0 || lines[i-1] == "") && !isRule(l):
			level := "## "
			if lines[i+1][0] == '=' {
				level = "# "
			}
			l = level + l
			i++ // the underline
		case isRule(l) || l[0] == '[' && mdRefDef.re().MatchString(l):
			d.removeLine(RuleMarkup, l)
			l = ""
		case (strings.ContainsRune("-*+", rune(l[0])) || strings.HasPrefix(l, "•")) && startsBlock(lines, i):
			if m := mdBullet.re().FindStringSubmatch(l); m != nil {
				l = "• " + taskBox(m[1])
			}
		}
		if len(refs) > 0 && strings.Contains(l, "]") {
			l = resolveRefs(l, refs)
		}
		out = append(out, plainInline(l))
	}
	return out
}

// taskBox shows a task-list item's box as a character: "[ ] Call the
// mayor" is "☐ Call the mayor".
func taskBox(item string) string {
	switch {
	case strings.HasPrefix(item, "[ ] "):
		return "☐ " + item[4:]
	case strings.HasPrefix(item, "[x] "), strings.HasPrefix(item, "[X] "):
		return "☑ " + item[4:]
	}
	return item
}

// refLabels collects the labels of a text's link reference definitions
// ("[1]: https://…"), in lower case.
func refLabels(lines []string) map[string]bool {
	var refs map[string]bool
	for _, l := range lines {
		if l != "" && l[0] == '[' && mdRefDef.re().MatchString(l) {
			if refs == nil {
				refs = map[string]bool{}
			}
			label, _, _ := strings.Cut(l[1:], "]")
			refs[strings.ToLower(label)] = true
		}
	}
	return refs
}

// resolveRefs turns reference links into their words: "[the report][1]",
// "[the report][]" and "[the report]" where "the report" is defined.
func resolveRefs(l string, refs map[string]bool) string {
	l = mdRefLink.re().ReplaceAllStringFunc(l, func(m string) string {
		g := mdRefLink.re().FindStringSubmatch(m)
		label := g[2]
		if label == "" {
			label = g[1]
		}
		if refs[strings.ToLower(label)] {
			return g[1]
		}
		return m
	})
	return mdShortRef.re().ReplaceAllStringFunc(l, func(m string) string {
		if refs[strings.ToLower(m[1:len(m)-1])] {
			return m[1 : len(m)-1]
		}
		return m
	})
}

// startsBlock reports whether lines[i] may start a list item: a line of a
// hard-wrapped paragraph that starts with "- " is a dash, not a bullet.
func startsBlock(lines []string, i int) bool {
	return i == 0 || opensBlock(lines[i-1])
}

// opensBlock reports whether a list item may follow the line prev: a blank
// line, a line ending with a colon, or another item.
func opensBlock(prev string) bool {
	return prev == "" || strings.HasSuffix(prev, ":") || strings.HasPrefix(prev, "• ") || isBulletLine(prev) || isNumbered(prev)
}

func isBulletLine(l string) bool {
	return l != "" && strings.ContainsRune("-*+", rune(l[0])) && mdBullet.re().MatchString(l)
}

func isNumbered(l string) bool {
	return l != "" && l[0] >= '0' && l[0] <= '9' && mdNumbered.re().MatchString(l)
}

// isUnderline reports whether l underlines the line above it as a
// heading ("=====", "-----").
func isUnderline(l string) bool {
	return l != "" && (l[0] == '=' || l[0] == '-') && mdSetext.re().MatchString(l)
}

// isRule reports whether l is a horizontal rule ("---", "* * *").
func isRule(l string) bool {
	return l != "" && (l[0] == '-' || l[0] == '*' || l[0] == '_') && mdRule.re().MatchString(l)
}

// plainInline turns inline markup into its text: images go, links into their words, emphasis, code and strike-through
// into plain words.
func plainInline(l string) string {
	if !strings.ContainsAny(l, "[]<*_~`") {
		return l
	}
	if strings.Contains(l, "](") {
		l = mdImage.re().ReplaceAllString(l, "") // the caption, where there is one, says it again
		l = mdLink.re().ReplaceAllString(l, "$1")
	}
	if strings.Contains(l, "<") {
		l = mdAutolink.re().ReplaceAllString(l, "$1")
		l = strings.Join(strings.Fields(mdTag.re().ReplaceAllStringFunc(l, func(tag string) string {
			if len(tag) >= 3 && (tag[1] == 'b' || tag[1] == 'B') && (tag[2] == 'r' || tag[2] == 'R') {
				return " " // <br>
			}
			return ""
		})), " ")
	}
	if strings.Contains(l, "*") {
		for range 2 { // a match takes the space after it, which the next needs before it
			l = mdStrong.re().ReplaceAllString(l, "$1$2$3")
			l = mdEmphasis.re().ReplaceAllString(l, "$1$2$3")
		}
	}
	if strings.Contains(l, "_") {
		l = mdUnderscore.re().ReplaceAllString(l, "$1$2$3")
	}
	if strings.Contains(l, "~~") {
		l = mdStrike.re().ReplaceAllString(l, "$1")
	}
	if strings.Contains(l, "`") {
		l = mdCode.re().ReplaceAllString(l, "$1")
	}
	return strings.TrimSpace(l)
}

// headingText returns the text of a "# Heading" line.
func headingText(l string) (string, bool) {
	if !strings.HasPrefix(l, "#") {
		return "", false
	}
	m := mdHeading.re().FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	return m[2], true
}

// isListItem reports whether a line is an item of a list, which stands as
// a paragraph of its own. plainLines has made bullets "• "; a numbered
// line counts when prev, the line before it, may start a block.
func isListItem(l, prev string) bool {
	if strings.HasPrefix(l, "• ") {
		return true
	}
	return isNumbered(l) && opensBlock(prev)
}
