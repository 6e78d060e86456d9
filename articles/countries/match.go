package countries

import (
	"strings"
	"unicode/utf8"

	"dateline/articles/fold"
)

const (
	// maxWordBytes is the longest word looked up; no name has a longer one.
	maxWordBytes = 64
	// maxPhraseGap is the most bytes between two words of one phrase
	// ("U. S.", "d’Ivoire").
	maxPhraseGap = 8
	// maxPhraseWords is the most words in a phrase.
	maxPhraseWords = 8
	// maxNeighbourGap is the most bytes between a name and a neighbour that
	// can make it part of another name ("Atlanta,  Georgia").
	maxNeighbourGap = 8
)

// scan is what the tagger remembers of the words before the current one.
type scan struct {
	prevStart, prevEnd int         // the previous word; prevEnd < 0 before the first
	prevPrevEnd        int         // end of the word before that; < 0 when none
	skipTo             int         // words that start before this belong to a phrase already matched
	phraseEnd          int         // end of the last phrase matched; < 0 when none
	phraseCountry      int16       // what the last phrase was taken for: Paris in "Paris, Texas" is American
	phraseFlags        phraseFlags // and its flags, without flagName where it was an American namesake
	phraseKind         kind        // and its kind
	phraseCounted      bool        // whether it counted
	datelineSeen       countrySet  // the countries the dateline has named: a dateline names one place
	part               part        // which part of the article the text is
	weight             int32       // what a mention in it weighs
	title              int8        // whether the text is in title case: 0 not known yet, 1 yes, -1 no
	nextFrom           int         // the offset whose next word is known; -1 when none
	nextStart, nextEnd int         // that word
	nextOK             bool        // whether there is one within maxNeighbourGap
}

// tag adds the mentions in s to t. It makes one pass over the words; only
// a capitalised word is looked up, since every name starts with one, or a
// word in a script without capitals.
func (g *gazetteer) tag(s string, pt part, t *tally) {
	st := scan{prevEnd: -1, prevPrevEnd: -1, phraseEnd: -1, part: pt, weight: pt.weight(), nextFrom: -1}
	// The words are those of fold.Words, found here without a call per word:
	// most words are in lower case and need nothing but their end.
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !fold.IsWordRune(r) {
			i += size
			continue
		}
		start, end := i, i
		if c < utf8.RuneSelf {
			end++
			for end < len(s) && s[end] < utf8.RuneSelf && asciiWord[s[end]&0x7f] != 0 {
				end++ // an ASCII word, without a call
			}
		}
		if end < len(s) && s[end] >= utf8.RuneSelf {
			end = wordEnd(s, end)
		}
		i = end
		if start >= st.skipTo {
			if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf && startsUpper(s[start:end]) {
				if p, matchEnd := g.match(s, start, end); p != nil {
					g.found(s, p, start, matchEnd, &st, t)
				} else if c >= utf8.RuneSelf {
					g.foundOther(s, start, end, &st, t)
				}
			} else if c >= utf8.RuneSelf {
				g.foundOther(s, start, end, &st, t)
			}
		}
		st.prevPrevEnd, st.prevStart, st.prevEnd = st.prevEnd, start, end
	}
}

// asciiWord is 1 for the ASCII bytes that belong to a word: letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		if isASCIIWordByte(byte(c)) {
			t[c] = 1
		}
	}
	return t
}()

// wordEnd returns where the word that starts at s[i] ends, as fold.Words
// finds it.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] == 0 {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !fold.IsWordRune(r) {
			return i
		}
		i += size
	}
	return i
}

// found counts the phrase p matched at s[start:end], if it is a mention,
// and remembers it. (Kept out of tag's loop, which every word goes through.)
func (g *gazetteer) found(s string, p *phrase, start, end int, st *scan, t *tally) {
	country, flags, k, why := p.country, p.flags, p.kind, ruleStop
	counted := false
	switch {
	case country < 0:
		t.record(st, s, start, end, k, -1, why, g)
	case end < len(s) && s[end] == ',' && g.namesake(s, p, end):
		// "Paris, Texas": the state counts, the town does not.
		country, flags, why = g.us, flags&^flagName, ruleNamesake
		t.record(st, s, start, end, k, -1, why, g)
	default:
		if c, qEnd, ok := g.qualify(s, country, end, st); ok {
			country, end, k = c, qEnd, kindQualified
		}
		var c int16
		c, end, why = g.countAs(s, p, country, start, end, st, t)
		if c >= 0 && g.samePlace(s, p, c, start, st) {
			why = ruleSamePlace
		}
		hit := t.record(st, s, start, end, k, c, why, g)
		if c >= 0 {
			country = c
			if why != ruleSamePlace {
				g.count(p, c, st, t, hit, s, start, end)
				counted = true
			}
		}
	}
	st.skipTo, st.phraseEnd, st.phraseCountry, st.phraseFlags = end, end, country, flags
	st.phraseKind, st.phraseCounted = k, counted || why == ruleSamePlace
}

// samePlace reports whether a country's name or a state after a place
// and a comma names the same place again (Leeds, England; Mobile, Alabama),
// or a dateline names the country again (DOHA, Qatar): one place, one mention.
func (g *gazetteer) samePlace(s string, p *phrase, c int16, start int, st *scan) bool {
	if st.part.kind == partDateline && st.datelineSeen.has(int(c)) {
		return true
	}
	return st.phraseCounted && st.phraseCountry == c && p.flags&(flagName|flagState) != 0 &&
		st.phraseKind != kindName && st.phraseFlags&flagName == 0 &&
		start-st.phraseEnd <= maxNeighbourGap && isCommaGap(s[st.phraseEnd:start])
}

// count adds a mention of the country c by the phrase p.
func (g *gazetteer) count(p *phrase, c int16, st *scan, t *tally, hit int32, s string, start, end int) {
	t.mark(c)
	t.mentions[c]++
	t.score[c] += st.weight
	switch st.part.kind {
	case partHeadline:
		t.top.add(c)
	case partDateline:
		st.datelineSeen.add(c)
		t.prominent.add(c)
	case partLead:
		t.prominent.add(c)
	}
	switch {
	case c == g.ge && p == g.georgia:
		t.bareGeorgia++
		t.bareGeorgiaScore += st.weight
	case c == g.ge:
		t.geOther++
	case c == g.us && (p.kind == kindState || p.kind == kindCity || p.kind == kindPlace || st.part.kind == partDateline):
		t.usLocal++
	}
	if t.nHeld < maxHeld {
		t.held[t.nHeld] = held{p: p, country: c, weight: st.weight, hit: hit, s: s, start: start, end: end}
		t.nHeld++
	}
}

// foundOther matches the names that start with a word not in Latin
// letters: Cyrillic and Arabic names word by word, Chinese and Japanese
// ones inside the word, which is a whole run of text.
func (g *gazetteer) foundOther(s string, start, end int, st *scan, t *tally) {
	w := s[start:end]
	r, _ := utf8.DecodeRuneInString(w)
	if isCJK(r) {
		g.scanCJK(s, start, w, func(c int16, from, to int) {
			hit := t.record(st, s, from, to, kindForeign, c, ruleCounted, g)
			t.mark(c)
			t.mentions[c]++
			t.score[c] += st.weight
			if c == g.ge {
				t.geOther++
			}
			_ = hit
		})
		return
	}
	if len(g.other) == 0 || len(w) > maxWordBytes {
		return
	}
	var buf [2 * maxWordBytes]byte
	cands := g.otherCandidates(string(foldInto(buf[:0], w)))
	if len(cands) == 0 {
		return
	}
	la := lookahead{s: s}
	la.starts[0], la.ends[0], la.n = start, end, 1
	for k := range cands {
		p := &cands[k]
		if p.upper&1 != 0 && !isAllUpper(w) {
			continue
		}
		if matchEnd, ok := p.matchOther(&la); ok {
			hit := t.record(st, s, start, matchEnd, kindForeign, p.country, ruleCounted, g)
			g.count(p, p.country, st, t, hit, s, start, matchEnd)
			st.skipTo, st.phraseEnd, st.phraseCountry, st.phraseFlags = matchEnd, matchEnd, p.country, p.flags
			return
		}
	}
}

// matchOther matches a name in another script: the first word was found
// by otherCandidates; the others must equal the name's, or, where it
// inflects, start with their stems and end in a case ending.
func (p *phrase) matchOther(la *lookahead) (int, bool) {
	for j := 1; j < len(p.words); j++ {
		w, ok := la.word(j)
		if !ok {
			return 0, false
		}
		var buf [2 * maxWordBytes]byte
		if len(w) > maxWordBytes {
			return 0, false
		}
		f := string(foldInto(buf[:0], w))
		if p.flags&flagInflect != 0 && p.upper>>j&1 == 0 {
			if !inflects(f, p.words[j]) {
				return 0, false
			}
		} else if f != p.words[j] {
			return 0, false
		}
	}
	if p.flags&flagInflect != 0 && p.upper&1 == 0 && len(p.words) > 0 {
		var buf [2 * maxWordBytes]byte
		if first := la.s[la.starts[0]:la.ends[0]]; len(first) <= maxWordBytes && !inflects(string(foldInto(buf[:0], first)), p.words[0]) {
			return 0, false
		}
	}
	return la.ends[len(p.words)-1], true
}

// match returns the longest phrase that starts with the word s[start:end],
// and where it ends, or nil.
func (g *gazetteer) match(s string, start, end int) (*phrase, int) {
	w := s[start:end]
	cands := g.candidates(w)
	if len(cands) == 0 {
		return nil, 0
	}
	la := lookahead{s: s}
	la.starts[0], la.ends[0], la.n = start, end, 1
	for k := range cands {
		p := &cands[k]
		if p.upper&1 != 0 && !isAllUpper(w) {
			continue
		}
		if matchEnd, ok := p.matchRest(&la); ok {
			if p.flags&flagAbbrev != 0 && (matchEnd >= len(s) || s[matchEnd] != '.') {
				continue // "Calif." is an abbreviation only with its full stop
			}
			return p, matchEnd
		}
	}
	return nil, 0
}

// candidates returns the phrases whose first word is w, folded.
func (g *gazetteer) candidates(w string) []phrase {
	// Fold and hash an ASCII word in one pass; fold any other first.
	var buf [2 * maxWordBytes]byte
	f, h := buf[:0], uint32(hashSeed)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			f = foldInto(buf[:0], w)
			h = wordHash(string(f))
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f = append(f, c)
		h = (h ^ uint32(c)) * hashPrime
	}
	b := bucketOf(h)
	for i := g.buckets[b]; i < g.buckets[b+1]; i++ {
		if g.keyHash[i] == h && g.keys[i].word == string(f) {
			return g.keys[i].cands
		}
	}
	return nil
}

// nBuckets is the number of buckets the first words hash to: few enough for
// the bucket index to stay in cache, enough for a bucket to hold a key or two.
const nBuckets = 8192

// FNV-1a, over a folded word.
const (
	hashSeed  = 2166136261
	hashPrime = 16777619
)

// wordHash hashes a folded word.
func wordHash(f string) uint32 {
	h := uint32(hashSeed)
	for i := 0; i < len(f); i++ {
		h = (h ^ uint32(f[i])) * hashPrime
	}
	return h
}

// bucketOf is the bucket of a word's hash (Fibonacci hashing, which mixes
// the high bits in).
func bucketOf(h uint32) int {
	return int(h * 2654435761 >> (32 - 13))
}

// trigram numbers the first three letters of a word (fewer for a shorter
// word) when they are ASCII letters; ok is false otherwise.
func trigram(w string) (t int, ok bool) {
	for i := range 3 {
		d := 0
		if i < len(w) {
			c := w[i] | 0x20 // ASCII lower case
			if c < 'a' || c > 'z' {
				return 0, false
			}
			d = int(c-'a') + 1
		}
		t = t*27 + d
	}
	return t, true
}

// lookahead finds the words after a phrase's first word once, for all the
// phrases that start with it.
type lookahead struct {
	s            string
	n            int // words found, the first included
	starts, ends [maxPhraseWords]int
	noMore       bool // the next word is too far, or the gap does not join words
}

// word returns the phrase's word j (j ≥ 1), if the text has one close enough.
func (la *lookahead) word(j int) (string, bool) {
	for la.n <= j {
		if la.noMore {
			return "", false
		}
		pos := la.ends[la.n-1]
		ws, we, ok := nextWord(la.s, pos, maxPhraseGap)
		if !ok || !phraseGap(la.s[pos:ws], la.s[la.starts[la.n-1]:pos]) {
			la.noMore = true
			return "", false
		}
		la.starts[la.n], la.ends[la.n] = ws, we
		la.n++
	}
	return la.s[la.starts[j]:la.ends[j]], true
}

// matchRest matches the words of p after the first, and returns where the
// phrase ends.
func (p *phrase) matchRest(la *lookahead) (int, bool) {
	for j := 1; j < len(p.words); j++ {
		w, ok := la.word(j)
		if !ok || !eqFold(w, p.words[j]) || (p.upper>>j&1 != 0 && !isAllUpper(w)) {
			return 0, false
		}
	}
	return la.ends[len(p.words)-1], true
}

// countAs returns the country that a name matched at s[start:end] (and
// taken for country) is a mention of, or -1 when it is none, with where the
// name ends (a club's or company's name goes on past the place) and why.
func (g *gazetteer) countAs(s string, p *phrase, country int16, start, end int, st *scan, t *tally) (int16, int, rule) {
	// "non-Turkish" says the opposite.
	if st.prevEnd >= 0 && st.prevEnd != st.phraseEnd && isHyphen(s[st.prevEnd:start]) &&
		eqFold(s[st.prevStart:st.prevEnd], "non") {
		return -1, end, ruleNegated
	}
	if p.flags&flagAbbrev != 0 && !(st.prevEnd >= 0 && isCommaGap(s[st.prevEnd:start]) &&
		startsUpper(s[st.prevStart:st.prevEnd])) {
		return -1, end, ruleAbbrev // "Calif." only in "Fresno, Calif."
	}
	if p.flags&flagState != 0 && p.country != g.us && g.saysState(s, start, end, st) {
		return g.us, end, ruleStateHere // Georgia, where the text says it is the state
	}
	if r := g.before(s, p, start, st); r != ruleCounted {
		if r == rulePerson {
			t.person(p)
		}
		return -1, end, r
	}
	if p.amb != ambNone && (g.prevMakesName(s, p, start, st) || g.nextMakesName(s, p, end, st)) {
		return -1, end, ruleName
	}
	if e, r := g.after(s, p, end, st); r != ruleCounted {
		return -1, e, r
	}
	if ok, title := g.inWork(s, start, end, st); ok {
		t.work(title)
		return -1, end, ruleWork
	}
	if p.flags&flagCue != 0 && !g.hasCue(s, start, end, st) {
		return -1, end, ruleCue
	}
	if p.flags&flagLanguage != 0 && g.isLanguage(s, start, end, st) {
		return -1, end, ruleLanguage
	}
	if p.flags&flagShout != 0 && g.shouted(s, start, end, st) {
		return -1, end, ruleShouted
	}
	return country, end, ruleCounted
}

// namesake reports whether a foreign name followed by a comma at s[end] is
// an American town's, because an American state follows: "Paris, Texas",
// "Athens, Ga.", "Lebanon, New Hampshire". Georgia after a country's own
// name or after one of its own cities is the country (Armenia, Georgia;
// Tbilisi, Georgia); a state itself is no namesake (Georgia, Texas).
func (g *gazetteer) namesake(s string, p *phrase, end int) bool {
	if p.country == g.us || p.flags&flagState != 0 {
		return false
	}
	// Most commas are followed by a word in lower case; every state
	// starts with an ASCII capital.
	i := end + 1
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == len(s) || (s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z')) {
		return false
	}
	ns, ne, ok := nextWord(s, end, maxNeighbourGap)
	if !ok || !isCommaGap(s[end:ns]) || !startsUpper(s[ns:ne]) {
		return false
	}
	q, qEnd := g.match(s, ns, ne)
	if q == nil || q.flags&flagState == 0 {
		return false
	}
	if q.country == g.us {
		return true
	}
	// Georgia: a town's state only after a place that is neither the
	// country's nor another country's name, and not in a list that goes on
	// with another country (Türkiye, Georgia and Azerbaijan).
	if q.country == p.country || p.flags&flagName != 0 {
		return false
	}
	r := g.nextInList(s, qEnd)
	return r == nil || r.country < 0 || r.country == g.us
}

// saysState reports whether the text makes Georgia, matched at
// s[start:end], the American state: after an American place and a comma
// (Atlanta, Georgia; Athens, Georgia), or in a list with a state (Alabama
// and Georgia; Georgia, Texas).
func (g *gazetteer) saysState(s string, start, end int, st *scan) bool {
	if st.phraseEnd >= 0 && st.phraseCountry == g.us && start-st.phraseEnd <= maxNeighbourGap {
		gap := s[st.phraseEnd:start]
		if isCommaGap(gap) && st.phraseFlags&flagName == 0 {
			return true
		}
		if st.phraseFlags&flagState != 0 && isListGap(gap) {
			return true
		}
	}
	q := g.nextInList(s, end)
	return q != nil && q.country == g.us && q.flags&flagState != 0
}

// nextInList returns the phrase that follows s[:end] as the next item of a
// list (", Texas", " and Texas", ", or Texas"), or nil.
func (g *gazetteer) nextInList(s string, end int) *phrase {
	ns, ne, ok := nextWord(s, end, maxNeighbourGap)
	if !ok {
		return nil
	}
	if w := s[ns:ne]; w == "and" || w == "or" {
		if ns, ne, ok = nextWord(s, ne, maxNeighbourGap); !ok {
			return nil
		}
	}
	if !isListGap(s[end:ns]) || !startsUpper(s[ns:ne]) {
		return nil
	}
	q, _ := g.match(s, ns, ne)
	return q
}

// prevMakesName reports whether the word before an ambiguous name makes it
// part of another name: "Michael Jordan", "Mr. Jordan", "Decatur, Georgia".
// The start of a sentence ("Visiting Jordan") and function words ("In
// Jordan") do not.
func (g *gazetteer) prevMakesName(s string, p *phrase, start int, st *scan) bool {
	if st.prevEnd < 0 {
		return false
	}
	prev, gap := s[st.prevStart:st.prevEnd], s[st.prevEnd:start]
	if st.prevEnd == st.phraseEnd && !st.phraseCounted && isSpaces(gap) {
		return true // after a name that was no place: Jordan Henderson
	}
	if st.prevEnd == st.phraseEnd {
		// An American place before a comma makes the name another place's
		// (Houston, Paris), but the country's own name does not (the United
		// States, Georgia and Ukraine).
		return p.amb == ambPlace && isCommaGap(gap) && st.phraseCountry == g.us &&
			st.phraseFlags&flagName == 0 && p.country != g.us
	}
	if !startsUpper(prev) {
		return false
	}
	switch {
	case isSpaces(gap):
	case p.amb == ambPlace && isCommaGap(gap):
	case isDotGap(gap):
		return utf8.RuneCountInString(prev) == 1 || g.is(classTitle, prev)
	default:
		return false
	}
	if g.is(classNeutral, prev) {
		return false
	}
	sentenceStart := st.prevPrevEnd < 0 || sentenceBreak(s[st.prevPrevEnd:st.prevStart])
	return !(sentenceStart && looksCommon(prev))
}

// nextMakesName reports whether the word after an ambiguous name makes it
// part of another name: "Jordan Peterson". (A state after a comma, as in
// "Paris, Texas", is the namesake rule's.)
func (g *gazetteer) nextMakesName(s string, p *phrase, end int, st *scan) bool {
	ns, ne, ok := st.next(s, end)
	if !ok {
		return false
	}
	gap, next := s[end:ns], s[ns:ne]
	if !isSpaces(gap) {
		return false
	}
	if next == "state" && g.list[p.country].Code == "GE" {
		return true // "the Georgia state fair" is the American state
	}
	if !startsUpper(next) || g.classOf(next)&(classNeutral|classLandmark) != 0 {
		return false
	}
	// A place after it makes a list or a longer place (Paris Texas), unless
	// that place's name is itself a person's (Paris Jackson).
	q, _ := g.match(s, ns, ne)
	return q == nil || q.amb != ambNone || q.flags&flagCue != 0
}

// shouted reports whether an acronym that is also a word stands among words
// in capitals ("TRUST US NOW"), where it is most likely the word.
func (g *gazetteer) shouted(s string, start, end int, st *scan) bool {
	if st.prevEnd >= 0 && st.prevEnd != st.phraseEnd && isSpaces(s[st.prevEnd:start]) {
		if prev := s[st.prevStart:st.prevEnd]; len(prev) > 1 && isAllUpper(prev) {
			return true
		}
	}
	ns, ne, ok := nextWord(s, end, maxNeighbourGap)
	if !ok || !isSpaces(s[end:ns]) {
		return false
	}
	next := s[ns:ne]
	if len(next) < 2 || !isAllUpper(next) {
		return false
	}
	q, _ := g.match(s, ns, ne)
	return q == nil
}

// nextWord finds the word after byte offset i, as fold.Words would, if it
// starts within maxGap bytes.
func nextWord(s string, i, maxGap int) (start, end int, ok bool) {
	limit := i + maxGap
	for i < len(s) && i <= limit {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIWordByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if fold.IsWordRune(r) {
			break
		}
		i += size
	}
	if i >= len(s) || i > limit {
		return 0, 0, false
	}
	start = i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIIWordByte(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !fold.IsWordRune(r) {
			break
		}
		i += size
	}
	return start, i, true
}

func isASCIIWordByte(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// phraseGap reports whether gap may separate two words of one phrase:
// spaces, hyphens and apostrophes ("Guinea-Bissau", "People's"), and a
// full stop after an abbreviation ("U.S.", "St. Lucia").
func phraseGap(gap, prev string) bool {
	for _, r := range gap {
		switch r {
		case ' ', '\t', '\u00a0', '\u202f', '-', '\u2010', '\u2011', '\'', '\u2019':
		case '.':
			if utf8.RuneCountInString(prev) > 2 {
				return false
			}
		default:
			return false
		}
	}
	return gap != ""
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f'
}

// isSpaces reports whether gap is blank within one line.
func isSpaces(gap string) bool {
	for _, r := range gap {
		if !isSpaceRune(r) {
			return false
		}
	}
	return gap != ""
}

// isCommaGap reports whether gap is a comma and blanks (", ").
func isCommaGap(gap string) bool {
	return len(gap) > 1 && gap[0] == ',' && isSpaces(gap[1:])
}

// isListGap reports whether gap joins two items of a list: ", ", " and ",
// ", and ", " or ".
func isListGap(gap string) bool {
	rest, comma := strings.CutPrefix(gap, ",")
	word := strings.TrimLeftFunc(rest, isSpaceRune)
	for _, conj := range [...]string{"and", "or"} {
		if after, ok := strings.CutPrefix(word, conj); ok && word != rest && isSpaces(after) {
			return true
		}
	}
	return comma && isSpaces(rest)
}

// isDotGap reports whether gap is a full stop and blanks (". ").
func isDotGap(gap string) bool {
	return len(gap) > 1 && gap[0] == '.' && isSpaces(gap[1:])
}

func isHyphen(gap string) bool {
	return gap == "-" || gap == "\u2010" || gap == "\u2011"
}

// sentenceBreak reports whether gap ends a sentence or a line.
func sentenceBreak(gap string) bool {
	return strings.ContainsAny(gap, ".!?:\n…")
}

// looksCommon reports whether a capitalised word is more likely a common
// word than a name: a participle or an adverb ("Visiting", "Reportedly").
func looksCommon(w string) bool {
	if len(w) < 5 || len(w) > maxWordBytes {
		return false
	}
	var buf [2 * maxWordBytes]byte
	f := foldInto(buf[:0], w)
	return hasSuffix(f, "ing") || hasSuffix(f, "ly") || hasSuffix(f, "ed")
}

func hasSuffix(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

// foldInto appends the folded w to buf, as fold.String would fold it.
func foldInto(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if f := fold.Rune(r); f != fold.Drop {
			buf = utf8.AppendRune(buf, f)
		}
	}
	return buf
}

// eqFold reports whether w folds to f, without allocating.
func eqFold(w, f string) bool {
	j := 0
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if j >= len(f) || f[j] != c {
				return false
			}
			i++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		fr := fold.Rune(r)
		if fr == fold.Drop {
			continue
		}
		var enc [utf8.UTFMax]byte
		n := utf8.EncodeRune(enc[:], fr)
		if j+n > len(f) || f[j:j+n] != string(enc[:n]) {
			return false
		}
		j += n
	}
	return j == len(f)
}

// next returns the word after s[:end] within maxNeighbourGap, as nextWord
// does, remembering it: the rules after a name all look at the same word.
func (st *scan) next(s string, end int) (start, wordEnd int, ok bool) {
	if st.nextFrom != end {
		st.nextFrom = end
		st.nextStart, st.nextEnd, st.nextOK = nextWord(s, end, maxNeighbourGap)
	}
	return st.nextStart, st.nextEnd, st.nextOK
}
