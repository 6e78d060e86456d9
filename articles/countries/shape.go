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
	ns, ne, ok := st.next(s, end)
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
// work, and returns the title: in the run of capitalised words (and small
// words between them) around the name, where quotes enclose the run ("An
// American in Paris", 'The Italian Job') or a word such as film or novel
// stands before it (the film The Italian Job).
func (g *gazetteer) inWork(s string, start, end int, st *scan) (bool, string) {
	// Walk back over the run; most names stand after a word in lower case
	// that starts no title, and the walk ends there.
	pos, afterCap := start, true
	for range 8 {
		if st.phraseCounted && pos <= st.phraseEnd && pos != start {
			// A name that counted stands in this run: the run was no title
			// when it was read (Turkey and Azerbaijan).
			return false, ""
		}
		var ws, we int
		var ok bool
		if pos == start && st.prevEnd >= 0 && st.prevEnd < start {
			// The word before is known from the scan.
			ws, we, ok = st.prevStart, st.prevEnd, isSpaces(s[st.prevEnd:start])
		} else {
			ws, we, ok = prevWordAt(s, pos)
		}
		if !ok {
			// The run starts after punctuation: a title if a quote opens
			// it and closes it.
			if !afterCap || !opensQuote(s, pos) {
				return false, ""
			}
			runEnd := g.runEnd(s, end)
			if runEnd == end && pos == start || !closesQuote(s, runEnd) {
				return false, ""
			}
			return true, s[pos:runEnd]
		}
		w := s[ws:we]
		if startsUpper(w) {
			pos, afterCap = ws, true
			continue
		}
		// A word of up to three letters is taken for a small word without
		// looking it up (no cue is so short). A longer one decides: a cue
		// before a capital starts a title; anything else but a small word
		// ends the run.
		if len(w) > 3 {
			if !afterCap {
				return false, ""
			}
			c := g.classOf(w)
			if c&classWorkCue != 0 {
				return true, s[pos:g.runEnd(s, end)]
			}
			if c&classRunWord == 0 {
				return false, ""
			}
		}
		pos, afterCap = ws, false
	}
	return false, ""
}

// opensQuote reports whether a quote opens just before s[i]: “ ‘ « or a
// straight quote after a blank or at the start.
func opensQuote(s string, i int) bool {
	switch {
	case strings.HasSuffix(s[:i], "“"), strings.HasSuffix(s[:i], "‘"), strings.HasSuffix(s[:i], "«"):
		return true
	case i > 0 && (s[i-1] == '"' || s[i-1] == '\''):
		return i == 1 || s[i-2] == ' ' || s[i-2] == '(' || s[i-2] == '\n' || s[i-2] == '\t'
	}
	return false
}

// closesQuote reports whether a quote closes at s[i]: ” ’ » or a straight
// quote not followed by a letter (an apostrophe: People's).
func closesQuote(s string, i int) bool {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "”"), strings.HasPrefix(rest, "»"):
		return true
	case strings.HasPrefix(rest, "’"):
		return !isWordByteAt(s, i+len("’"))
	case rest != "" && (rest[0] == '"' || rest[0] == '\''):
		return !isWordByteAt(s, i+1)
	}
	return false
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
		if c := s[j-1]; c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !fold.IsWordRune(r) {
			break
		}
		j -= size
	}
	if j == end {
		return 0, 0, false
	}
	return j, end, true
}

func isWordByteAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return fold.IsWordRune(r)
}

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
	ns, ne, ok := st.next(s, end)
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
	classQualifier // the first word of a qualifier (see qualify.go)
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

// classOf returns the classes of the word w, folded. An ASCII word of up
// to eight letters, as most are, is looked up packed in a uint64, which
// costs less than hashing a string.
func (g *gazetteer) classOf(w string) wordClass {
	if len(w) <= 8 {
		if k, ok := packASCII(w); ok {
			return g.short.get(k)
		}
	}
	if len(w) > maxWordBytes {
		return 0
	}
	if isLowerASCII(w) {
		return g.classes[w]
	}
	var buf [2 * maxWordBytes]byte
	return g.classes[string(foldInto(buf[:0], w))]
}

// packASCII packs a word of up to eight ASCII letters, in lower case, into
// a uint64; ok is false for any other word.
func packASCII(w string) (k uint64, ok bool) {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k<<8 | uint64(c)
	}
	return k, len(w) > 0
}

// shortTableSize is the number of slots of the table of short words: a
// power of two, about three times the words, so that probes are short.
const shortTableSize = 4096

// shortTable maps packed short words to their classes, by open addressing
// with linear probing: a multiplication and a probe or two, no string hashing.
type shortTable struct {
	keys    [shortTableSize]uint64 // 0 for an empty slot
	classes [shortTableSize]wordClass
}

func shortSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - 12) }

func (t *shortTable) get(k uint64) wordClass {
	for i := shortSlot(k); ; i = (i + 1) % shortTableSize {
		switch t.keys[i] {
		case k:
			return t.classes[i]
		case 0:
			return 0
		}
	}
}

func (t *shortTable) put(k uint64, c wordClass) {
	i := shortSlot(k)
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) % shortTableSize
	}
	t.keys[i] = k
	t.classes[i] |= c
}

// shortClasses files the words of up to eight ASCII letters of classes
// by their packed form.
func shortClasses(classes map[string]wordClass) *shortTable {
	t := new(shortTable)
	for w, c := range classes {
		if k, ok := packASCII(w); ok && len(w) <= 8 {
			t.put(k, c)
		}
	}
	return t
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
