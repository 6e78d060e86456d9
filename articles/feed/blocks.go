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
		s = tagLike.ReplaceAllStringFunc(s, stripTag)
		s = html.UnescapeString(s)
	}
	return collapse(s)
}

// stripTag drops an HTML tag or a comment from a title: an inline one
// with nothing in its place, another with a space. What only looks like
// a tag ("fix <tabs>", "a <new> idea") is text, and stays.
func stripTag(tag string) string {
	if strings.HasPrefix(tag, "<!--") {
		return ""
	}
	name := strings.TrimLeft(tag, "</")
	if i := strings.IndexAny(name, " \t\r\n/>"); i >= 0 {
		name = name[:i]
	}
	a := atom.Lookup([]byte(strings.ToLower(name)))
	switch {
	case inlineTags[a]:
		return ""
	case breakingTags[a]:
		return " "
	}
	return tag
}

// breakingTags are the other elements a title's markup holds; the rest
// ("<select>" in a release's title) are words.
var breakingTags = map[atom.Atom]bool{
	atom.Br: true, atom.Wbr: true, atom.P: true, atom.Div: true, atom.Img: true, atom.Center: true, atom.Nobr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Blockquote: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Hr: true, atom.Big: true,
}

// inlineTags are the elements that sit inside a word without breaking it.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true, atom.Code: true,
	atom.Del: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true, atom.Ins: true, atom.Kbd: true,
	atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true, atom.Var: true,
}

// collapse joins the words of s with single spaces; a no-break space
// counts as space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// Blocks turns an item's content (HTML, or plain text) into blocks:
// paragraphs, headings, list items, quotes, captions, preformatted text
// and table rows. It reads the fragment with the HTML parser, as a browser
// would, and keeps the text of its blocks; scripts, styles, forms,
// embedded media and images are dropped.
func Blocks(content string) []articles.Block {
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
	b := blockBuilder{kind: articles.KindText}
	for _, n := range nodes {
		b.walk(n)
	}
	b.flush()
	return b.out
}

// textBlocks splits plain text into paragraphs at blank lines, or at every
// line when it has no blank line.
func textBlocks(s string) []articles.Block {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	parts := strings.Split(s, "\n\n")
	if len(parts) == 1 {
		parts = strings.Split(s, "\n")
	}
	var out []articles.Block
	for _, p := range parts {
		if t := clean(collapse(p)); t != "" {
			out = append(out, articles.Block{Kind: articles.KindText, Text: t})
		}
	}
	return out
}

// blockBuilder gathers inline text into the current block and starts a
// new one at every block boundary; the innermost block element decides
// the kind.
type blockBuilder struct {
	out   []articles.Block
	cur   strings.Builder
	kind  articles.ParagraphKind
	pre   int      // depth inside <pre>: white space is kept
	cells []string // the cells of the table row being read
	inRow bool
}

// dropped are the elements whose content is not the article's text.
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Video: true, atom.Audio: true,
	atom.Svg: true, atom.Math: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Img: true, atom.Picture: true, atom.Canvas: true,
	atom.Head: true, atom.Title: true, atom.Nav: true,
}

// blockKinds are the block elements with a kind of their own.
var blockKinds = map[atom.Atom]articles.ParagraphKind{
	atom.H1: articles.KindHeading, atom.H2: articles.KindHeading, atom.H3: articles.KindHeading,
	atom.H4: articles.KindHeading, atom.H5: articles.KindHeading, atom.H6: articles.KindHeading,
	atom.Li: articles.KindListItem, atom.Dt: articles.KindListItem, atom.Dd: articles.KindText,
	atom.Blockquote: articles.KindQuote, atom.Figcaption: articles.KindCaption, atom.Caption: articles.KindCaption,
	atom.Pre: articles.KindPreformatted,
}

// blockLevel are the other elements that stand on lines of their own.
var blockLevel = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Table: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
	atom.Figure: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Center: true,
}

func (b *blockBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.cur.WriteString(n.Data)
		return
	case html.ElementNode, html.DocumentNode:
	default:
		return
	}
	if n.Type == html.ElementNode {
		if dropped[n.DataAtom] || n.Data == "svg" || n.Data == "math" {
			return
		}
		kind, hasKind := blockKinds[n.DataAtom]
		switch {
		case n.DataAtom == atom.Br:
			if b.pre > 0 {
				b.cur.WriteByte('\n')
			} else {
				b.flush()
			}
			return
		case n.DataAtom == atom.Tr:
			b.flush()
			b.inRow, b.cells = true, nil
			defer b.endRow()
		case (n.DataAtom == atom.Td || n.DataAtom == atom.Th) && b.inRow:
			b.cur.Reset()
			defer b.endCell()
		case hasKind && !b.inRow:
			b.flush()
			outer := b.kind
			// A paragraph inside a quote is quoted; a list inside a
			// quote is a list.
			b.kind = kind
			if kind == articles.KindPreformatted {
				b.pre++
			}
			defer func() {
				b.flush()
				b.kind = outer
				if kind == articles.KindPreformatted {
					b.pre--
				}
			}()
		case blockLevel[n.DataAtom] && !b.inRow:
			b.flush()
			defer b.flush()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
}

func (b *blockBuilder) endCell() {
	if t := clean(collapse(b.cur.String())); t != "" {
		b.cells = append(b.cells, t)
	}
	b.cur.Reset()
}

func (b *blockBuilder) endRow() {
	b.endCell()
	b.inRow = false
	if len(b.cells) > 0 {
		b.out = append(b.out, articles.Block{Kind: articles.KindTableRow, Text: strings.Join(b.cells, " | ")})
	}
	b.cells = nil
}

func (b *blockBuilder) flush() {
	raw := b.cur.String()
	b.cur.Reset()
	var text string
	if b.kind == articles.KindPreformatted {
		text = strings.Trim(articles.Sanitize(strings.ToValidUTF8(raw, "\uFFFD")), "\n")
	} else {
		text = clean(collapse(raw))
	}
	if strings.TrimSpace(text) == "" {
		return
	}
	b.out = append(b.out, articles.Block{Kind: b.kind, Text: text})
}
