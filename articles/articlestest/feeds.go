package articlestest

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"time"
)

// seedFeed seeds the generated feeds, apart from the files.
const seedFeed = 0x6665_6564_6974_656d // "feeditem"

// Feed returns generated feed number i as RSS 2.0 with items items, each
// with a GUID, a link, a date and its text as HTML in content:encoded.
// The same i and items give the same bytes.
func Feed(i, items int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Generated feed %d</title>
<link>https://feed%d.example.com/</link>
<description>Synthetic news</description>
`, i, i)
	day := time.Date(2025, 9, 1, 12, 0, 0, 0, time.UTC)
	for j := range items {
		r := rand.New(rand.NewPCG(seedFeed+uint64(i), uint64(j)))
		g := &gen{r: r, zipf: rand.NewZipf(r, 1.1, 4, uint64(len(pseudoWords())-1))}
		g.home = countries[r.IntN(len(countries))]
		var body strings.Builder
		for n := 2 + r.IntN(6); n > 0; n-- {
			body.WriteString("<p>" + html.EscapeString(g.paragraph()) + "</p>\n")
		}
		fmt.Fprintf(&b, `<item>
<title>%s</title>
<link>https://feed%d.example.com/story/%d</link>
<guid>https://feed%d.example.com/story/%d</guid>
<pubDate>%s</pubDate>
<content:encoded><![CDATA[%s]]></content:encoded>
</item>
`, html.EscapeString(g.headline()), i, j, i, j, day.Add(-time.Duration(j)*time.Hour).Format(time.RFC1123Z), body.String())
	}
	b.WriteString("</channel>\n</rss>\n")
	return []byte(b.String())
}
