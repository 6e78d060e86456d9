package ui

import (
	"testing"
	"unicode"
)

// TestQueryLineFiltersAsArticles checks that the query line keeps out what
// article text is cleaned of when it loads: controls, bidi overrides and
// isolates, and invisible characters inside a word, typed or pasted.
func TestQueryLineFiltersAsArticles(t *testing.T) {
	tests := []struct {
		in, want string
		typable  bool // a key at a time, as well as pasted whole
	}{
		{"prop\u200baga\ufeffnda", "propaganda", true},
		{"abc\u202edef", "abcdef", true},
		{"\u2066minsk\u2069 \u2067x\u2068", "minsk x", true},
		{"a\u061cb\u180ec\u00add\u2060e", "abcde", true},
		{"x\x1b]2;t\x07y", "xy", false},
		{"one\ntwo\tthree\r\nfour", "one two three four", false},
		{"👨\u200d👩\u200d👧 ❤\ufe0f", "👨\u200d👩\u200d👧 ❤\ufe0f", false},
	}
	for _, tt := range tests {
		km, st := defaultKeyMap(), newStyles(true, false)
		pasted := newQueryInput(km, st, "")
		pasted.insert(tt.in)
		lines := map[string]queryInput{"pasted": pasted}
		if tt.typable {
			typedIn := newQueryInput(km, st, "")
			for _, r := range tt.in {
				typedIn.insert(string(r))
			}
			lines["typed"] = typedIn
		}
		for how, q := range lines {
			if got := q.Value(); got != tt.want {
				t.Errorf("%s %q: the query line holds %q, want %q", how, tt.in, got, tt.want)
			}
			for _, r := range q.Value() {
				if unicode.Is(unicode.Bidi_Control, r) || unicode.IsControl(r) {
					t.Errorf("%s %q: the query line holds %U", how, tt.in, r)
				}
			}
		}
	}
}
