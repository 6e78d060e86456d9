package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/articles/html"
	"dateline/store/library"
)

// SummaryWords is where a summary ends and an article begins: an item
// with fewer words carries only a summary, and its page is worth reading.
const SummaryWords = 80

// splitKey reads a feed item's Key back into its feed's address and GUID.
func splitKey(key string) (feedURL, guid string, ok bool) {
	rest, ok := strings.CutPrefix(key, strings.TrimSuffix(keyPrefix(""), " "))
	if !ok {
		return "", "", false
	}
	return strings.Cut(rest, " ")
}

// FullText fetches the web page of the fetched article with the given
// Key, reads its main text through the HTML path, keeps it in the
// library in place of the feed's summary, and returns the article made
// from it with its ID. When that fails, the summary stays, the reason is
// kept with it, and the error says it.
func FullText(ctx context.Context, lib *library.Library, client *feed.Client, key, id string) (*articles.Article, error) {
	feedURL, guid, ok := splitKey(key)
	if !ok {
		return nil, errors.New("not an article from a feed")
	}
	rows, err := lib.FeedArticles(ctx, feedURL)
	if err != nil {
		return nil, err
	}
	var row *library.FeedArticle
	for i := range rows {
		if rows[i].GUID == guid {
			row = &rows[i]
		}
	}
	if row == nil {
		return nil, errors.New("the article is no longer in the library")
	}
	st, err := decodeStored(row.Parts)
	if err != nil {
		return nil, err
	}
	if err := st.fetchPage(ctx, client); err != nil {
		if ctx.Err() != nil {
			return nil, err
		}
		if raw, jerr := json.Marshal(st); jerr == nil {
			_ = lib.SetParts(ctx, feedURL, guid, raw) // the reason is a courtesy; the error below is what counts
		}
		return nil, err
	}
	raw, err := json.Marshal(st)
	if err != nil {
		return nil, err
	}
	if err := lib.SetParts(ctx, feedURL, guid, raw); err != nil {
		return nil, err
	}
	a, err := st.article(id)
	if err != nil {
		return nil, err
	}
	a.Key, a.Path, a.Paths = key, row.URL, []string{row.URL}
	return a, nil
}

// fetchPage replaces the summary's blocks with the main text of the
// item's page, or records why it could not.
func (s *stored) fetchPage(ctx context.Context, client *feed.Client) error {
	err := s.readPage(ctx, client)
	if err != nil {
		s.PageError = err.Error()
		return err
	}
	s.PageError = ""
	return nil
}

func (s *stored) readPage(ctx context.Context, client *feed.Client) error {
	if s.URL == "" {
		return errors.New("the item links to no page")
	}
	resp, err := client.FetchPage(ctx, s.URL)
	if err != nil {
		return fmt.Errorf("fetching its page: %w", err)
	}
	p, err := html.ReadServed(resp.Body, resp.ContentType)
	if err != nil {
		return fmt.Errorf("reading its page: %w", err)
	}
	page := storeBlocks(p.Blocks)
	if words(page) <= words(s.Blocks) {
		return errors.New("its page holds no more text than the feed")
	}
	s.Blocks, s.Page = page, "page"
	s.Bytes = len(resp.Body)
	s.keepArticle()
	return nil
}

// words counts the words of blocks, roughly: runs of letters and digits
// between spaces.
func words(bs []storedBlock) int {
	n := 0
	for _, b := range bs {
		n += len(strings.Fields(b.Text))
	}
	return n
}
