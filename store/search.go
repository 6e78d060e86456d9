package store

import (
	"context"
	"strings"

	"dateline/articles"
	"dateline/articles/fold"
)

// Field is the part of an article a match was found in.
type Field int

// Fields, in ranking order.
const (
	FieldTitle Field = iota
	FieldSource
	FieldDateline
	FieldCountry
	FieldBody
)

// String returns the field's name as the JSON output spells it.
func (f Field) String() string {
	return [...]string{"title", "source", "dateline", "country", "body"}[f]
}

// Range is a half-open range of runes [Start, End).
type Range struct{ Start, End int }

// Options narrow a search.
type Options struct {
	Country string // ISO code; "" for every country
	Limit   int    // at most this many hits; 0 for no limit
}

// Hit is one article that matches a query.
type Hit struct {
	Article *articles.Article
	Score   int
}

// Snippet is the text shown under a hit, with the matches marked.
type Snippet struct {
	Field      Field
	Text       string
	Highlights []Range // in runes of Text
}

// Results are the hits of one query, best first.
type Results struct {
	Query string
	Hits  []Hit
}

// index is the search index. PLACEHOLDER: replaced by the real engine.
type index struct{ all []*articles.Article }

func buildIndex(all []*articles.Article) *index { return &index{all: all} }

// Search runs query over the store. PLACEHOLDER: title substring only.
func (s *Store) Search(ctx context.Context, query string, opt Options) (*Results, error) {
	q := fold.String(strings.TrimSpace(query))
	res := &Results{Query: query}
	for _, a := range s.all {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if strings.Contains(fold.String(a.Title), q) {
			res.Hits = append(res.Hits, Hit{Article: a, Score: 1})
		}
	}
	return res, nil
}

// Snippet returns the snippet of hit i. PLACEHOLDER.
func (r *Results) Snippet(i int) Snippet {
	return Snippet{Field: FieldTitle, Text: r.Hits[i].Article.Title}
}

// Match returns where the query's terms match in text, in runes. The UI
// uses it to mark titles and an opened article's paragraphs. PLACEHOLDER.
func (r *Results) Match(text string) []Range { return nil }
