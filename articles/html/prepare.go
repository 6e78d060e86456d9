package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// prepare reshapes a page where news sites' markup misleads the
// extractor, before it runs:
//   - a <div> that holds only a paragraph's inline text (as wire services
//     mark up their paragraphs) becomes the <p> it stands for;
//   - the entries of a live page, each an <article> beside the others,
//     become sections of one text;
//   - in a gallery, where the captions are the text, each caption becomes
//     a paragraph;
//   - text split into paragraphs by pairs of <br> (as old sites write it)
//     becomes those paragraphs.
func prepare(doc *html.Node) {
	galleryCaptions := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type != html.ElementNode {
			return
		}
		switch tagOf(n) {
		case atom.Div:
			if isInlineParagraph(n) {
				rename(n, atom.P)
			} else {
				splitAtBreaks(n)
			}
		case atom.Td, atom.Section, atom.Article, atom.Body, atom.Font, atom.Center:
			splitAtBreaks(n)
		case atom.Figcaption:
			if captionProse(n) != nil {
				galleryCaptions++
			}
		}
	}
	walk(doc)
	liveEntries(doc)
	if galleryCaptions >= minGalleryCaptions {
		captionsToParagraphs(doc)
	}
}

// minGalleryCaptions is how many captions of prose make a page a gallery.
const minGalleryCaptions = 3

// minParagraphDiv is the least text a <div> needs to be taken for a
// paragraph, in bytes: shorter ones are labels and buttons.
const minParagraphDiv = 80

func rename(n *html.Node, a atom.Atom) {
	n.DataAtom, n.Data = a, a.String()
}

// isInlineParagraph reports whether a <div> holds a paragraph of text: no
// element inside it starts a block, it has enough text, and little of the
// text is links.
func isInlineParagraph(n *html.Node) bool {
	text, linked := 0, 0
	ok := true
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				k := len(strings.TrimSpace(c.Data))
				text += k
				if inLink {
					linked += k
				}
			case html.ElementNode:
				a := tagOf(c)
				if blockElements[a] || skipped[a] || a == atom.Img || a == atom.Picture {
					ok = false
					return
				}
				walk(c, inLink || a == atom.A)
			}
		}
	}
	walk(n, false)
	return ok && text >= minParagraphDiv && linked*2 < text
}

// liveEntries turns <article> elements that stand beside others of their
// kind (the entries of a live page) into sections, so that the extractor
// reads them all rather than the first.
func liveEntries(doc *html.Node) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		siblings := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && tagOf(c) == atom.Article {
				siblings++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if siblings >= 2 && c.Type == html.ElementNode && tagOf(c) == atom.Article {
				rename(c, atom.Section)
			}
			walk(c)
		}
	}
	walk(doc)
}

// captionProse is the part of a caption that reads as text (its <p>, or
// the caption itself, without credits), or nil when it is only a label.
func captionProse(fc *html.Node) *html.Node {
	if p := find(fc, atom.P); p != nil {
		fc = p
	}
	t := inlineText(fc)
	if strings.Count(t, " ") < 7 || !strings.ContainsAny(t[len(t)-1:], ".!?”\"") {
		return nil
	}
	return fc
}

// captionsToParagraphs replaces each figure of a gallery by the prose of
// its caption, as a paragraph.
func captionsToParagraphs(doc *html.Node) {
	var figures []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && tagOf(n) == atom.Figure {
			figures = append(figures, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, fig := range figures {
		fc := find(fig, atom.Figcaption)
		if fc == nil || fig.Parent == nil {
			continue
		}
		prose := captionProse(fc)
		if prose == nil {
			continue
		}
		p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: inlineText(prose)})
		fig.Parent.InsertBefore(p, fig)
		fig.Parent.RemoveChild(fig)
		for a := p.Parent; a != nil; a = a.Parent {
			unclassSlide(a)
		}
	}
}

// unclassSlide drops a class that names a slide of a slideshow: the
// extractor takes slides for a carousel of other stories, but a gallery's
// slides hold its text.
func unclassSlide(n *html.Node) {
	for i, at := range n.Attr {
		if at.Key == "class" && strings.Contains(at.Val, "slide") {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			return
		}
	}
}

// minBrokenText is the least text an element needs before its pairs of
// <br> are taken for paragraph breaks, in bytes.
const minBrokenText = 200

// splitAtBreaks wraps the runs of inline content between pairs of <br>
// in n into paragraphs, when n holds text written that way.
func splitAtBreaks(n *html.Node) {
	pairs, text := 0, 0
	prevBr := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && tagOf(c) == atom.Br:
			if prevBr {
				pairs++
			}
			prevBr = true
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.TextNode:
			text += len(c.Data)
			prevBr = false
		case c.Type == html.ElementNode && blockElements[tagOf(c)]:
			return // it holds blocks already
		default:
			prevBr = false
		}
	}
	if pairs == 0 || text < minBrokenText {
		return
	}
	var run []*html.Node
	wrap := func(before *html.Node) {
		hasText := false
		for _, r := range run {
			if strings.TrimSpace(inlineText(r)) != "" || r.Type == html.TextNode && strings.TrimSpace(r.Data) != "" {
				hasText = true
			}
		}
		if hasText {
			p := &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
			n.InsertBefore(p, before)
			for _, r := range run {
				n.RemoveChild(r)
				p.AppendChild(r)
			}
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && tagOf(c) == atom.Br {
			wrap(c)
			n.RemoveChild(c)
		} else {
			run = append(run, c)
		}
		c = next
	}
	wrap(nil)
}
