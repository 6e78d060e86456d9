// Package countries is the gazetteer: ISO 3166-1 countries with the
// project's short names and flags, and a tagger that finds the countries a
// text mentions by their names, demonyms, official names, capitals, cities
// and regions, while stop phrases (organisations, outlets, historical
// states, set phrases) keep "Korea JoongAng Daily" or "Soviet Union" from
// counting.
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
	i, ok := codeIndex(code)
	if !ok {
		return Country{}, false
	}
	g := table()
	n := g.byCode[i]
	if n == 0 {
		return Country{}, false
	}
	return g.list[n-1], true
}

// Count is a country found in a text, with how often it is mentioned.
type Count struct {
	Country
	Mentions int
	Primary  bool // mentioned at least twice and at least half as often as the most-mentioned country
}

// maxCountries bounds the country table, so that a Tag call counts on the stack.
const maxCountries = 256

// Tag returns the countries mentioned in texts (an article's title,
// paragraphs, caption — already sanitised and free of boilerplate), primary
// ones first, then by mentions (desc), then by name. Each text is tagged on
// its own, so a phrase never spans two texts; the counts are summed.
func Tag(texts ...string) []Count {
	g := table()
	var counts [maxCountries]int32
	for _, t := range texts {
		g.tag(t, &counts)
	}
	// Sort packed keys on the stack and allocate only the result. A key
	// holds, from the top: not primary, fewer mentions, the name's rank,
	// the index; ascending order is the order wanted.
	var keys [maxCountries]uint64
	n, most := 0, int32(0)
	for _, c := range counts[:len(g.list)] {
		most = max(most, c)
	}
	if most == 0 {
		return nil
	}
	for i, c := range counts[:len(g.list)] {
		if c > 0 {
			var notPrimary uint64
			if !isPrimary(c, most) {
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
		out[k] = Count{Country: g.list[i], Mentions: int(counts[i]), Primary: key>>63 == 0}
	}
	return out
}

// isPrimary says whether a country with c mentions is primary where the
// most-mentioned one has most.
func isPrimary(c, most int32) bool {
	return c >= 2 && 2*int64(c) >= int64(most)
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
