package countries

import (
	_ "embed"
	"strings"

	"dateline/articles/fold"
)

// citiesData is the gazetteer of larger cities, one country a line
// ("CC|name|name|…", largest first; "?" marks a name that is also a common
// English word). It is generated from GeoNames (CC BY 4.0) by
// cities/generate.mjs; see there for what is kept.
//
//go:generate sh -c "cd cities && npm install --no-save --silent && npm run --silent generate"
//go:embed cities.txt
var citiesData string

// cities files the gazetteer's cities after every other name: a name
// the project's tables or the ISO library give already keeps its meaning.
// A city is a place whose name may be a person's or a thing's, so it does
// not count next to another capitalised word (Borussia Dortmund, Kevin
// Garland).
func (b *builder) cities() {
	g := b.g
	folded := fold.String(citiesData)
	for line, foldedLine := range lines(citiesData, folded) {
		code, names, _ := strings.Cut(line, "|")
		_, foldedNames, _ := strings.Cut(foldedLine, "|")
		idx := g.index(code)
		if idx < 0 {
			continue // a territory the ISO library does not list
		}
		for name, foldedName := range fields(names, foldedNames) {
			b.add("~"+name, "~"+foldedName, idx, false, 0, kindCity)
		}
	}
}
