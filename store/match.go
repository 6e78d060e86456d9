package store

import (
	"context"
	"runtime"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Match qualities, best last: a term's characters with gaps inside a word
// (a loose subsequence), a word two edits away, one edit away, the term
// inside a word, a word's prefix, the whole word.
const (
	qualNone uint8 = iota
	qualGaps
	qualTypo2
	qualTypo1
	qualInside
	qualPrefix
	qualWhole
)

// typoCost is what a match of quality q costs in the typos tier: nothing
// for the term as typed, an edit for each edit, and more than two for a
// loose subsequence.
func typoCost(q uint8) int {
	switch q {
	case qualTypo1:
		return 1
	case qualTypo2:
		return 2
	case qualGaps:
		return 3
	}
	return 0
}

// exactness is what a match of quality q counts in the exactness tier.
func exactness(q uint8) int {
	switch q {
	case qualWhole:
		return 3
	case qualPrefix:
		return 2
	case qualInside:
		return 1
	}
	return 0
}

// matchValue combines a match's quality and the rank of its field: quality
// counts first, then the field. It is never 0 for a match.
func matchValue(qual, rank uint8) uint8 { return qual*3 + rank }

// matchWord matches t against one folded word. It returns the quality and
// the tightest window of w that holds the match, in runes of w.
func matchWord(t *term, w string) (qual uint8, runeStart, runeEnd int) {
	qual, runeStart, runeEnd = matchWordExact(t, w)
	if qual >= qualInside {
		return qual, runeStart, runeEnd
	}
	if k := t.typos(); k > 0 && len(w) >= len(t.text)-k && len(w) <= len(t.text)+k {
		if d := osa(t.text, w, k); d <= k {
			return qualTypo1 + 1 - uint8(d), 0, utf8.RuneCountInString(w)
		}
	}
	return qual, runeStart, runeEnd
}

// sameStem reports whether w is t's word with or without its plural s.
func sameStem(t *term, w string) bool {
	return w == t.text || (len(w) >= len(t.stem) && len(w) <= len(t.stem)+1 && stem(w) == t.stem)
}

// matchWordExact is matchWord without typos.
func matchWordExact(t *term, w string) (qual uint8, runeStart, runeEnd int) {
	if len(w) < len(t.stem) {
		return qualNone, 0, 0 // too short to hold t's runes
	}
	switch t.effectiveKind() {
	case kindWhole:
		if sameStem(t, w) {
			return qualWhole, 0, utf8.RuneCountInString(w)
		}
	case kindPrefix:
		if strings.HasPrefix(w, t.text) {
			return prefixQual(w, t), 0, t.runeLen
		}
		if t.stem != t.text && sameStem(t, w) {
			return qualWhole, 0, utf8.RuneCountInString(w)
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
		if sameStem(t, w) {
			return qualWhole, 0, utf8.RuneCountInString(w)
		}
		if len(w) < len(t.text) {
			return qualNone, 0, 0
		}
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
		lo, hi := ix.prefixRange(t.stem)
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
	if k := t.typos(); k > 0 {
		typos, err := ix.typoVocab(ctx, t.text, k)
		if err != nil {
			return nil, err
		}
		ms = mergeMatches(ms, typos)
	}
	return ms, nil
}

// mergeMatches merges two lists of matches in vocabulary order, keeping
// the better quality of a word in both.
func mergeMatches(a, b []wordMatch) []wordMatch {
	if len(b) == 0 {
		return a
	}
	out := make([]wordMatch, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || (i < len(a) && a[i].word < b[j].word):
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].word < a[i].word:
			out = append(out, b[j])
			j++
		default:
			m := a[i]
			m.qual = max(m.qual, b[j].qual)
			out = append(out, m)
			i, j = i+1, j+1
		}
	}
	return out
}

// maxTypoBytes bounds the terms that typo tolerance applies to: a longer
// one is no typed word.
const maxTypoBytes = 48

// typoVocab returns the vocabulary words within k edits of t (optimal
// string alignment: substitutions, insertions, deletions and swaps of two
// neighbours), in vocabulary order. The sorted vocabulary is walked as a
// trie: the rows of the edit-distance table are kept for the prefix a word
// shares with the one before, and when a prefix is already more than k
// edits away every word that starts with it is skipped at once. That visits
// a small part of tens of thousands of words.
func (ix *index) typoVocab(ctx context.Context, t string, k int) ([]wordMatch, error) {
	n := len(t)
	if n > maxTypoBytes {
		return nil, nil
	}
	maxDepth := n + k
	width := n + 1
	rows := make([]uint8, (maxDepth+1)*width)
	for j := range width {
		rows[j] = uint8(j)
	}
	var cur string // the prefix whose rows 1..len(cur) are computed
	var out []wordMatch
	v := ix.vocabLen()
	for i, steps := 0, 0; i < v; steps++ {
		if steps%4096 == 4095 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		w := ix.word(i)
		d := 0
		for d < len(cur) && d < len(w) && cur[d] == w[d] {
			d++
		}
		pruned := -1
		for d < len(w) {
			d++
			if d > maxDepth {
				pruned = d
				d--
				break
			}
			prev, row := rows[(d-1)*width:d*width], rows[d*width:(d+1)*width]
			c := w[d-1]
			row[0] = uint8(d)
			low := row[0]
			for j := 1; j <= n; j++ {
				x := min(prev[j], row[j-1]) + 1
				if c == t[j-1] {
					x = min(x, prev[j-1])
				} else {
					x = min(x, prev[j-1]+1)
				}
				if d > 1 && j > 1 && c == t[j-2] && w[d-2] == t[j-1] {
					x = min(x, rows[(d-2)*width+j-2]+1)
				}
				row[j] = x
				low = min(low, x)
			}
			if int(low) > k {
				pruned = d
				break
			}
		}
		cur = w[:d]
		if pruned < 0 {
			if dist := int(rows[len(w)*width+n]); dist <= k && len(w) > 0 {
				q := qualWhole
				if dist > 0 {
					q = qualTypo1 + 1 - uint8(dist)
				}
				out = append(out, wordMatch{uint32(i), q})
			}
			i++
			continue
		}
		p := w[:pruned]
		i += sort.Search(v-i, func(j int) bool { return !strings.HasPrefix(ix.word(i+j), p) })
	}
	return out, nil
}

// osa returns the optimal string alignment distance of a and b in bytes,
// or k+1 when it is more than k.
func osa(a, b string, k int) int {
	if len(a) > maxTypoBytes || len(b) > maxTypoBytes+k {
		return k + 1
	}
	var buf [3 * (maxTypoBytes + 1)]int
	width := len(a) + 1
	rows := [3][]int{buf[:width], buf[width : 2*width], buf[2*width : 3*width]}
	for j := range width {
		rows[0][j] = j
	}
	for d := 1; d <= len(b); d++ {
		prev2, prev, row := rows[(d+1)%3], rows[(d+2)%3], rows[d%3]
		c := b[d-1]
		row[0] = d
		low := d
		for j := 1; j < width; j++ {
			x := min(prev[j], row[j-1]) + 1
			if c == a[j-1] {
				x = min(x, prev[j-1])
			} else {
				x = min(x, prev[j-1]+1)
			}
			if d > 1 && j > 1 && c == a[j-2] && b[d-2] == a[j-1] {
				x = min(x, prev2[j-2]+1)
			}
			row[j] = x
			low = min(low, x)
		}
		if low > k {
			return k + 1
		}
	}
	return min(rows[len(b)%3][len(a)], k+1)
}

// scanVocab matches t against the words [lo, hi) of the vocabulary.
func (ix *index) scanVocab(t *term, lo, hi int) []wordMatch {
	var ms []wordMatch
	var gapped []int // words matched with gaps, to confirm with sahilm
	need := charMask(t.stem)
	for i := lo; i < hi; i++ {
		if ix.masks[i]&need != need {
			continue
		}
		q, _, _ := matchWordExact(t, ix.word(i))
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
