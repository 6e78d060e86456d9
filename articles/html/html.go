// Package html reads saved web pages: the page's main text as blocks
// (headings, paragraphs, lists, quotes, tables, captions; navigation,
// scripts, comments and the like left out) and its metadata (title, date,
// author, site, canonical address, language), as parts for
// articles.FromParts. Importing it makes articles.Load read .html and
// .htm files.
package html

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"

	"dateline/articles"
)

func init() {
	exts := []string{".html", ".htm", ".xhtml"}
	articles.RegisterFormat(exts, Read)
	articles.RegisterExplainer(exts, ReadExplained)
}

// Read turns the raw bytes of an HTML page into parts. It never fails on
// a page: when extraction finds no main text, the parts hold the page's
// title and whatever text its body has.
func Read(raw []byte) (articles.Parts, error) {
	p, _, err := read(raw, "")
	return p, err
}

// ReadServed is Read for a page as a server sent it: the charset of its
// Content-Type header, when it names one, decodes it, unless the page
// starts with a byte-order mark (which browsers, following the HTML
// standard, put first: a mark is never wrong about its own bytes); then
// the page's own <meta>.
func ReadServed(raw []byte, contentType string) (articles.Parts, error) {
	p, _, err := read(raw, contentType)
	return p, err
}

// ReadExplained is Read, with the text of the page that the parts leave
// out in Dropped.
func ReadExplained(raw []byte) (articles.Parts, error) {
	p, doc, err := read(raw, "")
	if err != nil {
		return p, err
	}
	kept := make(map[string]bool, len(p.Blocks))
	var all strings.Builder
	for _, b := range p.Blocks {
		t := strings.Join(strings.Fields(b.Text), " ")
		kept[t] = true
		all.WriteString(t + "\n")
	}
	for _, b := range blocksOf(bodyOf(doc)) {
		t := strings.Join(strings.Fields(b.Text), " ")
		if !kept[t] && !strings.Contains(all.String(), t) && t != strings.Join(strings.Fields(p.Title), " ") {
			p.Dropped = append(p.Dropped, b)
		}
	}
	return p, nil
}

// read is ReadServed, with the page's tree.
func read(raw []byte, contentType string) (articles.Parts, *html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(decode(raw, contentType)))
	if err != nil {
		return articles.Parts{}, nil, err // html.Parse fails only when its reader does
	}
	prepare(doc)
	standfirsts := standfirstTexts(doc) // before the extractor, which may change the tree
	ex := extract(doc)
	p := articles.Parts{
		Title:  ex.title,
		Date:   articles.DateOf(ex.date),
		Author: ex.author,
		Source: ex.site,
		URL:    ex.url,
		Lang:   ex.lang,
		Bytes:  len(raw),
	}
	if ex.content != nil {
		p.Blocks = blocksOf(ex.content)
	}
	if textLen(p.Blocks) < minMainText { // a page whose text its scripts write
		if body := jsonLDBody(doc); len(body) > textLen(p.Blocks) {
			p.Blocks = paragraphsOf(body)
		}
	}
	if !hasText(p.Blocks) { // extraction found nothing: what text there is
		if art := find(doc, atom.Article); art != nil {
			p.Blocks = blocksOf(art)
		}
		if !hasText(p.Blocks) {
			p.Blocks = blocksOf(bodyOf(doc))
		}
	}
	if p.Title == "" {
		p.Title = titleOf(doc)
	}
	markStandfirst(p.Blocks, standfirsts)
	return p, doc, nil
}

// extracted is what an extractor found in a page.
type extracted struct {
	content                        *html.Node // the main text, or nil
	title, author, site, url, lang string
	date                           time.Time
}

// extract finds a page's main text and metadata. It is the one place that
// knows the extractor: go-trafilatura, without its fallback extractors
// (measured, the fallback costs time on news pages and gains little).
func extract(doc *html.Node) extracted {
	config := trafilatura.DefaultConfig()
	// Below this much text the extractor's rescue takes a whole <article>
	// or <body> as one paragraph, its words run together; Read's own
	// fallback keeps the blocks apart.
	config.MinExtractedSize = 0
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		Config:          config,
		EnableFallback:  false,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
	})
	if err != nil || res == nil {
		return extracted{}
	}
	m := res.Metadata
	return extracted{
		content: res.ContentNode,
		title:   m.Title, author: m.Author, site: m.Sitename, url: m.URL, lang: m.Language,
		date: m.Date,
	}
}

// decode turns a page's bytes into UTF-8: the charset of its byte-order
// mark, of the server's Content-Type (contentType, "" for a file), or of
// its <meta charset> / Content-Type meta; without any, UTF-16 when most of
// its alternate bytes are NUL, UTF-8 when the bytes are valid UTF-8,
// Windows-1252 (which browsers read for ISO-8859-1 too) when they are not.
func decode(raw []byte, contentType string) []byte {
	head := raw[:min(len(raw), charsetScan)]
	e, name, certain := charset.DetermineEncoding(raw, contentType)
	declared := certain || bytes.Contains(bytes.ToLower(head), []byte("charset"))
	switch {
	case declared && name == "utf-8":
		return bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	case declared:
		if out, err := e.NewDecoder().Bytes(raw); err == nil {
			return out
		}
	case bytes.IndexByte(head, 0) >= 0:
		// UTF-16 without a mark: valid UTF-8 too (NUL is), and no
		// charset sniffing knows it.
		if out, ok := articles.UTF16WithoutBOM(raw); ok {
			return out
		}
		if utf8.Valid(raw) {
			return raw
		}
	case utf8.Valid(raw):
		return raw
	}
	if out, err := charmap.Windows1252.NewDecoder().Bytes(raw); err == nil {
		return out
	}
	return raw
}

// minMainText is the least main text, in bytes, that a page's metadata
// cannot beat: below it, an articleBody in the page's JSON-LD is the text.
const minMainText = 200

func textLen(blocks []articles.Block) int {
	n := 0
	for _, b := range blocks {
		n += len(b.Text)
	}
	return n
}

// jsonLDBody is the longest articleBody in the page's JSON-LD, or "".
func jsonLDBody(doc *html.Node) string {
	best := ""
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && tagOf(n) == atom.Script && attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				if b := articleBody(v, 0); len(b) > len(best) {
					best = b
				}
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return best
}

// maxJSONDepth is how deep articleBody is looked for.
const maxJSONDepth = 8

// articleBody finds the longest "articleBody" string in a decoded JSON value.
func articleBody(v any, depth int) string {
	if depth > maxJSONDepth {
		return ""
	}
	best := ""
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && strings.EqualFold(k, "articleBody") {
				if len(s) > len(best) {
					best = s
				}
				continue
			}
			if b := articleBody(x, depth+1); len(b) > len(best) {
				best = b
			}
		}
	case []any:
		for _, x := range v {
			if b := articleBody(x, depth+1); len(b) > len(best) {
				best = b
			}
		}
	}
	return best
}

// paragraphsOf splits text into paragraphs at its line breaks; text that
// holds markup is read as HTML.
func paragraphsOf(text string) []articles.Block {
	if strings.Contains(text, "<p") || strings.Contains(text, "<br") {
		if n, err := html.Parse(strings.NewReader(text)); err == nil {
			return blocksOf(n)
		}
	}
	var out []articles.Block
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, articles.Block{Kind: articles.KindText, Text: l})
		}
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.ToLower(strings.TrimSpace(a.Val))
		}
	}
	return ""
}

// charsetScan is how far into a page its charset is declared, as the HTML
// standard's prescan reads it.
const charsetScan = 1024

// hasText reports whether blocks hold a letter or a digit.
func hasText(blocks []articles.Block) bool {
	for _, b := range blocks {
		if strings.IndexFunc(b.Text, isWordRune) >= 0 {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// bodyOf is the page's <body>, or the page itself.
func bodyOf(doc *html.Node) *html.Node {
	if b := find(doc, atom.Body); b != nil {
		return b
	}
	return doc
}

// titleOf is the text of the page's <title>, or of its first <h1>.
func titleOf(doc *html.Node) string {
	for _, a := range []atom.Atom{atom.Title, atom.H1} {
		if n := find(doc, a); n != nil {
			if t := strings.TrimSpace(inlineText(n)); t != "" {
				return t
			}
		}
	}
	return ""
}

// find returns the first element of the given kind, depth first.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && tagOf(n) == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true,
}

// blockElements start a block of their own.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Figure: true, atom.Figcaption: true,
	atom.Blockquote: true, atom.Pre: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Address: true, atom.Form: true, atom.Fieldset: true, atom.Details: true,
	atom.Summary: true, atom.Caption: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
	atom.Body: true, atom.Html: true, atom.Center: true,
}

// blocksOf turns an element's content into blocks, by its elements:
// headings, lists, quotes, tables, preformatted text and captions keep
// their kind; the text between them makes paragraphs.
func blocksOf(root *html.Node) []articles.Block {
	w := &blockWriter{}
	w.walk(root, articles.KindText)
	w.flush()
	return w.blocks
}

// blockWriter gathers the blocks of a tree as it is walked.
type blockWriter struct {
	blocks []articles.Block
	cur    strings.Builder // inline text of the block being read
	kind   articles.ParagraphKind
}

func (w *blockWriter) flush() {
	if t := strings.TrimSpace(w.cur.String()); t != "" {
		w.blocks = append(w.blocks, articles.Block{Kind: w.kind, Text: t})
	}
	w.cur.Reset()
}

func (w *blockWriter) add(kind articles.ParagraphKind, text string) {
	w.flush()
	if t := strings.TrimSpace(text); t != "" {
		w.blocks = append(w.blocks, articles.Block{Kind: kind, Text: t})
	}
}

// walk writes n's content as blocks of kind (text, or the kind of the
// element that holds it: a quote, a caption).
func (w *blockWriter) walk(n *html.Node, kind articles.ParagraphKind) {
	switch n.Type {
	case html.TextNode:
		if w.cur.Len() == 0 {
			w.kind = kind
		}
		w.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, kind)
		}
		return
	default:
		return
	}
	if skipped[tagOf(n)] {
		return
	}
	switch tagOf(n) {
	case atom.Br:
		w.cur.WriteByte(' ')
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.add(articles.KindHeading, inlineText(n))
		return
	case atom.Pre:
		w.add(articles.KindPreformatted, preText(n))
		return
	case atom.Li:
		w.add(articles.KindListItem, listMarker(n)+inlineText(n))
		return
	case atom.Tr:
		switch {
		case isLayoutRow(n): // its cells are blocks of the page
		case isLinkRow(n) || isOnlyRow(n): // a menu laid out as a table
			w.add(articles.KindText, rowText(n))
			return
		default:
			w.add(articles.KindTableRow, rowText(n))
			return
		}
	case atom.Figcaption, atom.Caption:
		w.add(articles.KindCaption, inlineText(n))
		return
	case atom.Blockquote:
		w.flush()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, articles.KindQuote)
		}
		w.flush()
		return
	}
	block := blockElements[tagOf(n)]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, kind)
	}
	if block {
		w.flush()
	}
}

// listMarker is "3. " for the third item of an ordered list, "" otherwise:
// FromParts gives the other items their bullet.
func listMarker(li *html.Node) string {
	if li.Parent == nil || tagOf(li.Parent) != atom.Ol {
		return ""
	}
	n := 1
	for s := li.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode && tagOf(s) == atom.Li {
			n++
		}
	}
	return strconv.Itoa(n) + ". "
}

// inlineText is the text of n on one line.
func inlineText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[tagOf(n)]:
		case n.Type == html.ElementNode && (tagOf(n) == atom.Br || blockElements[tagOf(n)]):
			b.WriteByte(' ')
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			b.WriteByte(' ')
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// preText is the text of a <pre>, its lines kept.
func preText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && tagOf(n) == atom.Br:
			b.WriteByte('\n')
		case n.Type == html.ElementNode && skipped[tagOf(n)]:
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// maxCellText is the most text, in bytes, a cell of a table of data
// holds; a longer one lays out a page.
const maxCellText = 200

// isLayoutRow reports whether a table row lays out a page rather than
// holding data: a cell of it holds paragraphs, a table, or a long text.
func isLayoutRow(tr *html.Node) bool {
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || tagOf(c) != atom.Td && tagOf(c) != atom.Th {
			continue
		}
		if len(inlineText(c)) > maxCellText {
			return true
		}
		for g := c.FirstChild; g != nil; g = g.NextSibling {
			if g.Type == html.ElementNode && (tagOf(g) == atom.P || tagOf(g) == atom.Table || tagOf(g) == atom.Div) {
				return true
			}
		}
	}
	return false
}

// isOnlyRow reports whether tr is its table's only row: a table of data
// has a row of headings and rows of data.
func isOnlyRow(tr *html.Node) bool {
	rows := 0
	for t := tr.Parent; t != nil; t = t.Parent {
		if tagOf(t) == atom.Table {
			var count func(n *html.Node)
			count = func(n *html.Node) {
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					switch tagOf(c) {
					case atom.Tr:
						rows++
					case atom.Tbody, atom.Thead, atom.Tfoot:
						count(c)
					}
				}
			}
			count(t)
			break
		}
	}
	return rows == 1
}

// isLinkRow reports whether all the text of a table row is in links.
func isLinkRow(tr *html.Node) bool {
	all, linked := 0, 0
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				k := len(strings.Trim(c.Data, " \t\n|·•"))
				all += k
				if inLink {
					linked += k
				}
			case html.ElementNode:
				walk(c, inLink || tagOf(c) == atom.A)
			}
		}
	}
	walk(tr, false)
	return all > 0 && linked == all
}

// rowText is a table row's cells between " | ".
func rowText(tr *html.Node) string {
	var cells []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (tagOf(c) == atom.Td || tagOf(c) == atom.Th) {
			cells = append(cells, inlineText(c))
		}
	}
	return strings.Join(cells, " | ")
}

// tagOf is n's element kind. Trees an extractor builds may name their
// elements without setting DataAtom.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}
