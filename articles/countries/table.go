package countries

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dateline/articles/fold"
	"github.com/biter777/countries"
)

// ambiguity says when a name may be someone's or something else's.
type ambiguity uint8

const (
	ambNone  ambiguity = iota
	ambName            // not next to another capitalised word (Michael Jordan)
	ambPlace           // as ambName, and not across a comma (Decatur, Georgia)
)

// phraseFlags are what else is known of a phrase.
type phraseFlags uint16

const (
	// flagShout marks an acronym that is also a word (US): not in shouted text.
	flagShout phraseFlags = 1 << iota
	// flagState marks an American state (Texas, Ga.), and Georgia, which may be one.
	flagState
	// flagAbbrev marks a state's abbreviation (Calif.): it needs its full
	// stop, and a capitalised word and a comma before it.
	flagAbbrev
	// flagName marks a country's own name (Armenia), as against its cities
	// and demonyms: "Armenia, Georgia" is a list, "Athens, Georgia" a town.
	flagName
	// flagCue marks a place whose name is also a word or a person's name
	// (Bath, Split, Charlotte): it counts only after a place cue ("in
	// Bath"), before a country or state ("Mobile, Alabama"), or in a dateline.
	flagCue
	// flagLanguage marks a demonym that is also a language's name: it does
	// not count as the language ("in English", "Russian-speaking").
	flagLanguage
	// flagInflect marks a name in a language that inflects it (Russian):
	// its words are stems, and a word matches with one of the endings.
	flagInflect
)

// kind says what sort of reference a phrase is; --explain shows it.
type kind uint8

const (
	kindAlias     kind = iota // a demonym, adjective, official or common name
	kindName                  // the country's own name
	kindPlace                 // a city, region or landmark of the project's tables
	kindCity                  // a city of the gazetteer
	kindState                 // an American state
	kindCapital               // a capital, from the ISO library
	kindPlural                // a plural made from a demonym
	kindMetonym               // a building or street that stands for a government
	kindFormer                // an older or alternate name
	kindNickname              // a nickname in common use
	kindNation                // a nation within a country, or its people
	kindForeign               // a name in another language
	kindQualified             // a name with a qualifier (Korea, Republic of)
	kindStop                  // a stop phrase: an organisation, outlet, historical state or set phrase
)

var kindNames = [...]string{
	kindAlias: "alias", kindName: "name", kindPlace: "place", kindCity: "city", kindState: "US state",
	kindCapital: "capital", kindPlural: "plural", kindMetonym: "metonym", kindFormer: "former name",
	kindNickname: "nickname", kindNation: "nation", kindForeign: "name in another language",
	kindQualified: "qualified name", kindStop: "stop phrase",
}

// String names the kind for --explain.
func (k kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// phrase is one name or stop phrase, as folded words.
type phrase struct {
	words   []string // folded; words[0] is the key it is filed under
	upper   uint32   // bit j: word j must be written all in capitals (US, DPRK)
	country int16    // index into gazetteer.list; -1 for a stop phrase
	amb     ambiguity
	kind    kind
	flags   phraseFlags
}

// gazetteer is the country list and the phrase table, built once.
type gazetteer struct {
	list       []Country
	byCode     [26 * 26]int16         // 1 + index into list; 0 when there is none
	keys       []key                  // by bucket, then by first word
	keyHash    []uint32               // keys[i]'s hash, kept apart to be scanned in cache
	buckets    [nBuckets + 1]uint16   // keys[buckets[b]:buckets[b+1]] have hashes that fall in bucket b
	nameRank   []uint16               // each country's place in the list sorted by name
	classes    map[string]wordClass   // the words that give a name its shape (see shape.go), by folded word
	short      *shortTable            // those of up to eight ASCII letters, packed
	qualifiers map[string][]qualifier // by first folded word
	other      map[string][]phrase    // names whose first word is not Latin, by folded first word (a stem where inflected)
	cjk        map[rune][]cjkName     // Chinese and Japanese names by first rune, longest first
	georgia    *phrase                // the bare name Georgia
	neighbours []int16                // countries that keep a bare Georgia the country
	ge         int16
	us         int16 // the United States' index into list

	// conflicts lists names the project's tables give twice; tests want none.
	conflicts []string
}

var (
	tableOnce sync.Once
	theTable  *gazetteer
)

// countryList is the list of countries alone, by code: what a Ref needs,
// which a start that tags nothing builds without the phrase table.
type countryList struct {
	list   []Country
	byCode [26 * 26]int16 // 1 + index into list; 0 when there is none
}

// theList returns the country list, building it on first use.
var theList = sync.OnceValue(func() *countryList {
	all := countries.All()
	l := &countryList{list: make([]Country, 0, len(all))}
	for _, c := range all {
		code := c.Alpha2()
		i, ok := codeIndex(code)
		if !ok || withdrawn[code] || l.byCode[i] != 0 {
			continue
		}
		name := shortNames[code]
		if name == "" {
			name = c.String()
		}
		l.list = append(l.list, Country{Code: code, Name: name, Flag: c.Emoji()})
		l.byCode[i] = int16(len(l.list))
	}
	if len(l.list) > maxCountries {
		panic("countries: more countries than maxCountries") // a programming error, caught by any test
	}
	return l
})

// table returns the gazetteer, building it on first use: start-up pays nothing.
func table() *gazetteer {
	tableOnce.Do(func() { theTable = build() })
	return theTable
}

// key is a first word and the phrases that start with it, longest first.
type key struct {
	word  string
	cands []phrase
}

// entry is a phrase while the table is built.
type entry struct {
	phrase
	hash uint32 // wordHash of the first word
	own  bool   // from the project's tables, which must not contradict themselves
}

// builder collects phrases in the order of their claims: the first wins.
type builder struct {
	g       *gazetteer
	entries []entry
	arena   []string // backs the phrases' words, to allocate them in bulk
}

func build() *gazetteer {
	g := &gazetteer{
		classes: wordClasses(),
		other:   make(map[string][]phrase),
		cjk:     make(map[rune][]cjkName),
	}
	l := theList()
	g.list, g.byCode = l.list, l.byCode
	g.us = g.index("US")

	// Most names come from the tables; with plurals, the library's names,
	// other languages and the cities about three times as many phrases.
	estimate := 3 * (strings.Count(aliasTable, "|") + strings.Count(citiesData, "|") + 8*len(g.list))
	b := builder{g: g, entries: make([]entry, 0, estimate), arena: make([]string, 0, estimate*2)}
	// The project's tables first: they win over names derived from the
	// library, other languages and the gazetteer. Each is folded whole,
	// once, and walked beside its folding: folding keeps the separators,
	// so the fields line up. The tables of particular kinds come before
	// aliasTable, so that a name in both is explained by its kind.
	b.table(metonymTable, kindMetonym, true)
	b.table(formerTable, kindFormer, true)
	b.table(nicknameTable, kindNickname, true)
	b.table(nationTable, kindNation, true)
	// The first name of a line is the country's own, as are its short
	// name and the library's.
	b.table(aliasTable, kindAlias, true)
	for line, folded := range lines(usStates, fold.String(usStates)) {
		for name, folded := range fields(line, folded) {
			flags := flagState
			if strings.HasSuffix(name, ".") {
				flags |= flagAbbrev
			}
			b.add(name, folded, g.us, true, flags, kindState)
		}
	}
	for line, folded := range lines(stopPhrases, fold.String(stopPhrases)) {
		for name, folded := range fields(line, folded) {
			b.add(name, folded, -1, true, 0, kindStop)
		}
	}
	for _, w := range strings.Fields(manForms) {
		idx := b.demonymCountry(w)
		for _, suffix := range [...]string{"man", "men", "woman", "women"} {
			b.add(w+suffix, fold.String(w+suffix), idx, true, 0, kindNation)
		}
	}
	for idx, c := range g.list {
		b.add(c.Name, fold.String(c.Name), int16(idx), false, flagName, kindName)
	}
	for _, c := range countries.All() {
		idx := g.index(c.Alpha2())
		if idx < 0 {
			continue
		}
		if name := c.String(); !skipLibraryNames[c.Alpha2()] && !strings.ContainsAny(name, "(),") {
			b.add(name, fold.String(name), idx, false, flagName, kindName)
		}
		if capital := c.Capital().String(); !skipCapitals[capital] && !strings.ContainsAny(capital, "(),") {
			b.add(capital, fold.String(capital), idx, false, 0, kindCapital)
		}
	}
	b.cities()
	b.foreign()
	g.sortCJK()
	b.index()
	g.ge = g.index("GE")
	if p := g.find("georgia", g.ge); p != nil {
		p.flags |= flagState
		g.georgia = p
	} else {
		g.conflicts = append(g.conflicts, "Georgia is not Georgia's name")
	}
	for _, code := range strings.Fields(georgiaNeighbours) {
		g.neighbours = append(g.neighbours, g.index(code))
	}
	g.buildQualifiers()
	g.short = shortClasses(g.classes)

	byName := make([]int, len(g.list))
	for i := range byName {
		byName[i] = i
	}
	slices.SortFunc(byName, func(a, b int) int { return strings.Compare(g.list[a].Name, g.list[b].Name) })
	g.nameRank = make([]uint16, len(g.list))
	for rank, i := range byName {
		g.nameRank[i] = uint16(rank)
	}
	return g
}

// index files the phrases by the hash of their first word, then by first
// word, longest first, dropping repeated claims: a word of text then costs
// its hash, folded as it is read, an array index and a comparison or two.
func (b *builder) index() {
	g, es, n := b.g, b.entries, len(b.entries)
	// A stable counting sort by bucket: count, turn the counts into bucket
	// ends, place from the back.
	var ends [nBuckets + 1]int32
	for i := range es {
		ends[bucketOf(es[i].hash)]++
	}
	var sum int32
	for k := range ends {
		sum += ends[k]
		ends[k] = sum
	}
	order := make([]int32, n)
	for i := n - 1; i >= 0; i-- {
		k := bucketOf(es[i].hash)
		ends[k]--
		order[ends[k]] = int32(i)
	}
	// Buckets are small: a stable insertion sort within each.
	less := func(x, y int32) bool {
		a, b := &es[x], &es[y]
		if a.words[0] != b.words[0] {
			return a.words[0] < b.words[0]
		}
		return len(a.words) > len(b.words)
	}
	for k := range nBuckets {
		lo, hi := int(ends[k]), int(ends[k+1])
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && less(order[j], order[j-1]); j-- {
				order[j], order[j-1] = order[j-1], order[j]
			}
		}
	}

	phrases := make([]phrase, 0, n)
	g.keys = make([]key, 0, n)
	g.keyHash = make([]uint32, 0, n)
	for i := 0; i < n; {
		first, start := &es[order[i]], len(phrases)
		j := i
		for ; j < n && es[order[j]].words[0] == first.words[0]; j++ {
			e := &es[order[j]]
			if dup := claimed(phrases[start:], e); dup == nil {
				phrases = append(phrases, e.phrase)
			} else if dup.country == e.country {
				dup.flags |= e.flags & flagName // named again: the library's name may be the country's own
			} else if e.own {
				g.conflicts = append(g.conflicts, fmt.Sprintf("%q claimed by %s and %s",
					strings.Join(e.words, " "), g.label(dup.country), g.label(e.country)))
			}
		}
		g.keys = append(g.keys, key{word: first.words[0], cands: phrases[start:len(phrases):len(phrases)]})
		g.keyHash = append(g.keyHash, first.hash)
		i = j
	}
	k := 0
	for bucket := range g.buckets {
		for k < len(g.keys) && bucketOf(g.keyHash[k]) < bucket {
			k++
		}
		g.buckets[bucket] = uint16(k)
	}
}

// find returns the phrase of the country idx whose words are those of the
// folded name, or nil.
func (g *gazetteer) find(folded string, idx int16) *phrase {
	var words [maxPhraseWords]string
	n := 0
	fold.Words(folded, func(w fold.Word) {
		if n < len(words) {
			words[n] = w.Text
		}
		n++
	})
	if n == 0 || n > len(words) {
		return nil
	}
	cands := g.candidates(words[0])
	for k := range cands {
		if p := &cands[k]; p.country == idx && slices.Equal(p.words, words[:n]) {
			return p
		}
	}
	return nil
}

// claimed returns the phrase among earlier that has the same words as e, if any.
func claimed(earlier []phrase, e *entry) *phrase {
	for k := range earlier {
		if o := &earlier[k]; slices.Equal(o.words, e.words) {
			return o
		}
	}
	return nil
}

// index returns the list index of the country with the alpha-2 code, or -1.
func (g *gazetteer) index(code string) int16 {
	i, ok := codeIndex(code)
	if !ok {
		return -1
	}
	return g.byCode[i] - 1
}

// lines yields the non-blank lines of a table beside those of its folding.
func lines(table, folded string) iter.Seq2[string, string] {
	return split(table, folded, "\n")
}

// fields yields the |-separated names of a line beside their foldings.
func fields(line, folded string) iter.Seq2[string, string] {
	return split(line, folded, "|")
}

func split(s, folded, sep string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for s != "" {
			var part, foldedPart string
			part, s, _ = strings.Cut(s, sep)
			foldedPart, folded, _ = strings.Cut(folded, sep)
			part, foldedPart = strings.TrimSpace(part), strings.TrimSpace(foldedPart)
			if part != "" && !yield(part, foldedPart) {
				return
			}
		}
	}
}

// table files the names of a table of lines "CODE|name|name|…" as kind k.
// In aliasTable the first name of a line is the country's own.
func (b *builder) table(t string, k kind, own bool) {
	g := b.g
	for line, folded := range lines(t, fold.String(t)) {
		code, names, _ := strings.Cut(line, "|")
		_, foldedNames, _ := strings.Cut(folded, "|")
		if code == "" {
			continue
		}
		idx := g.index(code)
		if idx < 0 {
			g.conflicts = append(g.conflicts, "unknown code "+code)
			continue
		}
		var flags phraseFlags
		nameKind := k
		if k == kindAlias {
			flags, nameKind = flagName, kindName
		}
		for name, folded := range fields(names, foldedNames) {
			b.add(name, folded, idx, own, flags, nameKind)
			flags, nameKind = 0, k
		}
	}
}

// demonymCountry returns the country of a demonym already filed, or -1.
func (b *builder) demonymCountry(w string) int16 {
	f := fold.String(w)
	for i := range b.entries {
		if e := &b.entries[i]; len(e.words) == 1 && e.words[0] == f && e.country >= 0 {
			return e.country
		}
	}
	b.g.conflicts = append(b.g.conflicts, "no country for the demonym "+w)
	return -1
}

// pluralEndings are the endings of the demonyms whose plural adds -s
// (Belarusians, Israelis, New Zealanders, Cypriots, Kosovars, Argentines).
var pluralEndings = [...]string{"an", "i", "er", "ot", "ar", "ak", "ek", "ik", "kh", "ine", "ene", "que", "ie"}

// add files a name (with its markers) and its folding for the country idx,
// or as a stop phrase when idx is -1, and its plural where one is made with
// -s. Names from the project's tables report conflicts; derived ones yield
// quietly.
func (b *builder) add(name, folded string, idx int16, own bool, flags phraseFlags, k kind) {
	e := entry{phrase: phrase{country: idx, flags: flags, kind: k}, own: own}
	for len(name) > 0 && strings.IndexByte("~@^+?", name[0]) >= 0 {
		switch name[0] {
		case '~':
			e.amb = ambName
		case '@':
			e.amb = ambPlace
		case '^':
			e.flags |= flagShout
		case '+':
			e.kind = kindPlace
		case '?':
			e.flags |= flagCue
		}
		name, folded = name[1:], folded[1:]
	}
	if idx < 0 {
		e.kind = kindStop
	}
	// Folding keeps word boundaries, so the folded words line up with the
	// words as written; in ASCII they even sit at the same offsets.
	n, from := 0, len(b.arena)
	if len(folded) == len(name) {
		fold.Words(folded, func(w fold.Word) {
			if n < 32 && isAllUpper(name[w.ByteStart:w.ByteStart+len(w.Text)]) {
				e.upper |= 1 << n
			}
			n++
			b.arena = append(b.arena, w.Text)
		})
	} else {
		fold.Words(name, func(w fold.Word) {
			if n < 32 && isAllUpper(w.Text) {
				e.upper |= 1 << n
			}
			n++
		})
		fold.Words(folded, func(w fold.Word) { b.arena = append(b.arena, w.Text) })
	}
	e.words = b.arena[from:len(b.arena):len(b.arena)]
	if n == 0 || n != len(e.words) || n > maxPhraseWords {
		if own {
			b.g.conflicts = append(b.g.conflicts, fmt.Sprintf("bad name %q", name))
		}
		return
	}
	if _, ok := trigram(e.words[0]); !ok {
		if own {
			b.g.conflicts = append(b.g.conflicts, fmt.Sprintf("name %q does not start with Latin letters: it cannot be indexed", name))
		}
		return
	}
	if own && !startsUpper(name) {
		b.g.conflicts = append(b.g.conflicts, fmt.Sprintf("name %q is not capitalised: it could never match", name))
	}
	if n == 1 && idx >= 0 {
		w := e.words[0]
		if b.g.classes[w]&classPlaceFirst != 0 {
			// Paris Jackson, Florence Pugh; a city of that name needs a cue.
			if e.amb == ambNone {
				e.amb = ambName
			}
			if k == kindCity {
				e.flags |= flagCue
			}
		}
		if b.g.classes[w]&classLangName != 0 {
			e.flags |= flagLanguage
		}
	}
	e.hash = wordHash(e.words[0])
	b.entries = append(b.entries, e)

	last := e.words[n-1]
	if !pluralised(e.kind) || e.amb != ambNone || e.flags&flagAbbrev != 0 || e.upper>>(n-1) != 0 || len(last) < 3 {
		return
	}
	for _, end := range pluralEndings {
		if strings.HasSuffix(last, end) {
			plural := e
			from := len(b.arena)
			b.arena = append(b.arena, e.words[:n-1]...)
			b.arena = append(b.arena, last+"s")
			plural.words = b.arena[from:len(b.arena):len(b.arena)]
			plural.own = false
			plural.flags &^= flagName | flagLanguage
			plural.kind = kindPlural
			plural.hash = wordHash(plural.words[0])
			b.entries = append(b.entries, plural)
			return
		}
	}
}

// pluralised reports whether names of kind k are people's, whose plural
// the builder makes.
func pluralised(k kind) bool {
	return k == kindAlias || k == kindNation || k == kindNickname || k == kindFormer || k == kindName || k == kindStop
}

func (g *gazetteer) label(idx int16) string {
	if idx < 0 {
		return "a stop phrase"
	}
	return g.list[idx].Code
}

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isAllUpper reports whether w has letters and no lower-case one.
func isAllUpper(w string) bool {
	letters := false
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				return false
			case 'A' <= c && c <= 'Z':
				letters = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
		i += size
	}
	return letters
}
