package articles

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Explanation says how an input became its Article: every block a rule
// removed or retyped, and every metadata claim with the rule that made it
// and whether it won.
type Explanation struct {
	Article  *Article
	Removed  []Ruled // in the order the rules removed them
	Retyped  []Ruled // with the kind they were given
	Claims   []ClaimResult
	Sections []ExplainSection // what other engines decided, such as the countries
}

// ClaimResult is a claim and whether the precedence table chose it.
type ClaimResult struct {
	Claim
	Won bool
}

// ExplainSection is a titled list of lines that an engine adds to an
// explanation.
type ExplainSection struct {
	Title string
	Lines []string
}

// explainers add sections to every explanation, in order. An engine that
// decides something about an article (which countries it mentions, say)
// explains itself by adding a function here.
var explainers = []func(a *Article) ExplainSection{explainCountries}

// explainCountries lists the countries found, with their mentions, and
// then every phrase the tagger looked at, with the rule that decided it.
func explainCountries(a *Article) ExplainSection {
	s := ExplainSection{Title: "countries"}
	for _, m := range a.Countries {
		role := "mentioned"
		if m.Primary {
			role = "primary"
		}
		s.Lines = append(s.Lines, fmt.Sprintf("%s %s: %d mentions, %s", m.Code(), m.Name(), m.Count, role))
	}
	for _, h := range a.ExplainCountries() {
		code := h.Code
		if code == "" {
			code = "--"
		}
		s.Lines = append(s.Lines, fmt.Sprintf("%s %q (%s) in %s: %s", code, h.Phrase, h.Kind, h.Part, h.Rule))
	}
	return s
}

// Explain parses a file's raw bytes as Parse does and says why.
func Explain(id string, raw []byte) (*Explanation, error) {
	a, d, err := parseText(id, raw, false, nil)
	if err != nil {
		return nil, err
	}
	return d.explain(a), nil
}

// ExplainParts turns parts into an Article as FromParts does and says why.
func ExplainParts(id string, p Parts) (*Explanation, error) {
	a, d, err := parseParts(id, p, nil)
	if err != nil {
		return nil, err
	}
	return d.explain(a), nil
}

// ExplainFile reads the file at path as Load does and explains it.
func ExplainFile(id, filePath string) (*Explanation, error) {
	raw, err := os.ReadFile(filePath)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", SanitizeLine(filePath), unwrapPath(err))
	}
	for _, c := range collections {
		if !c.detect(raw) {
			continue
		}
		entries, err := c.read(raw)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", SanitizeLine(filePath), err)
		}
		for i, name := range entryNames(entries) {
			if path.Base(id) == name {
				return ExplainParts(id, entries[i].Parts)
			}
		}
		return nil, fmt.Errorf("no item %q in %s", SanitizeLine(path.Base(id)), SanitizeLine(filePath))
	}
	if f := formatOf(filePath); f != nil {
		read := f.read
		if f.explain != nil {
			read = f.explain
		}
		p, err := read(raw)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", SanitizeLine(filePath), err)
		}
		p.Bytes = len(raw)
		return ExplainParts(id, p)
	}
	return Explain(id, raw)
}

// ExplainBundled explains the bundled article with the given ID.
func ExplainBundled(id string) (*Explanation, error) {
	entries, err := fs.ReadDir(corpus, "corpus")
	if err != nil {
		return nil, fmt.Errorf("reading the bundled corpus: %w", err)
	}
	for _, e := range entries {
		if strings.TrimSuffix(e.Name(), path.Ext(e.Name())) != id {
			continue
		}
		raw, err := corpus.ReadFile(path.Join("corpus", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("reading the bundled corpus: %w", err)
		}
		return Explain(id, raw)
	}
	return nil, fmt.Errorf("no bundled article %q", SanitizeLine(id))
}

func (d *doc) explain(a *Article) *Explanation {
	e := &Explanation{Article: a, Removed: d.removed, Retyped: d.retyped}
	var won [fieldCount]int
	for f := range fieldCount {
		won[f] = d.winner(f)
	}
	for i, c := range d.claims {
		e.Claims = append(e.Claims, ClaimResult{Claim: c, Won: won[c.Field] == i})
	}
	if a.TitleDerived {
		e.Claims = append(e.Claims, ClaimResult{Claim: Claim{Field: FieldTitle, Value: a.Title, Rule: RuleDerivedTitle}, Won: true})
	}
	for _, x := range explainers {
		e.Sections = append(e.Sections, x(a))
	}
	return e
}

// explainWidth is how much of a long line an explanation quotes, in runes.
const explainWidth = 100

// String renders the explanation for people: one line per removed or
// retyped block and per claim, each with its rule.
func (e *Explanation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\nremoved\n", e.Article.ID)
	if len(e.Removed) == 0 {
		b.WriteString("  (nothing)\n")
	}
	for _, r := range e.Removed {
		fmt.Fprintf(&b, "  %-18s %s\n", r.Rule, quoteLine(r.Text))
	}
	b.WriteString("\nretyped\n")
	if len(e.Retyped) == 0 {
		b.WriteString("  (nothing)\n")
	}
	for _, r := range e.Retyped {
		fmt.Fprintf(&b, "  %-18s %s → %s\n", r.Rule, quoteLine(r.Text), r.Kind)
	}
	b.WriteString("\nclaims\n")
	credited := false
	for _, c := range e.Claims {
		verdict := "lost"
		switch {
		case c.Won:
			verdict = "won"
		case !credited && c.Field == FieldSource && c.Value == e.Article.Credit && isCreditRule(c.Rule):
			verdict, credited = "credit", true // lost the source, kept as the wire credit
		}
		fmt.Fprintf(&b, "  %-8s %-18s %-6s %s\n", c.Field, c.Rule, verdict, quoteLine(c.Value))
	}
	for _, s := range e.Sections {
		fmt.Fprintf(&b, "\n%s\n", s.Title)
		if len(s.Lines) == 0 {
			b.WriteString("  (none)\n")
		}
		for _, l := range s.Lines {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	return b.String()
}

// quoteLine quotes s on one line, cut to explainWidth runes.
func quoteLine(s string) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if utf8.RuneCountInString(s) > explainWidth {
		s = string([]rune(s)[:explainWidth]) + "…"
	}
	return "“" + s + "”"
}

// formatOf returns the registered format that reads files named like
// filePath, or nil for text.
func formatOf(filePath string) *format {
	ext := strings.ToLower(filepath.Ext(filePath))
	for i := range formats {
		for _, e := range formats[i].exts {
			if e == ext {
				return &formats[i]
			}
		}
	}
	return nil
}
