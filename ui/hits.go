package ui

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// maxHits is how many hits the reader holds at once. Finding x in a 16 MiB
// article without spaces makes sixteen million hits; held all at once (and
// their highlights) they took the heap to gigabytes. The rest are counted
// as they are found, and found again when n or N reaches them.
const maxHits = 10_000

// hitList is a window of at most maxHits hits in article order: hits[i]
// is hit base+i of total. cur, in the window, is where n and N stand.
type hitList struct {
	hits  []hit
	cur   int
	base  int
	total int
	all   iter.Seq[hit] // every hit, in order, found afresh on each pass
}

// newHitList counts the hits of all and holds the window that has hit
// number at in it, with at as the current one.
func newHitList(all iter.Seq[hit], at int) hitList {
	l := hitList{all: all, base: max(at-maxHits/2, 0)}
	for h := range all {
		if l.total >= l.base && len(l.hits) < maxHits {
			l.hits = append(l.hits, h)
		}
		l.total++
	}
	if l.total > 0 && l.base >= l.total { // at was past the end
		return newHitList(all, l.total-1)
	}
	l.cur = min(max(at-l.base, 0), max(len(l.hits)-1, 0))
	return l
}

// move makes the hit dir away from the current one current, round the
// end, finding a new window when it is outside this one.
func (l *hitList) move(dir int) {
	if l.total == 0 {
		return
	}
	at := ((l.base+l.cur+dir)%l.total + l.total) % l.total
	if at < l.base || at >= l.base+len(l.hits) {
		*l = newHitList(l.all, at)
		return
	}
	l.cur = at - l.base
}

// matchChunk is about how many bytes of a block the search terms are
// matched on at a time: the matcher returns every range of what it is
// given at once, eight million of them for a 16 MiB block of one-letter
// words.
const matchChunk = 64 << 10

// wordChunks cuts text at spaces into pieces of about matchChunk bytes,
// each with its offset in runes: the search terms match words, and no word
// crosses a space. A piece without a space runs on to the next one.
func wordChunks(text string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		runeOff := 0
		for len(text) > 0 {
			n := len(text)
			if n > matchChunk {
				if sp := strings.IndexByte(text[matchChunk:], ' '); sp >= 0 {
					n = matchChunk + sp + 1
				}
			}
			if !yield(runeOff, text[:n]) {
				return
			}
			runeOff += utf8.RuneCountInString(text[:n])
			text = text[n:]
		}
	}
}
