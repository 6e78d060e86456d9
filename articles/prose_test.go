package articles

import (
	"os"
	"path/filepath"
	"testing"

	"dateline/articles/articlestest"
)

// TestProseStart holds proseStart, which stops early, to proseSpan's first
// line on every file the tests have, and on every tail of each.
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
			want, _ := proseSpan(ls)
			if got := proseStart(ls); got != want {
				t.Errorf("proseStart = %d, proseSpan's first = %d, for %q…", got, want, ls[:min(len(ls), 4)])
			}
		}
	}
}
