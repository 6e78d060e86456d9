package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/store/library"
)

// Outcome says how one feed's fetch went.
type Outcome int

// Outcomes of a feed's fetch.
const (
	Fetched     Outcome = iota // read, and its items kept
	NotModified                // answered 304: nothing new
	Waiting                    // not asked: the server's Retry-After has not passed
	Failed                     // the fetch or the feed failed; Err says why
)

// String names the outcome as the JSON for scripts does.
func (o Outcome) String() string {
	switch o {
	case NotModified:
		return "not_modified"
	case Waiting:
		return "waiting"
	case Failed:
		return "failed"
	}
	return "fetched"
}

// Result is one feed's fetch.
type Result struct {
	URL        string // the subscription's address, after a move the new one
	MovedFrom  string // the address it had before a permanent redirect moved it
	Name       string
	Title      string
	Outcome    Outcome
	Items      int // items the feed carries
	New        int // of them, new to the library
	Updated    int // of them, known but changed
	Dropped    int // items over the limit of one fetch
	RetryAfter time.Time
	Err        error
	Took       time.Duration
}

// Report is one fetch of every feed.
type Report struct {
	Results []Result // in the order the feeds finished
}

// Count returns how many feeds had the outcome.
func (r *Report) Count(o Outcome) int {
	n := 0
	for _, res := range r.Results {
		if res.Outcome == o {
			n++
		}
	}
	return n
}

// Options tune a fetch of every feed.
type Options struct {
	Client *feed.Client
	// Progress, when set, is called after each feed with the feeds done
	// and the feeds to do, one call at a time.
	Progress func(done, total int, r Result)
	Now      func() time.Time // for tests; time.Now when nil
}

// Fetch fetches every subscription at once, within the client's limits,
// with a conditional GET, and keeps what each brought: each feed's items
// and fetch state in one transaction, so that a crash leaves every feed
// either fetched or as it was. A feed whose server asked to wait
// (Retry-After) is left alone until then. One feed's failure is recorded
// against it and never stops the others. Fetch fails only when the
// library cannot be read; an interrupted fetch keeps the feeds it
// finished.
func Fetch(ctx context.Context, lib *library.Library, opt Options) (*Report, error) {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	s := newSaver(lib, now)
	s.client = opt.Client
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	report := &Report{}
	var due []library.Subscription
	var reqs []feed.Request
	for _, sub := range subs {
		if sub.RetryAfter.After(now()) {
			report.Results = append(report.Results, Result{URL: sub.URL, Name: sub.Name, Title: sub.Title, Outcome: Waiting, RetryAfter: sub.RetryAfter})
			continue
		}
		due = append(due, sub)
		reqs = append(reqs, feed.Request{URL: sub.URL, ETag: sub.ETag, LastModified: sub.LastModified})
	}
	total := len(subs)
	if opt.Progress != nil {
		for i, r := range report.Results {
			opt.Progress(i+1, total, r)
		}
	}
	started := time.Now()
	// A feed's pages (of a full-text subscription) are fetched as soon as
	// the feed is, beside the other feeds and pages, within the client's
	// limits; the feeds are then kept one at a time, so that IDs are given
	// in the order the feeds finish and the report grows one by one.
	var saving sync.Mutex
	var feedsDone sync.WaitGroup
	opt.Client.FetchAll(ctx, reqs, func(i int, resp *feed.Response, f *feed.Feed, err error) {
		feedsDone.Go(func() {
			pages := s.fetchPages(ctx, due[i], f, err)
			saving.Lock()
			defer saving.Unlock()
			res := s.save(ctx, due[i], resp, f, err, pages)
			res.Took = time.Since(started)
			report.Results = append(report.Results, res)
			if opt.Progress != nil {
				opt.Progress(len(report.Results), total, res)
			}
		})
	})
	feedsDone.Wait()
	return report, ctx.Err()
}

// fetchPages fetches, all at once within the client's limits, the page of
// every item of a full-text subscription's feed that is new to the library
// and carries only a summary. It returns them by GUID, each item with its
// page's text or with why it has none; nil when there is nothing to fetch.
func (s *saver) fetchPages(ctx context.Context, sub library.Subscription, f *feed.Feed, fetchErr error) map[string]stored {
	if fetchErr != nil || f == nil || !sub.FullText || s.client == nil {
		return nil
	}
	kept, err := s.lib.FeedArticles(ctx, sub.URL)
	if err != nil {
		return nil // save says so
	}
	known := make(map[string]bool, len(kept))
	for _, k := range kept {
		known[k.GUID] = true
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	pages := map[string]stored{}
	for i := range f.Items {
		it := &f.Items[i]
		if known[it.ID] {
			continue
		}
		known[it.ID] = true // a GUID twice in the feed: its page once
		st := newStored(it)
		if words(st.Blocks) >= SummaryWords {
			continue
		}
		wg.Go(func() {
			_ = st.fetchPage(ctx, s.client) // on failure the summary stays, with the reason
			mu.Lock()
			pages[it.ID] = st
			mu.Unlock()
		})
	}
	wg.Wait()
	return pages
}

// saver keeps fetched feeds in the library and gives their new items IDs.
type saver struct {
	lib    *library.Library
	client *feed.Client // for the pages of full-text subscriptions; nil for none
	now    func() time.Time
	taken  map[string]bool // the IDs given in Scope
}

func newSaver(lib *library.Library, now func() time.Time) *saver {
	return &saver{lib: lib, now: now}
}

func (s *saver) load(ctx context.Context) error {
	ids, err := s.lib.IDs(ctx, Scope)
	if err != nil {
		return err
	}
	s.taken = make(map[string]bool, len(ids))
	for _, id := range ids {
		s.taken[id.ID] = true
	}
	return nil
}

// save records one fetch of sub: what it brought, or why it failed.
// pages are the items whose pages fetchPages fetched.
func (s *saver) save(ctx context.Context, sub library.Subscription, resp *feed.Response, f *feed.Feed, fetchErr error, pages map[string]stored) Result {
	res := Result{URL: sub.URL, Name: sub.Name, Title: sub.Title}
	state := library.FetchState{ETag: sub.ETag, LastModified: sub.LastModified, At: s.now()}
	if fetchErr != nil {
		res.Outcome, res.Err = Failed, fetchErr
		if ctx.Err() != nil {
			return res // interrupted: not the feed's fault, and nothing to record
		}
		state.Error = fetchErr.Error()
		var se *feed.StatusError
		if errors.As(fetchErr, &se) {
			state.RetryAfter, res.RetryAfter = se.RetryAfter, se.RetryAfter
		}
		if err := s.lib.SaveFetch(ctx, sub.URL, state, nil); err != nil {
			res.Err = errors.Join(fetchErr, err)
		}
		return res
	}
	state.ETag, state.LastModified = resp.ETag, resp.LastModified
	if resp.NotModified {
		res.Outcome = NotModified
		if err := s.lib.SaveFetch(ctx, sub.URL, state, nil); err != nil {
			res.Outcome, res.Err = Failed, err
		}
		return res
	}
	if resp.MovedTo != "" && resp.MovedTo != sub.URL {
		switch err := s.lib.MoveSubscription(ctx, sub.URL, resp.MovedTo, keyPrefix); {
		case err == nil:
			res.MovedFrom, res.URL, sub.URL = sub.URL, resp.MovedTo, resp.MovedTo
		case errors.Is(err, library.ErrSubscribed):
			// Subscribed at the new address too: this one stays as it is.
		default:
			res.Outcome, res.Err = Failed, err
			return res
		}
	}
	res.Items, res.Dropped = len(f.Items), f.Dropped
	if f.Title != "" {
		res.Title = f.Title
	}
	kept, err := s.lib.FeedArticles(ctx, sub.URL)
	if err != nil {
		res.Outcome, res.Err = Failed, err
		return res
	}
	old := make(map[string]stored, len(kept))
	for _, k := range kept {
		if st, err := decodeStored(k.Parts); err == nil {
			old[k.GUID] = st
		}
	}
	var items []library.FeedArticle
	var fresh []*feed.Item
	for i := range f.Items {
		it := &f.Items[i]
		st := newStored(it)
		prev, known := old[it.ID]
		switch {
		case known && prev.Digest == st.Digest:
			continue // read again, unchanged
		case known:
			res.Updated++
			if prev.Page != "" && st.Summary {
				// The feed still carries a summary: the page's text stays.
				st.Blocks, st.Page, st.Bytes = prev.Blocks, prev.Page, prev.Bytes
			}
		default:
			res.New++
			fresh = append(fresh, it)
			if page, ok := pages[it.ID]; ok && page.Digest == st.Digest {
				st = page
			}
		}
		st.keepArticle()
		raw, err := json.Marshal(st)
		if err != nil {
			res.Outcome, res.Err = Failed, err
			return res
		}
		items = append(items, library.FeedArticle{
			GUID: it.ID, URL: it.URL, Title: it.Title, Author: it.Author, Source: it.Source, Lang: it.Lang,
			Published: st.Published, Fetched: state.At, Parts: raw,
		})
	}
	state.Title, state.SiteURL = f.Title, f.SiteURL
	if err := s.lib.SaveFetch(ctx, sub.URL, state, items); err != nil {
		res.Outcome, res.Err = Failed, err
		return res
	}
	res.Outcome = Fetched
	// IDs are given once the items are kept; an item that has none yet
	// (a crash between the two) gets one when the articles are read.
	if err := s.lib.SetIDs(ctx, Scope, s.assign(sub, fresh)); err != nil {
		res.Err = err
	}
	return res
}

// assign gives new items their IDs: the feed's short name and the item's
// slug, unique in Scope.
func (s *saver) assign(sub library.Subscription, items []*feed.Item) map[string]articles.RememberedID {
	ids := make(map[string]articles.RememberedID, len(items))
	name := sub.Name
	if name == "" {
		name = shortName(sub.Title, sub.URL)
	}
	for _, it := range items {
		id := unique(name+"/"+feed.ItemSlug(it.Title, it.URL, it.ID), func(id string) bool { return s.taken[id] })
		s.taken[id] = true
		ids[Key(sub.URL, it.ID)] = articles.RememberedID{ID: id}
	}
	return ids
}
