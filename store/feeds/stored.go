package feeds

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"dateline/articles"
	"dateline/articles/feed"
)

// storedVersion is the version of the shape fetched items are kept in.
const storedVersion = 1

// stored is a fetched item as the library keeps it: already parsed into
// parts, so that start-up only runs the parts entry, never a feed parser
// or an HTML extractor.
type stored struct {
	V         int           `json:"v"`
	Title     string        `json:"title,omitempty"`
	Published string        `json:"published,omitempty"` // RFC 3339; "" when unknown
	Author    string        `json:"author,omitempty"`
	Source    string        `json:"source,omitempty"`
	URL       string        `json:"url,omitempty"`
	Lang      string        `json:"lang,omitempty"`
	Blocks    []storedBlock `json:"blocks"`
	Summary   bool          `json:"summary,omitempty"` // the feed carries only a summary
	// Digest is a digest of what the feed said of the item, to tell a
	// changed item from one read again.
	Digest string `json:"digest"`
	// Page says where the blocks came from when not the feed: "page"
	// when from the item's own web page.
	Page string `json:"page,omitempty"`
	// PageError says why the item's page could not give its full text.
	PageError string `json:"page_error,omitempty"`
	Bytes     int    `json:"bytes,omitempty"`
	// Article is the article the parts entry made of the blocks, when it
	// was made by the parser of version Parser: start-up takes it as it
	// is, and runs the parts entry only for an article kept by another.
	Article *parsedArticle `json:"article,omitempty"`
	Parser  int            `json:"parser,omitempty"`
}

// reparse makes every kept article be parsed again, for a benchmark to
// compare with.
var reparse = false

// parserVersion is the version of the parsing that made the kept
// articles. Raise it when the parts entry changes what it makes, and
// every kept article is parsed again from its blocks when it is read.
const parserVersion = 1

// parsedArticle is an Article as the library keeps it.
type parsedArticle struct {
	Title          string          `json:"title"`
	TitleDerived   bool            `json:"title_derived,omitempty"`
	Date           string          `json:"date,omitempty"` // Date.String()
	Source         string          `json:"source,omitempty"`
	Credit         string          `json:"credit,omitempty"`
	Dateline       string          `json:"dateline,omitempty"`
	Body           []storedBlock   `json:"body"`
	Countries      []parsedMention `json:"countries,omitempty"`
	Words          int             `json:"words"`
	ReadingMinutes int             `json:"reading_minutes"`
	Author         string          `json:"author,omitempty"`
	URL            string          `json:"url,omitempty"`
	Lang           string          `json:"lang,omitempty"`
	Bytes          int             `json:"bytes,omitempty"`
}

type parsedMention struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Flag    string `json:"flag"`
	Count   int    `json:"count"`
	Primary bool   `json:"primary,omitempty"`
}

// keepArticle records what the parts entry made of s, or clears it when
// the parts make no article.
func (s *stored) keepArticle() {
	s.Article, s.Parser = nil, 0
	a, err := articles.FromParts("", s.parts())
	if err != nil {
		return
	}
	p := &parsedArticle{
		Title: a.Title, TitleDerived: a.TitleDerived, Date: a.Date.String(), Source: a.Source, Credit: a.Credit,
		Dateline: a.Dateline, Words: a.Words, ReadingMinutes: a.ReadingMinutes, Author: a.Author, URL: a.URL,
		Lang: a.Lang, Bytes: a.Bytes, Body: make([]storedBlock, len(a.Body)),
	}
	for i, b := range a.Body {
		p.Body[i] = storedBlock{Text: b.Text}
		if b.Kind != articles.KindText {
			p.Body[i].Kind = b.Kind.String()
		}
	}
	for _, m := range a.Countries {
		c := m.Country.Country()
		p.Countries = append(p.Countries, parsedMention{Code: c.Code, Name: c.Name, Flag: c.Flag, Count: int(m.Count), Primary: m.Primary})
	}
	s.Article, s.Parser = p, parserVersion
}

// article is the kept article: as it was parsed, when this parser made
// it, else parsed from the blocks now.
func (s *stored) article(id string) (*articles.Article, error) {
	p := s.Article
	if p == nil || s.Parser != parserVersion || reparse {
		return articles.FromParts(id, s.parts())
	}
	a := &articles.Article{
		ID: id, Title: p.Title, TitleDerived: p.TitleDerived, Date: parseDate(p.Date), Source: p.Source, Credit: p.Credit,
		Dateline: p.Dateline, Words: p.Words, ReadingMinutes: p.ReadingMinutes, Author: p.Author, URL: p.URL,
		Lang: p.Lang, Bytes: p.Bytes, Body: make([]articles.Paragraph, len(p.Body)),
	}
	for i, b := range p.Body {
		a.Body[i] = articles.Paragraph{Kind: kindByName[b.Kind], Text: b.Text}
	}
	if len(p.Countries) > 0 {
		a.Countries = make([]articles.Mention, 0, len(p.Countries))
		for _, m := range p.Countries {
			// The name and flag kept beside the code are the country's
			// own; a code that names no country is left out.
			if k, ok := articles.NewMention(m.Code, m.Count, m.Primary); ok {
				a.Countries = append(a.Countries, k)
			}
		}
	}
	return a, nil
}

// parseDate reads Date.String() back: "2025-07-04", "--04-21" or "".
func parseDate(s string) articles.Date {
	var y, m, d int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n == 3 && len(s) == 10 {
		return articles.Date{Year: y, Month: time.Month(m), Day: d, Precision: articles.DateFull}
	}
	if n, _ := fmt.Sscanf(s, "--%2d-%2d", &m, &d); n == 2 && len(s) == 7 {
		return articles.Date{Month: time.Month(m), Day: d, Precision: articles.DateDayMonth}
	}
	return articles.Date{}
}

type storedBlock struct {
	Kind string `json:"kind,omitempty"` // ParagraphKind.String(); "" for text
	Text string `json:"text"`
}

// kindByName reads back ParagraphKind.String().
var kindByName = func() map[string]articles.ParagraphKind {
	m := map[string]articles.ParagraphKind{}
	for k := articles.KindText; k <= articles.KindStandfirst; k++ {
		m[k.String()] = k
	}
	return m
}()

func newStored(it *feed.Item) stored {
	s := stored{
		V: storedVersion, Title: it.Title, Author: it.Author, Source: it.Source, URL: it.URL, Lang: it.Lang,
		Summary: it.Summary, Blocks: storeBlocks(it.Blocks),
	}
	if !it.Published.IsZero() {
		s.Published = it.Published.Format(time.RFC3339)
	}
	s.Digest = s.digest()
	for _, b := range s.Blocks {
		s.Bytes += len(b.Text) + 1
	}
	return s
}

func storeBlocks(bs []articles.Block) []storedBlock {
	out := make([]storedBlock, len(bs))
	for i, b := range bs {
		out[i] = storedBlock{Text: b.Text}
		if b.Kind != articles.KindText {
			out[i].Kind = b.Kind.String()
		}
	}
	return out
}

// digest covers what the feed says of the item, not where its blocks came
// from in the end.
func (s *stored) digest() string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	enc.Encode([]any{s.Title, s.Published, s.Author, s.Source, s.URL, s.Lang, s.Blocks})
	return hex.EncodeToString(h.Sum(nil)[:12])
}

func decodeStored(raw []byte) (stored, error) {
	var s stored
	if err := json.Unmarshal(raw, &s); err != nil {
		return s, fmt.Errorf("reading a kept article: %w", err)
	}
	if s.V > storedVersion {
		return s, fmt.Errorf("reading a kept article: written by a newer dateline (version %d)", s.V)
	}
	return s, nil
}

// keptView is what start-up reads of a kept item when it holds its
// article: the blocks stay unread, which halves the work.
type keptView struct {
	V         int            `json:"v"`
	Summary   bool           `json:"summary,omitempty"`
	Page      string         `json:"page,omitempty"`
	PageError string         `json:"page_error,omitempty"`
	Article   *parsedArticle `json:"article,omitempty"`
	Parser    int            `json:"parser,omitempty"`
}

// decodeKept reads a kept item for start-up: without its blocks when its
// article is one this parser made, whole otherwise.
func decodeKept(raw []byte) (stored, error) {
	var v keptView
	if err := json.Unmarshal(raw, &v); err == nil && v.V <= storedVersion && v.Article != nil && v.Parser == parserVersion && !reparse {
		return stored{V: v.V, Summary: v.Summary, Page: v.Page, PageError: v.PageError, Article: v.Article, Parser: v.Parser}, nil
	}
	return decodeStored(raw)
}

// parts is the kept item as the parts entry takes it.
func (s *stored) parts() articles.Parts {
	p := articles.Parts{Title: s.Title, Author: s.Author, Source: s.Source, URL: s.URL, Lang: s.Lang, Bytes: s.Bytes}
	if t, err := time.Parse(time.RFC3339, s.Published); err == nil {
		p.Date = articles.DateOf(t)
	}
	p.Blocks = make([]articles.Block, len(s.Blocks))
	for i, b := range s.Blocks {
		p.Blocks[i] = articles.Block{Kind: kindByName[b.Kind], Text: b.Text}
	}
	return p
}
