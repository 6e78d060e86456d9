package countries

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The labelled sets in testdata measure the tagger as a whole: articles
// in the styles of sport, business, culture and politics pages, the
// written forms of countries' names, and names that contain a place.
// Each test reports its figures (go test -v) and fails below its floor.

// labelled is an article of testdata/articles.txt with its gold countries.
type labelled struct {
	id      string
	doc     Doc
	gold    []string // sorted
	primary []string // sorted
}

func readLabelled(t *testing.T) []labelled {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "articles.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "=== "):
			out = append(out, labelled{id: strings.TrimPrefix(line, "=== ")})
		case len(out) == 0:
			t.Fatalf("text before the first article: %q", line)
		case strings.HasPrefix(line, "gold:"):
			a := &out[len(out)-1]
			for _, c := range strings.Fields(strings.TrimPrefix(line, "gold:")) {
				code, primary := strings.CutSuffix(c, "*")
				if _, ok := Lookup(code); !ok {
					t.Fatalf("%s: unknown code %q", a.id, code)
				}
				a.gold = append(a.gold, code)
				if primary {
					a.primary = append(a.primary, code)
				}
			}
			slices.Sort(a.gold)
			slices.Sort(a.primary)
		case strings.HasPrefix(line, "headline:"):
			out[len(out)-1].doc.Headline = strings.TrimSpace(strings.TrimPrefix(line, "headline:"))
		case strings.HasPrefix(line, "dateline:"):
			out[len(out)-1].doc.Dateline = strings.TrimSpace(strings.TrimPrefix(line, "dateline:"))
		default:
			out[len(out)-1].doc.Body = append(out[len(out)-1].doc.Body, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLabelledArticles(t *testing.T) {
	arts := readLabelled(t)
	if len(arts) < 60 {
		t.Fatalf("%d labelled articles, want at least 60", len(arts))
	}
	var tp, fp, fn, exact int
	for _, a := range arts {
		var got, primary []string
		for _, c := range TagDoc(a.doc) {
			got = append(got, c.Code)
			if c.Primary {
				primary = append(primary, c.Code)
			}
		}
		slices.Sort(got)
		slices.Sort(primary)
		for _, c := range got {
			if slices.Contains(a.gold, c) {
				tp++
			} else {
				fp++
				t.Logf("%s: %s tagged, not in gold %v", a.id, c, a.gold)
			}
		}
		for _, c := range a.gold {
			if !slices.Contains(got, c) {
				fn++
				t.Logf("%s: %s missed (tagged %v)", a.id, c, got)
			}
		}
		if slices.Equal(primary, a.primary) {
			exact++
		} else {
			t.Logf("%s: primary %v, gold %v", a.id, primary, a.primary)
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	pe := float64(exact) / float64(len(arts))
	t.Logf("%d articles: micro precision %.3f, recall %.3f, primary exact %.1f%%", len(arts), p, r, 100*pe)
	if p < 0.95 || r < 0.93 || pe < 0.80 {
		t.Errorf("precision %.3f, recall %.3f, primary exact %.1f%%: below the floors 0.95, 0.93, 80%%", p, r, 100*pe)
	}
}

// formTemplates put a written form of a country's name in sentences of
// its kind, varied so that no one neighbour decides.
var formTemplates = map[string][]string{
	"noun": {
		"{} signed the agreement on Tuesday.",
		"Exports to {} rose by a tenth last year.",
		"The delegation from {} arrived late on Monday.",
		"Officials said talks with {} would resume next week.",
		"The minister flew to {} for two days of talks.",
		"Inflation in {} fell to 3 per cent in March.",
	},
	"inverted": {
		"{}: exports 12.4, imports 9.1 (billions of dollars)",
		"The table lists {} with a growth rate of 2.1 per cent.",
		"Imports from {} were revised down.",
	},
	"demonym": {
		"{} officials said the talks would resume.",
		"A {} company won the contract.",
		"The {} government denied the report.",
		"Police arrested two {} citizens at the border.",
	},
	"plural": {
		"{} queued to vote on Sunday.",
		"Thousands of {} marched through the capital.",
		"Many {} work abroad.",
	},
	"city": {
		"Flooding hit {} overnight.",
		"Police in {} made three arrests.",
		"The summit will be held in {} next month.",
		"A new factory opened near {} on Friday.",
	},
}

func TestWrittenForms(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "forms.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	byKind := map[string][2]int{} // right, all
	n, right := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("bad line %q", line)
		}
		code, kind, form := fields[0], fields[1], fields[2]
		group := kind
		switch kind {
		case "official", "short", "abbrev":
			group = "noun"
		}
		templates := formTemplates[group]
		if templates == nil {
			t.Fatalf("unknown kind %q", kind)
		}
		s := strings.Replace(templates[n%len(templates)], "{}", form, 1)
		n++
		got := codes(Tag(s))
		ok := slices.Equal(got, []string{code})
		k := byKind[kind]
		k[1]++
		if ok {
			right++
			k[0]++
		} else {
			t.Logf("%s %s: Tag(%q) = %v", code, kind, s, got)
		}
		byKind[kind] = k
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for kind, k := range byKind {
		t.Logf("%-8s %d of %d", kind, k[0], k[1])
	}
	acc := float64(right) / float64(n)
	t.Logf("%d sentences: %.1f%% tagged with exactly the right code", n, 100*acc)
	if n < 300 || acc < 0.95 {
		t.Errorf("%d sentences, %.1f%% right: want at least 300 and 95%%", n, 100*acc)
	}
}

func TestPolicySentences(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "policy.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n, right := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		want, s, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		var wantCodes []string
		if want != "-" {
			wantCodes = strings.Split(want, ",")
			slices.Sort(wantCodes)
		}
		got := codes(Tag(s))
		slices.Sort(got)
		n++
		if slices.Equal(got, wantCodes) {
			right++
		} else {
			t.Logf("Tag(%q) = %v, want %v", s, got, wantCodes)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	acc := float64(right) / float64(n)
	t.Logf("%d sentences: %.1f%% tagged as the policy says", n, 100*acc)
	if acc < 0.90 {
		t.Errorf("%.1f%% of %d sentences tagged as the policy says, want 90%%", 100*acc, n)
	}
}
