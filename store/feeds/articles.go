package feeds

import (
	"context"
	"runtime"
	"sync"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/store/library"
)

// Kept is what Articles read back: the articles, and the kept items that
// could not become one, with why.
type Kept struct {
	Articles []*articles.Article
	Skipped  []articles.Skipped
	// Origin says, by Key, which subscription and item each article came
	// from.
	Origin map[string]Origin
}

// Origin is where a kept article came from.
type Origin struct {
	FeedURL string
	GUID    string
	Summary bool   // the feed carries only a summary
	Page    string // "page" when the text came from the item's web page
	// PageError says why the item's page could not give its full text.
	PageError string
}

// Articles reads back every article the feeds brought, already parsed:
// the parts entry runs on every core, no feed parser or HTML extractor
// does. Each gets its Key (its feed and GUID) and the ID it was given
// when it arrived; one that has none yet gets one now.
func Articles(ctx context.Context, lib *library.Library) (*Kept, error) {
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	bySub := make(map[string]library.Subscription, len(subs))
	for _, s := range subs {
		bySub[s.URL] = s
	}
	rows, err := lib.FeedArticles(ctx, "")
	if err != nil {
		return nil, err
	}
	ids, err := lib.IDs(ctx, Scope)
	if err != nil {
		return nil, err
	}

	type parsed struct {
		a      *articles.Article
		origin Origin
		err    error
	}
	out := make([]parsed, len(rows))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(rows); i += workers {
				if ctx.Err() != nil {
					return
				}
				r := rows[i]
				st, err := decodeKept(r.Parts)
				if err != nil {
					out[i].err = err
					continue
				}
				key := Key(r.FeedURL, r.GUID)
				a, err := st.article(ids[key].ID)
				if err != nil {
					out[i].err = err
					continue
				}
				a.Key = key
				a.Path = r.URL
				if a.Path == "" {
					a.Path = r.FeedURL
				}
				a.Paths = []string{a.Path}
				out[i] = parsed{a: a, origin: Origin{FeedURL: r.FeedURL, GUID: r.GUID, Summary: st.Summary, Page: st.Page, PageError: st.PageError}}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	kept := &Kept{Articles: make([]*articles.Article, 0, len(rows)), Origin: make(map[string]Origin, len(rows))}
	s := newSaver(lib, nil)
	s.taken = make(map[string]bool, len(ids))
	for _, id := range ids {
		s.taken[id.ID] = true
	}
	missing := map[string]articles.RememberedID{}
	for i, p := range out {
		if p.err != nil {
			kept.Skipped = append(kept.Skipped, articles.Skipped{Path: rows[i].FeedURL + " " + rows[i].GUID, Reason: p.err.Error()})
			continue
		}
		if p.a.ID == "" {
			sub := bySub[rows[i].FeedURL]
			name := sub.Name
			if name == "" {
				name = shortName(sub.Title, sub.URL)
			}
			p.a.ID = unique(name+"/"+feed.ItemSlug(p.a.Title, rows[i].URL, rows[i].GUID), func(id string) bool { return s.taken[id] })
			s.taken[p.a.ID] = true
			missing[p.a.Key] = articles.RememberedID{ID: p.a.ID}
		}
		kept.Articles = append(kept.Articles, p.a)
		kept.Origin[p.a.Key] = p.origin
	}
	// IDs that cannot be kept are given again, the same way, next time.
	_ = lib.SetIDs(ctx, Scope, missing)
	return kept, nil
}
