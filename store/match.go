package store

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Match qualities, best last: a term's characters with gaps inside a word,
// the term inside a word, a word's prefix, the whole word.
const (
	qualNone uint8 = iota
	qualGaps
	qualInside
	qualPrefix
	qualWhole
)

// matchValue combines a match's quality and the rank of its field: quality
// counts first, then the field. It is never 0.
func matchValue(qual, rank uint8) uint8 { return qual*3 + rank }

// matchWord matches t against one folded word. It returns the quality and
// the tightest window of w that holds the match, in runes of w.
func matchWord(t *term, w string) (qual uint8, runeStart, runeEnd int) {
	if len(w) < len(t.text) {
		return qualNone, 0, 0 // too short to hold t's runes
	}
	switch t.effectiveKind() {
	case kindWhole:
		if w == t.text {
			return qualWhole, 0, t.runeLen
		}
	case kindPrefix:
		if strings.HasPrefix(w, t.text) {
			return prefixQual(w, t), 0, t.runeLen
		}
	case kindSuffix:
		if strings.HasSuffix(w, t.text) {
			if len(w) == len(t.text) {
				return qualWhole, 0, t.runeLen
			}
			start := utf8.RuneCountInString(w[:len(w)-len(t.text)])
			return qualInside, start, start + t.runeLen
		}
	case kindExact:
		if i := strings.Index(w, t.text); i >= 0 {
			return containsQual(w, t, i)
		}
	case kindFuzzy:
		if i := strings.Index(w, t.text); i >= 0 {
			return containsQual(w, t, i)
		}
		start, end := tightestWindow(t.text, w)
		if start >= 0 && end-start <= t.maxWindow() {
			return qualGaps, start, end
		}
	}
	return qualNone, 0, 0
}

func prefixQual(w string, t *term) uint8 {
	if len(w) == len(t.text) {
		return qualWhole
	}
	return qualPrefix
}

// containsQual grades t found at byte i of w.
func containsQual(w string, t *term, i int) (uint8, int, int) {
	if i == 0 {
		return prefixQual(w, t), 0, t.runeLen
	}
	start := i
	if !isASCII(w[:i]) {
		start = utf8.RuneCountInString(w[:i])
	}
	return qualInside, start, start + t.runeLen
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// tightestWindow returns the shortest run [start, end) of w, in runes, that
// holds the runes of t in order, or -1, -1 when w does not hold them.
func tightestWindow(t, w string) (start, end int) {
	if isASCII(t) && isASCII(w) {
		return window([]byte(t), []byte(w))
	}
	return window([]rune(t), []rune(w))
}

func window[C byte | rune](t, w []C) (bestStart, bestEnd int) {
	bestStart, bestEnd = -1, -1
	if len(t) == 0 {
		return 0, 0
	}
	for i := 0; i < len(w); i++ {
		if w[i] != t[0] {
			continue
		}
		k, j := 0, i
		for ; j < len(w) && k < len(t); j++ {
			if w[j] == t[k] {
				k++
			}
		}
		if k < len(t) {
			break // no later start can hold t either
		}
		// w[i:j] holds t, ending as early as possible; tighten the start.
		s := j - 1
		for k = len(t) - 1; ; s-- {
			if w[s] == t[k] {
				if k--; k < 0 {
					break
				}
			}
		}
		if bestStart < 0 || j-s < bestEnd-bestStart {
			bestStart, bestEnd = s, j
		}
		i = s
	}
	return bestStart, bestEnd
}

// wordMatch is a vocabulary word a term matches.
type wordMatch struct {
	word uint32
	qual uint8
}

// vocabChunk is how many vocabulary words one step of a scan covers between
// checks for cancellation.
const vocabChunk = 8192

// matchVocab returns the vocabulary words that t matches, in vocabulary
// order. Prefix kinds use the sorted vocabulary; the others scan it with
// the character mask as a prefilter, on every core, and confirm gapped
// matches with sahilm/fuzzy.
func (ix *index) matchVocab(ctx context.Context, t *term) ([]wordMatch, error) {
	switch t.effectiveKind() {
	case kindPrefix, kindWhole:
		lo, hi := ix.prefixRange(t.text)
		var ms []wordMatch
		for i := lo; i < hi; i++ {
			if q, _, _ := matchWord(t, ix.word(i)); q != qualNone {
				ms = append(ms, wordMatch{uint32(i), q})
			}
		}
		return ms, nil
	}
	v := ix.vocabLen()
	chunks := (v + vocabChunk - 1) / vocabChunk
	parts := make([][]wordMatch, chunks)
	err := parallel(ctx, chunks, func(c int) {
		parts[c] = ix.scanVocab(t, c*vocabChunk, min(v, (c+1)*vocabChunk))
	})
	if err != nil {
		return nil, err
	}
	var ms []wordMatch
	for _, p := range parts {
		ms = append(ms, p...)
	}
	return ms, nil
}

// scanVocab matches t against the words [lo, hi) of the vocabulary.
func (ix *index) scanVocab(t *term, lo, hi int) []wordMatch {
	var ms []wordMatch
	var gapped []int // words matched with gaps, to confirm with sahilm
	need := charMask(t.text)
	for i := lo; i < hi; i++ {
		if ix.masks[i]&need != need {
			continue
		}
		q, _, _ := matchWord(t, ix.word(i))
		switch q {
		case qualNone:
		case qualGaps:
			gapped = append(gapped, i)
		default:
			ms = append(ms, wordMatch{uint32(i), q})
		}
	}
	if len(gapped) == 0 {
		return ms
	}
	for _, m := range fuzzy.FindFromNoSort(t.text, vocabSource{ix, gapped}) {
		ms = append(ms, wordMatch{uint32(gapped[m.Index]), qualGaps})
	}
	return ms
}

// vocabSource shows some vocabulary words to sahilm/fuzzy.
type vocabSource struct {
	ix    *index
	words []int
}

func (s vocabSource) String(i int) string { return s.ix.word(s.words[i]) }
func (s vocabSource) Len() int            { return len(s.words) }

func maxWorkers() int { return runtime.GOMAXPROCS(0) }

// parallel runs fn(0) … fn(n-1) on every core, checking ctx between calls.
// fn must write only to its own outputs.
func parallel(ctx context.Context, n int, fn func(i int)) error {
	workers := min(n, maxWorkers())
	if workers <= 1 {
		for i := range n {
			if err := ctx.Err(); err != nil {
				return err
			}
			fn(i)
		}
		return ctx.Err()
	}
	var (
		mu   sync.Mutex
		next int
		wg   sync.WaitGroup
	)
	take := func() int {
		mu.Lock()
		defer mu.Unlock()
		if ctx.Err() != nil || next >= n {
			return -1
		}
		next++
		return next - 1
	}
	for range workers {
		wg.Go(func() {
			for i := take(); i >= 0; i = take() {
				fn(i)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}
