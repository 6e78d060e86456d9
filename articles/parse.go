package articles

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"dateline/articles/countries"
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
	text := Decode(raw)
	if strings.IndexByte(text, 0) >= 0 {
		return nil, ErrBinary
	}
	text = Sanitize(text)
	if strings.TrimFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) == "" {
		return nil, ErrEmpty
	}
	a := &Article{ID: id, Bytes: len(raw)}
	lines := splitLines(text)
	onePerLine := !slices.Contains(trimBlank(lines), "")

	title, lines := a.takeFrontMatter(lines)
	lines = a.takeDatePrefix(lines)
	lines = a.takeMetadata(lines)
	lines = cutFurniture(lines)

	if title == "" {
		title, lines = a.takeHeadline(lines)
	}
	lines = takeByline(lines)
	lines = a.takeDatelineLine(lines)
	lines = a.takeMasthead(lines)
	paras := paragraphs(lines, onePerLine)
	paras = a.takeCredit(paras)
	paras = dropDuplicates(paras, title)
	paras = a.takeLeadDateline(paras)
	a.Body = paras

	if title != "" {
		a.Title = title
	} else {
		a.Title, a.TitleDerived = deriveTitle(a.Body, id), true
	}
	a.count()
	a.tag()
	a.compact()
	return a, nil
}

// compact copies the article's text into memory of its own. The fields
// are cut from the decoded file, which holds boilerplate too, and its
// pieces would otherwise stay scattered among the garbage of parsing; the
// text of many articles shares blocks of its own instead.
func (a *Article) compact() {
	n := len(a.Title) + len(a.Source) + len(a.Credit) + len(a.Dateline)
	for _, p := range a.Body {
		n += len(p.Text)
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
	for i := range a.Body {
		own(&a.Body[i].Text)
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
	datePrefix = regexp.MustCompile(`^date\s+(\d{4})-(\d{2})-(\d{2})\b\s*`)
	// Published: 09 Sep. 2025, 18:21 — a web page's time stamp.
	publishedLine = regexp.MustCompile(`^(?i:published|updated|posted)(?:\s+on)?\s*:?\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b`)
	// Baku, 21 April, AZERTAC — place, date and agency.
	datelineLine = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.\- ]{0,40}?),\s*(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?\s*[,.]?\s*(?:\(?([\p{L}][\p{L}\d&.\- ]{0,30}?)\)?)?\s*$`)
)

// takeFrontMatter reads a Markdown file's YAML front matter: the block
// between two "---" lines at the top, for its title, date and source.
func (a *Article) takeFrontMatter(lines []string) (title string, rest []string) {
	i := firstNonEmpty(lines)
	if i < 0 || lines[i] != "---" {
		return "", lines
	}
	for j := i + 1; j < len(lines) && j < i+50; j++ {
		if lines[j] != "---" {
			continue
		}
		for _, l := range lines[i+1 : j] {
			key, value, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			value = strings.Trim(strings.TrimSpace(value), `"'`)
			switch strings.ToLower(strings.TrimSpace(key)) {
			case "title":
				title = value
			case "date", "published":
				if len(value) >= 10 {
					if d, ok := fullDate(atoi(value[0:4]), atoi(value[5:7]), atoi(value[8:10])); ok {
						a.Date = d
					}
				}
			case "source", "publisher":
				a.Source = value
			}
		}
		return title, lines[j+1:]
	}
	return "", lines
}

// takeByline drops a byline ("By Jane Smith") standing right under the
// headline: it names the writer, not the outlet, and is not text.
func takeByline(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 || i > 1 {
		return lines
	}
	if name, ok := strings.CutPrefix(lines[i], "By "); ok && isNameLine(strings.ReplaceAll(name, " and ", " "), 8) {
		return lines[i+1:]
	}
	return lines
}

// takeDatePrefix reads the " date YYYY-MM-DD" prefix some files start with.
func (a *Article) takeDatePrefix(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 {
		return lines
	}
	m := datePrefix.FindStringSubmatchIndex(lines[i])
	if m == nil {
		return lines
	}
	l := lines[i]
	if d, ok := fullDate(atoi(l[m[2]:m[3]]), atoi(l[m[4]:m[5]]), atoi(l[m[6]:m[7]])); ok {
		a.Date = d
	}
	lines[i] = strings.TrimSpace(l[m[1]:])
	return lines
}

// takeMetadata removes time-stamp lines and reads the date from the first.
func (a *Article) takeMetadata(lines []string) []string {
	out := lines[:0]
	for _, l := range lines {
		if m := publishedLine.FindStringSubmatch(l); m != nil {
			if mon, ok := monthByName(m[2]); ok && a.Date.Precision == DateUnknown {
				if d, ok := fullDate(atoi(m[3]), int(mon), atoi(m[1])); ok {
					a.Date = d
				}
			}
			continue
		}
		out = append(out, l)
	}
	return out
}

// Website furniture: lines that are never text, and lines after which
// nothing is (lists of other stories, log-in and comment widgets).
var (
	furnitureLines = map[string]bool{
		"print dictionary print": true, "print": true, "related article": true, "related articles": true,
		"advertisement": true, "share": true, "share this article": true, "lock icon": true,
		"help-image social comment?": true, "skip to content": true, "subscribe": true,
	}
	furnitureTails = []string{
		"more in ", "related stories", "most popular", "most read", "recommended stories",
		"log in to ", "sign in to ", "to write comments", "leave a comment", "comments (",
	}
	breadcrumb = regexp.MustCompile(`^[\p{L}\d .&'’-]{1,40}(?:\s+[>›»/]\s+[\p{L}\d .&'’-]{1,40}){1,6}$`)
)

// cutFurniture removes a web page's navigation and widgets.
func cutFurniture(lines []string) []string {
	out := lines[:0]
	for _, l := range lines {
		if len(l) > 200 { // furniture is short; text is not worth the checks
			out = append(out, l)
			continue
		}
		low := strings.ToLower(l)
		if isTail(low) {
			break
		}
		if furnitureLines[low] || strings.HasPrefix(low, "tags ") ||
			strings.ContainsAny(l, ">›»/") && breadcrumb.MatchString(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

func isTail(low string) bool {
	if len(low) > 100 {
		return false
	}
	for _, t := range furnitureTails {
		if strings.HasPrefix(low, t) {
			return true
		}
	}
	return false
}

// takeHeadline returns the explicit headline: a first line of at most about
// 20 words that does not end with a full stop, is not a dateline and is not
// the first line of a wrapped sentence.
func (a *Article) takeHeadline(lines []string) (string, []string) {
	i := firstNonEmpty(lines)
	if i < 0 {
		return "", lines
	}
	l := strings.TrimLeft(lines[i], "# ")
	if l == "" || strings.HasSuffix(l, ".") || wordCount(l) > 20 || len(l) <= 100 && datelineLine.MatchString(l) {
		return "", lines
	}
	if i+1 < len(lines) && startsLower(lines[i+1]) {
		return "", lines // a sentence wrapped onto the next line
	}
	if d, rest := splitLeadDateline(l); d != "" && rest != "" {
		return "", lines // "LONDON — Ministers met …" is a lead, not a headline
	}
	return l, lines[i+1:]
}

// takeDatelineLine reads a line like "Baku, 21 April, AZERTAC".
func (a *Article) takeDatelineLine(lines []string) []string {
	i := firstNonEmpty(lines)
	if i < 0 {
		return lines
	}
	if len(lines[i]) > 100 {
		return lines
	}
	m := datelineLine.FindStringSubmatch(lines[i])
	if m == nil {
		return lines
	}
	mon, ok := monthByName(m[3])
	if !ok {
		return lines
	}
	day := atoi(m[2])
	if m[4] != "" {
		if d, ok := fullDate(atoi(m[4]), int(mon), day); ok && a.Date.Precision == DateUnknown {
			a.Date = d
		}
	} else if a.Date.Precision == DateUnknown && day >= 1 && day <= 31 {
		a.Date = Date{Month: mon, Day: day, Precision: DateDayMonth}
	}
	a.Dateline = strings.TrimSpace(m[1])
	if src := strings.TrimSpace(m[5]); src != "" && a.Source == "" {
		a.Source = src
	}
	return lines[i+1:]
}

// takeMasthead reads an outlet's name standing on its own line right under
// the headline, before any blank line ("Korea JoongAng Daily").
func (a *Article) takeMasthead(lines []string) []string {
	if len(lines) == 0 || lines[0] == "" || !isNameLine(lines[0], 5) {
		return lines
	}
	if a.Source == "" {
		a.Source = lines[0]
	}
	return lines[1:]
}

// paragraphs groups lines into paragraphs: blank lines separate them or,
// in a text written onePerLine (it has no blank lines), the ends of
// sentences at the ends of lines; short title-like lines become headings.
func paragraphs(lines []string, onePerLine bool) []Paragraph {
	var out []Paragraph
	var cur []string // the lines of the paragraph being read
	flush := func() {
		switch len(cur) {
		case 0:
			return
		case 1: // the common case: keep the line, do not copy it
			out = append(out, Paragraph{Kind: KindText, Text: cur[0]})
		default:
			out = append(out, Paragraph{Kind: KindText, Text: strings.Join(cur, " ")})
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		if l == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			flush()
			if h := strings.TrimLeft(l, "# "); h != "" {
				out = append(out, Paragraph{Kind: KindHeading, Text: h})
			}
			continue
		}
		if len(cur) > 0 && onePerLine && endsSentence(cur[len(cur)-1]) {
			flush()
		}
		cur = append(cur, plainMarkdown(l))
	}
	flush()
	for i := range out {
		if out[i].Kind == KindText && i+1 < len(out) && isHeading(out[i].Text) {
			out[i].Kind = KindHeading
		}
	}
	return out
}

var (
	mdLink   = regexp.MustCompile(`\[([^\[\]]+)\]\([^()\s]+\)`)
	mdStrong = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
)

// plainMarkdown turns Markdown links and bold into their text, so a .md
// article reads as prose.
func plainMarkdown(l string) string {
	if strings.Contains(l, "](") {
		l = mdLink.ReplaceAllString(l, "$1")
	}
	if strings.Contains(l, "**") || strings.Contains(l, "__") {
		l = mdStrong.ReplaceAllString(l, "$1$2")
	}
	return l
}

// isHeading tells a sub-heading ("Expanding Economic Horizons:") from text.
func isHeading(s string) bool {
	if len(s) > 280 {
		return false
	}
	n := wordCount(s)
	if n == 0 || n > 8 || utf8.RuneCountInString(s) > 70 {
		return false
	}
	if strings.HasSuffix(s, ":") {
		return true
	}
	return !endsSentence(s) && !strings.HasSuffix(s, ",") && capitalisedShare(s) >= 0.6
}

// takeCredit reads a wire credit: a last paragraph that is only an agency's
// name ("Yonhap"), or a trailing "— VNS" on the last paragraph.
func (a *Article) takeCredit(paras []Paragraph) []Paragraph {
	if len(paras) == 0 {
		return paras
	}
	last := &paras[len(paras)-1]
	if len(paras) > 1 && isNameLine(last.Text, 3) {
		a.setSource(last.Text)
		return paras[:len(paras)-1]
	}
	for _, dash := range []string{" — ", " – ", " -- "} {
		i := strings.LastIndex(last.Text, dash)
		if i < 0 {
			continue
		}
		credit := strings.TrimSpace(last.Text[i+len(dash):])
		if isNameLine(credit, 3) && endsSentence(strings.TrimSpace(last.Text[:i])) {
			a.setSource(credit)
			last.Text = strings.TrimSpace(last.Text[:i])
		}
		break
	}
	return paras
}

func (a *Article) setSource(s string) {
	if a.Source == "" {
		a.Source = s
	} else if a.Credit == "" && s != a.Source {
		a.Credit = s
	}
}

// dropDuplicates removes a web page's second copies: of the headline, of a
// photo caption, of any paragraph.
func dropDuplicates(paras []Paragraph, title string) []Paragraph {
	seen := map[string]bool{}
	if title != "" {
		seen[title] = true
	}
	out := paras[:0]
	for _, p := range paras {
		if seen[p.Text] {
			continue
		}
		seen[p.Text] = true
		out = append(out, p)
	}
	return out
}

// takeLeadDateline reads a dateline at the start of the lead
// ("HÀ NỘI — The state visit …", "United Nations (UN) – Sergei …").
func (a *Article) takeLeadDateline(paras []Paragraph) []Paragraph {
	if a.Dateline != "" {
		return paras
	}
	for i := range paras {
		if paras[i].Kind != KindText {
			continue
		}
		place, rest := splitLeadDateline(paras[i].Text)
		if place == "" || rest == "" {
			return paras
		}
		if src := agencyIn(&place); src != "" {
			a.setSource(src)
		}
		a.Dateline = a.takePlaceDate(place)
		paras[i].Text = rest
		return paras
	}
	return paras
}

var leadDateline = regexp.MustCompile(`^((?:\p{Lu}[\p{L}'’.]*)(?:[ -](?:\p{Lu}[\p{L}'’.]*|of|de|la|el)){0,4}(?:\s*,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:\s*,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))?(?:\s*\([^()]{1,30}\))?)\s*(?:—|–|--|-)\s+(\S.*)$`)

// splitLeadDateline splits "PLACE — text" into its place and text.
func splitLeadDateline(s string) (place, rest string) {
	if !strings.ContainsAny(s[:min(len(s), 120)], "—–-") { // a dateline is short: skip the regexp
		return "", ""
	}
	m := leadDateline.FindStringSubmatch(s)
	if m == nil || wordCount(m[1]) > 6 {
		return "", ""
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
}

// placeDate is the date some datelines carry after the place
// ("LONDON, March 3").
var placeDate = regexp.MustCompile(`,\s*(?:(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})|(\d{1,2})\s+(\p{Lu}\p{Ll}{2,8}))$`)

// takePlaceDate removes a date from the end of a dateline's place and keeps
// it as the article's day and month when the article has no date yet.
func (a *Article) takePlaceDate(place string) string {
	m := placeDate.FindStringSubmatchIndex(place)
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
		if d := atoi(day); a.Date.Precision == DateUnknown && d >= 1 && d <= 31 {
			a.Date = Date{Month: mon, Day: d, Precision: DateDayMonth}
		}
		return strings.TrimSpace(place[:m[0]])
	}
	return place
}

// agencies that put their name in a dateline's parentheses.
var agencies = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "xinhua": true, "yonhap": true, "tass": true,
	"bloomberg": true, "efe": true, "ansa": true, "dpa": true, "upi": true, "kyodo": true,
	"azertac": true, "vna": true, "belta": true, "cnn": true, "bbc": true, "ria novosti": true,
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
func (a *Article) count() {
	words := 0
	for _, p := range a.Body {
		words += wordCount(p.Text)
	}
	a.Words = words
	a.ReadingMinutes = (words + 229) / 230
	if a.ReadingMinutes == 0 && words > 0 {
		a.ReadingMinutes = 1
	}
}

// tag finds the countries the article mentions, once boilerplate is gone.
func (a *Article) tag() {
	texts := make([]string, 0, len(a.Body)+2)
	if !a.TitleDerived {
		texts = append(texts, a.Title)
	}
	texts = append(texts, a.Dateline)
	for _, p := range a.Body {
		texts = append(texts, p.Text)
	}
	for _, c := range countries.Tag(texts...) {
		a.Countries = append(a.Countries, Mention{Code: c.Code, Name: c.Name, Flag: c.Flag, Count: c.Mentions, Primary: c.Primary})
	}
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

// isNameLine reports whether s looks like a proper name of at most maxWords
// words: every word capitalised (or a lower-case joiner), no sentence
// punctuation.
func isNameLine(s string, maxWords int) bool {
	if len(s) > 40*maxWords {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords || strings.ContainsAny(s, ".,;:!?\"“”()") {
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
