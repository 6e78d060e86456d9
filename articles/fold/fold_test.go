package fold

import (
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ascii", "plain ascii"},
		{"Belarus", "belarus"},
		{"Việt Nam", "viet nam"},
		{"HÀ NỘI", "ha noi"},
		{"Đổi mới", "doi moi"},
		{"Łódź", "lodz"},
		{"Øresund", "oresund"},
		{"Azərbaycan", "azerbaycan"},
		{"Tô Lâm", "to lam"},
		{"e\u0301", "e"}, // decomposed input: the mark is dropped
		{"北京", "北京"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	var got []Word
	Words("HÀ NỘI — Belarus-Korea, 2025!", func(w Word) { got = append(got, w) })
	want := []Word{
		{"HÀ", 0, 0, 2}, {"NỘI", 4, 3, 3}, {"Belarus", 14, 9, 7}, {"Korea", 22, 17, 5}, {"2025", 29, 24, 4},
	}
	if len(got) != len(want) {
		t.Fatalf("Words: got %d words %v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func BenchmarkString(b *testing.B) {
	s := "Belarusian President Alexander Lukashenko on Tuesday sent a congratulatory message to North Korean leader Kim Jong-un. Việt Nam and HÀ NỘI — “quoted”."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		String(s)
	}
}

func BenchmarkWords(b *testing.B) {
	s := "Belarusian President Alexander Lukashenko on Tuesday sent a congratulatory message to North Korean leader Kim Jong-un. Việt Nam and HÀ NỘI — “quoted”."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		n := 0
		Words(s, func(Word) { n++ })
	}
}

// TestFoldedWords checks that FoldedWords yields the folded form of each
// word Words finds.
func TestFoldedWords(t *testing.T) {
	for _, s := range []string{"HÀ NỘI — Belarus-Korea, 2025!", "Việt Nam's Đổi mới", "e\u0301te\u0301 東京 x", ""} {
		var want, got []string
		Words(s, func(w Word) { want = append(want, String(w.Text)) })
		FoldedWords(s, nil, func(w []byte) { got = append(got, string(w)) })
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("FoldedWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestAppendWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "plain ascii words", "Café, crème — brûlée!", "e\u0301 \u0301 x\u0301y \u0301",
		"HÀ NỘI—Đổi mới", "北京 東京", "tab\tand\nnewline", "end.", "a", "12,000 people",
		"\u0301", "x \u0301\u0302 y", "ascii then é", "word\u0301", "ab\u0301 cd", "Ⱥb Ⱥ", "ıi Ⅻ ½",
		"end with space ", " start", "a\u0301", "one-two_three",
	} {
		var want []byte
		FoldedWords(s, nil, func(w []byte) {
			want = append(want, w...)
			want = append(want, ' ')
		})
		if got := AppendWords([]byte("pre"), s); string(got) != "pre"+string(want) {
			t.Errorf("AppendWords(%q) = %q, want %q", s, got, "pre"+string(want))
		}
	}
}

func BenchmarkAppendWords(b *testing.B) {
	s := strings.Repeat("The minister said on Tuesday that 1,200 people, including children, had left. ", 30)
	b.SetBytes(int64(len(s)))
	var buf []byte
	for b.Loop() {
		buf = AppendWords(buf[:0], s)
	}
}
