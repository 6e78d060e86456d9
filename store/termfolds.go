package store

import (
	"context"
	"sync"
)

// A term whose words have several postings an article, as the commonest
// words and pieces of words do (`the`, `th`, `'he`, `e$`: 4 to 36 an
// article in a generated corpus), costs a walk of all of them each time
// it is searched for, and a vocabulary scan before that for the kinds that
// match inside a word. What the walk finds depends on the term alone, so
// the index keeps it, as it keeps a letter's (letterSum): a gacc an
// article, which a later search reads instead, one entry a candidate.
//
// The memo is the index's, dies with it, and is bounded:
//   - a term is folded the second time it is asked for, not the first, so
//     that a query run once (the command line's) costs no more memory than
//     its walk; the app's queries, run again at each keystroke or edit,
//     are the ones that gain;
//   - it holds at most foldsMax folds and foldsBytes bytes of them;
//   - to make room it drops the fold least recently used, but never one
//     that the search making room has used: a query of more heavy terms
//     than the memo holds walks the rest, rather than evicting, at each
//     run, the folds it is about to read.
const (
	foldsMax   = 16
	foldsBytes = 32 << 20
	foldMin    = 2 // postings an article below which a walk costs no more than a fold
	foldsAsked = 256
)

// foldKey is what a fold depends on: the term as matched.
type foldKey struct {
	text, stem string
	kind       termKind
}

type termFold struct {
	done chan struct{} // closed once g is set
	g    []gacc        // nil when folding failed
	used uint64        // the search that last read it
}

type termFolds struct {
	mu    sync.Mutex
	m     map[foldKey]*termFold
	asked map[foldKey]bool // asked for once, not folded yet
	bytes int
	seq   uint64 // searches so far: the number of each
}

// begin numbers a search, for the folds it uses.
func (f *termFolds) begin() uint64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	return f.seq
}

func keyOf(t *term) foldKey { return foldKey{t.text, t.stem, t.kind} }

// get returns t's fold when the memo has it, marking it used by search.
func (f *termFolds) get(t *term, search uint64) []gacc {
	f.mu.Lock()
	fd := f.m[keyOf(t)]
	if fd != nil {
		fd.used = max(fd.used, search)
	}
	f.mu.Unlock()
	if fd == nil {
		return nil
	}
	<-fd.done // folded by the search that made it, or being folded
	return fd.g
}

// termFold returns t's fold, folding ms (t's words) into one when t is heavy
// enough and asked for a second time, and room can be made for it; or nil,
// when the caller walks ms itself.
func (ix *index) termFold(t *term, ms []wordMatch, search uint64) []gacc {
	total := 0
	for _, m := range ms {
		total += int(ix.postOff[m.word+1] - ix.postOff[m.word])
	}
	if total < foldMin*ix.n || ix.n == 0 {
		return nil
	}
	f := &ix.folds
	key, size := keyOf(t), ix.n*8
	f.mu.Lock()
	if fd := f.m[key]; fd != nil { // folded by a search running beside this one
		fd.used = max(fd.used, search)
		f.mu.Unlock()
		<-fd.done
		return fd.g
	}
	if !f.asked[key] {
		if f.asked == nil || len(f.asked) >= foldsAsked {
			f.asked = map[foldKey]bool{}
		}
		f.asked[key] = true
		f.mu.Unlock()
		return nil
	}
	if !f.makeRoom(size, search) {
		f.mu.Unlock()
		return nil
	}
	delete(f.asked, key)
	if f.m == nil {
		f.m = map[foldKey]*termFold{}
	}
	fd := &termFold{done: make(chan struct{}), used: search}
	f.m[key] = fd
	f.bytes += size
	f.mu.Unlock()

	g := make([]gacc, ix.n)
	for a, c := range ix.lenClass {
		g[a] = newGacc(c)
	}
	// Not cancelled with the search that asked: the next one reads it.
	if ix.union(context.Background(), ms, 0, nil, nil, g, nil) == nil {
		fd.g = g
	}
	close(fd.done)
	return fd.g
}

// makeRoom drops folds, least recently used first, until one of size
// bytes fits, keeping those search has used; it reports whether it fits.
// f.mu is held.
func (f *termFolds) makeRoom(size int, search uint64) bool {
	for len(f.m) >= foldsMax || f.bytes+size > foldsBytes {
		var oldest foldKey
		var found *termFold
		for k, fd := range f.m {
			if fd.used < search && (found == nil || fd.used < found.used) {
				oldest, found = k, fd
			}
		}
		if found == nil {
			return false
		}
		delete(f.m, oldest)
		f.bytes -= size
	}
	return true
}

// held reports how many folds the memo holds and their bytes, for tests.
func (f *termFolds) held() (int, int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.m), f.bytes
}

// reset empties the memo, for tests.
func (f *termFolds) reset() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.m, f.asked, f.bytes = nil, nil, 0
}
