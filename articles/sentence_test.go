package articles

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"On Sept. 9, 1948, he met Mr. Kim. Then Dr. Lee spoke.", []string{"On Sept. 9, 1948, he met Mr. Kim.", "Then Dr. Lee spoke."}},
		{"“It is ready.” The next one.", []string{"“It is ready.”", "The next one."}},
		{"It grew 1.5 times. A 2.6-fold rise.", []string{"It grew 1.5 times.", "A 2.6-fold rise."}},
		{"Kim Il Sung. J. Smith came.", []string{"Kim Il Sung.", "J. Smith came."}},
		{"lower. case stays", []string{"lower. case stays"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Sentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
