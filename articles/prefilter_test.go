package articles

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// TestQuickTests holds the quick tests that spare a line its regexp to the
// regexp: none rules out a line that the regexp matches. The lines are
// those of every file the tests have, of generated articles, and some
// made to match.
func TestQuickTests(t *testing.T) {
	lines := []string{
		"Baku, 21 April, AZERTAC", "Kyiv, 3 March 2024 (Ukrinform)", "Ōsaka, 5 May", "baku, 21 April",
		"HÀ NỘI — The state visit began.", "LONDON, March 3 – Ministers met.", "Port-au-Prince, Haiti -- Rain fell.",
		"Published March 5, 2024", "Updated 2024-02-01 10:00", "09:14 GMT, 8 January 2025", "Tuesday, March 5, 2024",
		"Feb. 19, 2025 | By David Okafor", "Dated 12 May 1945, the last entry describes", "ÉCOLE — Les élèves",
	}
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
	for _, text := range texts {
		for _, l := range splitLines(Sanitize(Decode([]byte(text)))) {
			lines = append(lines, l, strings.TrimPrefix(l, "• "))
		}
	}
	for _, l := range []string{"a -", "a —", "a – ", "a —\t", "—\n", "a-b", "a—b", "\xe2\x80", "\xe2\x80\x94", "-\r", "- ", "\xe2\x80\x93\f", "x\xe2\x80\x95 "} {
		lines = append(lines, l, l+"x", "x"+l)
	}
	spaced := regexp.MustCompile(`(?:-|—|–)\s`)
	var datelines, leads, dates, dashes int
	for _, l := range lines {
		if want := spaced.MatchString(l); hasSpacedDash(l) != want {
			t.Errorf("hasSpacedDash(%q) = %v, the regexp says %v", l, !want, want)
		} else if want {
			dashes++
		}
		if datelineLine.re().MatchString(l) {
			datelines++
			if !mayBeDatelineLine(l) {
				t.Errorf("mayBeDatelineLine rules out %q, which datelineLine matches", l)
			}
		}
		if leadDateline.re().MatchString(l) && dashSet.in(l[:min(len(l), 120)]) {
			leads++
			if p, _ := splitLeadDateline(l); p == "" && looksLikePlace(leadDateline.re().FindStringSubmatch(l)[1]) && wordCount(leadDateline.re().FindStringSubmatch(l)[1]) <= 8 {
				t.Errorf("splitLeadDateline rules out %q, which leadDateline matches", l)
			}
		}
		if _, ok := readDateLine(l); ok && len(l) <= 120 {
			dates++
			if _, ok := dateLine(l); !ok {
				t.Errorf("dateLine rules out %q, which it reads", l)
			}
		}
	}
	if datelines < 3 || leads < 3 || dates < 5 || dashes < 10 {
		t.Errorf("only %d datelines, %d lead datelines and %d dates to test on", datelines, leads, dates)
	}
}
