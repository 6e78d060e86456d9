package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Website furniture: the navigation, share buttons, cookie notices and
// footers that a page saved from a browser brings with it. Removing text is
// worse than keeping furniture, so the rules are narrow: most apply only at
// the edges of the article (above its first line of prose, below its last),
// none to a line that ends a sentence (a copyright footer aside), and none
// to a line that starts in lower case (a line of wrapped text).
var (
	// edgeLines are whole lines of furniture above or below the text.
	edgeLines = setOf(
		"print dictionary print", "print",
		"share", "share this",
		"lock icon", "help-image social comment?", "skip to content", "skip to main content", "skip to navigation",
		"subscribe", "subscribe now", "menu", "search", "sign in", "log in", "login", "sign up", "register",
		"home", "close", "toggle navigation", "open menu", "close menu",
		"email", "e-mail", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit",
		"copy link", "link copied", "comments", "listen", "listen to this article", "save", "save article",
		"follow", "newsletter", "enter your email", "enter your email address", "read more",
		"show more", "load more", "back to top", "accept", "accept all", "reject all", "cookie settings",
		"manage cookies", "manage preferences", "loading", "loading...", "loading…", "image", "photo", "video",
		"watch", "expand", "gift this article", "font size", "view comments", "add comment",
		"shares", "share full article", "read in app", "save story", "back to home", "skip to site index",
		"print this page", "more", "sections", "show more", "open side navigation menu", "ad feedback",
	)
	// inlineLines are furniture wherever they stand, between paragraphs too.
	inlineLines = setOf("advertisement", "sponsored content", "related article", "related articles",
		"sign up", "subscribe now", "donate", "support us", "skip advertisement", "after newsletter promotion",
		"share this article", "share this story", "story continues below advertisement",
		"continue reading below", "article continues below")
	// appealPrefixes start appeals for money, an e-mail address or a tip:
	// furniture wherever they stand, even as sentences.
	appealPrefixes = []string{
		"sign up for our ", "sign up to our ", "sign up to the ", "subscribe to our ", "get our free ", "get our newsletter",
		"support our journalism", "support independent journalism", "support the ", "please support ", "donate to ",
		"make a donation", "become a member", "become a subscriber", "we have a small favour to ask",
		"if you value our ", "if you appreciate our ", "do you have a story", "got a story", "have you got a story",
		"you have 1 free article", "you have 2 free articles", "you have 3 free articles", "subscribe for ",
		"our morning email ", "our daily newsletter", "sign up to our newsletter", "sign up for the ",
		"fund the free press", "fund independent journalism", "free daily newsletter", "privacy notice: newsletters may contain",
		"support us ", "support quality journalism",
	}
	// edgePrefixes start lines of furniture above or below the text.
	edgePrefixes = []string{
		"sign up for ", "subscribe to ", "download the app", "get the app", "click here", "tap here",
		"tags ", "tags:", "topics:", "filed under", "this article is more than ", "exclusive news, data and analytics",
	}
	// inlinePrefixes start links to other pages, wherever they stand.
	inlinePrefixes = []string{
		"share on ", "share via ", "share this:", "follow us on ", "read more:", "read more about ",
		"related:", "also read:", "read also:", "see also:",
	}
	// tails head what follows an article and is not part of it: lists of
	// other stories, log-in and comment widgets.
	tails = []string{
		"more in ", "related stories", "most popular", "most read", "recommended stories", "recommended for you",
		"log in to ", "sign in to ", "to write comments", "leave a comment", "comments (", "join the conversation",
		"you may also like", "you might also like", "more from ", "more stories", "read next", "what to read next",
		"trending now", "popular now", "latest news", "related topics", "more on this story", "explore more on these topics",
		"explore more topics", "most viewed", "share what you think", "reuse this content", "top stories", "share or comment on this article",
		"most watched", "suggested topics", "about the author", "comments ", "recommended", "around the web",
	}
	// tailSentences head a tail though they end with a full stop.
	tailSentences = []string{"our standards: ", "all quotes delayed a minimum of"}
	// Section names that a saved page shows above its headline.
	sectionLines = setOf(
		"world", "business", "politics", "sport", "sports", "opinion", "asia", "europe", "africa",
		"americas", "middle east", "tech", "technology", "science", "health", "culture", "entertainment",
		"markets", "economy", "news", "local", "national", "international", "lifestyle", "travel", "live",
		"latest", "breaking news",
	)
	// Lines that head a list of links to other stories.
	linkLists  = setOf("read more", "related", "related articles", "related stories", "more stories", "see also", "also read")
	copyright  = lazyRegexp(`^(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(.+?)\.?(?:\s+(?i:all rights reserved)\.?)?$`)
	footerMark = lazyRegexp(`^(?:©|(?i:\(c\)|copyright)\s*(?:©|\d{4}))`)
	breadcrumb = lazyRegexp(`^[\p{L} .&'’-]{1,40}(?:\s+[>›»/]\s+[\p{L} .&'’-]{1,40}){1,6}$`)
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cutFurniture removes a web page's furniture. Menus and trails of
// sections count above the text only (below it, a menu must have a link
// such as Privacy or Terms): elsewhere they are tables and scales. A date
// in a line it removes ("By Ama Mensah | Published March 5, 2024") is kept
// as the article's date, and the holder of a copyright footer as its
// source.
func (d *doc) cutFurniture(lines []string) []string {
	text := textStart(lines)
	end := len(lines) // where the tail starts
	for i := text + 1; i < len(lines); i++ {
		if l := lines[i]; l != "" && len(l) <= maxTailHead {
			if plain, heading := plainOf(l); isTail(plain, heading) {
				end = i
				break
			}
		} else if l != "" && hasPrefixFold(l, tailSentences) {
			end = i
			break
		}
	}
	for _, l := range lines[end:] {
		d.removeLine(RuleTail, l)
	}
	lines = lines[:end]
	first, last := proseSpan(lines)
	out := lines[:0]
	seen := false  // furniture was found above the text: this is a saved page
	links := false // in a list of links under "Read more"
	for i, l := range lines {
		if links && (l == "" || strings.HasPrefix(l, "• ") && !endsSentence(l)) {
			d.removeLine(RuleLinkList, l)
			continue
		}
		links = false
		if l == "" || len(l) > maxFurnitureLine || i > 0 && startsLower(l) && len(lines[i-1]) >= minWrappedLine && !endsSentence(lines[i-1]) {
			out = append(out, l) // a line of wrapped text is never furniture
			continue
		}
		plain, _ := plainOf(l)
		edge := (i < first || i > last) && !strings.HasPrefix(l, "• ") // an item of a list is content
		if caption, label := captionOf(plain); label != "" {
			d.removeLine(RuleImageCredit, label)
			if caption != "" {
				out = append(out, captionMark+caption)
			}
			continue
		}
		rule := furnitureRule(plain, edge)
		switch {
		case rule != "":
		case edge && isLoneFigure(plain):
			rule = RuleEdgeFurniture
		case i < first && isBreadcrumb(plain):
			rule = RuleBreadcrumb
		case i < first && isNavLine(plain):
			rule = RuleMenu
		case i < first && seen && isSection(plain):
			rule = RuleSection
		case i > last && isNavLine(plain) && containsFold(plain, "privacy", "terms", "contact", "about us", "cookie", "sitemap", "careers", "advertise"):
			rule = RuleFooterMenu
		}
		if rule != "" {
			seen = seen || i < first
			d.removeLine(rule, l)
			if site := siteName(plain); site != "" {
				d.claim(FieldSource, RuleSiteName, site)
			}
			if dt, ok := dateIn(plain); ok {
				d.claimDate(RuleFurnitureDate, dt)
			}
			d.claim(FieldSource, RuleCopyrightHolder, copyrightHolder(plain))
			links = wordCount(plain) <= maxLinkListHead && linkLists[strings.TrimRight(strings.ToLower(plain), ": ")]
			continue
		}
		out = append(out, l)
	}
	d.webCopy = d.webCopy || seen
	return out
}

// plainOf is a line without its heading or list marker, and whether it is
// a heading.
func plainOf(l string) (string, bool) {
	if h, ok := headingText(l); ok {
		return h, true
	}
	return strings.TrimPrefix(l, "• "), false
}

// textStart is the index of the first line of text under the headline: the
// first that ends a sentence or reads as prose. What heads the stories after
// an article comes after some of it.
func textStart(lines []string) int {
	top := firstNonEmpty(lines)
	if top < 0 {
		return len(lines)
	}
	for i := top + 1; i < len(lines); i++ {
		if endsSentence(lines[i]) || isProse(lines[i]) {
			return i
		}
	}
	return len(lines)
}

// proseSpan returns the first and the last line of prose under the top
// line (a headline reads as prose too): eight words or more, many of them
// in lower case, not a menu, not a cookie notice. Lines before the first or
// after the last are the edges, where furniture stands; first is len(lines)
// when there is no prose.
//
// A line of prose that metadata follows (a byline, a date, a share button)
// is a web page's stand-first, not yet the text: the text begins at the
// next line of prose.
func proseSpan(lines []string) (first, last int) {
	return proseBounds(lines, true)
}

// proseStart is proseSpan's first line alone, found without reading on to
// the last: the rules that need no more stop where the text starts.
func proseStart(lines []string) int {
	first, _ := proseBounds(lines, false)
	return first
}

// proseBounds is proseSpan; without withLast, last is not known when first is.
// Once first is found it reads up from the bottom for last: the lines of
// the text between them, most of an article, are not read at all.
func proseBounds(lines []string, withLast bool) (first, last int) {
	first, last = len(lines), -1
	top := firstNonEmpty(lines)
	pending := -1 // a line of prose that may be a stand-first
	for i, l := range lines {
		if l == "" || i <= top {
			continue
		}
		if pending >= 0 {
			if !isHeadMeta(l) {
				first = pending
				if withLast { // first never changes once found
					last = max(last, lastProse(lines, i))
				}
				return first, last
			}
			pending = -1
		}
		if isProse(l) && !isCookieNotice(l) {
			if first == len(lines) && !isAppeal(l) {
				pending = i
			}
			last = i
		}
	}
	if pending >= 0 {
		first = pending
	}
	if first == len(lines) && last >= 0 { // nothing but stand-firsts: the last is the text
		first = last
	}
	return first, last
}

// lastProse is the last line of lines[from:] that reads as prose and is
// not a cookie notice, or -1.
func lastProse(lines []string, from int) int {
	for i := len(lines) - 1; i >= from; i-- {
		if l := lines[i]; l != "" && isProse(l) && !isCookieNotice(l) {
			return i
		}
	}
	return -1
}

// isProse reports whether a line reads as text: eight words or more, at
// least a third of them in lower case, with no bars between them. Its first
// thirty words decide: it runs over every line.
func isProse(l string) bool {
	if strings.IndexByte(l, '|') >= 0 {
		return false
	}
	words, lower, inWord := 0, 0, false
	for i := 0; i < len(l) && words < proseWordsRead; i++ {
		c := l[i]
		if c == ' ' || c == '\t' {
			inWord = false
			continue
		}
		if inWord {
			continue
		}
		inWord = true
		words++
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRuneInString(l[i:]); unicode.IsLower(r) {
				lower++
			}
		}
	}
	return words >= minProseWords && lower*proseLowerOneIn >= words
}

// isAppeal reports whether a line asks for money, an address or a tip.
//
// A short line that starts "Sign up" or "Subscribe" is one ("Sign up to
// First Edition"); a sentence about signing up is longer.
func isAppeal(l string) bool {
	if len(l) > maxAppeal {
		return false
	}
	if l == "" || !appealStarts[l[0]] {
		return false
	}
	return hasPrefixFold(l, appealPrefixes) || wordCount(l) <= maxShortAppealWords && hasPrefixFold(l, shortAppeals)
}

// appealStarts are the first bytes of appeals, either case: most lines
// are ruled out by their first.
var appealStarts = firstBytes(appealPrefixes, shortAppeals)

func firstBytes(lists ...[]string) (set [256]bool) {
	for _, list := range lists {
		for _, p := range list {
			set[p[0]] = true
			set[strings.ToUpper(p[:1])[0]] = true
		}
	}
	return set
}

var shortAppeals = []string{"sign up ", "subscribe ", "register for ", "get the newsletter", "join our "}

// maxAppeal is the longest line taken for an appeal, in bytes: a longer
// one is text about subscribing.
const maxAppeal = 400

// maxTailHead is the longest line that heads a tail, in bytes: "More
// from the Guardian's Europe desk" fits, a sentence about the story does
// not.
const maxTailHead = 60

// The limits of the furniture rules, in bytes or words. Furniture is
// short: a button, a menu item, a label. Each limit is the longest piece
// of furniture seen in the pages studied with room to spare, and below the
// shortest line of text it could be mistaken for.
const (
	// maxFurnitureLine: a longer line is text, never furniture; the
	// longest notice seen (a cookie banner) is half of it.
	maxFurnitureLine = 200
	// minWrappedLine: a line at least this long that does not end a
	// sentence, with the next starting in lower case, is hard-wrapped text
	// going on; a menu item is shorter.
	minWrappedLine = 40
	// maxFurnitureWords: a line that does not end a sentence is furniture
	// only at this many words or fewer ("Share this article", "Sign in to
	// comment"), unless it stands at the edge with a known start.
	maxFurnitureWords = 5
	// maxLinkListHead: "Read more", "Related stories:" head a list of links
	// in this many words or fewer; a longer line is a heading of the text.
	maxLinkListHead = 3
	// proseWordsRead: isProse runs over every line, so it reads no more
	// words than this; a line of prose shows itself well before.
	proseWordsRead = 30
	// minProseWords: a line of prose has at least this many words ("Russia
	// and Belarus signed the deal on Monday.").
	minProseWords = 8
	// proseLowerOneIn: at least one word in this many of a line of prose is
	// in lower case; a menu or a list of names is capitalised throughout.
	proseLowerOneIn = 3
	// maxShortAppealWords: "Sign up", "Subscribe" start an appeal in a line
	// of this many words or fewer ("Sign up to First Edition"); a sentence
	// about signing up is longer.
	maxShortAppealWords = 6
	// maxSectionWords: a section's name is a word or two ("World", "Middle
	// East").
	maxSectionWords = 2
	// minSlashBreadcrumb: a breadcrumb of slashes has more than this many
	// " / " between its parts ("News / World / Europe"); "Input / output"
	// is text.
	minSlashBreadcrumb = 2
	// maxCookieNotice: a cookie notice is a sentence or two, in bytes.
	maxCookieNotice = 300
	// minNavItems: a menu on one line has at least this many items between
	// its bars or dots; two are a pair of words.
	minNavItems = 3
	// maxNavItemWords: each item of a menu is a few capitalised words
	// ("Middle East", "Climate Crisis").
	maxNavItemWords = 3
	// maxTailWords: a tail's heading is a few words ("More in North
	// Korea", "You may also like").
	maxTailWords = 6
	// maxNameWords: the name of a site, an outlet or a copyright holder is
	// at most this many words ("The Korea JoongAng Daily Ltd").
	maxNameWords = 5
)

// copyrightLead is the first byte of © in UTF-8, which a copyright footer
// may start with: a quick test before the pattern.
const copyrightLead = 0xC2

// furnitureRule returns the rule by which a line is furniture, or "";
// edge says it stands above or below the text. It lower-cases only short
// lines: prose is checked without a copy.
func furnitureRule(l string, edge bool) Rule {
	if isFooter(l) {
		return RuleFooter // "© 2024 Daily News Ltd. All rights reserved."
	}
	if isAppeal(l) {
		return RuleAppeal
	}
	if isListenLine(l) {
		return RuleListenLine
	}
	if isImageCredit(l) {
		return RuleImageCredit
	}
	if isRelativeDate(l) {
		return RuleRelativeDate
	}
	if endsSentence(l) && !strings.HasSuffix(l, ":") {
		if edge && isCookieNotice(l) {
			return RuleCookieNotice
		}
		return ""
	}
	if hasPrefixFold(l, inlinePrefixes) {
		return RuleShareLink
	}
	if wordCount(l) > maxFurnitureWords {
		switch {
		case !edge:
		case hasPrefixFold(l, edgePrefixes):
			return RuleEdgePrefix
		case isCookieNotice(l):
			return RuleCookieNotice
		}
		return ""
	}
	low := strings.ToLower(strings.TrimRight(l, ": "))
	switch {
	case inlineLines[low]:
		return RuleInlineFurniture
	case !edge:
	case edgeLines[low]:
		return RuleEdgeFurniture
	case hasPrefixFold(l, edgePrefixes):
		return RuleEdgePrefix
	}
	return ""
}

// isFooter reports whether a line is a copyright footer.
func isFooter(l string) bool {
	return l != "" && (l[0] == copyrightLead || l[0] == '(' || l[0] == 'c' || l[0] == 'C') && footerMark.re().MatchString(l)
}

// isSection reports whether a line is a section's name ("World").
func isSection(l string) bool {
	return wordCount(l) <= maxSectionWords && sectionLines[strings.ToLower(l)]
}

// isBreadcrumb reports whether a line is a trail of sections ("Home >
// National > North Korea"); with slashes it takes three ("Input / output"
// is text).
func isBreadcrumb(l string) bool {
	if !breadcrumbSet.in(l) && strings.Count(l, " / ") < minSlashBreadcrumb {
		return false
	}
	return breadcrumb.re().MatchString(l)
}

const (
	breadcrumbMarks = ">›»" // stand between the sections of a trail
	navMarks        = "|·•" // stand between the items of a menu
)

var breadcrumbSet, navSet = newRuneSet(breadcrumbMarks), newRuneSet(navMarks)

// isCookieNotice reports whether a line asks to accept cookies.
func isCookieNotice(l string) bool {
	if len(l) > maxCookieNotice || !strings.Contains(l, "ookies") { // a notice is a sentence or two
		return false
	}
	low := strings.ToLower(l)
	return containsAny(low, "we use", "this site", "this website") && containsAny(low, "accept", "consent", "continu", "agree")
}

// isNavLine reports whether a line is a menu: three or more items of a few
// capitalised words, without figures, between bars or dots ("Home | World
// | Business | Politics").
func isNavLine(l string) bool {
	if strings.HasPrefix(l, "|") || !navSet.in(l) || strings.ContainsAny(l, "0123456789") {
		return false // a table row or a line of results
	}
	items := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(items) < minNavItems {
		return false
	}
	for _, it := range items {
		it = strings.TrimSpace(it)
		if n := wordCount(it); n == 0 || n > maxNavItemWords || !isNameLine(it, maxNavItemWords) {
			return false
		}
	}
	return true
}

// isTail reports whether a line heads what follows an article: a short
// title ("More in North Korea", "Related Stories", "Comments (3)") that
// starts with one of tails. A heading must be one of them exactly: "Most
// Read Authors of 2024" is a section of the article.
func isTail(l string, heading bool) bool {
	if len(l) > maxTailHead || wordCount(l) > maxTailWords || endsSentence(l) && !strings.HasSuffix(l, ":") {
		return false
	}
	if heading {
		l = strings.TrimRight(l, ": ")
		for _, t := range tails {
			if strings.EqualFold(l, strings.TrimSpace(t)) {
				return true
			}
		}
		return false
	}
	return hasPrefixFold(l, tails)
}

// copyrightHolder reads the outlet from a footer ("© 2024 Daily News
// Ltd. All rights reserved.").
func copyrightHolder(l string) string {
	if !footerMark.re().MatchString(l) {
		return ""
	}
	m := copyright.re().FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	holder := strings.TrimSpace(m[1])
	if !isNameLine(strings.TrimSuffix(strings.ReplaceAll(holder, "Ltd.", "Ltd"), "."), maxNameWords) {
		return ""
	}
	return holder
}

// hasPrefixFold reports whether s starts with one of prefixes, which are
// in lower case, whatever the case of s.
func hasPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains one of subs, which are in lower
// case, whatever the case of s.
func containsFold(s string, subs ...string) bool {
	return containsAny(strings.ToLower(s), subs...)
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
