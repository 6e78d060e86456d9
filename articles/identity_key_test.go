package articles

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"dateline/articles/articlestest"
	"dateline/articles/fold"
)

// wordByWordKey is ContentKey as the hash of each folded word written on
// its own, followed by a space: the definition that every Key marks hang
// on was made with. ContentKey must give the same value.
func wordByWordKey(a *Article) string {
	h := sha256.New()
	var buf []byte
	write := func(s string) {
		buf = fold.FoldedWords(s, buf, func(w []byte) {
			h.Write(w)
			h.Write([]byte{' '})
		})
	}
	write(a.Title)
	h.Write([]byte{0})
	for _, p := range a.Body {
		write(p.Text)
	}
	return contentKeyPrefix + hex.EncodeToString(h.Sum(nil)[:16])
}

func TestContentKeyUnchanged(t *testing.T) {
	bundled, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	arts := bundled
	for _, f := range articlestest.Generate(300) {
		a, err := Parse(f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for _, tt := range []struct{ title, body string }{
		{"", ""},
		{"Café in Zürich", "Crème brûlée, €40m — “quoted” text."},
		{"e\u0301 \u0301 marks alone", "\u0301\u0302 x\u0301y"},
		{"Việt Nam", "HÀ NỘI — Đổi mới; Łódź, Øresund, Azərbaycan."},
		{"北京", "東京 と 北京。 Москва — Россия"},
		{"trailing", "word"},
		{"  spaces  ", "\t\n"},
	} {
		arts = append(arts, &Article{Title: tt.title, Body: []Paragraph{{Text: tt.body}, {Text: tt.title}}})
	}
	for i, a := range arts {
		want := wordByWordKey(a)
		if got := ContentKey(a); got != want {
			t.Errorf("%q: key %s, want %s", a.Title, got, want)
		}
		if i < len(bundled)+300 && a.Key != want {
			t.Errorf("%q: parsed with key %s, want %s", a.Title, a.Key, want)
		}
	}
	// The bundled articles' Keys, as they were first given.
	for i, want := range bundledKeys {
		if got := ContentKey(bundled[i]); got != want {
			t.Errorf("bundled %s: key %s, want %s", bundled[i].ID, got, want)
		}
	}
}

var bundledKeys = []string{
	"c:be907906804facce211f523d519fa09a",
	"c:f8c4ec0c6df504187150ae718ed70243",
	"c:7d9a27854c95ad84967d87fc3dec96db",
	"c:e06a555221bd7c4ca417bfa1f26d0cb5",
	"c:8d3f0e4636a63299a619874d1d358b63",
}

// TestCountFolding holds the one pass over a paragraph to the passes it
// stands for.
func TestCountFolding(t *testing.T) {
	for _, s := range []string{
		"", " ", "plain words here", "  leading and trailing  ", "tab\tand\nnewline",
		"Café, crème — brûlée!", "東京 と 北京。", "mixed 東京tokyo", "e\u0301 \u0301 x\u0301y",
		"\u00a0non-breaking\u00a0space", "12,000 people", "one-two_three", "Ⱥb Ⱥ ı",
	} {
		got, words, wide := countFolding([]byte("pre"), s)
		want := fold.AppendWords([]byte("pre"), s)
		if string(got) != string(want) || words != wordCount(s) || wide != hasWideScript(s) {
			t.Errorf("countFolding(%q) = %q, %d, %v; want %q, %d, %v", s, got, words, wide, want, wordCount(s), hasWideScript(s))
		}
	}
}

func BenchmarkCountFolding(b *testing.B) {
	s := strings.Repeat("The minister said on Tuesday that 1,200 people, including children, had left. ", 30)
	b.SetBytes(int64(len(s)))
	var buf []byte
	for b.Loop() {
		buf, _, _ = countFolding(buf[:0], s)
	}
}
