package articles

import (
	"os"
	"path/filepath"
	"testing"

	"dateline/articles/articlestest"
)

// TestProseStart holds proseStart, which stops early, to proseSpan's first
// line, and proseSpan, which reads up from the bottom for its last, to a
// reading of every line from the top, on every file the tests have, and
// on every tail of each.
func TestProseStart(t *testing.T) {
	var texts []string
	for _, f := range articlestest.Generate(200) {
		texts = append(texts, string(f.Data))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	more, _ := filepath.Glob(filepath.Join("corpus", "*"))
	for _, f := range append(files, more...) {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 210 {
		t.Fatalf("only %d texts", len(texts))
	}
	for _, text := range texts {
		lines := splitLines(Sanitize(Decode([]byte(text))))
		for from := range min(len(lines), 12) {
			ls := lines[from:]
			want, wantLast := proseSpanDown(ls)
			if first, last := proseSpan(ls); first != want || last != wantLast {
				t.Errorf("proseSpan = %d, %d, read down = %d, %d, for %q…", first, last, want, wantLast, ls[:min(len(ls), 4)])
			}
			if got := proseStart(ls); got != want {
				t.Errorf("proseStart = %d, proseSpan's first = %d, for %q…", got, want, ls[:min(len(ls), 4)])
			}
		}
	}
}

// proseSpanDown is proseSpan read down through every line.
func proseSpanDown(lines []string) (first, last int) {
	first, last = len(lines), -1
	top := firstNonEmpty(lines)
	pending := -1
	for i, l := range lines {
		if l == "" || i <= top {
			continue
		}
		if pending >= 0 {
			if !isHeadMeta(l) && first == len(lines) {
				first = pending
			}
			pending = -1
		}
		if isProse(l) && !isCookieNotice(l) {
			if first == len(lines) && !isAppeal(l) {
				pending = i
			}
			last = i
		}
	}
	if pending >= 0 && first == len(lines) {
		first = pending
	}
	if first == len(lines) && last >= 0 {
		first = last
	}
	return first, last
}
