package feed

import (
	"regexp"
	"strings"
	"unicode"

	"dateline/articles"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksLikeHTML tells markup from plain text: a tag, a comment or an
// entity. Text such as "5 < 6" is not markup.
var looksLikeHTML = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});`)

// tagLike is a tag or comment inside a title.
var tagLike = regexp.MustCompile(`<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)

// PlainText turns a feed's title or name into plain text on one line: tags
// stripped, entities decoded, white space collapsed. A "<" that starts no
// tag stays.
func PlainText(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = tagLike.ReplaceAllString(s, " ")
		s = html.UnescapeString(s)
	}
	return collapse(s)
}

// collapse joins the words of s with single spaces; a no-break space
// counts as space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// Blocks turns an item's content (HTML, or plain text) into paragraphs
// and headings. It reads the fragment with the HTML parser, as a browser
// would, and keeps the text of its blocks; scripts, styles, forms,
// embedded media and images are dropped.
func Blocks(content string) []articles.Paragraph {
	if strings.TrimSpace(content) == "" {
		return nil
	}
	if !looksLikeHTML.MatchString(content) {
		return textBlocks(content)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(content), body)
	if err != nil {
		return textBlocks(content)
	}
	var b blockBuilder
	for _, n := range nodes {
		b.walk(n)
	}
	b.flush()
	return b.out
}

// textBlocks splits plain text into paragraphs at blank lines, or at every
// line when it has no blank line.
func textBlocks(s string) []articles.Paragraph {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	parts := strings.Split(s, "\n\n")
	if len(parts) == 1 {
		parts = strings.Split(s, "\n")
	}
	var out []articles.Paragraph
	for _, p := range parts {
		if t := clean(collapse(p)); t != "" {
			out = append(out, articles.Paragraph{Kind: articles.KindText, Text: t})
		}
	}
	return out
}

// blockBuilder gathers inline text into the current paragraph and starts
// a new one at every block boundary.
type blockBuilder struct {
	out     []articles.Paragraph
	cur     strings.Builder
	heading bool
}

// dropped are the elements whose content is not the article's text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Svg: true, atom.Math: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Img: true, atom.Picture: true, atom.Canvas: true,
	atom.Head: true, atom.Title: true, atom.Nav: true,
}

// blockLevel are the elements that stand on lines of their own.
var blockLevel = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Blockquote: true, atom.Pre: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Caption: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Center: true,
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (b *blockBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	if n.Type == html.ElementNode {
		if dropped[n.DataAtom] || n.Data == "svg" || n.Data == "math" {
			return
		}
		switch {
		case n.DataAtom == atom.Br:
			b.flush()
			return
		case isHeading(n.DataAtom):
			b.flush()
			b.heading = true
			defer func() { b.flush(); b.heading = false }()
		case blockLevel[n.DataAtom]:
			b.flush()
			defer b.flush()
		case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
			b.cur.WriteByte(' ')
			defer b.cur.WriteByte(' ')
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
}

func (b *blockBuilder) flush() {
	text := clean(collapse(b.cur.String()))
	b.cur.Reset()
	if text == "" {
		return
	}
	kind := articles.KindText
	if b.heading {
		kind = articles.KindHeading
	}
	b.out = append(b.out, articles.Paragraph{Kind: kind, Text: text})
}
