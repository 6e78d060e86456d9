package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"dateline/articles"
)

// standfirstNames are the class names news sites give a stand-first (the
// line or two under the headline that sums the story up), as whole names
// or as parts of one between hyphens and underscores: "standfirst",
// "dcr-standfirst", "article__dek", "c-strapline".
var standfirstNames = map[string]bool{
	"standfirst": true, "dek": true, "deck": true, "strapline": true, "subtitle": true, "subheadline": true,
}

// standfirstClasses are whole class names that mean a stand-first only as
// a whole: "summary" alone is too common a part of other names.
var standfirstClasses = map[string]bool{
	"stand-first": true, "sub-title": true, "sub-headline": true, "summary": true,
	"article-summary": true, "story-summary": true, "css-summary": true,
}

// isStandfirst reports whether the markup says n is a page's stand-first:
// by its class, or by itemprop="description" or "abstract" on an element
// of the page's text (not a <meta>).
func isStandfirst(n *html.Node) bool {
	switch tagOf(n) {
	case atom.P, atom.Div, atom.H2, atom.H3, atom.Span, atom.Section:
	default:
		return false
	}
	if p := strings.ToLower(attr(n, "itemprop")); p == "description" || p == "abstract" {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if standfirstClasses[c] {
			return true
		}
		for _, part := range strings.FieldsFunc(c, func(r rune) bool { return r == '-' || r == '_' }) {
			if standfirstNames[part] {
				return true
			}
		}
	}
	return false
}

// standfirstTexts are the texts of the elements the markup marks as a
// stand-first above the text, spaces folded: a summary the markup marks
// below the text's first paragraph is not the page's stand-first. The
// text starts under the headline (the page's <h1>, when it has one), so a
// cookie notice's paragraph above it does not count.
func standfirstTexts(doc *html.Node) map[string]bool {
	texts := map[string]bool{}
	body := bodyOf(doc)
	headed := find(body, atom.H1) == nil // past the headline
	begun := false                       // a paragraph of the text has been passed
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if begun {
			return
		}
		if n.Type == html.ElementNode && tagOf(n) == atom.H1 {
			headed = true
			return
		}
		if n.Type == html.ElementNode && isStandfirst(n) {
			if t := strings.Join(strings.Fields(textOf(n)), " "); t != "" {
				texts[t] = true
			}
			return
		}
		if headed && n.Type == html.ElementNode && tagOf(n) == atom.P && len(strings.TrimSpace(textOf(n))) >= minParagraphDiv {
			begun = true
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	return texts
}

// textOf is all the text below n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// markStandfirst retypes the blocks at the head of the text that the
// markup marks as its stand-first, so that they are not taken for its
// first paragraph or a heading of it. Only the head: the same words
// further down are the text.
func markStandfirst(blocks []articles.Block, texts map[string]bool) {
	if len(texts) == 0 {
		return
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != articles.KindText && b.Kind != articles.KindHeading {
			return
		}
		if texts[strings.Join(strings.Fields(b.Text), " ")] {
			b.Kind = articles.KindStandfirst
			continue
		}
		if b.Kind == articles.KindText {
			return // the first paragraph of the text
		}
	}
}
