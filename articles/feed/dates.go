package feed

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
)

// itemDate is when the item was published, else updated: the feed
// parser's reading where it has one, else the dates it left unread, in the
// layouts real feeds get wrong.
func itemDate(it *gofeed.Item) time.Time {
	return rawItemDate(it).UTC()
}

func rawItemDate(it *gofeed.Item) time.Time {
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
	"02 Jan 2006 15:04:05 -07:00",
	"02 Jan 2006 15:04:05",
	time.RFC3339Nano,
	"02 Jan 2006 15:04",
	"02 Jan 06 15:04:05 -0700",
	"02 Jan 06 15:04:05 MST",
	"02 Jan 06 15:04 -0700",
	"02 Jan 06 15:04 MST",
	"02-Jan-2006 15:04:05 -0700",
	"02-Jan-2006 15:04:05 MST",
	"Jan 2 15:04:05 2006",
	"2006-01-02T15:04:05-07",
	"2006-01-02T15:04:05.999999999-07",
	"20060102T150405Z0700",
	"20060102T150405",
	"20060102",
	"02 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 -0700",
	"02 Jan 2006 15:04 MST",
	"2 January 2006 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02T15:04:05 -07:00",
	"2006-01-02T15:04:05 -0700",
	"2006/01/02 15:04:05 -0700",
	"2006/01/02 15:04:05 -07:00",
	"Jan 02 2006 15:04:05 -07:00",
	"Jan 02 2006 15:04:05 -0700",
	"02 Jan 2006 15:04 -07:00",
	"2 Jan 2006 15:04:05 -07:00",
	"2006-01-02 15:04 -07:00",
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
// day name ("Tue," a wrong one, or one in another language) that would
// otherwise have to agree, and putting month names of other languages
// into English. A number alone is a Unix time in seconds or milliseconds.
func parseLooseDate(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := unixTime(s); ok {
		return t, true
	}
	if i := strings.IndexByte(s, ','); i > 0 && i <= 14 && isLetters(s[:i]) {
		s = strings.TrimSpace(s[i+1:])
	} else if f := strings.Fields(s); len(f) > 1 && isLetters(f[0]) && !isMonth(f[0]) {
		s = strings.Join(f[1:], " ") // "Tue Jul  1 10:00:00 2025", a day name without its comma
	}
	s = englishMonths(strings.ToUpper(s))
	s = numericZone(s)
	for _, layout := range looseLayouts {
		if t, err := time.Parse(layout, s); err == nil && t.Year() > 1900 && t.Year() < 2200 {
			return t, true
		}
	}
	return time.Time{}, false
}

// isLetters reports whether s is a word, perhaps abbreviated with a dot:
// "Tue", "mié", "mar.".
func isLetters(s string) bool {
	s = strings.TrimSuffix(s, ".")
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// unixTime reads a number of 9 to 10 digits as seconds since 1970, and
// of 12 to 13 as milliseconds, as some generators write pubDate.
func unixTime(s string) (time.Time, bool) {
	if len(s) < 9 || len(s) > 13 || len(s) == 11 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}, false
	}
	if len(s) >= 12 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), true
}

// militaryZone is RFC 822's one-letter zone other than Z, whose signs
// are used both ways round: it is dropped, and the time read as UTC.
var militaryZone = regexp.MustCompile(` [A-IK-Y]$`)

// zoneComment is a zone's name in brackets after its offset, as
// JavaScript and mail software write it: "+0000 (UTC)".
var zoneComment = regexp.MustCompile(`\s*\([^()]*\)$`)

// gmtOffset is an offset written after GMT or UTC: "GMT+2", "UTC+05:30".
var gmtOffset = regexp.MustCompile(`\b(?:GMT|UTC) ?([+-])(\d{1,2}):?(\d{2})?$`)

// zoneName is a zone's abbreviation at the end of a date.
var zoneName = regexp.MustCompile(` ?\b([A-Z]{2,5})$`)

// zoneOffsets are the zones feeds name, in minutes east of UTC: Go reads
// a name it does not know in the local zone's table as UTC.
var zoneOffsets = map[string]int{
	"ET": -300, "EST": -300, "EDT": -240, "CT": -360, "CST": -360, "CDT": -300, "MT": -420, "MST": -420, "MDT": -360,
	"PT": -480, "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
	"WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
	"SGT": 480, "HKT": 480, "JST": 540, "KST": 540,
	"AEST": 600, "AEDT": 660, "ACST": 570, "AWST": 480, "NZST": 720, "NZDT": 780,
}

// numericZone writes the zone at the end of a date in upper case as a
// numeric offset where it can: a bracketed name after the offset goes,
// GMT+2 becomes +02:00, a known name becomes its offset, and a military
// letter is dropped.
func numericZone(s string) string {
	s = zoneComment.ReplaceAllString(s, "")
	if m := gmtOffset.FindStringSubmatchIndex(s); m != nil {
		hh := s[m[4]:m[5]]
		mm := "00"
		if m[6] >= 0 {
			mm = s[m[6]:m[7]]
		}
		if len(hh) == 1 {
			hh = "0" + hh
		}
		return strings.TrimSpace(s[:m[0]]) + " " + s[m[2]:m[3]] + hh + ":" + mm
	}
	if m := zoneName.FindStringSubmatchIndex(s); m != nil {
		if off, ok := zoneOffsets[s[m[2]:m[3]]]; ok {
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			return fmt.Sprintf("%s %s%02d:%02d", strings.TrimSpace(s[:m[0]]), sign, off/60, off%60)
		}
	}
	return militaryZone.ReplaceAllString(s, "")
}

// monthNames are month names and abbreviations of other languages (and
// English spellings Go does not read), in upper case, with the English
// abbreviation for each.
var monthNames = map[string]string{
	"SEPT": "SEP", "JUNE": "JUN", "JULY": "JUL",
	// German
	"JAN": "JAN", "JÄN": "JAN", "JANUAR": "JAN", "FEB": "FEB", "FEBRUAR": "FEB", "MÄR": "MAR", "MÄRZ": "MAR", "MRZ": "MAR",
	"APRIL": "APR", "MAI": "MAY", "JUNI": "JUN", "JULI": "JUL", "AUGUST": "AUG", "SEPTEMBER": "SEP",
	"OKT": "OCT", "OKTOBER": "OCT", "NOVEMBER": "NOV", "DEZ": "DEC", "DEZEMBER": "DEC",
	// French
	"JANV": "JAN", "JANVIER": "JAN", "FÉVR": "FEB", "FÉV": "FEB", "FEVR": "FEB", "FÉVRIER": "FEB", "MARS": "MAR",
	"AVR": "APR", "AVRIL": "APR", "JUIN": "JUN", "JUIL": "JUL", "JUILLET": "JUL", "AOÛT": "AUG", "AOUT": "AUG",
	"SEPTEMBRE": "SEP", "OCTOBRE": "OCT", "NOVEMBRE": "NOV", "DÉC": "DEC", "DÉCEMBRE": "DEC",
	// Spanish, Portuguese, Italian
	"ENE": "JAN", "ENERO": "JAN", "FEBRERO": "FEB", "MARZO": "MAR", "ABR": "APR", "ABRIL": "APR", "MAYO": "MAY",
	"JUNIO": "JUN", "JULIO": "JUL", "AGO": "AUG", "AGOSTO": "AUG", "SEPTIEMBRE": "SEP", "SETIEMBRE": "SEP", "SET": "SEP",
	"OCTUBRE": "OCT", "NOVIEMBRE": "NOV", "DIC": "DEC", "DICIEMBRE": "DEC",
	"FEV": "FEB", "MAIO": "MAY", "JUNHO": "JUN", "JULHO": "JUL", "OUT": "OCT", "DEZEMBRO": "DEC",
	"GEN": "JAN", "MAG": "MAY", "GIU": "JUN", "LUG": "JUL", "OTT": "OCT",
	// Dutch
	"MRT": "MAR", "MEI": "MAY",
}

func isMonth(s string) bool {
	_, ok := monthNames[strings.ToUpper(strings.TrimSuffix(s, "."))]
	if ok {
		return true
	}
	for m := time.January; m <= time.December; m++ {
		if name := m.String(); strings.EqualFold(s, name) || strings.EqualFold(s, name[:3]) {
			return true
		}
	}
	return false
}

// englishMonths puts the month name of s, in upper case, into English.
func englishMonths(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		w = strings.TrimSuffix(w, ".")
		if en, ok := monthNames[w]; ok {
			f[i] = en
		}
	}
	return strings.Join(f, " ")
}
