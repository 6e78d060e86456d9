package store

import (
	"hash/maphash"
	"slices"

	"dateline/articles"
)

// Near-duplicates: the same wire copy in two places, lightly edited. Two
// articles are near-duplicates when the Jaccard similarity of their bodies'
// sets of 4-word shingles is at least dupJaccard. Each body is summed up at
// index time by a one-permutation MinHash: each shingle's hash falls in one
// of sketchBins bins by its top bits, and a bin keeps its smallest hash; two
// bodies have the same value in a bin with a chance of their Jaccard
// similarity. Articles are compared only when some band of bandBins bins is
// the same in both (locality-sensitive hashing: at a similarity of 0.9 that
// happens with a chance of 0.9998, at 0.5 of 0.4), so finding them costs a
// pass over the sketches, not a comparison of every pair; a pair whose
// estimate comes near the threshold is decided on the whole shingle sets.
const (
	shingleWords = 4
	sketchBins   = 32
	bandBins     = 4
	dupJaccard   = 0.9
	minShingles  = 8    // shorter bodies are never called duplicates
	dupCompare   = 16   // compare an article with at most this many of a bucket
	dupMaybe     = 0.75 // an estimate from here is checked on the whole sets
	emptyBin     = ^uint64(0)
)

// sketch is a body's smallest hash in each bin; nil for a body too short
// to judge.
type sketch []uint64

// sketcher builds one body's sketch as its words go by.
type sketcher struct {
	last     [shingleWords - 1]uint32
	seen     int
	shingles int
	bins     [sketchBins]uint64
}

func (sk *sketcher) reset() {
	sk.seen, sk.shingles = 0, 0
	for i := range sk.bins {
		sk.bins[i] = emptyBin
	}
}

// add takes the next word's hash.
func (sk *sketcher) add(h uint32) {
	if sk.seen < len(sk.last) {
		sk.last[sk.seen] = h
		sk.seen++
		return
	}
	x := shingle(sk.last, h)
	copy(sk.last[:], sk.last[1:])
	sk.last[len(sk.last)-1] = h
	sk.shingles++
	if bin := x >> (64 - 5); x < sk.bins[bin] {
		sk.bins[bin] = x
	}
}

// done returns the body's sketch, or nil for a body too short to judge.
func (sk *sketcher) done() sketch {
	if sk.shingles < minShingles {
		return nil
	}
	return slices.Clone(sk.bins[:])
}

// similarity estimates the Jaccard similarity of the shingle sets that a
// and b sum up: the share of bins, of those not empty in both, that hold
// the same hash.
func similarity(a, b sketch) float64 {
	same, used := 0, 0
	for i := range a {
		if a[i] == emptyBin && b[i] == emptyBin {
			continue
		}
		used++
		if a[i] == b[i] {
			same++
		}
	}
	if used == 0 {
		return 0
	}
	return float64(same) / float64(used)
}

// shingle hashes the words of a shingle: the three before and h.
func shingle(last [shingleWords - 1]uint32, h uint32) uint64 {
	x := uint64(last[0])<<32 | uint64(last[1])
	return mix64(x ^ mix64(uint64(last[2])<<32|uint64(h)))
}

// shingles returns the distinct shingle hashes of a's body, ascending, as
// the sketcher sees them.
func shingles(a *articles.Article) []uint64 {
	var tz tokenizer
	var last [shingleWords - 1]uint32
	seen := 0
	var out []uint64
	for _, p := range a.Body {
		tz.tokens(p.Text, func(tok *token) {
			if tok.joined {
				return
			}
			h := uint32(maphash.Bytes(tableSeed, tok.word))
			if seen < len(last) {
				last[seen] = h
				seen++
				return
			}
			out = append(out, shingle(last, h))
			copy(last[:], last[1:])
			last[len(last)-1] = h
		})
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is the Jaccard similarity of two ascending sets.
func jaccard(a, b []uint64) float64 {
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			both, i, j = both+1, i+1, j+1
		}
	}
	union := len(a) + len(b) - both
	if union == 0 {
		return 0
	}
	return float64(both) / float64(union)
}

// mix64 is a 64-bit finaliser (from SplitMix64): every input bit moves
// every output bit.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// nearDuplicates returns, for each article, the first (lowest-numbered)
// article of its group of near-duplicates, or -1 when it has none.
func nearDuplicates(all []*articles.Article, sketches []sketch) []int32 {
	sets := map[int32][]uint64{}
	set := func(i int32) []uint64 {
		s, ok := sets[i]
		if !ok {
			s = shingles(all[i])
			sets[i] = s
		}
		return s
	}
	similar := func(a, b int32) bool {
		return similarity(sketches[a], sketches[b]) >= dupMaybe && jaccard(set(a), set(b)) >= dupJaccard
	}
	parent := make([]int32, len(sketches))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	buckets := map[uint64][]int32{}
	for i, s := range sketches {
		if s == nil {
			continue
		}
		for band := 0; band < sketchBins; band += bandBins {
			key := uint64(band)
			empty := true
			for _, v := range s[band : band+bandBins] {
				key = mix64(key ^ v)
				empty = empty && v == emptyBin
			}
			if !empty {
				buckets[key] = append(buckets[key], int32(i))
			}
		}
	}
	for _, members := range buckets {
		for j := 1; j < len(members); j++ {
			b := members[j]
			for _, a := range members[:min(j, dupCompare)] {
				if ra, rb := find(a), find(b); ra != rb && similar(a, b) {
					parent[max(ra, rb)] = min(ra, rb)
				}
			}
		}
	}
	dupOf := make([]int32, len(sketches))
	size := make([]int32, len(sketches))
	for i := range dupOf {
		r := find(int32(i))
		dupOf[i] = r
		size[r]++
	}
	for i, r := range dupOf {
		if size[r] == 1 {
			dupOf[i] = -1
		}
	}
	return dupOf
}
