package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// BenchmarkNewUnindexed times New alone, over articles in no order, as a
// load gives them, as list and show pay for it: no search index, no
// lookup asked for.
func BenchmarkNewUnindexed(b *testing.B) {
	for _, n := range benchSizes(b) {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			arts := slices.Clone(corpus(b, n).arts)
			r := rand.New(rand.NewPCG(1, 2))
			r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] }) // not the store's order
			b.ReportAllocs()
			for b.Loop() {
				if s := New(arts); s.Len() != n {
					b.Fatalf("%d articles", s.Len())
				}
			}
		})
	}
}
