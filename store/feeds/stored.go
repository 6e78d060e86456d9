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
}

type storedBlock struct {
	Kind string `json:"kind,omitempty"` // ParagraphKind.String(); "" for text
	Text string `json:"text"`
}

// kindByName reads back ParagraphKind.String().
var kindByName = func() map[string]articles.ParagraphKind {
	m := map[string]articles.ParagraphKind{}
	for k := articles.KindText; k <= articles.KindTableRow; k++ {
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
