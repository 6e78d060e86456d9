package feeds

import (
	"context"
	"errors"

	"dateline/articles"
	"dateline/store/library"
)

// StoredParts returns the parts a fetched article was made from, as the
// library keeps them (the feed's item, or its page's text once fetched),
// so that articles.ExplainParts can say how it was understood without
// fetching anything again.
func StoredParts(ctx context.Context, lib *library.Library, key string) (articles.Parts, error) {
	feedURL, guid, ok := splitKey(key)
	if !ok {
		return articles.Parts{}, errors.New("not an article from a feed")
	}
	rows, err := lib.FeedArticles(ctx, feedURL)
	if err != nil {
		return articles.Parts{}, err
	}
	for _, r := range rows {
		if r.GUID != guid {
			continue
		}
		st, err := decodeStored(r.Parts)
		if err != nil {
			return articles.Parts{}, err
		}
		return st.parts(), nil
	}
	return articles.Parts{}, errors.New("the article is no longer in the library")
}
