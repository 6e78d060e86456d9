package articles

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Parts is an article from a structured source (an HTML page, a feed
// item) before parsing: the metadata the source states and the main text
// as blocks. Any field may be empty. FromParts treats every string as
// untrusted: it is made valid UTF-8 and sanitised.
type Parts struct {
	Title  string
	Date   Date
	Author string
	Source string // the outlet or site name
	URL    string
	Lang   string // BCP 47 ("en", "pt-BR")
	Blocks []Block
	Bytes  int // size of the raw input
	// Dropped is the text the source's extractor left out of Blocks
	// (navigation, comments, related links), where it says: Explain lists
	// it as removed by RuleExtractor.
	Dropped []Block
}

// DateOf is the full date of t, in t's own time zone; the zero time is
// an unknown date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	return Date{Year: t.Year(), Month: t.Month(), Day: t.Day(), Precision: DateFull}
}

// FromParts turns parts into an Article with the given ID. The blocks go
// through the text front end's rules for time stamps, furniture, headline,
// bylines and datelines, and then through the same tail as a file's text;
// the metadata of parts wins over what the text implies. It fails with
// ErrEmpty only when parts hold no word at all.
func FromParts(id string, p Parts) (*Article, error) {
	return fromParts(id, p, nil)
}

// fromParts is FromParts, with the body's text going to sp, unless it is
// nil.
func fromParts(id string, p Parts, sp *Spool) (*Article, error) {
	a, d, err := parseParts(id, p, sp)
	if d != nil {
		d.release()
	}
	return a, err
}

// partsStages are the text front end's stages that apply to blocks that
// are already paragraphs.
var partsStages = []lineStage{
	{"labels", (*doc).dropLabels},
	{"time stamps", (*doc).takeMetadata},
	{"furniture", (*doc).cutFurniture},
	{"headline", (*doc).takeHeadline},
	{"bylines", (*doc).takeBylines},
	{"dateline line", (*doc).takeDatelineLine},
}

// parseParts is fromParts, with the document the article was made from.
func parseParts(id string, p Parts, sp *Spool) (*Article, *doc, error) {
	d := newDoc(id)
	d.spool = sp
	for _, b := range p.Dropped {
		d.remove(RuleExtractor, b.Kind, cleanLine(b.Text))
	}
	d.claim(FieldTitle, RuleParts, cleanLine(p.Title))
	d.claimDate(RuleParts, p.Date)
	d.claim(FieldAuthor, RuleParts, cleanLine(p.Author))
	d.claim(FieldSource, RuleParts, cleanLine(p.Source))
	d.claim(FieldURL, RuleParts, cleanLine(p.URL))
	d.claim(FieldLang, RuleParts, cleanLine(p.Lang))

	blocks := make([]Block, 0, len(p.Blocks))
	words := hasWord(d.value(FieldTitle))
	for _, b := range p.Blocks {
		if b.Kind == KindPreformatted {
			b.Text = cleanLines(b.Text)
		} else {
			b.Text = cleanLine(b.Text)
		}
		if b.Kind == KindListItem && !isListItem(b.Text, "") {
			b.Text = "• " + b.Text
		}
		if b.Text == "" {
			continue
		}
		words = words || hasWord(b.Text)
		blocks = append(blocks, b)
	}
	if !words {
		d.release()
		return nil, nil, ErrEmpty
	}

	// The text front end's stages read lines: each block is one, with a
	// blank line after it, a heading marked as in Markdown. What no line
	// rule may touch (preformatted text, table rows) stands as a line of
	// NUL, which no rule reads and sanitised text never holds.
	lineOf := make([]string, len(blocks))
	lines := make([]string, 0, 2*len(blocks))
	for i, b := range blocks {
		switch b.Kind {
		case KindHeading:
			lineOf[i] = "# " + b.Text
		case KindPreformatted, KindTableRow:
			lineOf[i] = protectedLine
		default:
			lineOf[i] = b.Text
		}
		lines = append(lines, lineOf[i], "")
	}
	for _, st := range partsStages {
		lines = st.run(d, lines)
	}
	// The stages only remove lines: what is left is a subsequence of the
	// blocks, in order.
	kept := blocks[:0]
	j := 0
	for _, l := range lines {
		if l == "" {
			continue
		}
		for j < len(blocks) && lineOf[j] != l {
			j++
		}
		if j == len(blocks) {
			break
		}
		kept = append(kept, blocks[j])
		j++
	}
	a := &Article{ID: id, Bytes: p.Bytes}
	d.finish(a, kept)
	return a, d, nil
}

// protectedLine stands for a block that no line rule may read.
const protectedLine = "\x00"

// cleanLine makes s valid, sanitised text on one line, with runs of space
// made one.
func cleanLine(s string) string {
	s = Sanitize(strings.ToValidUTF8(s, "\uFFFD"))
	if isOneLine(s) {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// isOneLine reports whether s has no space but single ASCII spaces between
// words, so cleanLine need not copy it.
func isOneLine(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c < ' ' || c >= utf8.RuneSelf:
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// cleanLines makes s valid, sanitised text, keeping its line breaks but
// not the blank lines at either end or the spaces at the end of a line.
func cleanLines(s string) string {
	s = Sanitize(strings.ToValidUTF8(strings.ReplaceAll(s, "\r\n", "\n"), "\uFFFD"))
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Join(trimBlank(lines), "\n")
}

// dropLabels removes the labels a page puts above its text, a block of
// one or two words each ("Opinion", "Letters"): a section, a topic, a
// column's name. Headings stay.
func (d *doc) dropLabels(lines []string) []string {
	first, last := proseSpan(lines)
	if last < 0 {
		return lines // no text for them to label
	}
	out := lines[:0]
	for i, l := range lines {
		if i < first && l != "" && !isMarked(l) && !strings.HasPrefix(l, "#") && letterWords(l) <= 2 && !endsSentence(l) &&
			!isListItem(l, "") && !strings.ContainsAny(l, "0123456789") {
			d.removeLine(RuleTopicLabel, l)
			continue
		}
		out = append(out, l)
	}
	return out
}
