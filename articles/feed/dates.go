package feed

import (
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// itemDate is when the item was published, else updated: the feed
// parser's reading where it has one, else the dates it left unread, in the
// layouts real feeds get wrong.
func itemDate(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil && !it.PublishedParsed.IsZero() {
		return *it.PublishedParsed
	}
	candidates := []string{it.Published}
	if it.DublinCoreExt != nil {
		candidates = append(candidates, it.DublinCoreExt.Date...)
	}
	for _, s := range candidates {
		if t, ok := parseLooseDate(s); ok {
			return t
		}
	}
	if it.UpdatedParsed != nil && !it.UpdatedParsed.IsZero() {
		return *it.UpdatedParsed
	}
	if t, ok := parseLooseDate(it.Updated); ok {
		return t
	}
	return time.Time{}
}

// looseLayouts are date layouts seen in feeds that the feed parser does
// not read: RFC 822 with the wrong day name dropped, ISO dates with a
// space or a missing zone, and dates alone.
var looseLayouts = []string{
	"02 Jan 2006 15:04:05 -0700",
	"02 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"02 Jan 2006 15:04 MST",
	"2 January 2006 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"02.01.2006 15:04:05",
	"02.01.2006",
	"January 2, 2006 15:04:05",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
}

// parseLooseDate reads s in one of looseLayouts, after dropping a leading
// day name ("Tue," or a wrong one) that would otherwise have to agree.
func parseLooseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	if i := strings.IndexByte(s, ','); i > 0 && i <= 10 && isLetters(s[:i]) {
		s = strings.TrimSpace(s[i+1:])
	}
	for _, layout := range looseLayouts {
		if t, err := time.Parse(layout, s); err == nil && t.Year() > 1900 && t.Year() < 2200 {
			return t, true
		}
	}
	return time.Time{}, false
}

func isLetters(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return s != ""
}
