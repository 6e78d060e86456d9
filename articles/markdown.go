package articles

import (
	"regexp"
	"strings"
)

// Markdown, and the plain-text habits it grew from, read as prose: a
// Markdown file is a common way to save an article, and its markup is not
// text a reader should see.
var (
	mdHeading  = regexp.MustCompile(`^(#{1,6})\s+(.*?)(?:\s+#+)?$`)
	mdSetext   = regexp.MustCompile(`^(?:=+|-+)$`)
	mdRule     = regexp.MustCompile(`^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	mdBullet   = regexp.MustCompile(`^[-*+•]\s+(\S.*)$`)
	mdNumbered = regexp.MustCompile(`^\d{1,3}[.)]\s+\S`)
	mdRefDef   = regexp.MustCompile(`^\[[^\[\]]+\]:\s*<?(?:https?://|www\.|/|#)\S*>?(?:\s+"[^"]*")?$`)
	mdImage    = regexp.MustCompile(`!\[([^\[\]]*)\]\([^()]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\[\]]+)\]\([^()\s]+(?:\s+"[^"]*")?\)`)
	mdAutolink = regexp.MustCompile(`<((?:https?|mailto):[^<>\s]+)>`)
	// Emphasis with underscores only around words with a space between
	// them: in one word they are a name (snake_case, __init__, _count_).
	mdUnderscore = regexp.MustCompile(`(^|[\s(\[“"‘'])__?([^_\s][^_]*\s[^_]*[^_\s])__?($|[\s)\].,;:!?”"’'])`)
	mdStrong     = regexp.MustCompile(`(^|[\s(\[“"‘'])\*\*([^*\s](?:[^*]*[^*\s])?)\*\*($|[\s)\].,;:!?”"’'])`)
	mdEmphasis   = regexp.MustCompile(`(^|[\s(\[“"‘'])\*([^*\s](?:[^*]*[^*\s])?)\*($|[\s)\].,;:!?”"’'])`)
	mdStrike     = regexp.MustCompile(`~~([^~]+)~~`)
	mdCode       = regexp.MustCompile("`([^`]+)`")
)

// plainLines rewrites lines of Markdown as lines of plain text, keeping
// what the parser reads: "# " headings (setext ones rewritten so), blank
// lines between blocks, one line per list item ("• item", "1. item").
// Quote markers, rules, reference definitions and inline markup go.
func (d *doc) plainLines(lines []string) []string {
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
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
		case isRule(l) || l[0] == '[' && mdRefDef.MatchString(l):
			d.removeLine(RuleMarkup, l)
			l = ""
		case (strings.ContainsRune("-*+", rune(l[0])) || strings.HasPrefix(l, "•")) && startsBlock(lines, i):
			if m := mdBullet.FindStringSubmatch(l); m != nil {
				l = "• " + m[1]
			}
		}
		out = append(out, plainInline(l))
	}
	return out
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
	return l != "" && strings.ContainsRune("-*+", rune(l[0])) && mdBullet.MatchString(l)
}

func isNumbered(l string) bool {
	return l != "" && l[0] >= '0' && l[0] <= '9' && mdNumbered.MatchString(l)
}

// isUnderline reports whether l underlines the line above it as a
// heading ("=====", "-----").
func isUnderline(l string) bool {
	return l != "" && (l[0] == '=' || l[0] == '-') && mdSetext.MatchString(l)
}

// isRule reports whether l is a horizontal rule ("---", "* * *").
func isRule(l string) bool {
	return l != "" && (l[0] == '-' || l[0] == '*' || l[0] == '_') && mdRule.MatchString(l)
}

// plainInline turns inline markup into its text: images go, links into their words, emphasis, code and strike-through
// into plain words.
func plainInline(l string) string {
	if !strings.ContainsAny(l, "[]<*_~`") {
		return l
	}
	if strings.Contains(l, "](") {
		l = mdImage.ReplaceAllString(l, "") // the caption, where there is one, says it again
		l = mdLink.ReplaceAllString(l, "$1")
	}
	if strings.Contains(l, "<") {
		l = mdAutolink.ReplaceAllString(l, "$1")
	}
	if strings.Contains(l, "*") {
		for range 2 { // a match takes the space after it, which the next needs before it
			l = mdStrong.ReplaceAllString(l, "$1$2$3")
			l = mdEmphasis.ReplaceAllString(l, "$1$2$3")
		}
	}
	if strings.Contains(l, "_") {
		l = mdUnderscore.ReplaceAllString(l, "$1$2$3")
	}
	if strings.Contains(l, "~~") {
		l = mdStrike.ReplaceAllString(l, "$1")
	}
	if strings.Contains(l, "`") {
		l = mdCode.ReplaceAllString(l, "$1")
	}
	return strings.TrimSpace(l)
}

// headingText returns the text of a "# Heading" line.
func headingText(l string) (string, bool) {
	if !strings.HasPrefix(l, "#") {
		return "", false
	}
	m := mdHeading.FindStringSubmatch(l)
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
