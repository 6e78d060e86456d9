package countries

import (
	"math"
	"slices"
)

// Country is an ISO 3166-1 country with the project's short display name.
type Country struct {
	Code string // alpha-2, "BY"
	Name string // short name: "North Korea", "Russia", "Vietnam" — never the formal ISO name
	Flag string // emoji flag
}

// Lookup returns the country with the alpha-2 code (case-insensitive).
func Lookup(code string) (Country, bool) {
	r := RefOf(code)
	return r.Country(), r != 0
}

// Ref names a country of the list in 16 bits: 1 + its alpha-2 code's slot
// among the 26×26 there could be. The zero Ref names none. An article's
// mentions hold Refs, not Countries: a load holds one for every country
// of every article, and a Country is three strings.
type Ref uint16

// RefOf returns the Ref of the country with the alpha-2 code
// (case-insensitive), or 0 when there is none.
func RefOf(code string) Ref {
	i, ok := codeIndex(code)
	if !ok || theList().byCode[i] == 0 {
		return 0
	}
	return Ref(i + 1)
}

// Country returns the country r names, or the zero Country.
func (r Ref) Country() Country {
	l := theList()
	if r == 0 || int(r) > len(l.byCode) {
		return Country{}
	}
	n := l.byCode[r-1]
	if n == 0 {
		return Country{}
	}
	return l.list[n-1]
}

// Count is a country found in a text, with how often it is mentioned.
type Count struct {
	Country
	Mentions int
	Primary  bool // see the package doc: what an article is about
}

// Doc is an article's text as the tagger reads it: already sanitised and
// free of boilerplate. The headline, the dateline and the first paragraph
// weigh more than the rest when primary countries are chosen.
type Doc struct {
	Headline string
	Dateline string
	Body     []string // paragraphs (and captions), the lead first
}

// maxCountries bounds the country table, so that a Tag call counts on the stack.
const maxCountries = 256

// Tag returns the countries mentioned in texts (the body of an article,
// the lead first), primary ones first, then by mentions (desc), then by
// name. Each text is tagged on its own, so a phrase never spans two texts;
// the counts are summed.
func Tag(texts ...string) []Count {
	var t tally
	g := table()
	for i, s := range texts {
		g.tag(s, bodyPart(i), &t)
	}
	return g.result(&t)
}

// TagDoc is Tag for an article whose headline and dateline are known.
func TagDoc(d Doc) []Count {
	var t tally
	table().tagDoc(d, &t)
	return table().result(&t)
}

// Explain tags d as TagDoc does and lists every phrase the tagger looked
// at, in the order of the text: the country each counted for, and why each
// that did not count was left out.
func Explain(d Doc) ([]Count, []Hit) {
	var hits []Hit
	t := tally{hits: &hits}
	table().tagDoc(d, &t)
	return table().result(&t), hits
}

func (g *gazetteer) tagDoc(d Doc, t *tally) {
	if d.Headline != "" {
		g.tag(d.Headline, part{kind: partHeadline}, t)
	}
	if d.Dateline != "" {
		g.tag(d.Dateline, part{kind: partDateline}, t)
	}
	for i, s := range d.Body {
		g.tag(s, bodyPart(i), t)
	}
}

// result decides the primary countries and sorts the counts.
func (g *gazetteer) result(t *tally) []Count {
	g.settle(t)
	// Sort packed keys on the stack and allocate only the result. A key
	// holds, from the top: not primary, fewer mentions, the name's rank,
	// the index; ascending order is the order wanted.
	var keys [maxCountries]uint64
	n, most, found, anyTop := 0, int32(0), 0, false
	for _, i := range t.touched[:t.nTouched] {
		if t.mentions[i] > 0 {
			most = max(most, t.score[i])
			found++
			anyTop = anyTop || t.top.has(int(i))
		}
	}
	if found == 0 {
		return nil
	}
	for _, i := range t.touched[:t.nTouched] {
		if c := t.mentions[i]; c > 0 {
			share := primaryShare
			switch {
			case t.top.has(int(i)):
				share = headlineShare
			case anyTop || !t.prominent.has(int(i)):
				share = offTopShare
			}
			var notPrimary uint64
			if !isPrimary(t.score[i], most, found, share) {
				notPrimary = 1
			}
			keys[n] = notPrimary<<63 | uint64(math.MaxInt32-c)<<24 | uint64(g.nameRank[i])<<12 | uint64(i)
			n++
		}
	}
	slices.Sort(keys[:n])
	out := make([]Count, n)
	for k, key := range keys[:n] {
		i := key & (1<<12 - 1)
		out[k] = Count{Country: g.list[i], Mentions: int(t.mentions[i]), Primary: key>>63 == 0}
	}
	return out
}

const (
	// primaryShare is the share of the leading country's weight that makes
	// another country primary too.
	primaryShare = 0.5
	// headlineShare is that share for a country the headline names: what
	// the headline names, the article is about.
	headlineShare = 0.4
	// offTopShare is that share for a country that the headline does not
	// name where it names others, or that neither the dateline nor the
	// lead names: a country named in passing almost as often as the main
	// one stays secondary.
	offTopShare = 0.75
	// minPrimaryWeight is the least weight of a primary country among
	// several: two mentions, or one in the headline or the dateline.
	minPrimaryWeight = 4
)

// isPrimary says whether a country of weight w is primary where the
// weightiest has most, found countries are mentioned and share of the
// most is needed. The only country of an article is its primary one.
func isPrimary(w, most int32, found int, share float64) bool {
	if found == 1 {
		return true
	}
	return w >= minPrimaryWeight && float64(w) >= share*float64(most)
}

// codeIndex maps an alpha-2 code, in either case, to its slot in byCode.
func codeIndex(code string) (int, bool) {
	if len(code) != 2 {
		return 0, false
	}
	a, b := code[0]&^0x20, code[1]&^0x20 // ASCII upper case
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return 0, false
	}
	return int(a-'A')*26 + int(b-'A'), true
}
