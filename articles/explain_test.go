package articles

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainGolden compares each bundled article's explanation with its
// golden file.
func TestExplainGolden(t *testing.T) {
	for id := range bundledIDs(t) {
		t.Run(id, func(t *testing.T) {
			e, err := ExplainBundled(id)
			if err != nil {
				t.Fatal(err)
			}
			got := e.String()
			path := filepath.Join("testdata", id+".explain.golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("explanation differs from %s (run with -update to accept):\n%s", path, got)
			}
		})
	}
}

func bundledIDs(t *testing.T) map[string]bool {
	t.Helper()
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range arts {
		ids[a.ID] = true
	}
	return ids
}

// TestExplain001 checks that each furniture line of 001 is removed by the
// rule meant for it, and that the claims say which won.
func TestExplain001(t *testing.T) {
	e, err := ExplainBundled("001_9616c320ade9d501")
	if err != nil {
		t.Fatal(err)
	}
	ruleOf := map[string]Rule{}
	for _, r := range e.Removed {
		if r.Rule == "" {
			t.Errorf("%q removed without a rule", r.Text)
		}
		if _, ok := ruleOf[r.Text]; !ok {
			ruleOf[r.Text] = r.Rule
		}
	}
	for line, want := range map[string]Rule{
		"Home > National > North Korea":  RuleBreadcrumb,
		"print dictionary print":         RuleEdgeFurniture,
		"Published: 09 Sep. 2025, 18:21": RuleDateLine,
		"Related Article":                RuleInlineFurniture,
		"Yonhap":                         RuleCreditLine,
		"More in North Korea":            RuleTail,
		"Related Stories":                RuleTail,
		"lock icon":                      RuleTail,
		"Korea JoongAng Daily":           RuleMasthead,
		"tags Alexander Lukashenko Belarus North Korea":                                                           RuleEdgePrefix,
		"Kim says new engines mark 'strategic shift' in North's nuclear forces, missile test possible next month": RuleTail,
	} {
		if got, ok := ruleOf[line]; !ok || got != want {
			t.Errorf("%q removed by %q (removed: %v), want %q", line, got, ok, want)
		}
	}
	won := map[Field]Claim{}
	for _, c := range e.Claims {
		if c.Won {
			if prev, dup := won[c.Field]; dup {
				t.Errorf("two claims won %s: %v and %v", c.Field, prev, c.Claim)
			}
			won[c.Field] = c.Claim
		}
	}
	if c := won[FieldDate]; c.Value != "2025-09-09" || c.Rule != RuleDatePrefix {
		t.Errorf("date won by %+v", c)
	}
	if c := won[FieldSource]; c.Value != "Korea JoongAng Daily" || c.Rule != RuleMasthead {
		t.Errorf("source won by %+v", c)
	}
	if !strings.Contains(e.String(), "credit") {
		t.Error("the Yonhap credit is not explained")
	}
}
