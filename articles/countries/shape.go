package countries

import (
	"strings"
	"unicode/utf8"

	"dateline/articles/fold"
)

// The shape of a name around a place's: whether "Madrid" is the city or
// part of Real Madrid, whether "Ireland" is the country or Neil Ireland.

// maxRunWords is how many capitalised words after a place are searched for
// a company's word: China Construction Bank, Korea Electric Power Corp.
const maxRunWords = 4

// prevWord returns the word before the name at s[start:], and the gap
// between them, when it is no part of a phrase already matched.
func prevWord(s string, start int, st *scan) (word, gap string, ok bool) {
	if st.prevEnd < 0 || st.prevEnd == st.phraseEnd {
		return "", "", false
	}
	return s[st.prevStart:st.prevEnd], s[st.prevEnd:start], true
}

// before looks at the word before a name: a club's (Real Madrid, Dynamo
// Moscow) or company's (Air India) first word, a title or a given name
// (Mr Holland, Neil Ireland).
func (g *gazetteer) before(s string, p *phrase, start int, st *scan) rule {
	prev, gap, ok := prevWord(s, start, st)
	if !ok && st.prevEnd >= 0 && st.prevEnd == st.phraseEnd && !st.phraseCounted {
		// A name before it that did not count as a place may be a given
		// name: Irving Berlin, Florence Nightingale.
		prev, gap, ok = s[st.prevStart:st.prevEnd], s[st.prevEnd:start], true
	}
	if !ok || !startsUpper(prev) {
		return ruleCounted
	}
	c := g.classOf(prev)
	if c == 0 {
		return ruleCounted
	}
	if isSpaces(gap) {
		// Two letters in capitals (AC Milan, AS Monaco): "As Moscow" is a sentence.
		if c&classClubPre != 0 && (len(prev) > 2 || isAllUpper(prev)) {
			return ruleClub
		}
		if c&classCompanyPre != 0 {
			return ruleCompany
		}
		if len(p.words) == 1 && c&(classFirstName|classPlaceFirst) != 0 {
			return rulePerson
		}
	}
	if len(p.words) == 1 && c&classTitle != 0 && (isSpaces(gap) || isDotGap(gap)) {
		return rulePerson
	}
	return ruleCounted
}

// after looks at the capitalised words after a name: a club's or team's
// last word (Manchester United, Chicago Bulls) or a company's, brand's or
// outlet's word (Turkish Airlines, China Construction Bank, Korea Times).
// It returns where the longer name ends.
func (g *gazetteer) after(s string, p *phrase, end int, st *scan) (int, rule) {
	ns, ne, ok := nextWord(s, end, maxNeighbourGap)
	if !ok || !isSpaces(s[end:ns]) {
		return end, ruleCounted
	}
	next := s[ns:ne]
	if next == "upon" {
		// Another place: Kingston upon Thames.
		if us, ue, ok := nextWord(s, ne, maxNeighbourGap); ok && isSpaces(s[ne:us]) && startsUpper(s[us:ue]) {
			return ue, ruleName
		}
	}
	if !startsUpperOrCompany(next) {
		return end, ruleCounted
	}
	c := g.classOf(next)
	if c&classClubSuf != 0 && endsName(s, ne) {
		return ne, ruleClub
	}
	if g.teamPlural(s, next, ne, st) {
		return ne, ruleClub
	}
	// A team of two words: the Boston Red Sox, the Toronto Maple Leafs.
	if ts, te, ok := nextWord(s, ne, maxNeighbourGap); ok && isSpaces(s[ne:ts]) && c&classTeamModifier != 0 {
		if g.teamPlural(s, s[ts:te], te, st) {
			return te, ruleClub
		}
	}
	// The run of capitalised words: a company word in it makes a company,
	// unless an institution's word stands beside it (the Russian Central
	// Bank, the Indian Air Force).
	ws, we := ns, ne
	prevInst := false
	for range maxRunWords {
		nws, nwe, more := nextWord(s, we, maxNeighbourGap)
		more = more && isSpaces(s[we:nws]) && startsUpperOrCompany(s[nws:nwe])
		inst := c&classInstitution != 0
		if !inst && c&classCompany != 0 && !(c&classWeakCompany != 0 && g.titleCase(s, st)) {
			if !prevInst && !(more && g.is(classInstitution, s[nws:nwe])) {
				return we, ruleCompany
			}
		}
		if !more {
			break
		}
		prevInst = inst
		ws, we = nws, nwe
		c = g.classOf(s[ws:we])
	}
	return end, ruleCounted
}

// teamPlural reports whether the capitalised word next after a place,
// ending at s[ne], is a team's plural name (the Chicago Bulls, the New York
// Knicks) and not an event's or an institution's (the Tokyo Olympics).
// Title case writes every noun so, and is no evidence.
func (g *gazetteer) teamPlural(s, next string, ne int, st *scan) bool {
	if len(next) < 4 || next[len(next)-1] != 's' || next[len(next)-2] == 's' || !startsUpper(next) || isAllUpper(next) {
		return false
	}
	if g.classOf(next)&(classTeamPlural|classPeople|classLandmark) != 0 || !endsName(s, ne) || g.titleCase(s, st) {
		return false
	}
	q, _ := g.match(s, ne-len(next), ne)
	return q == nil
}

// isPlaceKind reports whether names of kind k are places, whose teams are
// named for them.
func isPlaceKind(k kind) bool {
	return k == kindPlace || k == kindCity || k == kindCapital || k == kindState
}

// startsUpperOrCompany reports whether w may go on a capitalised run:
// capitalised, or a company's suffix written in lower case (plc).
func startsUpperOrCompany(w string) bool {
	return startsUpper(w) || w == "plc" || w == "ltd" || w == "inc"
}

// titleCase reports whether s is written in title case, as headlines often
// are, where capitals are no sign of a name.
func (g *gazetteer) titleCase(s string, st *scan) bool {
	if st.title != 0 {
		return st.title > 0
	}
	long, upper := 0, 0
	for i, n := 0, 0; i < len(s) && n < 30; n++ {
		ws, we, ok := nextWord(s, i, len(s))
		if !ok {
			break
		}
		if w := s[ws:we]; we-ws >= 4 && !g.is(classRunWord, w) {
			long++
			if startsUpper(w) {
				upper++
			}
		}
		i = we
	}
	st.title = -1
	if long >= 3 && upper*10 >= long*9 {
		st.title = 1
	}
	return st.title > 0
}

// inWork reports whether the name at s[start:end] is in the title of a
// work, and returns the title: in quotes that enclose a title ("An
// American in Paris", 'The Italian Job'), or in a capitalised run after a
// word such as film or novel (the film The Italian Job).
func (g *gazetteer) inWork(s string, start, end int, st *scan) (bool, string) {
	if st.quotes.n < 0 {
		st.quotes.find(s, g)
	}
	for _, q := range st.quotes.spans[:st.quotes.n] {
		if q.from <= start && end <= q.to {
			return q.title, s[q.from:q.to]
		}
	}
	// A title runs from a word such as film over capitalised words and
	// the small words between them. Most names stand after a word in lower
	// case that starts no title: look no further then.
	prev, gap, ok := prevWord(s, start, st)
	if !ok {
		if st.prevEnd < 0 || st.prevEnd != st.phraseEnd {
			return false, ""
		}
		prev, gap = s[st.prevStart:st.prevEnd], s[st.prevEnd:start]
	}
	if !isSpaces(gap) {
		return false, ""
	}
	if !startsUpper(prev) {
		c := g.classOf(prev)
		if c&classWorkCue != 0 {
			return true, s[start:g.runEnd(s, end)]
		}
		if c&classRunWord == 0 {
			return false, ""
		}
		ws, _, ok := prevWordAt(s, st.prevStart)
		if !ok || !startsUpper(s[ws:]) {
			return false, ""
		}
	}
	// Walk back over the capitalised run the name stands in; the title
	// starts with a capital right after the cue.
	pos, afterCap := start, true
	for range 8 {
		ws, we, ok := prevWordAt(s, pos)
		if !ok {
			return false, ""
		}
		w := s[ws:we]
		if startsUpper(w) {
			pos, afterCap = ws, true
			continue
		}
		c := g.classOf(w)
		if c&classWorkCue != 0 {
			return afterCap, s[pos:g.runEnd(s, end)]
		}
		if c&classRunWord == 0 {
			return false, ""
		}
		pos, afterCap = ws, false
	}
	return false, ""
}

// runEnd returns where the capitalised run that goes on at s[end:] ends:
// over capitalised words, and small words between two of them.
func (g *gazetteer) runEnd(s string, end int) int {
	for range 8 {
		ws, we, ok := nextWord(s, end, maxNeighbourGap)
		if !ok || !isSpaces(s[end:ws]) {
			return end
		}
		if !startsUpper(s[ws:we]) {
			if !g.is(classRunWord, s[ws:we]) {
				return end
			}
			ns, ne, ok := nextWord(s, we, maxNeighbourGap)
			if !ok || !isSpaces(s[we:ns]) || !startsUpper(s[ns:ne]) {
				return end
			}
			we = ne
		}
		end = we
	}
	return end
}

// prevWordAt returns the word that ends before s[i], if only blanks stand
// between.
func prevWordAt(s string, i int) (start, end int, ok bool) {
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j == i || j == 0 || i-j > 3 {
		return 0, 0, false
	}
	end = j
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if r < utf8.RuneSelf {
			if !isASCIIWordByte(byte(r)) {
				break
			}
		} else if !fold.IsWordRune(r) {
			break
		}
		j -= size
	}
	if j == end {
		return 0, 0, false
	}
	return j, end, true
}

// maxQuotes is how many quoted spans of a text are kept.
const maxQuotes = 8

// quoteSpans are a text's quoted spans; n < 0 until they are found.
type quoteSpans struct {
	n     int
	spans [maxQuotes]quoteSpan
}

type quoteSpan struct {
	from, to int  // the quoted text, without the quotes
	title    bool // short, in title case, not a sentence: the title of a work
}

// find finds the quoted spans of s: between “ and ”, « and », or a pair
// of straight or single quotes that open before a capital.
func (q *quoteSpans) find(s string, g *gazetteer) {
	q.n = 0
	open, openQuote := -1, ""
	for i := 0; i < len(s) && q.n < maxQuotes; {
		c := s[i]
		var quote string
		switch {
		case c == '"' || c == '\'':
			quote = s[i : i+1]
		case c == 0xE2 && strings.HasPrefix(s[i:], "“"), strings.HasPrefix(s[i:], "”"),
			strings.HasPrefix(s[i:], "‘"), strings.HasPrefix(s[i:], "’"):
			quote = s[i : i+3]
		case c == 0xC2 && (strings.HasPrefix(s[i:], "«") || strings.HasPrefix(s[i:], "»")):
			quote = s[i : i+2]
		default:
			i++
			continue
		}
		after := i + len(quote)
		opens := (i == 0 || !isWordByteBefore(s, i)) && after < len(s) && startsUpper(s[after:])
		apostrophe := (quote == "'" || quote == "’") && isWordByteAt(s, after) // People's
		switch {
		case open < 0 && opens && quote != "”" && quote != "»" && quote != "’":
			open, openQuote = after, quote
		case open >= 0 && closes(openQuote, quote) && !apostrophe:
			q.spans[q.n] = quoteSpan{from: open, to: i, title: g.titleLike(s[open:i])}
			q.n++
			open = -1
		}
		i = after
	}
}

func closes(open, quote string) bool {
	switch open {
	case "“":
		return quote == "”" || quote == "\""
	case "«":
		return quote == "»"
	case "‘":
		return quote == "’"
	case "'":
		return quote == "'" || quote == "’"
	default:
		return quote == open || quote == "”"
	}
}

func isWordByteBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return fold.IsWordRune(r)
}

func isWordByteAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return fold.IsWordRune(r)
}

// titleLike reports whether quoted text is a title: at most
// maxTitleWords words, every long word capitalised, and no sentence's end.
func (g *gazetteer) titleLike(q string) bool {
	q = strings.TrimSpace(q)
	if q == "" || strings.ContainsAny(q[len(q)-1:], ".,!?;:") {
		return false
	}
	n := 0
	for i := 0; ; {
		ws, we, ok := nextWord(q, i, len(q))
		if !ok {
			break
		}
		n++
		if w := q[ws:we]; n > maxTitleWords || (!startsUpper(w) && !g.is(classRunWord, w) && we-ws > 3) {
			return false
		}
		i = we
	}
	return n > 0
}

// maxTitleWords is the most words in a quoted title.
const maxTitleWords = 10

// hasCue reports whether a place whose name is also a word (Bath, Mobile)
// is written as a place: in a dateline, after a place's preposition (in
// Bath), or before a comma and a country or state (Mobile, Alabama).
func (g *gazetteer) hasCue(s string, start, end int, st *scan) bool {
	if st.part.kind == partDateline {
		return true
	}
	if st.prevEnd < 0 && isAllUpper(s[start:end]) && end < len(s) && s[end] == ',' {
		return true // the dateline at the head of a paragraph: BATH, England —
	}
	if prev, gap, ok := prevWord(s, start, st); ok && isSpaces(gap) && !startsUpper(prev) && g.is(classPlaceCue, prev) {
		return true
	}
	if end < len(s) && s[end] == ',' {
		if q := g.nextInList(s, end); q != nil && q.flags&(flagName|flagState) != 0 {
			return true
		}
	}
	return false
}

// isLanguage reports whether a demonym that is also a language's name
// means the language: English-language, Russian speakers, in English.
func (g *gazetteer) isLanguage(s string, start, end int, st *scan) bool {
	ns, ne, ok := nextWord(s, end, maxNeighbourGap)
	if ok && (isSpaces(s[end:ns]) || isHyphen(s[end:ns])) && !startsUpper(s[ns:ne]) && g.is(classLangWord, s[ns:ne]) {
		return true
	}
	prev, gap, isPrev := prevWord(s, start, st)
	if !isPrev || !isSpaces(gap) || !g.is(classLangBefore, prev) {
		return false
	}
	// "in Russian" is the language where the phrase ends there ("said in
	// Russian, and"), not before a noun ("in Russian hands").
	if !ok || !isSpaces(s[end:ns]) {
		return true
	}
	switch s[ns:ne] {
	case "and", "or", "but", "with", "as", "to", "by":
		return true
	}
	return false
}

// wordClass says which of the shape tables a word is in.
type wordClass uint32

const (
	classNeutral wordClass = 1 << iota
	classTitle
	classClubPre
	classClubSuf
	classTeamPlural
	classCompany
	classWeakCompany
	classCompanyPre
	classInstitution
	classWorkCue
	classRunWord
	classFirstName
	classPlaceFirst
	classPlaceCue
	classLangName
	classLangWord
	classLangBefore
	classLandmark
	classPeople
	classTeamModifier
)

// wordClasses files the words of the shape tables by class, so that one
// look-up tells every class of a word.
func wordClasses() map[string]wordClass {
	m := make(map[string]wordClass, 1024)
	for _, t := range [...]struct {
		words string
		class wordClass
	}{
		{neutralWords, classNeutral}, {titleWords, classTitle}, {clubPrefixes, classClubPre},
		{clubSuffixes, classClubSuf}, {teamPlurals, classTeamPlural}, {companySuffixes, classCompany},
		{weakCompanySuffixes, classWeakCompany}, {companyPrefixes, classCompanyPre},
		{institutionWords, classInstitution}, {workCues, classWorkCue}, {runFunctionWords, classRunWord},
		{firstNames, classFirstName}, {placeFirstNames, classPlaceFirst}, {placeCues, classPlaceCue},
		{languageDemonyms, classLangName}, {languageWords, classLangWord}, {languageBefore, classLangBefore},
		{landmarkWords, classLandmark}, {peoplePlurals, classPeople}, {teamModifiers, classTeamModifier},
	} {
		for _, w := range strings.Fields(t.words) {
			m[w] |= t.class
		}
	}
	return m
}

// classOf returns the classes of the word w, folded.
func (g *gazetteer) classOf(w string) wordClass {
	if len(w) > maxWordBytes {
		return 0
	}
	if isLowerASCII(w) {
		return g.classes[w]
	}
	var buf [2 * maxWordBytes]byte
	return g.classes[string(foldInto(buf[:0], w))]
}

// is reports whether the word w is of class c.
func (g *gazetteer) is(c wordClass, w string) bool {
	return g.classOf(w)&c != 0
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
