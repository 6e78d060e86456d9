package store

import (
	"context"
	"sync"
)

// Searcher runs the searches of one place that types queries (the search
// pane), and remembers the last complete result so that the next, narrower
// query searches only its matches. The Store stays read-only; the narrowing
// cache is the Searcher's, and a Searcher is safe for concurrent use.
type Searcher struct {
	store *Store

	mu   sync.Mutex
	last *Results // the last complete search without | or !, to narrow

	// Searches reading each kept result. A result that is no longer last
	// gives its buffers back when its last reader is done, so that the
	// next keystroke reuses them instead of allocating.
	readers map[*Results]int
}

// NewSearcher returns a Searcher over s with nothing to narrow yet.
func NewSearcher(s *Store) *Searcher { return &Searcher{store: s} }

// Store returns the store the Searcher searches.
func (se *Searcher) Store() *Store { return se.store }

// Search is Store.Search, narrowed when that is exact: when every article
// that matches query must be among the previous search's matches (query extends that query's last term, or adds terms,
// without ! or |, in the same scope), only they are searched.
func (se *Searcher) Search(ctx context.Context, query string, opt Options) (*Results, error) {
	q, err := parseQuery(query)
	if err != nil {
		return nil, err
	}
	se.mu.Lock()
	prev := se.last
	if prev == nil || prev.scope != opt.Country || !q.narrows(prev.q) {
		prev = nil
	} else {
		se.hold(prev, 1)
	}
	se.mu.Unlock()
	res, err := se.store.search(ctx, q, query, opt, prev, true)
	se.mu.Lock()
	defer se.mu.Unlock()
	if prev != nil {
		se.hold(prev, -1)
	}
	if err != nil {
		return nil, err
	}
	if !q.blank() && !q.hasOrOrNeg() {
		if old := se.last; old != nil {
			se.last = nil
			se.hold(old, 0)
		}
		se.last = res
	} else {
		res.release(se.store.ix())
	}
	return res, nil
}

// hold counts a reader of r in (delta 1) or out (-1), and gives r's
// buffers back once r is not the last result and nothing reads it. It is
// called with se.mu held.
func (se *Searcher) hold(r *Results, delta int) {
	if se.readers == nil {
		se.readers = map[*Results]int{}
	}
	n := se.readers[r] + delta
	if n > 0 {
		se.readers[r] = n
		return
	}
	delete(se.readers, r)
	if r != se.last {
		r.release(se.store.ix())
	}
}

// Reset forgets the previous results, as when the articles change.
func (se *Searcher) Reset() {
	se.mu.Lock()
	if old := se.last; old != nil {
		se.last = nil
		se.hold(old, 0)
	}
	se.mu.Unlock()
}
