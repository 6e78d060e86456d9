package articles

import (
	"math/rand/v2"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// TestCreditSuffix holds creditSuffix, which reads the end of a long
// paragraph only, to a reading of all of it, on the paragraphs of
// generated articles and on paragraphs made of dashes, names, spaces and
// long runs of text in every order.
func TestCreditSuffix(t *testing.T) {
	var paras []string
	for _, f := range articlestest.Generate(200) {
		for _, p := range strings.Split(string(f.Data), "\n\n") {
			p = strings.Join(strings.Fields(p), " ")
			paras = append(paras, p, p+" — VNS", p+" – AFP", p+" -- Reuters")
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{
		" — ", " – ", " -- ", "VNS", "Agence France-Presse", " ", "   ", "\t", "\u00a0", "\u3000", "said on Tuesday.",
		strings.Repeat("word ", 30), strings.Repeat("x", 117), strings.Repeat("y", 121), "é", ".", "Yonhap",
		strings.Repeat(" ", 130), strings.Repeat("\u00a0", 70),
	}
	for n := 112; n <= 124; n++ { // names about as long as a credit may be
		pieces = append(pieces, "Ab"+strings.Repeat("c", n/2-2)+" D"+strings.Repeat("e", n-n/2-2))
	}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		paras = append(paras, b.String())
	}
	taken := 0
	for _, p := range paras {
		i, credit := creditSuffix(p)
		wantI, wantCredit := creditSuffixAll(p)
		if i != wantI || credit != wantCredit {
			t.Errorf("creditSuffix(%q) = %d, %q; read whole: %d, %q", p, i, credit, wantI, wantCredit)
		}
		if wantI >= 0 {
			taken++
		}
	}
	if taken < 500 {
		t.Errorf("only %d credits taken", taken)
	}
}

// creditSuffixAll is creditSuffix reading the whole of s.
func creditSuffixAll(s string) (int, string) {
	for _, dash := range creditDashes {
		i := strings.LastIndex(s, dash)
		if i < 0 {
			continue
		}
		credit := strings.TrimSpace(s[i+len(dash):])
		if isNameLine(credit, 3) && endsSentence(strings.TrimSpace(s[:i])) {
			return i, credit
		}
		break
	}
	return -1, ""
}
