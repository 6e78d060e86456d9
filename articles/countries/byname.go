package countries

import (
	"slices"

	"dateline/articles/fold"
)

// ByName returns the country that a name stands for, as a person types it
// into a query: the code (BY), the short or formal name (Belarus,
// Republic of Belarus), or any alias the tagger knows (uk, usa, britain,
// belarusian, minsk). Case and diacritics do not count, nor does the
// tagger's rule that some names must be written in capitals. A stop phrase
// (Soviet Union) is no country.
func ByName(name string) (Country, bool) {
	if c, ok := Lookup(name); ok {
		return c, true
	}
	var words []string
	fold.FoldedWords(name, nil, func(w []byte) { words = append(words, string(w)) })
	if len(words) == 0 {
		return Country{}, false
	}
	g := table()
	for _, p := range g.candidates(words[0]) {
		if p.country >= 0 && slices.Equal(p.words, words) {
			return g.list[p.country], true
		}
	}
	return Country{}, false
}
