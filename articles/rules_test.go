package articles

import (
	"slices"
	"strings"
	"testing"
)

// TestEachRule runs each removing rule on lines of its own and checks that
// the line it is meant for is removed by it, and a line it must not take
// stays.
func TestEachRule(t *testing.T) {
	const lead = "The council voted on Monday to close the old bridge to traffic after engineers found cracks in its supports."
	const more = "Repairs are expected to take at least two years and cost more than the council had set aside for them."
	tests := []struct {
		rule    Rule
		in      string
		removed string // the line the rule removes
		keeps   string // text that must stay
	}{
		{RuleFrontMatter, "---\ntitle: Bridge closed\n---\n\n" + lead + "\n", "title: Bridge closed", lead},
		{RuleMarkup, "Bridge closed\n\n" + lead + "\n\n* * *\n\n" + more + "\n", "* * *", more},
		{RuleDateLine, "Bridge closed\n\nPublished: 09 Sep. 2025, 18:21\n\n" + lead + "\n", "Published: 09 Sep. 2025, 18:21", lead},
		{RuleTail, "Bridge closed\n\n" + lead + "\n\nMore in Local\n\nRoads reopen after floods\n", "Roads reopen after floods", lead},
		{RuleFooter, "Bridge closed\n\n" + lead + "\n\n© 2025 Daily News Ltd. All rights reserved.\n", "© 2025 Daily News Ltd. All rights reserved.", lead},
		{RuleCookieNotice, "We use cookies on this website. By continuing you agree to our use of cookies.\n\nBridge closed\n\n" + lead + "\n\n" + more + "\n", "We use cookies on this website. By continuing you agree to our use of cookies.", lead},
		{RuleShareLink, "Bridge closed\n\n" + lead + "\n\nShare on Facebook\n\n" + more + "\n", "Share on Facebook", more},
		{RuleInlineFurniture, "Bridge closed\n\n" + lead + "\n\nAdvertisement\n\n" + more + "\n", "Advertisement", more},
		{RuleEdgeFurniture, "Bridge closed\n\nprint\n\n" + lead + "\n", "print", lead},
		{RuleEdgePrefix, "Bridge closed\n\n" + lead + "\n\nTags: bridges, council, roads\n", "Tags: bridges, council, roads", lead},
		{RuleAppeal, "Bridge closed\n\n" + lead + "\n\nSign up for our daily newsletter to get the news first.\n\n" + more + "\n", "Sign up for our daily newsletter to get the news first.", more},
		{RuleImageCredit, "Bridge closed\n\n" + lead + "\n\nPhotograph: Jane Roe/Reuters\n\n" + more + "\n", "Photograph: Jane Roe/Reuters", more},
		{RuleBreadcrumb, "Bridge closed\n\nHome > Local > Roads\n\n" + lead + "\n", "Home > Local > Roads", lead},
		{RuleMenu, "Bridge closed\n\nHome | Local | Sport | Weather\n\n" + lead + "\n", "Home | Local | Sport | Weather", lead},
		{RuleFooterMenu, "Bridge closed\n\n" + lead + "\n\nAbout Us | Privacy | Terms | Contact\n", "About Us | Privacy | Terms | Contact", lead},
		{RuleLinkList, "Bridge closed\n\n" + lead + "\n\n" + more + "\n\nRead more\n\n- Roads reopen after floods\n- Council tax to rise\n", "• Roads reopen after floods", more},
		{RuleHeadline, "Bridge closed\n\n" + lead + "\n", "Bridge closed", lead},
		{RuleByline, "Bridge closed\n\nBy Jane Doe, Reuters\n\n" + lead + "\n", "By Jane Doe, Reuters", lead},
		{RuleDatelineLine, "Bridge closed\n\nBaku, 21 April, AZERTAC\n\n" + lead + "\n", "Baku, 21 April, AZERTAC", lead},
		{RulePlaceAndDate, "Bridge closed\n\nSANTIAGO, DECEMBER 15, 2025\n\n" + lead + "\n", "SANTIAGO, DECEMBER 15, 2025", lead},
		{RuleMasthead, "Bridge closed\nThe Daily Planet\n\n" + lead + "\n", "The Daily Planet", lead},
		{RuleWriterName, "Bridge closed\nJane Doe\n\n" + lead + "\n", "Jane Doe", lead},
		{RuleWireNote, "Bridge closed\n\n" + lead + "\n\n(Reporting by Jane Doe; Editing by John Roe)\n", "(Reporting by Jane Doe; Editing by John Roe)", lead},
		{RuleCreditLine, "Bridge closed\n\n" + lead + "\n\nYonhap\n", "Yonhap", lead},
		{RuleCreditSuffix, "Bridge closed\n\n" + lead + " — VNS\n", " — VNS", lead},
		{RuleDuplicate, "Bridge closed\n\nBridge closed\n\n" + lead + "\n", "Bridge closed", lead},
		{RuleLeadDateline, "Bridge closed\n\nLONDON — " + lead + "\n", "LONDON — ", lead},
		{RuleMarkdownTable, "Results\n\n| Team | Won |\n|---|---|\n| Rovers | 8 |\n\n" + lead + "\n", "|---|---|", "Rovers | 8"},
		{RuleListenLine, "Bridge closed\n\nListen to this article\n\n" + lead + "\n", "Listen to this article", lead},
		{RuleRelativeDate, "Bridge closed\n\n3 hours ago\n\n" + lead + "\n", "3 hours ago", lead},
	}
	for _, tt := range tests {
		t.Run(string(tt.rule), func(t *testing.T) {
			e, err := Explain("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var by []Rule
			for _, r := range e.Removed {
				if r.Text == tt.removed {
					by = append(by, r.Rule)
				}
			}
			if !slices.Contains(by, tt.rule) {
				t.Errorf("%q removed by %v, want %s; removed: %v", tt.removed, by, tt.rule, e.Removed)
			}
			var body strings.Builder
			for _, p := range e.Article.Body {
				body.WriteString(p.Text + "\n")
			}
			if !strings.Contains(body.String(), tt.keeps) {
				t.Errorf("lost %q; body:\n%s", tt.keeps, body.String())
			}
		})
	}
}

// TestPrecedence checks the precedence table on claims that compete.
func TestPrecedence(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		field Field
		want  string
		rule  Rule
	}{
		{"front matter beats a date line", "---\ndate: 2024-01-02\n---\nTitle here\n\nPublished: 5 March 2024\n\nText of the article that goes on for a while.\n", FieldDate, "2024-01-02", RuleFrontMatter},
		{"a date line beats a dateline's day", "Title here\n\nMarch 5, 2024\n\nLONDON, March 3 (Reuters) - Text of the article that goes on.\n", FieldDate, "2024-03-05", RuleDateLine},
		{"a byline's outlet beats a copyright footer", "Title here\n\nBy Jane Doe, Reuters\n\nText of the article that goes on for a while.\n\n© 2024 Daily News Ltd\n", FieldSource, "Reuters", RuleByline},
		{"a masthead beats a credit", "Title here\nKorea JoongAng Daily\n\nText of the article that goes on for a while.\n\nYonhap\n", FieldSource, "Korea JoongAng Daily", RuleMasthead},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Explain("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range e.Claims {
				if c.Field == tt.field && c.Won {
					if c.Value != tt.want || c.Rule != tt.rule {
						t.Errorf("%s won by %q (%s), want %q (%s)", tt.field, c.Value, c.Rule, tt.want, tt.rule)
					}
					return
				}
			}
			t.Errorf("no claim to %s won: %v", tt.field, e.Claims)
		})
	}
}
