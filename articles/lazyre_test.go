package articles

import (
	"regexp"
	"testing"
)

// TestLazyRegexps compiles every pattern the parser compiles on first use,
// so that a bad one fails here rather than on the first file that needs it.
func TestLazyRegexps(t *testing.T) {
	if len(lazyRegexps) < 40 {
		t.Fatalf("only %d lazy patterns registered", len(lazyRegexps))
	}
	for _, l := range lazyRegexps {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("%q: %v", l.src, err)
		}
	}
}
