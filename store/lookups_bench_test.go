package store

import "testing"

// BenchmarkLookups builds what the countries pane asks for first, the
// countries with their counts and lists and the lookup by ID, over 10,000
// generated articles: the app's first frame pays it (33 ms before it was
// counted by Ref, with the summary for CountScope, which now waits for the
// first count).
func BenchmarkLookups(b *testing.B) {
	c := corpus(b, 10_000)
	s := New(c.arts)
	b.ReportAllocs()
	for b.Loop() {
		s.byID, s.countries, s.byCountry = nil, nil, nil
		s.buildLookups()
	}
	if len(s.Countries()) == 0 {
		b.Fatal("no countries")
	}
}
