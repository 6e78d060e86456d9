package articles

import (
	"strings"
)

// Dates as news pages write them: "2024-03-05", "5 March 2024",
// "March 5, 2024", "Mar. 5, 2024", "Tuesday, March 5, 2024", "Tue, 05 Mar
// 2024 10:00:00 +0000", each optionally labelled ("Published:", "Updated")
// and followed by a time ("at 3:45 p.m. EST").
var (
	dateLabel = lazyRegexp(`^(?i:(?:last\s+)?updated|(?:first\s+)?published|last\s+modified|modified|posted|date(?:d)?|pubdate)(?:\s+on)?\s*:?\s*`)
	dateAt    = lazyRegexp(`^(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?\s+)?` +
		`(?:(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?` + // ISO
		`|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}{3,9})\.?,?\s+(\d{4})` + // 5 March 2024
		`|(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b`) // March 5, 2024
	// timeTail is what may follow a date on a line of its own: a time, a
	// zone, an offset.
	timeTail = lazyRegexp(`^(?i:\s*(?:,|at|-|–|—|\||·)?\s*(?:T?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)?\s*(?:z|[a-z]{2,5}|gmt[+-]\d{1,2}|utc[+-]\d{1,2}|[+-]\d{2}:?\d{2}|\([a-z]{2,5}\))?\s*\.?)$`)
)

// timeFirst is a time and zone before a date ("09:14 GMT, ").
var timeFirst = lazyRegexp(`^(?i:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,5}\b)?\s*,?\s+(?:on\s+)?)`)

// relativeDate is a time stamp that gives no date: "3 hours ago",
// "Updated 2 days ago", "Just now", "Yesterday".
var relativeDate = lazyRegexp(`^(?i:(?:(?:last\s+)?updated|published|posted|first\s+published)?\s*(?:(?:\d+\s*|(?:an?|one|two|three|few)\s+)(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|days?|d|weeks?|wks?|months?|years?)\s+ago|just\s+now|yesterday|today|moments\s+ago))\.?$`)

// isRelativeDate reports whether a line is a relative time stamp.
func isRelativeDate(l string) bool {
	return len(l) <= 40 && relativeDate.re().MatchString(l)
}

// timeLead is a time and zone after a date, with more after them.
var timeLead = lazyRegexp(`^(?i:\s*(?:,|at|-|–|—|\||·)?\s*T?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,5}\b)?)`)

// dateAtStart reads a date at the start of s and returns it with the
// number of bytes it took.
func dateAtStart(s string) (Date, int, bool) {
	m := dateAt.re().FindStringSubmatchIndex(s)
	if m == nil {
		return Date{}, 0, false
	}
	group := func(i int) string { return groupAt(s, m, i) }
	var year, month, day int
	switch {
	case group(1) != "":
		year, month, day = atoi(group(1)), atoi(group(2)), atoi(group(3))
	case group(5) != "":
		mon, ok := monthByName(group(5))
		if !ok {
			return Date{}, 0, false
		}
		year, month, day = atoi(group(6)), int(mon), atoi(group(4))
	default:
		mon, ok := monthByName(group(7))
		if !ok {
			return Date{}, 0, false
		}
		year, month, day = atoi(group(9)), int(mon), atoi(group(8))
	}
	d, ok := fullDate(year, month, day)
	return d, m[1], ok
}

// dateLine reads a line that is a time stamp rather than text: a date,
// labelled or not, with at most a time after it ("Published: 09 Sep. 2025,
// 18:21", "Updated March 5, 2024 at 3:45 p.m. EST", "Tuesday, March 5,
// 2024"), or a labelled one with more metadata after a bar.
func dateLine(l string) (Date, bool) {
	if len(l) > 120 || !hasDigit(l) { // every date has a figure (\d is ASCII): most lines have none
		return Date{}, false
	}
	return readDateLine(l)
}

// readDateLine is dateLine without its quick test.
func readDateLine(l string) (Date, bool) {
	rest := l
	labelled := false
	if m := dateLabel.re().FindStringIndex(rest); m != nil {
		rest, labelled = rest[m[1]:], true
	}
	d, n, ok := dateAtStart(rest)
	if !ok {
		// "09:14 GMT, 8 January 2025": the time first
		m := timeFirst.re().FindStringIndex(rest)
		if m == nil {
			return Date{}, false
		}
		rest = rest[m[1]:]
		if d, n, ok = dateAtStart(rest); !ok {
			return Date{}, false
		}
	}
	tail := rest[n:]
	after := strings.TrimSpace(tail)
	if timeTail.re().MatchString(tail) || labelled && (strings.HasPrefix(after, "|") || strings.HasPrefix(after, "·") || byWhom(after)) {
		return d, true // "Published March 5, 2024 | 4 min read", "Published 2024-02-01 by Middle East Eye"
	}
	if by := strings.TrimLeft(after, "|· "); by != after && isByline(by) {
		return d, true // "Feb. 19, 2025 | By David Okafor"
	}
	if m := timeLead.re().FindStringIndex(tail); m != nil && m[1] < len(tail) {
		if rest := strings.TrimSpace(tail[m[1]:]); dateLabel.re().MatchString(rest) {
			if _, ok := dateLine(rest); ok {
				return d, true // "Mon 12 November 2025 14.52 GMT First published on Mon 12 November 2025 08.30 GMT"
			}
		}
	}
	return Date{}, false // "Dated 12 May 1945, the last entry describes …" is text
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return true
		}
	}
	return false
}

// byWhom reports whether s is "by" and a name ("by Middle East Eye"); "by
// a small press, the book sold out" is text.
func byWhom(s string) bool {
	if len(s) < 3 || !strings.EqualFold(s[:3], "by ") {
		return false
	}
	return isNameLine(strings.TrimSpace(s[3:]), 5)
}

// dateIn finds a date anywhere in a short piece of metadata, such as the
// parts of "By Ama Mensah | Published March 5, 2024 | 4 min read".
func dateIn(s string) (Date, bool) {
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' }) {
		if d, ok := dateLine(strings.TrimSpace(part)); ok {
			return d, true
		}
	}
	return Date{}, false
}
