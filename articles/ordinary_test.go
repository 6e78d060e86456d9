package articles_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// TestOrdinaryFolder loads a folder of a few thousand ordinary news files
// (headline, blank line, paragraphs; no dates), as a new user's
// folder would be, and checks that none is lost and every title is the
// file's first line.
func TestOrdinaryFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 3,000 files")
	}
	dir := t.TempDir()
	titles := map[string]string{}
	for i, f := range articlestest.Generate(3000) {
		text := string(f.Data)
		if strings.HasPrefix(text, " date ") {
			text = text[len(" date 2024-01-01 "):]
		}
		headline, body, _ := strings.Cut(text, "\n")
		if strings.Contains(headline, ",") || strings.HasSuffix(headline, ".") {
			continue // a dateline line or a lead, not a headline
		}
		id := fmt.Sprintf("%04d", i)
		titles[id] = headline
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(headline+"\n"+body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	extra := map[string]struct {
		text string
		want []string
	}{
		"london": {"Fog closes London airports\n\nFlights were cancelled across the capital on Monday.\n", []string{"GB"}},
		"french": {"Strikes spread\n\nFrench unions called more strikes for Thursday.\n", []string{"FR"}},
		"jordan": {"A legend retires\n\nMichael Jordan said goodbye to basketball.\n", nil},
	}
	for id, e := range extra {
		titles[id] = strings.Split(e.text, "\n")[0]
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(e.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if len(titles) < 2000 {
		t.Fatalf("only %d ordinary files generated", len(titles))
	}

	got, err := articles.Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != len(titles) || len(got.Skipped) != 0 {
		t.Fatalf("loaded %d of %d files, skipped %v", len(got.Articles), len(titles), got.Skipped)
	}
	for _, a := range got.Articles {
		if a.Title != titles[a.ID] || a.TitleDerived {
			t.Errorf("%s: title %q (derived %v), want the first line %q", a.ID, a.Title, a.TitleDerived, titles[a.ID])
		}
		if a.Date.Precision != articles.DateUnknown {
			t.Errorf("%s: date %q found in a file that has none", a.ID, a.Date)
		}
		if e, ok := extra[a.ID]; ok {
			var codes []string
			for _, m := range a.Countries {
				codes = append(codes, m.Code())
			}
			if fmt.Sprint(codes) != fmt.Sprint(e.want) {
				t.Errorf("%s: countries %v, want %v", a.ID, codes, e.want)
			}
		}
	}
}
