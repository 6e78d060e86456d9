// Package storetest makes articles directly, without text to parse, for
// the tests and benchmarks of what needs only their dates and countries:
// the scope counts, the map and the timeline.
package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"dateline/articles"
)

// seedDated seeds Dated's stream.
const seedDated = 0x7363_6f70_6573 // "scopes"

// datedCodes are the countries Dated draws from, the first most often, as
// news mentions a few countries a lot and many a little.
var datedCodes = []string{
	"US", "CN", "RU", "UA", "BY", "DE", "FR", "GB", "IN", "JP", "KR", "KP", "TR", "IR", "IL",
	"PL", "LT", "AZ", "VN", "BR", "MX", "CA", "AU", "EG", "SA", "KZ", "IT", "ES", "NG", "ZA",
	"PK", "ID", "TH", "AR", "CO", "SE", "FI", "NO", "GE", "AM", "MD", "RS", "HU", "RO", "GR",
	"SG", "MT", "BH", "QA", "LB", "ET", "KE", "CU", "VE", "CL", "PE", "NZ", "MN", "AF", "IQ",
}

// Dated returns n articles made directly, without text to parse, for what
// needs only their dates and countries: each mentions one to five
// countries and has a full date between from and to, except about one in
// twenty with no date and one in forty with a day and month only. The
// same n gives the same articles.
func Dated(n int, from, to time.Time) []*articles.Article {
	r := rand.New(rand.NewPCG(seedDated, uint64(n)))
	zipf := rand.NewZipf(r, 1.2, 2, uint64(len(datedCodes)-1))
	days := int(to.Sub(from).Hours()/24) + 1
	out := make([]*articles.Article, n)
	for i := range out {
		a := &articles.Article{ID: fmt.Sprintf("dated/%06d", i+1)}
		switch k := r.IntN(40); {
		case k < 2:
		case k < 3:
			d := from.AddDate(0, 0, r.IntN(days))
			a.Date = articles.Date{Month: d.Month(), Day: d.Day(), Precision: articles.DateDayMonth}
		default:
			d := from.AddDate(0, 0, r.IntN(days))
			a.Date = articles.Date{Year: d.Year(), Month: d.Month(), Day: d.Day(), Precision: articles.DateFull}
		}
		want := 1 + r.IntN(5)
		var codes []string
		for len(codes) < want {
			if c := datedCodes[zipf.Uint64()]; !slices.Contains(codes, c) {
				codes = append(codes, c)
			}
		}
		for k, code := range codes {
			m, _ := articles.NewMention(code, len(codes)-k, k == 0)
			a.Countries = append(a.Countries, m)
		}
		a.Title = fmt.Sprintf("Report %d on %s", i+1, a.Countries[0].Name())
		a.Body = []articles.Paragraph{{Text: a.Title + "."}}
		out[i] = a
	}
	return out
}
