package articles

import (
	"strings"
	"unicode"
)

// A whole page copied out of a browser (select all, copy) holds the site's
// menus, labels and buttons as lines of their own, then the head of the
// article (headline, stand-first, byline, date, a photo's caption and
// credit), the text, and whatever the site puts under it. The rules here
// read the head of such a copy; the furniture rules remove the rest.

// captionMark starts a line that is a photo's caption, its label or
// credit removed.
const captionMark = "\x03"

var (
	// captionLabel is the label a caption is read out with ("Image
	// caption, ", "1 of 3 | ").
	captionLabel = lazyRegexp(`^(?i:image caption,?\s*|caption:\s*|\d{1,2}\s+of\s+\d{1,3}\s*\|\s*)`)
	// captionCredit is a photo's credit after its caption ("… in Jaén.
	// Photograph: Jorge Guerrero/AFP", "… on Tuesday. (Jane Roe/AP)").
	captionCredit = lazyRegexp(`^(.*[.!?”"’])\s+(?:(?:Photograph|Photo|Picture|Image|Illustration|Credit|Photos|Pictures)(?: by)?:?\s+[^.]{1,80}|\((?:[^()]{1,60}/[^()]{1,60}|[^()]{0,60}(?:via AP|Getty Images|Reuters|AFP|AP Photo)[^()]{0,30})\))$`)
	// imageCredit is a line that credits a photo.
	imageCredit = lazyRegexp(`^(?i:image source,\s*\S|image credit|photograph:|photo:|photos:|picture:|pictures:|illustration:|credit:|photo credit|photo by |photo illustration|getty images$|\(photo:)`)
	// listenLine is a line of a page's audio player or reading time.
	listenLine = lazyRegexp(`^(?i:listen to this (?:article|story)(?:\s*[·|-]?\s*\d{1,2}(?::\d{2})?\s*(?:min|mins|minutes)?)?|listen\s*[·|-]?\s*\d{1,2}(?::\d{2})?\s*(?:min|mins|minutes)|\d{1,3}\s*(?:-\s*)?(?:min|mins|minute|minutes)\s+(?:read|listen)|produced by elevenlabs.*|audio is not available.*)$`)
	loneFigure = lazyRegexp(`^[\d\s:.,/|-]+$`)
	// siteHome is the link to a site's home page ("The Guardian - Back to home").
	siteHome = lazyRegexp(`^(.{2,40}?)\s*(?:[-–—|:]\s*(?i:back to home|home ?page|go to homepage|home)|\s(?i:home|logo))$`)
	// theName is a name that reads as a publication's ("The Atlantic").
	theName = lazyRegexp(`^The \p{Lu}[\p{L}'’.&-]+(?: \p{Lu}[\p{L}'’.&-]+){0,2}$`)
	// personInPlace is a byline without "By" ("Lucía Moreno in Jaén").
	personInPlace = lazyRegexp(`^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$`)
)

// captionOf reads a line that is a photo's caption with its label or
// credit: the caption and what was removed from it, or "" and "" when the
// line is none.
func captionOf(l string) (caption, removed string) {
	if l == "" || len(l) > maxCaptionLine {
		return "", ""
	}
	if labelStarts[l[0]] {
		if m := captionLabel.re().FindStringIndex(l); m != nil {
			caption, removed = strings.TrimSpace(l[m[1]:]), l[:m[1]]
		}
	}
	rest := l
	if removed != "" {
		rest = caption
	}
	if !mayEndWithCredit(rest) {
		return caption, removed
	}
	if m := captionCredit.re().FindStringSubmatchIndex(rest); m != nil {
		return strings.TrimSpace(rest[:m[3]]), strings.TrimSpace(removed + " " + rest[m[3]:])
	}
	return caption, removed
}

var labelStarts = firstBytes([]string{"image", "caption", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})

// creditWords start the credit after a caption's last sentence.
var creditWords = []string{"photograph", "photo", "picture", "image", "illustration", "credit"}

// mayEndWithCredit is a quick test for captionCredit: a line that ends
// with a bracket, or whose last sentence starts with a credit's word.
func mayEndWithCredit(s string) bool {
	if strings.HasSuffix(s, ")") {
		return true
	}
	i := strings.LastIndexAny(s, ".!?”\"’")
	if i < 0 || i+creditAfterMark >= len(s) {
		return false
	}
	return hasPrefixFold(strings.TrimLeft(s[i+1:], ".!?”\"’ "), creditWords)
}

func isImageCredit(l string) bool {
	return l != "" && len(l) <= maxImageCredit && creditStarts[l[0]] && imageCredit.re().MatchString(l)
}

var creditStarts = firstBytes([]string{"image", "photo", "picture", "illustration", "credit", "getty", "("})

func isListenLine(l string) bool {
	return l != "" && len(l) <= maxListenLine && listenStarts[l[0]] && listenLine.re().MatchString(l)
}

var listenStarts = firstBytes([]string{"listen", "produced", "audio", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})

// isLoneFigure reports whether a line is only figures: a share count, a
// player's clock, a page number.
func isLoneFigure(l string) bool {
	return len(l) <= maxLoneFigure && loneFigure.re().MatchString(l)
}

// siteName reads a site's name from a link to its home page ("The
// Guardian - Back to home", "Reuters home", "AP Logo").
func siteName(l string) string {
	if len(l) > maxSiteNameLine {
		return ""
	}
	if m := siteHome.re().FindStringSubmatch(l); m != nil && isNameLine(m[1], maxNameWords) {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// mastheadName reads a line above a copy's headline that names the site:
// an outlet's name, or "The" and a name ("The Atlantic"), but not a button
// ("Register").
func mastheadName(l string) string {
	if len(l) > maxSiteNameLine || !isNameLine(l, maxNameWords) || edgeLines[strings.ToLower(l)] || isSection(l) {
		return ""
	}
	if isOutlet(l) && (wordCount(l) > 1 || agencies[strings.ToLower(l)]) || theName.re().MatchString(l) {
		return l
	}
	return ""
}

// textBegins is the index of the first line of a copy's text: the first
// line of prose that ends a sentence and is no stand-first (no byline or
// date follows it); a headline and its stand-first read as prose too, but
// end with no full stop.
func textBegins(lines []string) int {
	for i, l := range lines {
		if l == "" || !endsSentence(l) || !isProse(l) || isCookieNotice(l) || isAppeal(l) {
			continue
		}
		next := ""
		for _, n := range lines[i+1:] {
			if n != "" {
				next = n
				break
			}
		}
		if !isHeadMeta(next) {
			return i
		}
	}
	first := proseStart(lines)
	return first
}

// outletLine reads a line that names the outlet, and perhaps the place,
// a writer reports for ("BBC News, Reykjavik").
func outletLine(l string) string {
	name, _, _ := strings.Cut(l, ",")
	name = strings.TrimSpace(name)
	if len(l) > maxOutletLine || !isNameLine(name, maxNameWords) || !isOutlet(name) {
		return ""
	}
	return name
}

// isHeadMeta reports whether a line is the metadata of an article's head:
// a byline, a date, a writer's name or outlet, a caption, an audio player.
func isHeadMeta(l string) bool {
	if l == "" || len(l) > maxHeadMeta {
		return false
	}
	if isMarked(l) || isByline(l) || isRelativeDate(l) || isImageCredit(l) || isListenLine(l) || len(l) <= maxPersonInPlace && personInPlace.re().MatchString(l) {
		return true
	}
	if _, ok := dateLine(l); ok {
		return true
	}
	if wordCount(l) <= maxPersonWords && isNameLine(l, maxPersonWords) && isPersonName(l) {
		return true
	}
	return outletLine(l) != ""
}

// isMetaLine reports whether a line belongs to an article's head without
// being its text: metadata, or a button ("Share", "Save", "124").
func isMetaLine(l string) bool {
	if isHeadMeta(l) || isLoneFigure(l) {
		return true
	}
	if l != "" && wordCount(l) <= maxButtonWords {
		low := strings.ToLower(strings.TrimRight(l, ": "))
		return edgeLines[low] || inlineLines[low]
	}
	return false
}

// letterWords counts the words of l that hold a letter.
func letterWords(l string) int {
	n := 0
	for w := range strings.FieldsSeq(l) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// maxStandfirstWords is the most words a stand-first has.
const maxStandfirstWords = 45

// The limits of the rules for a page copied from a browser, in bytes or
// words, each the longest piece of the page's head seen in the copies
// studied with room to spare, and below the text it could be taken for.
const (
	// minStandfirstWords: a stand-first says something, in three words or
	// more; a shorter line above the text is a label.
	minStandfirstWords = 3
	// maxCaptionLine: a caption with its credit is a sentence or two.
	maxCaptionLine = 300
	// creditAfterMark: a credit after a caption's last sentence starts at
	// least this many bytes after its closing mark (a space, a letter).
	creditAfterMark = 2
	// maxImageCredit: "Photograph: Sergei Grits/AP" and its longer kin.
	maxImageCredit = 120
	// maxListenLine: "Listen to this article · 4 min" and an audio
	// player's other words.
	maxListenLine = 160
	// maxLoneFigure: a share count, a player's clock, a page number.
	maxLoneFigure = 20
	// maxSiteNameLine: "The Guardian - Back to home", "Reuters home".
	maxSiteNameLine = 60
	// maxOutletLine: an outlet's name with a place or a date after a comma.
	maxOutletLine = 80
	// maxHeadMeta: a byline with its date and outlet, a caption's label.
	maxHeadMeta = 160
	// maxPersonInPlace: "Lucía Moreno in Jaén" and the like.
	maxPersonInPlace = 80
	// maxPersonWords: a writer's name is at most three words ("Jane
	// Mary Doe").
	maxPersonWords = 3
	// maxButtonWords: a button or a link of the head ("Share", "Save
	// article", "Show caption").
	maxButtonWords = 3
	// maxMenuWords: a menu's item above the headline ("War in Ukraine");
	// a headline has more.
	maxMenuWords = 3
	// maxTopicLabelWords: a topic or section label above the headline
	// ("Belarus", "North Korea"), one word or two.
	maxTopicLabelWords = 2
	// maxMetaNameWords: a line under the headline of this many words or
	// fewer may be a writer's or an outlet's name; a longer one is text.
	maxMetaNameWords = 5
)

// isHeadCandidate reports whether a line of a copy's head may be its
// headline or stand-first: several words, not a sentence's full stop
// unless a stand-first's, not a byline, a date, a site's name or a label.
func isHeadCandidate(l string) bool {
	if isMarked(l) || isListItem(l, "") || isMetaLine(l) || isDatelineLine(l) || isAppeal(l) {
		return false
	}
	n := letterWords(l)
	if n < minStandfirstWords || n > maxStandfirstWords {
		return false
	}
	return !(isNameLine(l, maxNameWords) && isOutlet(l)) // the site's name
}

// reads as a headline rather than a stand-first: no full stop, not too long.
func isHeadline(l string) bool {
	return !strings.HasSuffix(l, ".") && letterWords(l) <= maxHeadlineWords
}

// takeWebHead finds the headline of a page copied from a browser: in the
// head of the copy (above the text), the upper of a headline and its
// stand-first, or the line that reads as a headline, above the byline and
// date. The lines above it are the site's menus and labels (a section, a
// topic, a person's name used as a tag) and go; below it, the writer's
// name and the outlet they write for are the author and the source.
// It reports false when the copy's head has no such line.
func (d *doc) takeWebHead(lines []string) ([]string, bool) {
	first := textBegins(lines)
	lower, upper := -1, -1
	for i := min(first, len(lines)) - 1; i >= 0; i-- {
		l := lines[i]
		switch {
		case l == "":
			continue
		case lower < 0 && isMetaLine(l):
			continue
		case isHeadCandidate(l):
			if lower < 0 {
				lower = i
				continue
			}
			upper = i
		}
		break
	}
	if lower < 0 {
		return lines, false
	}
	h := lower
	if upper >= 0 && isHeadline(lines[upper]) {
		h = upper
		if letterWords(lines[upper]) <= maxMenuWords && isHeadline(lines[lower]) && d.shortAbove(lines, upper) {
			h = lower // "War in Ukraine" in a menu, above the headline
		}
	}
	if !isHeadline(lines[h]) {
		return lines, false
	}
	for _, l := range lines[:h] {
		switch {
		case l == "":
		case siteName(l) != "":
			d.removeLine(RuleSiteName, l)
			d.claim(FieldSource, RuleSiteName, siteName(l))
		case mastheadName(l) != "":
			d.removeLine(RuleSiteName, l)
			d.claim(FieldSource, RuleSiteName, l)
		case letterWords(l) <= maxTopicLabelWords:
			d.removeLine(RuleTopicLabel, l)
		default:
			d.removeLine(RuleMenu, l)
		}
	}
	d.removeLine(RuleHeadline, lines[h])
	title := lines[h]
	if t, ok := headingText(title); ok {
		title = t
	}
	d.claim(FieldTitle, RuleHeadline, title)
	out := lines[h+1 : h+1]
	for i := h + 1; i < len(lines); i++ {
		l := lines[i]
		if i >= first || l == "" {
			out = append(out, l)
			continue
		}
		if m := personInPlace.re().FindStringSubmatch(l); m != nil {
			d.removeLine(RuleWriterName, l)
			d.claim(FieldAuthor, RuleWriterName, m[1])
			continue
		}
		if dt, ok := dateLine(l); ok {
			d.removeLine(RuleDateLine, l)
			d.claimDate(RuleDateLine, dt)
			continue
		}
		if isRelativeDate(l) {
			d.removeLine(RuleRelativeDate, l)
			continue
		}
		if isByline(l) {
			d.removeLine(RuleByline, l)
			author, outlet := bylineParts(l)
			d.claim(FieldAuthor, RuleByline, author)
			d.claim(FieldSource, RuleByline, outlet)
			if dt, ok := dateIn(l); ok {
				d.claimDate(RuleByline, dt)
			}
			continue
		}
		if isLoneFigure(l) || isListenLine(l) || isImageCredit(l) || wordCount(l) <= maxButtonWords && isMetaLine(l) && !isHeadMeta(l) {
			d.removeLine(RuleEdgeFurniture, l)
			continue
		}
		if !isByline(l) && wordCount(l) <= maxMetaNameWords {
			if name := outletLine(l); name != "" {
				rule := RuleOutletLine
				if i == h+1 {
					rule = RuleMasthead // right under the headline
				}
				d.removeLine(rule, l)
				d.claim(FieldSource, rule, name)
				continue
			}
			if isNameLine(l, maxPersonWords) && isPersonName(l) {
				d.removeLine(RuleWriterName, l)
				d.claim(FieldAuthor, RuleWriterName, l)
				continue
			}
		}
		out = append(out, l)
	}
	d.onePerLine, d.wrap = true, 0 // a browser copies a page's blocks a line each, never wrapped
	return out, true
}

// shortAbove reports whether the line above lines[i] is a menu's: a word
// or two.
func (d *doc) shortAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lines[j] != "" {
			return letterWords(lines[j]) <= maxMenuWords
		}
	}
	return false
}

// minMenuLines is how many short lines above the text make a file a copy
// of a web page.
const minMenuLines = 4
