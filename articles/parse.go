package articles

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"dateline/articles/countries"
	"dateline/articles/fold"
)

// Errors for input that is not an article.
var (
	ErrEmpty  = errors.New("empty: no text")
	ErrBinary = errors.New("not text: contains a NUL byte")
)

// Parse turns the raw bytes of one file into an Article with the given ID.
// It fails only on input that is not text (ErrBinary) or holds no words
// (ErrEmpty); whatever else it does not understand stays in the body.
func Parse(id string, raw []byte) (*Article, error) {
	return parse(id, raw, false, nil)
}

// parse is Parse; owned says that raw is the caller's to give away, as
// decode takes it.
func parse(id string, raw []byte, owned bool, sp *Spool) (*Article, error) {
	a, d, err := parseText(id, raw, owned, sp)
	if d != nil {
		d.release()
	}
	return a, err
}

// parseText is Parse, with the document the article was made from; the
// body's text goes to sp, unless it is nil.
func parseText(id string, raw []byte, owned bool, sp *Spool) (*Article, *doc, error) {
	text := decode(raw, owned)
	if strings.IndexByte(text, 0) >= 0 {
		return nil, nil, ErrBinary
	}
	text = Sanitize(text)
	if !hasWord(text) {
		return nil, nil, ErrEmpty
	}
	d := newDoc(id)
	d.spool = sp
	lines := splitLines(fencePre(text))
	d.onePerLine = !slices.Contains(trimBlank(lines), "")
	d.wrap = wrapWidth(lines)
	for _, st := range textStages {
		lines = st.run(d, lines)
	}
	a := &Article{ID: id, Bytes: len(raw)}
	d.contentKey = true
	d.finish(a, d.paragraphs(lines))
	return a, d, nil
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// lineStage is a stage of the text front end: it reads and removes lines.
type lineStage struct {
	name string
	run  func(d *doc, lines []string) []string
}

// textStages turn a file's lines into the lines of its body, in order.
var textStages = []lineStage{
	{"front matter", (*doc).takeFrontMatter},
	{"markdown", (*doc).plainLines},
	{"date prefix", (*doc).takeDatePrefix},
	{"time stamps", (*doc).takeMetadata},
	{"furniture", (*doc).cutFurniture},
	{"headline", (*doc).takeHeadline},
	{"bylines", (*doc).takeBylines},
	{"dateline line", (*doc).takeDatelineLine},
	{"masthead", (*doc).takeMasthead},
}

// blockStage is a stage of the tail: it reads and removes blocks.
type blockStage struct {
	name string
	run  func(d *doc, blocks []Block) []Block
}

// tailStages clean the body of either front end, in order.
var tailStages = []blockStage{
	{"wire notes", (*doc).dropWireNotes},
	{"credit", (*doc).takeCredit},
	{"duplicates", (*doc).dropDuplicates},
	{"lead dateline", (*doc).takeLeadDateline},
}

// finish is the tail both entry points end in: body clean-up, the claims
// resolved, the headline, tagging and counting.
func (d *doc) finish(a *Article, blocks []Block) {
	for _, st := range tailStages {
		blocks = st.run(d, blocks)
	}
	d.resolve(a)
	a.Body = blocks
	if t := d.value(FieldTitle); t != "" {
		a.Title = t
	} else {
		a.Title, a.TitleDerived = deriveTitle(a.Body, a.ID), true
	}
	a.count(d.contentKey)
	a.tag()
	a.compact(d.spool)
}

// compact copies the article's text into memory of its own. The fields
// are cut from the decoded file, which holds boilerplate too, and its
// pieces would otherwise stay scattered among the garbage of parsing; the
// text of many articles shares blocks of its own instead. The body gets a
// slice of its own length too: the one the rules cut it from has room to
// spare, and, past its end, the blocks they dropped, whose text would keep
// the whole file in memory. With a spool, the body's text goes there
// instead (see Spool).
func (a *Article) compact(sp *Spool) {
	if a.Body != nil {
		a.Body = slices.Clone(a.Body[:len(a.Body):len(a.Body)])
	}
	spooled := sp.put(a.Body)
	n := len(a.Title) + len(a.Source) + len(a.Credit) + len(a.Dateline) + len(a.Author) + len(a.URL) + len(a.Lang)
	if !spooled {
		for _, p := range a.Body {
			n += len(p.Text)
		}
	}
	texts.Lock()
	defer texts.Unlock()
	b := &texts.block
	if b.Cap()-b.Len() < n {
		*b = strings.Builder{}
		b.Grow(max(n, textBlock))
	}
	own := func(s *string) {
		start := b.Len()
		b.WriteString(*s)
		*s = b.String()[start:] // the block never moves: it has room for n
	}
	own(&a.Title)
	own(&a.Source)
	own(&a.Credit)
	own(&a.Dateline)
	own(&a.Author)
	own(&a.URL)
	own(&a.Lang)
	if !spooled {
		for i := range a.Body {
			own(&a.Body[i].Text)
		}
	}
}

// textBlock is the size of the blocks that hold articles' text.
const textBlock = 256 << 10

// texts is the block that parsed articles' text is copied into.
var texts struct {
	sync.Mutex
	block strings.Builder
}

// splitLines splits text into lines with surrounding space trimmed; lines
// of nothing but spaces (non-breaking ones included) come back empty.
func splitLines(text string) []string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimFunc(l, unicode.IsSpace)
	}
	return lines
}

var (
	datePrefix = lazyRegexp(`^date\s+(\d{4})-(\d{2})-(\d{2})\b\s*`)
	// Baku, 21 April, AZERTAC — place, date and agency.
	datelineLine = lazyRegexp(`^(\p{Lu}[\p{L}'’.\- ]{0,40}?),\s*(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?\s*[,.]?\s*(?:\(?([\p{L}][\p{L}\d&.\- ]{0,30}?)\)?)?\s*$`)
)

// takeFrontMatter reads a Markdown file's YAML front matter: the block
// between two "---" lines at the top, for its title, date, source, author,
// address and language.
func (d *doc) takeFrontMatter(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 || lines[i] != "---" || i+1 >= len(lines) || !yamlKey.re().MatchString(lines[i+1]) {
		return lines // a rule, not front matter
	}
	for j := i + 1; j < len(lines) && j < i+maxFrontMatter; j++ {
		if lines[j] != "---" {
			continue
		}
		for _, l := range lines[i : j+1] {
			d.removeLine(RuleFrontMatter, l)
			key, value, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			value = yamlScalar(strings.TrimSpace(value))
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "title":
				d.claim(FieldTitle, RuleFrontMatter, value)
			case "date", "published", "pubdate", "published_at", "created":
				if dt, _, ok := dateAtStart(value); ok {
					d.claimDate(RuleFrontMatter, dt)
				}
			case "source", "publisher":
				d.claim(FieldSource, RuleFrontMatter, value)
			case "author", "authors", "byline":
				d.claim(FieldAuthor, RuleFrontMatter, strings.Trim(value, "[] "))
			case "url", "link", "canonical", "canonical_url", "permalink":
				d.claim(FieldURL, RuleFrontMatter, value)
			case "lang", "language":
				d.claim(FieldLang, RuleFrontMatter, value)
			}
		}
		return lines[j+1:]
	}
	return lines
}

// maxFrontMatter is the most lines a front matter block may take.
const maxFrontMatter = 50

var yamlKey = lazyRegexp(`^[A-Za-z_][\w-]*:(?:\s|$)`)

// yamlScalar reads a one-line YAML value: 'single' quotes double a quote
// inside them, "double" ones escape it.
func yamlScalar(v string) string {
	switch {
	case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	case len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"':
		if u, err := strconv.Unquote(v); err == nil {
			return u
		}
		return v[1 : len(v)-1]
	}
	return v
}

// takeBylines drops the bylines among the first lines under the headline
// ("By Jane Smith", "BY JANE DOE, Associated Press", "Jane Doe, Staff
// Writer", "By Ama Mensah | Published March 5, 2024"): they name the
// writer, not the outlet, and are not text. A date in one is kept.
func (d *doc) takeBylines(lines []string) []string {
	out := lines[:0]
	looked := 0 // the lines looked at; bylines come in the first few
	for _, l := range lines {
		if l == "" || looked >= bylineLines {
			out = append(out, l)
			continue
		}
		looked++
		if isByline(l) {
			d.removeLine(RuleByline, l)
			if dt, ok := dateIn(l); ok {
				d.claimDate(RuleByline, dt)
			}
			author, outlet := bylineParts(l)
			d.claim(FieldAuthor, RuleByline, author)
			d.claim(FieldSource, RuleByline, outlet)
			continue
		}
		if wordCount(l) >= proseWords {
			looked = bylineLines // the text has begun
		}
		out = append(out, l)
	}
	return out
}

// bylineLines is how many lines under the headline may be bylines;
// proseWords, the words of a line that shows the text has begun.
const (
	bylineLines = 6
	proseWords  = 15
)

var writerRole = lazyRegexp(`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?i:(?:senior |chief |staff |foreign |special |political |economics |business )?(?:staff writer|writer|correspondent|reporter|editor|contributor|columnist|journalist))\b`)

// isByline reports whether a line names an article's writer.
func isByline(l string) bool {
	if len(l) > 160 || endsSentence(l) || wordCount(l) > 14 {
		return false // "By Friday, tickets for the final had sold out." is text
	}
	if len(l) < 3 || !strings.EqualFold(l[:3], "by ") {
		return wordCount(l) <= 8 && writerRole.re().MatchString(l)
	}
	name, _, _ := strings.Cut(l[3:], "|")
	name, _, _ = strings.Cut(name, ",")
	name = strings.ReplaceAll(strings.TrimSpace(name), " and ", " ")
	name = strings.ReplaceAll(name, " AND ", " ")
	return isNameLine(name, 8)
}

// bylineParts reads the writer and the outlet of a byline: "By Jane Doe,
// Reuters" is Jane Doe of Reuters; "BY JANE DOE AND JOHN ROE" two writers;
// "Jane Doe, Staff Writer" a writer and her role.
func bylineParts(l string) (author, outlet string) {
	if len(l) >= 3 && strings.EqualFold(l[:3], "by ") {
		l = l[3:]
	}
	l, _, _ = strings.Cut(l, "|")
	name, rest, _ := strings.Cut(l, ",")
	name = strings.TrimSpace(name)
	if strings.ToUpper(name) == name {
		name = titleCase(name)
	}
	rest = strings.TrimSpace(rest)
	if rest != "" && isNameLine(rest, 5) && isOutlet(rest) {
		outlet = rest
	}
	return name, outlet
}

// titleCase turns "JANE DOE AND JOHN ROE" into "Jane Doe and John Roe".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if w == "and" || w == "de" || w == "van" || w == "von" {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// takeDatePrefix reads the " date YYYY-MM-DD" prefix some files start with.
func (d *doc) takeDatePrefix(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 {
		return lines
	}
	m := datePrefix.re().FindStringSubmatchIndex(lines[i])
	if m == nil {
		return lines
	}
	l := lines[i]
	if dt, ok := fullDate(atoi(l[m[2]:m[3]]), atoi(l[m[4]:m[5]]), atoi(l[m[6]:m[7]])); ok {
		d.claimDate(RuleDatePrefix, dt)
	}
	lines[i] = strings.TrimSpace(l[m[1]:])
	return lines
}

// takeMetadata removes time-stamp lines and reads the date from the first.
//
// A date alone on a line counts only above the text: in the body it is a
// line of a timeline, or a sentence ("June 6, 1944.").
func (d *doc) takeMetadata(lines []string) []string {
	first := proseStart(lines)
	out := lines[:0]
	for i, l := range lines {
		if dt, ok := dateLine(l); ok && (i < first || dateLabel.re().MatchString(l)) {
			d.removeLine(RuleDateLine, l)
			d.claimDate(RuleDateLine, dt)
			if _, by, ok := strings.Cut(l, "| By "); ok {
				author, outlet := bylineParts("By " + by)
				d.claim(FieldAuthor, RuleByline, author)
				d.claim(FieldSource, RuleByline, outlet)
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

// takeHeadline returns the explicit headline: a first line of at most about
// 20 words that does not end with a full stop, is not a dateline and is not
// the first line of a wrapped sentence.
func (d *doc) takeHeadline(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 || d.has(FieldTitle) {
		return lines
	}
	if d.webCopy || d.isCopy(lines) {
		if out, ok := d.takeWebHead(lines); ok {
			return out
		}
	}
	wrap := d.wrap
	l := lines[i]
	if isMarked(l) || isListItem(l, "") {
		return lines // code, a table or a list item ("• ☐ Call the mayor") is no headline
	}
	if h, ok := headingText(l); ok {
		l = h
	} else if i+1 < len(lines) && lines[i+1] != "" && wrap > 0 && len(l) >= wrap-20 {
		return lines // the first line of a hard-wrapped paragraph
	}
	if l == "" || strings.HasSuffix(l, ".") || wordCount(l) > maxHeadlineWords || len(l) <= 100 && isDatelineLine(l) {
		return lines
	}
	if i+1 < len(lines) && startsLower(lines[i+1]) {
		return lines // a sentence wrapped onto the next line
	}
	if place, rest := splitLeadDateline(l); place != "" && rest != "" {
		return lines // "LONDON — Ministers met …" is a lead, not a headline
	}
	d.removeLine(RuleHeadline, lines[i])
	d.claim(FieldTitle, RuleHeadline, l)
	return lines[i+1:]
}

// isCopy reports whether lines begin as a web page's copy: a run of short
// lines (a menu) above the text.
func (d *doc) isCopy(lines []string) bool {
	short := 0
	for _, l := range lines {
		switch {
		case l == "":
		case len(l) <= 40 && letterWords(l) <= 3:
			if short++; short >= minMenuLines {
				return true
			}
		case len(l) > 40 && endsSentence(l) && isProse(l):
			return false // the text has begun
		}
	}
	return false
}

// maxHeadlineWords is the most words a headline has.
const maxHeadlineWords = 20

// isDatelineLine reports whether l is a line like "Baku, 21 April, AZERTAC"
// ("Chernobyl, 40 Years On" is not: Years is no month).
func isDatelineLine(l string) bool {
	if !mayBeDatelineLine(l) {
		return false
	}
	m := datelineLine.re().FindStringSubmatch(l)
	if m == nil {
		return false
	}
	_, ok := monthByName(m[3])
	return ok
}

// mayBeDatelineLine is a quick test for datelineLine, which it rules out
// for most lines without the regexp: a dateline starts with a capital (one
// in ASCII is A to Z) and has a comma and a figure.
func mayBeDatelineLine(l string) bool {
	if l == "" || l[0] < utf8.RuneSelf && (l[0] < 'A' || l[0] > 'Z') {
		return false
	}
	return strings.IndexByte(l, ',') >= 0 && hasDigit(l)
}

// takeDatelineLine reads a line like "Baku, 21 April, AZERTAC".
func (d *doc) takeDatelineLine(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 {
		return lines
	}
	if len(lines[i]) > 100 {
		return lines
	}
	var m []string
	if mayBeDatelineLine(lines[i]) {
		m = datelineLine.re().FindStringSubmatch(lines[i])
	}
	if m == nil {
		return d.takePlaceAndDate(lines, i)
	}
	mon, ok := monthByName(m[3])
	if !ok {
		return lines
	}
	day := atoi(m[2])
	if m[4] != "" {
		if dt, ok := fullDate(atoi(m[4]), int(mon), day); ok {
			d.claimDate(RuleDatelineLine, dt)
		}
	} else if day >= 1 && day <= 31 {
		d.claimDate(RuleDatelineLine, Date{Month: mon, Day: day, Precision: DateDayMonth})
	}
	d.removeLine(RuleDatelineLine, lines[i])
	d.claim(FieldDateline, RuleDatelineLine, strings.TrimSpace(m[1]))
	d.claim(FieldSource, RuleDatelineLine, strings.TrimSpace(m[5]))
	return lines[i+1:]
}

// takePlaceAndDate reads lines[i] when it is a place and a full date
// alone ("SANTIAGO, DECEMBER 15, 2025", "Nairobi, March 5, 2024").
func (d *doc) takePlaceAndDate(lines []string, i int) []string {
	place, rest, ok := strings.Cut(lines[i], ", ")
	if !ok || !isNameLine(place, 4) {
		return lines
	}
	dt, n, ok := dateAtStart(rest)
	if !ok || strings.Trim(rest[n:], " .") != "" {
		return lines
	}
	d.removeLine(RulePlaceAndDate, lines[i])
	d.claimDate(RulePlaceAndDate, dt)
	d.claim(FieldDateline, RulePlaceAndDate, place)
	return lines[i+1:]
}

// takeMasthead reads an outlet's name standing on its own line right under
// the headline, before any blank line ("Korea JoongAng Daily").
//
// In a text without blank lines every line stands right under the one
// before, so there it reads nothing.
func (d *doc) takeMasthead(lines []string) []string {
	if d.onePerLine || len(lines) == 0 || lines[0] == "" || !isNameLine(lines[0], 5) {
		return lines
	}
	switch {
	case isOutlet(lines[0]):
		d.removeLine(RuleMasthead, lines[0])
		d.claim(FieldSource, RuleMasthead, lines[0])
	case isPersonName(lines[0]):
		d.removeLine(RuleWriterName, lines[0])
		d.claim(FieldAuthor, RuleWriterName, lines[0])
	default:
		return lines // a stand-first ("A Town Counts the Cost") is text
	}
	return lines[1:] // an outlet's name, or a writer's: neither is text
}

// isPersonName reports whether a name line reads as a person's name: two
// or three capitalised words, no "the" or "of", no article first.
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	switch words[0] {
	case "A", "An", "The":
		return false
	}
	for _, w := range words {
		if w == "the" || w == "of" || w == "and" {
			return false
		}
	}
	return true
}

// outletWords are words that name an outlet rather than a person.
var outletWords = setOf(
	"daily", "news", "times", "post", "herald", "journal", "tribune", "gazette", "press", "agency",
	"telegraph", "guardian", "review", "express", "observer", "chronicle", "monitor", "insider", "wire",
	"today", "tv", "radio", "network", "media", "magazine", "weekly", "star", "sun", "mail", "record",
	"standard", "independent", "economist", "report", "bulletin", "online", "inquirer", "courier",
	"dispatch", "register", "broadcasting", "channel", "service", "digest", "reuters", "bloomberg",
)

// isOutlet tells an outlet's name ("Korea JoongAng Daily", "BBC") from a
// person's ("Jane Doe").
func isOutlet(name string) bool {
	if agencies[strings.ToLower(name)] || len(name) <= 6 && strings.ToUpper(name) == name {
		return true // "Yonhap", "BBC"
	}
	for w := range strings.FieldsSeq(name) {
		if outletWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// paragraphs groups lines into paragraphs: blank lines separate them; a
// text without blank lines (onePerLine) has a paragraph a line, unless it
// is hard-wrapped (wrap > 0), where a line ending a sentence ends one. A
// line that starts in lower case goes on the sentence before it. Headings
// and list items stand alone; short title-like lines become headings.
func (d *doc) paragraphs(lines []string) []Block {
	onePerLine, wrap := d.onePerLine, d.wrap
	var out []Block
	var cur []string // the lines of the paragraph being read
	kind := KindText // of the paragraph being read
	flush := func() {
		switch len(cur) {
		case 0:
			return
		case 1: // the common case: keep the line, do not copy it
			out = append(out, Block{Kind: kind, Text: cur[0]})
		default:
			out = append(out, Block{Kind: kind, Text: strings.Join(cur, " ")})
		}
		cur = cur[:0]
	}
	prev := ""
	for _, l := range lines {
		item := l != "" && isListItem(l, prev)
		prev = l
		if l == "" {
			flush()
			continue
		}
		if b, ok := markedBlock(l); ok {
			flush()
			out = append(out, b)
			continue
		}
		if h, ok := headingText(l); ok {
			flush()
			if h != "" {
				out = append(out, Block{Kind: KindHeading, Text: h})
			}
			continue
		}
		if item {
			flush()
		} else if len(cur) > 0 && onePerLine && !startsLower(l) && (wrap == 0 || endsSentence(cur[len(cur)-1])) {
			flush()
		}
		if len(cur) == 0 {
			kind = KindText
			if item {
				kind = KindListItem
			}
		}
		cur = append(cur, l)
	}
	flush()
	for i := range out {
		if out[i].Kind == KindText && i+1 < len(out) && isHeading(out[i].Text) && !isListItem(out[i].Text, "") {
			out[i].Kind = KindHeading
			d.retyped = append(d.retyped, Ruled{out[i], RuleHeadingShape})
		}
	}
	return out
}

// wrapWidth is the width a text is hard-wrapped at, or 0 when it is not:
// it is wrapped when two lines in three come within a few bytes of its
// longest, which is no longer than a terminal or an e-mail line.
func wrapWidth(lines []string) int {
	longest, n := 0, 0
	for _, l := range lines {
		if l != "" {
			longest, n = max(longest, len(l)), n+1
		}
	}
	if n < 4 || longest > 100 || longest < 40 {
		return 0
	}
	near := 0
	for _, l := range lines {
		if l != "" && len(l) >= longest-20 {
			near++
		}
	}
	if near*3 < n*2 {
		return 0
	}
	return longest
}

// isHeading tells a sub-heading ("Expanding Economic Horizons:") from text.
// A line of figures ("27,595", an attendance) or a weekday's date
// ("Tuesday 5 March") is text.
func isHeading(s string) bool {
	if len(s) > 280 {
		return false
	}
	n := wordCount(s)
	if n == 0 || n > 8 || utf8.RuneCountInString(s) > 70 || strings.IndexFunc(s, unicode.IsLetter) < 0 || weekdayDate.re().MatchString(s) {
		return false
	}
	if strings.HasSuffix(s, ":") {
		return n <= 3 || capitalisedShare(s) >= 0.5 // "The plan has three parts:" leads into a list
	}
	return !endsSentence(s) && !strings.HasSuffix(s, ",") && capitalisedShare(s) >= 0.6
}

// weekdayDate is a weekday with a day and month, or a month and day, and
// perhaps a year ("Tuesday 5 March", "Tuesday, March 5, 2024").
var weekdayDate = lazyRegexp(`^(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$`)

// takeCredit reads a wire credit: a last paragraph that is only an agency's
// name ("Yonhap"), or a trailing "— VNS" on the last paragraph.
func (d *doc) takeCredit(paras []Block) []Block {
	if len(paras) == 0 {
		return paras
	}
	last := &paras[len(paras)-1]
	if len(paras) > 1 {
		if name := creditLine(last.Text); name != "" {
			d.remove(RuleCreditLine, last.Kind, last.Text)
			d.claim(FieldSource, RuleCreditLine, name)
			return paras[:len(paras)-1]
		}
	}
	if i, credit := creditSuffix(last.Text); i >= 0 {
		d.remove(RuleCreditSuffix, last.Kind, last.Text[i:])
		d.claim(FieldSource, RuleCreditSuffix, credit)
		last.Text = strings.TrimSpace(last.Text[:i])
	}
	return paras
}

// creditSuffix finds a trailing credit ("… on Tuesday. — VNS"): where its
// dash starts and the credit, or -1. The first of creditDashes that s
// holds decides.
func creditSuffix(s string) (int, string) {
	for k, dash := range creditDashes {
		i := lastCreditDash(s, k)
		if i < 0 {
			continue
		}
		credit := strings.TrimSpace(s[i+len(dash):])
		if isNameLine(credit, maxCreditWords) && endsSentence(strings.TrimSpace(s[:i])) {
			return i, credit
		}
		break
	}
	return -1, ""
}

// creditDashes stand before a trailing credit, the first of them that the
// paragraph holds.
var creditDashes = []string{" — ", " – ", " -- "}

const (
	maxCreditWords = 3                              // "Agence France-Presse"
	maxCreditBytes = nameWordBytes * maxCreditWords // as isNameLine allows
	maxDashBytes   = len(" — ")                     // the longest of creditDashes
)

// lastCreditDash is where the last creditDashes[k] in s starts, or -1 when
// s holds none, or holds an earlier one of creditDashes, or holds it too
// far from the end for a credit to follow. It reads the end of a long
// paragraph only: a dash that more than maxCreditBytes of text follow
// stands before no credit.
func lastCreditDash(s string, k int) int {
	dash := creditDashes[k]
	e := len(strings.TrimRightFunc(s, unicode.IsSpace))
	p := e - maxCreditBytes // s[p-1] is in any credit too long to be one
	if p <= maxDashBytes || s[p-1] >= utf8.RuneSelf || unicode.IsSpace(rune(s[p-1])) {
		return strings.LastIndex(s, dash) // short, or spaces might be trimmed from it: read it all
	}
	i := strings.LastIndex(s[p-maxDashBytes:], dash)
	if i < 0 {
		return -1 // none, or too far from the end
	}
	for _, earlier := range creditDashes[:k] {
		if strings.Contains(s, earlier) {
			return -1 // that one, too far from the end, stands before no credit
		}
	}
	return p - maxDashBytes + i
}

// dropWireNotes removes the notes about who wrote and edited a wire story
// ("(Reporting by …; Editing by …)", a last "Jane Doe in Paris contributed
// to this report.") and its end mark.
func (d *doc) dropWireNotes(paras []Block) []Block {
	out := paras[:0]
	for i, p := range paras {
		if strings.HasSuffix(p.Text, "■") {
			p.Text = strings.TrimSpace(strings.TrimSuffix(p.Text, "■"))
		}
		if p.Text == "" {
			continue
		}
		if len(p.Text) < maxWireNote && isWireNote(p.Text, i == len(paras)-1) {
			d.remove(RuleWireNote, p.Kind, p.Text)
			continue
		}
		out = append(out, p)
	}
	return out
}

// maxWireNote is the longest a wire note is, in bytes.
const maxWireNote = 400

var (
	wireNoteStarts = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by "}
	wireNoteEnds   = []string{"contributed to this report", "contributed reporting to this report", "contributed to this story", "contributed to this article"}
	wireEndMarks   = setOf("■", "(END)", "-30-", "###", "♦", "◆", "∎", "___")
)

func isWireNote(s string, last bool) bool {
	if wireEndMarks[s] {
		return true
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") && hasPrefixFold(s[1:], wireNoteStarts) {
		return true // "(Reporting by Jane Doe; Editing by John Roe)"
	}
	if !last || wordCount(s) > 25 || strings.Contains(s, " said") {
		return false
	}
	tail := strings.TrimRight(s, ".")
	for _, w := range wireNoteEnds {
		if len(tail) >= len(w) && strings.EqualFold(tail[len(tail)-len(w):], w) {
			return true
		}
	}
	return false
}

// creditLine reads a last paragraph that is only a credit: "Yonhap",
// "— VNS", "-- Xinhua", "(AFP)".
//
// A bare last line must name an outlet: "Slava Ukraini" or "Austria" ends
// a text, it does not credit one.
func creditLine(s string) string {
	marked := false
	for _, dash := range []string{"— ", "– ", "-- "} {
		if rest, ok := strings.CutPrefix(s, dash); ok {
			s, marked = rest, true
		}
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s, marked = s[1:len(s)-1], true
	}
	if isNameLine(s, 3) && (marked || isOutlet(s)) {
		return s
	}
	return ""
}

// dropDuplicates removes a web page's second copies: of the headline, and
// of a paragraph right after itself (a photo caption). A paragraph that
// comes back later (a chorus, a quotation) stays.
func (d *doc) dropDuplicates(paras []Block) []Block {
	title := d.value(FieldTitle)
	out := paras[:0]
	for _, p := range paras {
		if strings.EqualFold(p.Text, title) || len(out) > 0 && out[len(out)-1].Text == p.Text {
			d.remove(RuleDuplicate, p.Kind, p.Text)
			continue
		}
		out = append(out, p)
	}
	return out
}

// takeLeadDateline reads a dateline at the start of the lead
// ("HÀ NỘI — The state visit …", "United Nations (UN) – Sergei …").
func (d *doc) takeLeadDateline(paras []Block) []Block {
	if d.has(FieldDateline) {
		return paras
	}
	texts := 0
	for i := range paras {
		if paras[i].Kind != KindText {
			continue
		}
		place, rest := splitLeadDateline(paras[i].Text)
		if place == "" || rest == "" {
			if texts++; texts == 3 { // a caption or a stand-first may come first
				return paras
			}
			continue
		}
		d.remove(RuleLeadDateline, paras[i].Kind, strings.TrimSuffix(paras[i].Text, rest))
		d.claim(FieldSource, RuleLeadAgency, agencyIn(&place))
		d.claim(FieldDateline, RuleLeadDateline, d.takePlaceDate(place))
		paras[i].Text = rest
		return paras
	}
	return paras
}

var leadDateline = lazyRegexp(`^((?:\p{Lu}[\p{L}'’.]*)(?:[ -](?:\p{Lu}[\p{L}'’.]*|(?i:of|de|la|el|au|du|des|di|da|do|al|sur|en|upon|and))){0,4}(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:\s*,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?)?(?:\s*\([^()]{1,30}\))?)\s*(?:—|–|--|-)\s+(\S.*)$`)

const (
	dashes    = "—–-"          // end a lead dateline
	nameStops = ".,;:!?\"“”()" // punctuation that no name holds
)

var dashSet, nameStopSet = newRuneSet(dashes), newRuneSet(nameStops)

// splitLeadDateline splits "PLACE — text" into its place and text.
func splitLeadDateline(s string) (place, rest string) {
	if s == "" || s[0] < utf8.RuneSelf && (s[0] < 'A' || s[0] > 'Z') { // a place starts with a capital
		return "", ""
	}
	if !dashSet.in(s[:min(len(s), 120)]) || !hasSpacedDash(s) { // a dateline is short: skip the regexp
		return "", ""
	}
	m := leadDateline.re().FindStringSubmatch(s)
	if m == nil || wordCount(m[1]) > 8 || !looksLikePlace(m[1]) {
		return "", ""
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
}

// hasSpacedDash reports whether s holds one of dashes with a space after
// it (\s, which is ASCII), as the dash after a lead dateline has: a
// hyphen inside a word is not one.
func hasSpacedDash(s string) bool {
	for i := 0; i < len(s)-1; i++ {
		n := 1 // the dash's bytes
		switch {
		case s[i] == '-':
		case s[i] == 0xE2 && i+3 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94): // – —
			n = 3
		default:
			continue
		}
		switch s[i+n] {
		case ' ', '\t', '\n', '\f', '\r':
			return true
		}
	}
	return false
}

// looksLikePlace tells a dateline's place ("HÀ NỘI", "KYIV, Ukraine",
// "Port-au-Prince, Haiti", "United Nations (UN)", "LONDON, March 3") from
// the start of a sentence with a dash in it ("The Prime Minister – who
// faces a vote –", "Inflation – the silent tax –"): a place is in capitals,
// or names its region or agency.
func looksLikePlace(place string) bool {
	if strings.ContainsAny(place, "(,") {
		return true
	}
	return strings.ToUpper(place) == place
}

// placeDate is the date some datelines carry after the place
// ("LONDON, March 3").
var placeDate = lazyRegexp(`,\s*(?:(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{Lu}\p{Ll}{2,8}))(?:,?\s+(\d{4}))?$`)

// takePlaceDate removes a date from the end of a dateline's place and keeps
// it as the article's day and month when the article has no date yet.
func (d *doc) takePlaceDate(place string) string {
	m := placeDate.re().FindStringSubmatchIndex(place)
	if m == nil {
		return place
	}
	var name, day string
	if m[2] >= 0 { // "March 3"
		name, day = place[m[2]:m[3]], place[m[4]:m[5]]
	} else { // "3 March"
		name, day = place[m[8]:m[9]], place[m[6]:m[7]]
	}
	if mon, ok := monthByName(name); ok {
		day := atoi(day)
		if day >= 1 && day <= 31 {
			if full, ok := fullDate(atoi(groupAt(place, m, 5)), int(mon), day); ok {
				d.claimDate(RuleLeadDateline, full) // "WASHINGTON, Jan. 5, 2024"
			} else {
				d.claimDate(RuleLeadDateline, Date{Month: mon, Day: day, Precision: DateDayMonth})
			}
		}
		return strings.TrimSpace(place[:m[0]])
	}
	return place
}

// groupAt is submatch i of s, from the indexes of FindStringSubmatchIndex,
// or "" when it did not take part.
func groupAt(s string, m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// agencies that put their name in a dateline's parentheses.
var agencies = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "xinhua": true, "yonhap": true, "tass": true,
	"bloomberg": true, "efe": true, "ansa": true, "dpa": true, "upi": true, "kyodo": true,
	"azertac": true, "vna": true, "belta": true, "cnn": true, "bbc": true, "ria novosti": true,
	"vns": true, "bbc news": true, "ap news": true, "al jazeera": true, "anadolu": true, "interfax": true,
	"pti": true, "ians": true, "ani": true, "kcna": true, "yna": true, "nhk": true, "sputnik": true,
	"ria": true, "tass news agency": true, "apa": true, "sana": true, "irna": true, "wafa": true,
}

// agencyIn removes a parenthesised part of a dateline and returns it when it
// names a news agency ("LONDON (Reuters)"); "United Nations (UN)" is a place.
func agencyIn(place *string) string {
	open := strings.IndexByte(*place, '(')
	if open < 0 {
		return ""
	}
	inner := strings.Trim((*place)[open:], "() ")
	*place = strings.TrimSpace((*place)[:open])
	if agencies[strings.ToLower(inner)] {
		return inner
	}
	return ""
}

// deriveTitle makes a headline from the lead: its first sentence, cut at a
// word boundary near 100 characters. It is never empty.
func deriveTitle(body []Paragraph, id string) string {
	for _, p := range body {
		if p.Kind != KindText {
			continue
		}
		if t := balanceQuote(cutAtWord(firstSentence(p.Text), 100)); t != "" {
			return t
		}
	}
	for _, p := range body {
		if t := cutAtWord(p.Text, 100); t != "" {
			return t
		}
	}
	return id
}

// balanceQuote drops an opening quotation mark whose closing one was cut
// off, so a derived title does not open a quote it never closes.
func balanceQuote(t string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		if rest, ok := strings.CutPrefix(t, q[0]); ok && !strings.Contains(rest, q[1]) {
			return strings.TrimSpace(rest)
		}
	}
	return t
}

// firstSentence returns the first sentence of s.
func firstSentence(s string) string {
	if ss := Sentences(s); len(ss) > 0 {
		return ss[0]
	}
	return ""
}

// cutAtWord shortens s to at most about max runes, at a word boundary,
// marking the cut with an ellipsis.
func cutAtWord(s string, max int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n == max {
			break
		}
		if unicode.IsSpace(r) {
			cut = i
		}
		n++
	}
	if cut == 0 { // one long word
		cut = len(s)
		n = 0
		for i := range s {
			if n == max {
				cut = i
				break
			}
			n++
		}
	}
	return strings.TrimRight(s[:cut], " ,;:—–-") + "…"
}

// count sets the word count and the reading time (230 words a minute).
//
// Chinese and Japanese are written without spaces: each of their
// characters counts as a word, read at about 500 a minute.
func (a *Article) count(withKey bool) {
	// One pass over each paragraph counts its words and, withKey, folds them
	// for the content Key (into ContentKey's buffer, as ContentKey would).
	bp := keyBufs.Get().(*[]byte)
	buf := (*bp)[:0]
	if withKey {
		buf = append(fold.AppendWords(buf, a.Title), 0)
	}
	words, ideographs := 0, 0
	for _, p := range a.Body {
		var n int
		var wide bool
		if !withKey {
			buf = buf[:0] // the words are not kept
		}
		buf, n, wide = countFolding(buf, p.Text)
		words += n
		if wide {
			n, spaced := ideographCount(p.Text)
			ideographs += n
			words -= spaced
		}
	}
	if withKey {
		a.Key = keyOf(buf)
	}
	*bp = buf
	keyBufs.Put(bp)
	a.Words = words + ideographs
	a.ReadingMinutes = (words*500 + ideographs*230 + 230*500 - 1) / (230 * 500)
	if a.ReadingMinutes == 0 && a.Words > 0 {
		a.ReadingMinutes = 1
	}
}

// countFolding is wordCount and hasWideScript of s, and fold.AppendWords
// of dst and s, in one pass.
func countFolding(dst []byte, s string) (out []byte, words int, wide bool) {
	// ASCII goes without branches: every byte writes its folded form (a
	// space for a separator) at n, and n moves on past a word's byte, and
	// past the first separator after a word that has bytes.
	start := len(dst)
	dst = slices.Grow(dst, len(s)+1)
	buf := dst[:cap(dst)]
	n := start
	var pending uint8 // the word being read has bytes in buf
	prevSpace := uint8(1)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			e := asciiClass[c]
			w, sp := e>>8&1, uint8(e>>9&1)
			words += int(prevSpace &^ sp)
			prevSpace = sp
			buf[n] = byte(e)
			n += int(uint8(w) | pending)
			pending = uint8(w)
			i++
			continue
		}
		words += int(prevSpace)
		prevSpace = 0
		wide = wide || c >= 0xE3 && c <= 0xE9
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case !fold.IsWordRune(r):
			if pending != 0 {
				buf[n] = ' '
				n++
			}
			pending = 0
		default:
			if f := fold.Rune(r); f != fold.Drop {
				if n+utf8.UTFMax > len(buf) {
					// A folded rune longer than its text: more room.
					buf = slices.Grow(buf[:n], len(s)-i+utf8.UTFMax+1)
					buf = buf[:cap(buf)]
				}
				n += utf8.EncodeRune(buf[n:], f)
				pending = 1
			}
		}
	}
	if pending != 0 {
		if n == len(buf) {
			buf = append(buf[:n], ' ')
		} else {
			buf[n] = ' '
		}
		n++
	}
	return buf[:n], words, wide
}

// asciiClass describes each ASCII byte for countFolding: its folded form
// (a space for a byte that is not a letter or digit), 1<<8 for a letter or
// digit, 1<<9 for a byte that separates words for wordCount.
var asciiClass = func() (t [utf8.RuneSelf]uint16) {
	for c := range utf8.RuneSelf {
		t[c] = ' '
		switch {
		case '0' <= c && c <= '9', 'a' <= c && c <= 'z':
			t[c] = uint16(c) | 1<<8
		case 'A' <= c && c <= 'Z':
			t[c] = uint16(c+'a'-'A') | 1<<8
		}
		if isSpaceByte[c] != 0 {
			t[c] |= 1 << 9
		}
	}
	return t
}()

// hasWideScript is a quick test for text that may hold CJK characters:
// their UTF-8 encodings start with bytes from 0xE3 to 0xE9.
func hasWideScript(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xE3 && s[i] <= 0xE9 {
			return true
		}
	}
	return false
}

// ideographCount counts the Han, Hiragana and Katakana characters of s,
// and the space-separated words of s that are made of nothing else, which
// wordCount counted as one word each.
func ideographCount(s string) (n, spaced int) {
	for _, w := range strings.Fields(s) {
		only := true
		for _, r := range w {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				n++
			} else if !unicode.IsPunct(r) {
				only = false
			}
		}
		if only {
			spaced++
		}
	}
	return n, spaced
}

// tag finds the countries the article mentions, once boilerplate is gone.
func (a *Article) tag() {
	found := countries.TagDoc(a.countryDoc())
	if len(found) == 0 {
		return
	}
	a.Countries = make([]Mention, 0, len(found))
	for _, c := range found {
		if m, ok := NewMention(c.Code, c.Mentions, c.Primary); ok {
			a.Countries = append(a.Countries, m)
		}
	}
}

// countryDoc is the article's text as the country tagger reads it: an
// explicit headline, the dateline and the paragraphs.
func (a *Article) countryDoc() countries.Doc {
	d := countries.Doc{Dateline: a.Dateline, Body: make([]string, 0, len(a.Body))}
	if !a.TitleDerived {
		d.Headline = a.Title
	}
	for _, p := range a.Body {
		d.Body = append(d.Body, p.Text)
	}
	return d
}

// ExplainCountries lists every phrase the country tagger looked at in the
// article, with the country it counted for or why it did not count.
func (a *Article) ExplainCountries() []countries.Hit {
	_, hits := countries.Explain(a.countryDoc())
	return hits
}

// trimBlank drops the blank lines at both ends of lines.
func trimBlank(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func firstNonEmpty(lines []string) int {
	for i, l := range lines {
		if l != "" {
			return i
		}
	}
	return -1
}

// isSpaceByte is 1 for the bytes that separate words.
var isSpaceByte = [256]uint8{' ': 1, '\t': 1, '\n': 1}

// wordCount counts the space-separated words of s, without branches: it is
// run over every body.
func wordCount(s string) int {
	n, prevSpace := 0, uint8(1)
	for i := 0; i < len(s); i++ {
		sp := isSpaceByte[s[i]]
		n += int(prevSpace &^ sp)
		prevSpace = sp
	}
	return n
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends with sentence punctuation, allowing
// for closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"')]”’»`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, "…") || strings.HasSuffix(s, ":")
}

// nameWordBytes is the most bytes a word of a name takes, on average.
const nameWordBytes = 40

// isNameLine reports whether s looks like a proper name of at most maxWords
// words: every word capitalised (or a lower-case joiner), no sentence
// punctuation.
func isNameLine(s string, maxWords int) bool {
	if len(s) > nameWordBytes*maxWords {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords || nameStopSet.in(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(first) {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "of" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

func capitalisedShare(s string) float64 {
	words := strings.Fields(s)
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func monthByName(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0, false
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || (len(s) <= len(name) && strings.HasPrefix(name, s)) {
			return m, true
		}
	}
	return 0, false
}

// fullDate checks that year, month and day make a real date.
func fullDate(year, month, day int) (Date, bool) {
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if year < 1 || t.Year() != year || int(t.Month()) != month || t.Day() != day {
		return Date{}, false
	}
	return Date{Year: year, Month: time.Month(month), Day: day, Precision: DateFull}, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e6 {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
