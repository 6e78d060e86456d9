package countries

import (
	"slices"
	"strconv"
	"strings"
)

// Hit is one phrase the tagger looked at, for `dateline show --explain`.
type Hit struct {
	Part   string // where: "the headline", "the dateline", "paragraph 1", …
	Phrase string // as written
	Kind   string // what the phrase is: "name", "city", "metonym", "stop phrase", …
	Code   string // the country it counted for; "" when it did not count
	Rule   string // why it counted, or why not: "counted", "club", "person", "no place cue", …
}

// rule is why a phrase counted or did not.
type rule uint8

const (
	ruleCounted rule = iota
	ruleStateHere
	ruleStop
	ruleNamesake
	ruleNegated
	ruleAbbrev
	ruleName
	rulePerson
	ruleClub
	ruleCompany
	ruleWork
	ruleCue
	ruleLanguage
	ruleShouted
	rulePersonElsewhere
	ruleGeorgiaUS
	ruleSamePlace
	ruleWorkElsewhere
)

var ruleNames = [...]string{
	ruleCounted:         "counted",
	ruleStateHere:       "counted: the US state, as the text says",
	ruleStop:            "not counted: stop phrase",
	ruleNamesake:        "not counted: an American town of that name",
	ruleNegated:         "not counted: negated (non-)",
	ruleAbbrev:          "not counted: an abbreviation without a place before it",
	ruleName:            "not counted: part of another name",
	rulePerson:          "not counted: a person's name",
	ruleClub:            "not counted: a club or team",
	ruleCompany:         "not counted: a company, brand or outlet",
	ruleWork:            "not counted: the title of a work",
	ruleCue:             "not counted: a word or name with no place cue",
	ruleLanguage:        "not counted: the language",
	ruleShouted:         "not counted: a word in shouted text",
	rulePersonElsewhere: "not counted: a person's name elsewhere in the text",
	ruleGeorgiaUS:       "counted: the US state, since the other cues are American",
	ruleSamePlace:       "counted once: the same place again",
	ruleWorkElsewhere:   "not counted: the title of a work elsewhere in the text",
}

func (r rule) String() string { return ruleNames[r] }

// partKind says which part of an article a text is.
type partKind uint8

const (
	partBody partKind = iota
	partLead
	partHeadline
	partDateline
)

// part is a text's place in the article; its weight counts towards primary.
type part struct {
	kind  partKind
	index int // the paragraph's index, from 0
}

func bodyPart(i int) part {
	if i == 0 {
		return part{kind: partLead}
	}
	return part{kind: partBody, index: i}
}

// partWeights: a mention in the headline weighs three times one in the
// body, in the dateline twice, in the lead one and a half times (the lead
// is sometimes a photo's caption, which names places in passing).
var partWeights = [...]int32{partBody: 2, partLead: 3, partHeadline: 6, partDateline: 4}

func (p part) weight() int32 { return partWeights[p.kind] }

func (p part) String() string {
	switch p.kind {
	case partHeadline:
		return "the headline"
	case partDateline:
		return "the dateline"
	default:
		return "paragraph " + strconv.Itoa(p.index+1)
	}
}

const (
	// maxHeld is how many single-word mentions a text keeps, to undo them
	// if the same word turns out to be a person's name (Michael Jordan ...
	// Jordan said).
	maxHeld = 64
	// maxPeople is how many names used as people's a text remembers.
	maxPeople = 8
)

// held is a mention that a person's name or a work's title elsewhere may undo.
type held struct {
	p          *phrase
	country    int16
	weight     int32
	hit        int32 // index into hits, or -1
	s          string
	start, end int // the mention in s
}

// maxWorks is how many titles of works a text remembers.
const maxWorks = 4

// work remembers the title of a work, if it has more than one word.
func (t *tally) work(title string) {
	if t.nWorks == maxWorks || !strings.ContainsAny(strings.TrimSpace(title), " \u00a0") {
		return
	}
	for _, w := range t.works[:t.nWorks] {
		if w == title {
			return
		}
	}
	t.works[t.nWorks] = title
	t.nWorks++
}

// inWorkTitle reports whether the mention h stands inside a title found elsewhere.
func (t *tally) inWorkTitle(h *held) bool {
	for _, w := range t.works[:t.nWorks] {
		for off := 0; ; {
			i := strings.Index(h.s[off:], w)
			if i < 0 {
				break
			}
			i += off
			if i <= h.start && h.end <= i+len(w) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// tally is what one Tag call counts, on the stack.
type tally struct {
	mentions, score [maxCountries]int32
	touched         [maxCountries]int16 // the countries counted, each once
	nTouched        int
	top             countrySet       // named in the headline
	prominent       countrySet       // named in the dateline or the lead
	works           [maxWorks]string // titles of works found, to undo their words elsewhere
	nWorks          int
	// Georgia: by its bare name, by its other cues; and American places.
	bareGeorgia, bareGeorgiaScore, geOther, usLocal int32
	people                                          [maxPeople]*phrase
	nPeople                                         int
	held                                            [maxHeld]held
	nHeld                                           int
	hits                                            *[]Hit // nil unless explaining
}

// record notes a phrase for Explain; it returns the hit's index or -1.
func (t *tally) record(st *scan, s string, start, end int, k kind, country int16, why rule, g *gazetteer) int32 {
	if t.hits == nil {
		return -1
	}
	h := Hit{Part: st.part.String(), Phrase: s[start:end], Kind: k.String(), Rule: why.String()}
	if country >= 0 && (why == ruleCounted || why == ruleStateHere || why == ruleSamePlace) {
		h.Code = g.list[country].Code
	}
	*t.hits = append(*t.hits, h)
	return int32(len(*t.hits) - 1)
}

// mark notes that the country c was counted.
func (t *tally) mark(c int16) {
	if t.mentions[c] == 0 && t.score[c] == 0 {
		t.touched[t.nTouched] = c
		t.nTouched++
	}
}

// person remembers that p was used as a person's name.
func (t *tally) person(p *phrase) {
	if len(p.words) != 1 || t.nPeople == maxPeople {
		return
	}
	for _, q := range t.people[:t.nPeople] {
		if q == p {
			return
		}
	}
	t.people[t.nPeople] = p
	t.nPeople++
}

// settle undoes the mentions of names used as people's elsewhere, and
// makes a bare Georgia the US state where the other cues are American and
// none is Georgian or of its neighbours.
func (g *gazetteer) settle(t *tally) {
	for i := range t.held[:t.nHeld] {
		h := &t.held[i]
		var r rule
		switch {
		case t.nWorks > 0 && t.inWorkTitle(h):
			r = ruleWorkElsewhere
		case len(h.p.words) == 1 && slices.Contains(t.people[:t.nPeople], h.p):
			r = rulePersonElsewhere
		default:
			continue
		}
		t.mentions[h.country]--
		t.score[h.country] -= h.weight
		if h.p == g.georgia && h.country == g.ge {
			t.bareGeorgia--
			t.bareGeorgiaScore -= h.weight
		}
		if h.hit >= 0 {
			(*t.hits)[h.hit].Code, (*t.hits)[h.hit].Rule = "", r.String()
		}
	}
	if t.bareGeorgia <= 0 || t.geOther > 0 || t.usLocal == 0 {
		return
	}
	for _, n := range g.neighbours {
		if n >= 0 && t.mentions[n] > 0 {
			return
		}
	}
	t.mentions[g.ge] -= t.bareGeorgia
	t.score[g.ge] -= t.bareGeorgiaScore
	t.mark(g.us)
	t.mentions[g.us] += t.bareGeorgia
	t.score[g.us] += t.bareGeorgiaScore
	if t.hits != nil {
		for i := range *t.hits {
			if h := &(*t.hits)[i]; h.Code == "GE" && eqFold(h.Phrase, "georgia") {
				h.Code, h.Rule = "US", ruleGeorgiaUS.String()
			}
		}
	}
}

// countrySet is a set of countries by index.
type countrySet [maxCountries / 64]uint64

func (c *countrySet) add(i int16)    { c[i>>6] |= 1 << (i & 63) }
func (c *countrySet) has(i int) bool { return c[i>>6]&(1<<(i&63)) != 0 }
