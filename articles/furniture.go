package articles

import (
	"regexp"
	"strings"
)

// Website furniture: lines that are never text, and lines after which
// nothing is (lists of other stories, log-in and comment widgets). Pages
// saved from a browser bring their navigation, share buttons, cookie
// notices and footers with them.
var (
	furnitureLines = setOf(
		"print dictionary print", "print", "related article", "related articles",
		"advertisement", "ad", "sponsored", "share", "share this", "share this article", "share this story",
		"lock icon", "help-image social comment?", "skip to content", "skip to main content", "skip to navigation",
		"subscribe", "subscribe now", "menu", "search", "sign in", "log in", "login", "sign up", "register",
		"home", "close", "toggle navigation", "open menu", "close menu",
		"email", "e-mail", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit",
		"copy link", "link copied", "comments", "listen", "listen to this article", "save", "save article",
		"follow", "newsletter", "enter your email", "enter your email address", "read more", "continue reading",
		"show more", "load more", "back to top", "accept", "accept all", "reject all", "cookie settings",
		"manage cookies", "manage preferences", "loading", "loading...", "loading…", "image", "photo", "video",
		"watch", "expand", "gift this article", "font size", "view comments", "add comment",
	)
	furniturePrefixes = []string{
		"share on ", "share via ", "share this:", "follow us", "read more:", "read more about ", "related:",
		"also read:", "read also:", "see also:", "©", "(c) ", "copyright ", "all rights reserved",
		"sign up for ", "subscribe to ", "download the app", "get the app", "click here", "tap here",
		"tags ", "tags:", "topics:", "filed under",
	}
	furnitureTails = []string{
		"more in ", "related stories", "most popular", "most read", "recommended stories", "recommended for you",
		"log in to ", "sign in to ", "to write comments", "leave a comment", "comments (", "join the conversation",
		"you may also like", "you might also like", "more from ", "more stories", "read next", "what to read next",
		"trending now", "popular now", "latest news",
	}
	// Section names that a saved page shows above its headline.
	sectionLines = setOf(
		"world", "business", "politics", "sport", "sports", "opinion", "asia", "europe", "africa",
		"americas", "middle east", "tech", "technology", "science", "health", "culture", "entertainment",
		"markets", "economy", "news", "local", "national", "international", "lifestyle", "travel", "live",
		"latest", "breaking news",
	)
	// Lines that head a list of links to other stories.
	linkLists  = setOf("read more", "related", "related articles", "related stories", "more stories", "see also", "also read")
	copyright  = regexp.MustCompile(`^(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(.+?)\.?(?:\s+(?i:all rights reserved)\.?)?$`)
	breadcrumb = regexp.MustCompile(`^[\p{L}\d .&'’-]{1,40}(?:\s+[>›»/]\s+[\p{L}\d .&'’-]{1,40}){1,6}$`)
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cutFurniture removes a web page's navigation and widgets. A date in a
// line it removes ("By Ama Mensah | Published March 5, 2024") is kept as
// the article's date.
func (a *Article) cutFurniture(lines []string) []string {
	out := lines[:0]
	header := true // above the first line of text
	links := false // in a list of links under "Read more"
	for _, l := range lines {
		if len(l) > 200 { // furniture is short; text is not worth the checks
			out = append(out, l)
			header, links = false, false
			continue
		}
		if links && (l == "" || strings.HasPrefix(l, "• ")) {
			continue
		}
		links = false
		if isProse(l) { // the common case, and never furniture
			out = append(out, l)
			header = false
			continue
		}
		plain := strings.TrimPrefix(l, "• ")
		if h, ok := headingText(l); ok {
			plain = h
		}
		low := strings.ToLower(plain)
		if isTail(low) {
			break
		}
		if isFurniture(plain, low) || header && sectionLines[low] {
			if d, ok := dateIn(plain); ok && a.Date.Precision == DateUnknown {
				a.Date = d
			}
			if holder := copyrightHolder(plain); holder != "" && a.Source == "" {
				a.Source = holder
			}
			links = linkLists[strings.TrimRight(low, ": ")]
			continue
		}
		if wordCount(l) >= 8 {
			header = false
		}
		out = append(out, l)
	}
	return out
}

// isProse reports whether a line is a sentence of text: a dozen words or
// more, ending as a sentence does, with no cookie in it (cookie notices are
// sentences too).
func isProse(l string) bool {
	return wordCount(l) >= 12 && endsSentence(l) && !strings.Contains(l, "ookie")
}

// isFurniture reports whether a line (low is it in lower case) is a web
// page's furniture.
func isFurniture(l, low string) bool {
	low = strings.TrimRight(low, ": ")
	if furnitureLines[low] {
		return true
	}
	for _, p := range furniturePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	switch {
	case strings.Contains(low, "cookie") && containsAny(low, "we use", "this site", "this website", "accept", "consent"),
		strings.Contains(low, "all rights reserved"),
		strings.Contains(low, "privacy policy") && containsAny(low, "|", "terms", "cookie"):
		return true
	}
	return strings.ContainsAny(l, ">›»/") && breadcrumb.MatchString(l) || isNavLine(l)
}

// isNavLine reports whether a line is a menu: three or more short items
// between bars or dots ("Home | World | Business | Politics").
func isNavLine(l string) bool {
	if !strings.ContainsAny(l, "|·•") {
		return false
	}
	items := strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		it = strings.TrimSpace(it)
		if n := wordCount(it); n == 0 || n > 5 || endsSentence(it) {
			return false
		}
	}
	return true
}

// copyrightHolder reads the outlet from a footer ("© 2024 Daily News
// Ltd. All rights reserved.").
func copyrightHolder(l string) string {
	m := copyright.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	holder := strings.TrimSpace(m[1])
	if !isNameLine(strings.TrimSuffix(strings.ReplaceAll(holder, "Ltd.", "Ltd"), "."), 5) {
		return ""
	}
	return holder
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func isTail(low string) bool {
	if len(low) > 100 {
		return false
	}
	for _, t := range furnitureTails {
		if strings.HasPrefix(low, t) {
			return true
		}
	}
	return false
}
