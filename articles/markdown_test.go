package articles

import (
	"slices"
	"testing"
)

// TestMarkdownBlocks checks what the Markdown front end makes of code,
// tables, reference links, inline HTML and task lists.
func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		want  []Block // the body, without rules
	}{
		{"a fenced code block stays preformatted",
			"# Release notes\n\nRun it like this:\n\n```sh\n  dateline --dir news\n    # indented\n```\n\nThat is all.\n",
			"Release notes",
			[]Block{{Kind: KindText, Text: "Run it like this:"}, {Kind: KindPreformatted, Text: "  dateline --dir news\n    # indented"}, {Kind: KindText, Text: "That is all."}}},
		{"a tilde fence too, and a Markdown heading inside it is code",
			"Notes\n\n~~~\n# not a heading\n- not a list\n~~~\n",
			"Notes",
			[]Block{{Kind: KindPreformatted, Text: "# not a heading\n- not a list"}}},
		{"tables keep their rows and cells",
			"Results\n\n| Party | Votes | Share |\n|:------|------:|------:|\n| Blue | 1,204 | **41%** |\n| Red | 998 | 34% |\n\nTurnout was high.\n",
			"Results",
			[]Block{{Kind: KindTableRow, Text: "Party | Votes | Share"}, {Kind: KindTableRow, Text: "Blue | 1,204 | 41%"}, {Kind: KindTableRow, Text: "Red | 998 | 34%"}, {Kind: KindText, Text: "Turnout was high."}}},
		{"a table without outer bars",
			"Results\n\nParty | Votes\n--- | ---\nBlue | 1,204\n",
			"Results",
			[]Block{{Kind: KindTableRow, Text: "Party | Votes"}, {Kind: KindTableRow, Text: "Blue | 1,204"}}},
		{"reference links resolve to their words",
			"Budget\n\nThe [finance ministry][mof] published [the report][] and [a summary].\n\n[mof]: https://example.gov/mof\n[the report]: https://example.gov/report \"Report\"\n[a summary]: https://example.gov/summary\n",
			"Budget",
			[]Block{{Kind: KindText, Text: "The finance ministry published the report and a summary."}}},
		{"an undefined bracket stays",
			"Budget\n\nThe figure [sic] was wrong.\n",
			"Budget",
			[]Block{{Kind: KindText, Text: "The figure [sic] was wrong."}}},
		{"inline HTML tags go",
			"Budget\n\nThe <em>finance</em> ministry<br>said <span class=\"x\">so</span>.<!-- note -->\n",
			"Budget",
			[]Block{{Kind: KindText, Text: "The finance ministry said so."}}},
		{"a task-list item is not a headline",
			"- [ ] Call the mayor\n- [x] File the copy\n\nThe mayor had not called back by Friday evening.\n",
			"",
			[]Block{{Kind: KindListItem, Text: "• ☐ Call the mayor"}, {Kind: KindListItem, Text: "• ☑ File the copy"}, {Kind: KindText, Text: "The mayor had not called back by Friday evening."}}},
		{"list items are list items",
			"Measures\n\nThe plan has three parts:\n\n- lower fares\n- more trains\n1. first\n2. second\n",
			"Measures",
			[]Block{{Kind: KindText, Text: "The plan has three parts:"}, {Kind: KindListItem, Text: "• lower fares"}, {Kind: KindListItem, Text: "• more trains"}, {Kind: KindListItem, Text: "1. first"}, {Kind: KindListItem, Text: "2. second"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && (a.Title != tt.title || a.TitleDerived) {
				t.Errorf("title %q (derived %v), want %q", a.Title, a.TitleDerived, tt.title)
			}
			if tt.title == "" && !a.TitleDerived {
				t.Errorf("title %q should be derived", a.Title)
			}
			if !slices.Equal(a.Body, tt.want) {
				t.Errorf("body\n got %q\nwant %q", a.Body, tt.want)
			}
		})
	}
}

// TestHeadingRule: a line of figures or a weekday's date between
// paragraphs is text; a short title-like line is a heading.
func TestHeadingRule(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Expanding Economic Horizons:", true},
		{"The Pursuit of Peace", true},
		{"27,595", false},
		{"1-0", false},
		{"Tuesday 5 March", false},
		{"Tuesday, March 5, 2024", false},
		{"Sat 12th of April", false},
		{"The team won on Saturday.", false},
		{"The plan has three parts:", false},
		{"Belarus and Russia:", true},
	}
	for _, tt := range tests {
		if got := isHeading(tt.line); got != tt.want {
			t.Errorf("isHeading(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
