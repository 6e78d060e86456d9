package plain

import (
	"strings"
	"testing"

	"dateline/articles"
	"dateline/articles/countries"
)

func TestCutCodes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"BY KR", "BY KR"},
		{"KP BY RU CN", "KP BY RU CN"},
		{"KP BY RU CN UA LT", "KP BY RU CN +2"},
		{"KP BY RU CN UA LT GB US", "KP BY RU CN +4"},
	} {
		if got := cutCodes(c.in, codesWidth); got != c.want || len(got) > codesWidth {
			t.Errorf("cutCodes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestList(t *testing.T) {
	id := strings.Repeat("long-id-", 20)
	arts := []*articles.Article{
		{ID: id, Title: "Dated", Date: articles.Date{Year: 2025, Month: 1, Day: 2, Precision: articles.DateFull},
			Countries: []articles.Mention{{Country: countries.RefOf("BY")}, {Country: countries.RefOf("KR")}}},
		{ID: "x", Title: "Undated"},
	}
	var b strings.Builder
	if err := List(&b, arts); err != nil {
		t.Fatal(err)
	}
	want := "2025-01-02  BY KR  Dated  " + id + "\n" + "                   Undated  x\n"
	if b.String() != want {
		t.Errorf("List:\n%q\nwant\n%q", b.String(), want)
	}
	b.Reset()
	_ = List(&b, arts[1:])
	if b.String() != "Undated  x\n" {
		t.Errorf("an undated list keeps a date column: %q", b.String())
	}
}
