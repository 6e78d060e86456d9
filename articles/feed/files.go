package feed

import (
	"dateline/articles"
)

// fileExts are the names of feed files looked for in folders.
var fileExts = []string{".xml", ".rss", ".atom", ".json"}

func init() {
	articles.RegisterCollection(fileExts, Detect, readEntries)
}

// readEntries reads a feed file into one entry per item. Its items' Keys
// hang on the feed's site (or title) and their GUIDs, so that a feed file
// moved or saved again keeps its marks.
func readEntries(raw []byte) ([]articles.Entry, error) {
	f, err := Parse(raw, "", "")
	if err != nil {
		return nil, err
	}
	feedID := f.SiteURL
	if feedID == "" && f.Title != "" {
		feedID = "feed-file:" + f.Title
	}
	entries := make([]articles.Entry, len(f.Items))
	for i := range f.Items {
		it := &f.Items[i]
		entries[i] = articles.Entry{Name: ItemSlug(it.Title, it.URL, it.ID), Parts: it.Parts()}
		if feedID != "" {
			entries[i].Key = articles.FeedKey(feedID, it.ID)
		}
	}
	return entries, nil
}
