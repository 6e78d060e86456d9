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
}

// NewSearcher returns a Searcher over s with nothing to narrow yet.
func NewSearcher(s *Store) *Searcher { return &Searcher{store: s} }

// Store returns the store the Searcher searches.
func (se *Searcher) Store() *Store { return se.store }

// Search is Store.Search, narrowed when that is exact: when the previous
// search's results were complete and every article that matches query must
// be among them (query extends that query's last term, or adds terms,
// without ! or |, in the same scope), only they are searched.
func (se *Searcher) Search(ctx context.Context, query string, opt Options) (*Results, error) {
	q, err := parseQuery(query)
	if err != nil {
		return nil, err
	}
	se.mu.Lock()
	prev := se.last
	se.mu.Unlock()
	if prev == nil || !prev.complete || prev.scope != opt.Country || !q.narrows(prev.q) {
		prev = nil
	}
	res, err := se.store.search(ctx, q, query, opt, prev)
	if err != nil {
		return nil, err
	}
	if res.complete && !q.blank() && !q.hasOrOrNeg() {
		se.mu.Lock()
		se.last = res
		se.mu.Unlock()
	} else {
		res.arts, res.accAll, res.accHead = nil, nil, nil
	}
	return res, nil
}

// Reset forgets the previous results, as when the articles change.
func (se *Searcher) Reset() {
	se.mu.Lock()
	se.last = nil
	se.mu.Unlock()
}
