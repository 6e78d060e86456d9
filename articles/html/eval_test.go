package html

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"dateline/articles"
)

// extractionFloor is the least F1 the extraction set may score: measured
// at 0.988 on the 29 pages when the set was made (see TestExtractionF1's log).
const extractionFloor = 0.95

// TestExtractionF1 scores the body text of every page under testdata/eval
// against its hand-made truth (NAME.truth): F1 over overlapping runs of
// four words, with precision and recall averaged over pages, as extraction
// benchmarks score. The pages are in the markup shapes of different kinds
// of news site (wire, broadsheet, tabloid, broadcaster, blog, a page with
// comments, a magazine, a live page, a gallery, a regional site without
// <article>, an old CMS laid out in tables, a script-rendered page, an
// opinion column): navigation, cookie banners, share widgets, related
// links, comments, JSON-LD. testdata/evalgen writes them.
func TestExtractionF1(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "eval", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 20 {
		t.Fatalf("%d pages, want at least 20", len(pages))
	}
	// Each page loads alone: some tell the same story in another site's
	// markup, and a load makes identical articles one.
	loaded := &articles.Loaded{}
	for _, page := range pages {
		l, err := articles.Load(context.Background(), []string{page}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.Skipped) > 0 || len(l.Articles) != 1 {
			t.Fatalf("%s: skipped %v", page, l.Skipped)
		}
		loaded.Articles = append(loaded.Articles, l.Articles[0])
	}
	type score struct{ p, r float64 }
	byKind := map[string][]score{}
	var all []score
	for _, a := range loaded.Articles {
		truth, err := os.ReadFile(strings.TrimSuffix(a.Path, ".html") + ".truth")
		if err != nil {
			t.Fatal(err)
		}
		var body strings.Builder
		for _, p := range a.Body {
			body.WriteString(p.Text)
			body.WriteByte('\n')
		}
		p, r := shingleScore(body.String(), string(truth))
		kind := strings.SplitN(filepath.Base(a.ID), "-", 3)[1]
		byKind[kind] = append(byKind[kind], score{p, r})
		all = append(all, score{p, r})
		if f := f1(p, r); f < 0.9 {
			t.Logf("%s: P %.3f R %.3f F1 %.3f\n%s", a.ID, p, r, f, body.String())
		}
	}
	mean := func(ss []score) (p, r float64) {
		for _, s := range ss {
			p, r = p+s.p, r+s.r
		}
		return p / float64(len(ss)), r / float64(len(ss))
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		p, r := mean(byKind[k])
		t.Logf("%-12s %2d pages  P %.3f  R %.3f  F1 %.3f", k, len(byKind[k]), p, r, f1(p, r))
	}
	p, r := mean(all)
	t.Logf("%-12s %2d pages  P %.3f  R %.3f  F1 %.3f", "all", len(all), p, r, f1(p, r))
	if f := f1(p, r); f < extractionFloor {
		t.Errorf("F1 %.3f, below the floor of %.2f", f, extractionFloor)
	}
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// shingleScore is the precision and recall of got's runs of four words
// against want's, counted as multisets of lower-cased words.
func shingleScore(got, want string) (precision, recall float64) {
	g, w := shingles(got), shingles(want)
	common, ng, nw := 0, 0, 0
	for s, n := range g {
		common += min(n, w[s])
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0
	}
	return float64(common) / float64(ng), float64(common) / float64(nw)
}

func shingles(s string) map[[4]string]int {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := map[[4]string]int{}
	for i := 0; i+4 <= len(words); i++ {
		out[[4]string{words[i], words[i+1], words[i+2], words[i+3]}]++
	}
	return out
}

func TestShingleScore(t *testing.T) {
	tests := []struct {
		got, want string
		p, r      float64
	}{
		{"one two three four five", "one two three four five", 1, 1},
		{"one two three four five", "One, two; three four", 0.5, 1},
		{"a b c d", "w x y z", 0, 0},
		{"", "a b c d", 0, 0},
	}
	for _, tt := range tests {
		if p, r := shingleScore(tt.got, tt.want); p != tt.p || r != tt.r {
			t.Errorf("shingleScore(%q, %q) = %v, %v; want %v, %v", tt.got, tt.want, p, r, tt.p, tt.r)
		}
	}
}
