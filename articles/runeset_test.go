package articles

import (
	"math/rand/v2"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// TestRuneSet holds runeSet.in to strings.ContainsAny, for the sets the
// rules use, on the lines of generated articles and on random bytes,
// invalid UTF-8 among them.
func TestRuneSet(t *testing.T) {
	var lines []string
	for _, f := range articlestest.Generate(50) {
		lines = append(lines, strings.Split(string(f.Data), "\n")...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", " ", "-", "—", "–", "|", "·", "•", ">", "›", "»", "“", "”", "\xe2", "\x80", "\x94", "\xff", "é", "(", ".", "\"", "€"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		lines = append(lines, b.String())
	}
	found := 0
	for _, chars := range []string{dashes, breadcrumbMarks, navMarks, nameStops} {
		rs := newRuneSet(chars)
		for _, l := range lines {
			want := strings.ContainsAny(l, chars)
			if got := rs.in(l); got != want {
				t.Errorf("runeSet(%q).in(%q) = %v, ContainsAny = %v", chars, l, got, want)
			}
			if want {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("only %d lines hold a character of a set", found)
	}
}
