package articles

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func bundled(t testing.TB) map[string]*Article {
	t.Helper()
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	byPrefix := make(map[string]*Article, len(arts))
	for _, a := range arts {
		byPrefix[a.ID[:3]] = a
	}
	return byPrefix
}

func codesOf(a *Article, primary bool) []string {
	var out []string
	for _, m := range a.Countries {
		if m.Primary == primary {
			out = append(out, m.Code())
		}
	}
	return out
}

func hasCode(a *Article, code string) bool {
	for _, m := range a.Countries {
		if m.Code() == code {
			return true
		}
	}
	return false
}

// TestBundledCorpus checks the table of DESIGN.md: what each bundled file
// must yield.
func TestBundledCorpus(t *testing.T) {
	arts := bundled(t)
	tests := []struct {
		file, date, source, dateline string
		title                        string // "" when derived
		primary                      []string
		mentioned                    []string // at least these, not primary
		allowed                      []string // tolerated weak extra mentions
	}{
		{file: "000", date: "2025-07-04", primary: []string{"BY", "KR"}},
		{file: "001", date: "2025-09-09", source: "Korea JoongAng Daily",
			title:   "Belarusian president says he's 'ready' to visit Pyongyang in message to North Korea's Kim",
			primary: []string{"KP", "BY"}, mentioned: []string{"RU", "CN"}},
		{file: "002", date: "2025-05-11", source: "VNS", dateline: "HÀ NỘI", primary: []string{"VN", "BY"}},
		{file: "003", dateline: "United Nations", primary: []string{"BY"}, mentioned: []string{"RU", "UA", "LT", "CN"}},
		{file: "004", date: "--04-21", source: "AZERTAC", dateline: "Baku", primary: []string{"AZ", "BY"}, allowed: []string{"TR"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			a := arts[tt.file]
			if a == nil {
				t.Fatalf("no bundled article %s", tt.file)
			}
			if got := a.Date.String(); got != tt.date {
				t.Errorf("date = %q, want %q", got, tt.date)
			}
			if a.Source != tt.source {
				t.Errorf("source = %q, want %q", a.Source, tt.source)
			}
			if a.Dateline != tt.dateline {
				t.Errorf("dateline = %q, want %q", a.Dateline, tt.dateline)
			}
			if tt.title != "" && (a.Title != tt.title || a.TitleDerived) {
				t.Errorf("title = %q (derived %v), want explicit %q", a.Title, a.TitleDerived, tt.title)
			}
			if tt.title == "" && !a.TitleDerived {
				t.Errorf("title %q should be derived", a.Title)
			}
			checkDerivedTitle(t, a)
			if got := codesOf(a, true); !sameSet(got, tt.primary) {
				t.Errorf("primary countries = %v, want %v", got, tt.primary)
			}
			for _, c := range tt.mentioned {
				if !hasCode(a, c) {
					t.Errorf("%s not among the countries %v", c, a.Countries)
				}
			}
			allowed := append(append(append([]string{}, tt.primary...), tt.mentioned...), tt.allowed...)
			for _, m := range a.Countries {
				if !slices.Contains(allowed, m.Code()) {
					t.Errorf("country %s (%s, %d mentions) is not in the text", m.Code(), m.Name(), m.Count)
				}
			}
			if a.Words == 0 || a.ReadingMinutes == 0 {
				t.Errorf("words = %d, reading minutes = %d", a.Words, a.ReadingMinutes)
			}
		})
	}
}

func checkDerivedTitle(t *testing.T, a *Article) {
	t.Helper()
	if a.Title == "" {
		t.Fatal("empty title")
	}
	if n := utf8.RuneCountInString(a.Title); n > 102 {
		t.Errorf("title is %d runes long: %q", n, a.Title)
	}
	for _, bad := range []string{"Baku, 21 April", "AZERTAC", "HÀ NỘI", "United Nations", " date "} {
		if strings.Contains(a.Title, bad) {
			t.Errorf("title %q holds the dateline or metadata %q", a.Title, bad)
		}
	}
}

// TestBoilerplateRemoved checks that no website furniture of 001 survives.
func TestBoilerplateRemoved(t *testing.T) {
	a := bundled(t)["001"]
	var body strings.Builder
	for _, p := range a.Body {
		body.WriteString(p.Text + "\n")
	}
	text := body.String()
	for _, bad := range []string{
		"More in North Korea", "Related Stories", "Related Article", "Log in to Twitter", "print dictionary print",
		"Home > National", "tags Alexander", "Published:", "To write comments", "lock icon", "Standards Board",
		"Kim says new engines", "Korea JoongAng Daily", "help-image", "\u00a0",
	} {
		if strings.Contains(text, bad) {
			t.Errorf("body of 001 contains furniture %q", bad)
		}
	}
	if strings.Contains(text, a.Title) {
		t.Error("the headline's second copy is in the body")
	}
	caption := "Belarusian President Alexander Lukashenko gestures during a joint news conference"
	if n := strings.Count(text, caption); n != 1 {
		t.Errorf("photo caption appears %d times, want once", n)
	}
	if hasCode(a, "KR") {
		t.Error("KR tagged in 001: Korea JoongAng Daily is the outlet")
	}
	if a.Credit != "Yonhap" {
		t.Errorf("credit = %q, want Yonhap", a.Credit)
	}
}

func TestHeadings(t *testing.T) {
	a := bundled(t)["003"]
	var headings []string
	for _, p := range a.Body {
		if p.Kind == KindHeading {
			headings = append(headings, p.Text)
		}
	}
	want := []string{"Expanding Economic Horizons:", "Transit Challenges and Sanctions:", "Belarus and Russia:", "The Pursuit of Peace:"}
	if !slices.Equal(headings, want) {
		t.Errorf("headings = %q, want %q", headings, want)
	}
	if strings.HasPrefix(a.Body[0].Text, "United Nations") {
		t.Errorf("lead still starts with its dateline: %q", a.Body[0].Text[:40])
	}
}

// TestGolden compares each bundled article's `show --json` record with its golden file.
func TestGolden(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		t.Run(a.ID, func(t *testing.T) {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(NewFullRecord(a)); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", a.ID+".golden")
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("record differs from %s (run with -update after checking the change):\n%s", path, buf.String())
			}
		})
	}
}

// TestParseFormats covers ordinary news files and the shapes other outlets use.
func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, in                     string
		title                        string
		derived                      bool
		date, source, dateline, lead string
		paragraphs                   int
	}{
		{
			name:  "ordinary news file",
			in:    "Ministers meet in London over trade\n\nFrench and British ministers met on Monday.\n\nThey agreed on little.\n",
			title: "Ministers meet in London over trade", lead: "French and British ministers met on Monday.", paragraphs: 2,
		},
		{
			name:  "CRLF line endings",
			in:    "Headline here\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n",
			title: "Headline here", lead: "First paragraph.", paragraphs: 2,
		},
		{
			name:  "lone CR line endings",
			in:    "Headline here\r\rFirst paragraph.\r",
			title: "Headline here", lead: "First paragraph.", paragraphs: 1,
		},
		{
			name:  "byte-order mark",
			in:    "\ufeffHeadline here\n\nFirst paragraph.\n",
			title: "Headline here", lead: "First paragraph.", paragraphs: 1,
		},
		{
			name:  "hard-wrapped paragraphs",
			in:    "Storm hits the coast\n\nA storm hit the coast on Sunday, cutting\npower to thousands of homes, officials\nsaid.\n\nRepairs began at once.\n",
			title: "Storm hits the coast", lead: "A storm hit the coast on Sunday, cutting power to thousands of homes, officials said.", paragraphs: 2,
		},
		{
			name:  "markdown",
			in:    "# A markdown headline\n\nSome text here.\n\n## A section\n\nMore text.\n",
			title: "A markdown headline", lead: "Some text here.", paragraphs: 3,
		},
		{
			name: "dateline with agency", derived: true,
			in:       "LONDON (Reuters) — Prices rose sharply in March, the statistics office said on Tuesday.\n\nEconomists had expected less.\n",
			title:    "Prices rose sharply in March, the statistics office said on Tuesday.",
			dateline: "LONDON", source: "Reuters", lead: "Prices rose sharply in March, the statistics office said on Tuesday.", paragraphs: 2,
		},
		{
			name: "date prefix and credit line", derived: true,
			in:    " date 2024-03-05 PARIS — The talks ended without a deal. Both sides blamed the other.\n\nMore talks are planned. — AFP",
			title: "The talks ended without a deal.",
			date:  "2024-03-05", dateline: "PARIS", source: "AFP", lead: "The talks ended without a deal. Both sides blamed the other.", paragraphs: 2,
		},
		{
			name: "dateline line with year", derived: true,
			in:    "Minsk, 3 July 2024, BelTA\n\nBelarus marked Independence Day with a parade.\n",
			title: "Belarus marked Independence Day with a parade.", date: "2024-07-03", dateline: "Minsk", source: "BelTA",
			lead: "Belarus marked Independence Day with a parade.", paragraphs: 1,
		},
		{
			name: "Reuters dateline with a date", derived: true,
			in:    "LONDON, March 3 (Reuters) - Oil prices rose on Monday.\n\nTraders cited supply worries.\n",
			title: "Oil prices rose on Monday.", date: "--03-03", dateline: "LONDON", source: "Reuters",
			lead: "Oil prices rose on Monday.", paragraphs: 2,
		},
		{
			name:  "blank-separated paragraphs are joined whatever their lines end with",
			in:    "Floods in Kent\n\nHeavy rain fell overnight, and forecasters said the river would peak.\nResidents in Kent were told to\nleave on Monday.\n",
			title: "Floods in Kent", lead: "Heavy rain fell overnight, and forecasters said the river would peak. Residents in Kent were told to leave on Monday.", paragraphs: 1,
		},
		{
			name:  "no blank lines: a paragraph a line",
			in:    "Floods in Kent\nHeavy rain fell overnight.\nResidents were told\nto leave.\n",
			title: "Floods in Kent", lead: "Heavy rain fell overnight.", paragraphs: 2,
		},
		{
			name:  "YAML front matter",
			in:    "---\ntitle: \"Budget passes in Ottawa\"\ndate: 2025-03-01\n---\n\n# Budget passes in Ottawa\n\nCanada's parliament passed the budget.\n",
			title: "Budget passes in Ottawa", date: "2025-03-01", lead: "Canada's parliament passed the budget.", paragraphs: 1,
		},
		{
			name:  "Markdown links and bold read as prose",
			in:    "# Talks\n\nThe talks lasted **six hours**, says a [joint statement](https://example.com/s).\n",
			title: "Talks", lead: "The talks lasted six hours, says a joint statement.", paragraphs: 1,
		},
		{
			name:  "a byline is not the source",
			in:    "Ministers meet in Paris\nBy John Smith\n\nFrench ministers met.\n",
			title: "Ministers meet in Paris", lead: "French ministers met.", paragraphs: 1,
		},
		{
			name: "no headline, long first sentence cut near 100", derived: true,
			in:    "The committee, which met behind closed doors for the third time this month, agreed after a long and often heated debate to postpone the vote.\n",
			title: "The committee, which met behind closed doors for the third time this month, agreed after a long and…",
			lead:  "The committee, which met behind closed doors for the third time this month, agreed after a long and often heated debate to postpone the vote.", paragraphs: 1,
		},
		{
			name: "abbreviations do not end the first sentence", derived: true,
			in:    "Mr. Smith met U.S. officials on Sept. 9 in Seoul. They talked.\n",
			title: "Mr. Smith met U.S. officials on Sept. 9 in Seoul.", lead: "Mr. Smith met U.S. officials on Sept. 9 in Seoul. They talked.", paragraphs: 1,
		},
		{
			name: "a page saved from a browser",
			in: "Skip to main content\nHome | World | Business | Politics | Sport | Opinion\nSubscribe\nSign in\nWorld > Africa\n" +
				"Nigeria raises fuel prices again as naira slides\nShare on Facebook\nShare via Email\nPublished 12 February 2024\nBy John Smith\nAdvertisement\n" +
				"LAGOS — Nigeria's state oil company raised petrol prices on Monday.\nMotorists queued for hours in Lagos and Abuja.\n" +
				"Read more: Nigeria's central bank raises rates\nThe price rise follows the removal of a fuel subsidy.\nAdvertisement\n" +
				"We use cookies to improve your experience. By continuing to browse you accept our use of cookies. Accept all\n" +
				"© 2024 Daily News Ltd. All rights reserved.\nTerms of Use | Privacy Policy | Contact Us\n",
			title: "Nigeria raises fuel prices again as naira slides", date: "2024-02-12", source: "Daily News Ltd", dateline: "LAGOS",
			lead: "Nigeria's state oil company raised petrol prices on Monday.", paragraphs: 3,
		},
		{
			name: "a Markdown page saved from a browser",
			in: "[Home](https://example.com/) | [World](https://example.com/world) | [Asia](https://example.com/asia)\n\n" +
				"# Vietnam's exports surge\n\n**By [Nguyen Van An](https://example.com/an)** | *Updated: Mar. 5, 2024*\n\n" +
				"![Workers at a factory](https://example.com/f.jpg)\n\nWorkers at a factory in Bac Ninh. *Photo: Reuters*\n\n" +
				"HANOI — Exports rose 20 percent, as [Samsung](https://example.com/s) expanded.\n\n**Advertisement**\n\n" +
				"Shipments to the United States rose fastest.\n\n### Read more\n\n- [GDP beats forecasts](https://example.com/a)\n- [Thailand courts chipmakers](https://example.com/b)\n\n" +
				"*Share this:* [Twitter](https://twitter.com) [Facebook](https://facebook.com)\n\n© 2024 Asia News Network\n",
			title: "Vietnam's exports surge", date: "2024-03-05", source: "Asia News Network", dateline: "HANOI",
			lead: "Workers at a factory in Bac Ninh.", paragraphs: 3,
		},
		{
			name:  "a date on a line of its own",
			in:    "Kenya raises tea export tax\n\nTuesday, March 5, 2024\n\nNAIROBI — Kenya raised its tea export tax on Monday.\n",
			title: "Kenya raises tea export tax", date: "2024-03-05", dateline: "NAIROBI", lead: "Kenya raised its tea export tax on Monday.", paragraphs: 1,
		},
		{
			name:  "an ISO date above the headline",
			in:    "2024-03-05\nSwiss voters approve pensions\n\nZURICH — Voters approved higher pensions.\n",
			title: "Swiss voters approve pensions", date: "2024-03-05", dateline: "ZURICH", lead: "Voters approved higher pensions.", paragraphs: 1,
		},
		{
			name:  "a # that is not a heading",
			in:    "Alcaraz wins again\n\nAlcaraz won on Sunday and is now ranked\n#1 in the world.\n\n#MeToo campaigners welcomed a ruling.\n",
			title: "Alcaraz wins again", lead: "Alcaraz won on Sunday and is now ranked #1 in the world.", paragraphs: 2,
		},
		{
			name:  "no blank lines, not wrapped: a paragraph a line",
			in:    "Nigeria raises fuel prices again\nLAGOS — The state oil company raised petrol prices on Monday.\nWhy prices are rising\nThe naira has lost half its value in a year.\n",
			title: "Nigeria raises fuel prices again", dateline: "LAGOS", lead: "The state oil company raised petrol prices on Monday.", paragraphs: 3,
		},
		{
			name: "Markdown emphasis, lists, quotes, rules, images and a setext headline",
			in: "Chile votes\n===========\n\nThe *new* constitution was **rejected**, says a `tally` and ~~no~~ one else.\n\n- Crime\n- Pensions\n\n" +
				"> \"We govern for everyone.\"\n\n---\n\n![A voter](x.jpg)\n\n[1]: https://example.com\n",
			title: "Chile votes", lead: "The new constitution was rejected, says a tally and no one else.", paragraphs: 4,
		},
		{
			name:  "a short paragraph may repeat",
			in:    "Q and A\n\nQ: Will it pass?\n\nA: We expect so.\n\nQ: And the budget?\n\nA: We expect so.\n",
			title: "Q and A", lead: "Q: Will it pass?", paragraphs: 4,
		},
		{
			name: "a hard-wrapped lead is not a headline", derived: true,
			in: "Greek and Turkish officials agreed on Thursday to reopen talks with\nCyprus over maritime borders in the Aegean Sea, officials in Athens\n" +
				"and Ankara said on Friday after a meeting that lasted until late.\nThe talks will be held in Istanbul next month, the officials added.\n",
			title: "Greek and Turkish officials agreed on Thursday to reopen talks with Cyprus over maritime borders in…",
			lead:  "Greek and Turkish officials agreed on Thursday to reopen talks with Cyprus over maritime borders in the Aegean Sea, officials in Athens and Ankara said on Friday after a meeting that lasted until late.", paragraphs: 2,
		},
		{
			name:  "bylines of every kind",
			in:    "Kenya tea\n\nBY JANE DOE, Associated Press\nJohn Roe, Staff Writer\nBy Ama Mensah | Published March 5, 2024 | 4 min read\n\nKenya raised its tea tax.\n",
			title: "Kenya tea", date: "2024-03-05", source: "Associated Press", lead: "Kenya raised its tea tax.", paragraphs: 1,
		},
		{
			name:  "a writer's name under the headline is not the source",
			in:    "Ministers meet\nJane Doe\n\nMinisters met on Monday.\n",
			title: "Ministers meet", lead: "Ministers met on Monday.", paragraphs: 1,
		},
		{
			name:  "a credit on its own line, and the notes of a wire story",
			in:    "Talks end\n\nThe talks ended.\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n— Reuters\n",
			title: "Talks end", source: "Reuters", lead: "The talks ended.", paragraphs: 1,
		},
		{
			name:  "a credit in brackets",
			in:    "Talks end\n\nThe talks ended.\n\n(AFP)\n",
			title: "Talks end", source: "AFP", lead: "The talks ended.", paragraphs: 1,
		},
		{
			name: "a dateline with a year", derived: true,
			in:    "WASHINGTON, Jan. 5, 2024 (Reuters) - The Treasury imposed sanctions.\n",
			title: "The Treasury imposed sanctions.", date: "2024-01-05", dateline: "WASHINGTON", source: "Reuters",
			lead: "The Treasury imposed sanctions.", paragraphs: 1,
		},
		{
			name: "a place of several words in capitals, and an agency's short name", derived: true,
			in:    "SÃO TOMÉ AND PRÍNCIPE, August 22 (VNS) - Voters went to the polls.\n",
			title: "Voters went to the polls.", date: "--08-22", dateline: "SÃO TOMÉ AND PRÍNCIPE", source: "VNS",
			lead: "Voters went to the polls.", paragraphs: 1,
		},
		{
			name: "a hyphenated place", derived: true,
			in:    "Port-au-Prince, Haiti — Gangs blocked the port.\n",
			title: "Gangs blocked the port.", dateline: "Port-au-Prince, Haiti", lead: "Gangs blocked the port.", paragraphs: 1,
		},
		{
			name:  "a place and a date on a line",
			in:    "# Chile elects a president\n\nSANTIAGO, DECEMBER 15, 2025\n\nVoters chose a new president.\n",
			title: "Chile elects a president", date: "2025-12-15", dateline: "SANTIAGO", lead: "Voters chose a new president.", paragraphs: 1,
		},
		{
			name:  "front matter with a YAML-quoted title and a written date",
			in:    "---\ntitle: 'It''s Chile''s vote'\ndate: March 5, 2024\n---\n\nChileans voted.\n",
			title: "It's Chile's vote", date: "2024-03-05", lead: "Chileans voted.", paragraphs: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.TitleDerived != tt.derived {
				t.Errorf("title = %q (derived %v), want %q (derived %v)", a.Title, a.TitleDerived, tt.title, tt.derived)
			}
			if a.Date.String() != tt.date || a.Source != tt.source || a.Dateline != tt.dateline {
				t.Errorf("date, source, dateline = %q, %q, %q; want %q, %q, %q", a.Date, a.Source, a.Dateline, tt.date, tt.source, tt.dateline)
			}
			if len(a.Body) != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d: %q", len(a.Body), tt.paragraphs, a.Body)
			}
			if len(a.Body) > 0 && a.Body[0].Text != tt.lead {
				t.Errorf("lead = %q, want %q", a.Body[0].Text, tt.lead)
			}
		})
	}
}

func TestParseUTF16(t *testing.T) {
	text := "Kyiv talks\n\nUkraine and Poland signed a deal.\n"
	for _, order := range []string{"LE", "BE"} {
		var raw []byte
		if order == "LE" {
			raw = []byte{0xFF, 0xFE}
		} else {
			raw = []byte{0xFE, 0xFF}
		}
		for _, r := range text {
			if order == "LE" {
				raw = append(raw, byte(r), byte(r>>8))
			} else {
				raw = append(raw, byte(r>>8), byte(r))
			}
		}
		a, err := Parse("x", raw)
		if err != nil {
			t.Fatalf("%s: %v", order, err)
		}
		if a.Title != "Kyiv talks" || !hasCode(a, "UA") || !hasCode(a, "PL") {
			t.Errorf("%s: title %q, countries %v", order, a.Title, a.Countries)
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"only whitespace", []byte(" \n\t\n\u00a0\n"), ErrEmpty},
		{"only escape sequences", []byte("\x1b[2J\x1b]0;title\x07"), ErrEmpty},
		{"NUL byte", []byte("Title\n\nText\x00more"), ErrBinary},
	}
	for _, tt := range tests {
		if _, err := Parse("x", tt.in); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestParseWindows1252 checks that text that is not UTF-8 reads as
// Windows-1252, a dateline in accented capitals included.
func TestParseWindows1252(t *testing.T) {
	a, err := Parse("x", []byte("Caf\xe9 owners fear \x8040m rent rise\n\nBOGOT\xc1 \x97 The caf\xe9 on the \x93Z\xfcrich\x94 corner reopened on Monday after a year.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Café owners fear €40m rent rise" || a.Dateline != "BOGOTÁ" ||
		a.Body[0].Text != "The café on the “Zürich” corner reopened on Monday after a year." {
		t.Errorf("title %q, dateline %q, body %q", a.Title, a.Dateline, a.Body)
	}
}

// TestParseUTF16WithoutBOM checks that UTF-16 without a byte-order mark is
// read, not skipped as binary.
func TestParseUTF16WithoutBOM(t *testing.T) {
	text := "Zürich talks end\n\nThe talks in Zürich ended on Friday without a deal.\n"
	for _, order := range []string{"LE", "BE"} {
		var raw []byte
		for _, u := range utf16.Encode([]rune(text)) {
			if order == "LE" {
				raw = append(raw, byte(u), byte(u>>8))
			} else {
				raw = append(raw, byte(u>>8), byte(u))
			}
		}
		a, err := Parse("x", raw)
		if err != nil {
			t.Fatalf("%s: %v", order, err)
		}
		if a.Title != "Zürich talks end" || len(a.Body) != 1 {
			t.Errorf("%s: title %q, body %q", order, a.Title, a.Body)
		}
	}
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestParseKeepsOnlyItsText parses files that are mostly boilerplate and
// checks that what the articles keep is their text, not the files: a
// title cut from the decoded file would otherwise hold all of it.
func TestParseKeepsOnlyItsText(t *testing.T) {
	const files, tail = 8, 1 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	raw := make([][]byte, files)
	for i := range raw {
		raw[i] = []byte(fmt.Sprintf("Minsk hosts talks number %d\n\nBelarus and Vietnam met in Minsk.\n\nMore in Belarus\n%s",
			i, strings.Repeat("Another story from the region\n", tail/30)))
	}
	kept := make([]*Article, files)
	for i, r := range raw {
		a, err := Parse(fmt.Sprint(i), r)
		if err != nil {
			t.Fatal(err)
		}
		kept[i] = a
	}
	raw = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 2<<20 {
		t.Errorf("%d articles of a few words each hold %d KiB of heap; the files were %d KiB", files, grew>>10, files*tail>>10)
	}
	if kept[0].Title != "Minsk hosts talks number 0" {
		t.Errorf("title %q", kept[0].Title)
	}
	runtime.KeepAlive(kept)
}

// TestWordsOfCJK counts a character of Chinese or Japanese as a word:
// they are written without spaces.
func TestWordsOfCJK(t *testing.T) {
	ja := strings.Repeat("日米首脳会談、防衛協力の強化で一致した。", 50) // 18 characters and 2 marks, 50 times
	a, err := Parse("ja", []byte("日米首脳会談\n\n"+ja+"\n\nTokyo and Washington agreed.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := 18*50 + 4; a.Words != want {
		t.Errorf("words = %d, want %d", a.Words, want)
	}
	if a.ReadingMinutes != 2 { // 900 characters at 500 a minute, 4 words at 230
		t.Errorf("reading minutes = %d, want 2", a.ReadingMinutes)
	}
}

// TestParseKeepsText feeds the parser prose that looks like the furniture,
// dates, bylines, credits, notes and markup it removes, and checks that no
// word of it is lost.
func TestParseKeepsText(t *testing.T) {
	for _, tt := range []struct{ name, in string }{
		{"a sentence that starts like a list of more stories", "Markets Edge Higher\n\nShares rose on Monday.\n\nMore in store for investors.\n\nAnalysts expect a rate hold.\n"},
		{"a headline that starts like one", "More in Common Than We Think\n\nA survey of 10,000 people found more agreement than expected.\n"},
		{"a section headed like one", "# The Year in Books\n\nIt was a good year.\n\n## Most Read Authors of 2024\n\nThree novelists led the list.\n"},
		{"wrapped lines that start like furniture or are dates", "Studio Sues Over Training Data\n\nThe studio said the firm had infringed its copyright and its trademarks,\n" +
			"copyright in at least forty films, and that the agreement initialled on\n5 March 2024.\nmore in the coming weeks about prices, the bank said on Monday night.\n"},
		{"a sentence that starts with a labelled date", "A Diary Returns Home\n\nDated 12 May 1945, the last entry describes the liberation of the camp.\n"},
		{"a rule on the first line", "---\nThe Keeper's Last Night\n\nAfter forty years the keeper left.\n---\nNo one will live on the rock again.\n"},
		{"a sentence that starts with By", "Final Sells Out\n\nBy Friday, tickets for the final had sold out, with more than 60,000 fans expected.\n\nBy March, the team had won six in a row.\n"},
		{"short sentences that start like buttons", "Notes on Slogans\n\nCopyright law was written for printing presses.\n\nClick here was the slogan of the 1990s.\n\n" +
			"Follow us, the protesters chanted.\n\nThe options were:\n\n(a) stay.\n\n(b) renegotiate.\n\n(c) leave the union entirely.\n"},
		{"one-word lines of a chant", "The Song of the Square\n\nThe crowd sang the refrain again and again into the night air.\n\nHome\n\nListen\n\nThe police watched from a distance as the singing went on.\n"},
		{"a table and a line of scores", "Weekend Results\n\nThe league table after the weekend looks like this, with two games left.\n\nTeam | Won | Lost\n\nRovers | 8 | 2\n\nArsenal 2 · Chelsea 1 · Spurs 0\n"},
		{"a scale and a verse with slashes", "A Guide to Grades\n\nInspectors rate every school on a three-point scale from this year.\n\nGood > Satisfactory > Poor\n\nInput / output\n"},
		{"cookies to eat", "The Cookie Jar Economy\n\nSales of biscuits rose again this year across the country's bakeries.\n\nBakers accept that a cookie sells better warm.\n"},
		{"sentences that read like wire notes", "Novelist Wins Prize\n\nWriting by candlelight, she finished the book in 1993.\n\nThe auditors said three ministries contributed to this report.\n"},
		{"a list that ends with a country, a text that ends with a slogan", "Who Signed\n\nThe treaty was signed by five countries on Monday in the capital.\n\n- Germany\n- Austria\n\nSlava Ukraini\n"},
		{"a stand-first under the headline", "# Harbour Wall Holds\nA Town Counts the Cost\n\nThe sea wall held through the night, officials said on Sunday morning.\n"},
		{"a timeline of dates", "How the Crisis Unfolded\n\nThe talks went through three stages over the spring, officials said.\n\nMarch 5, 2024\n\nTalks began.\n\nJune 6, 1944.\n"},
		{"a chorus", "Anthem\n\nWe will not be moved from this square tonight.\n\nThe crowd then fell silent for a minute before the next verse began.\n\nWe will not be moved from this square tonight.\n"},
		{"a note in brackets", "Ministry Responds\n\nThe report found delays in every region it studied last year.\n\n[Update]: The ministry has since announced an inquiry.\n"},
		{"a list after a colon, a dash in wrapped text", "Unemployment Edges Up\n\nThe number of people out of work rose from 2 million to\n- by the ministry's count - 2.1 million in March, the highest\n" +
			"figure in three years, officials said on Friday morning in the capital.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			got.WriteString(looseWords(a.Title))
			for _, p := range a.Body {
				got.WriteString(" " + looseWords(p.Text))
			}
			all := " " + got.String() + " "
			for _, l := range strings.Split(tt.in, "\n") {
				if w := looseWords(l); w != "" && w != "—" && !strings.Contains(all, " "+w+" ") {
					t.Errorf("lost %q; the article reads %q", l, got.String())
				}
			}
		})
	}
}

// looseWords is s in lower case, its words separated by single spaces,
// without punctuation or markup.
func looseWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// TestParseLeavesPlainTextAlone: asterisks, underscores and brackets that
// are not markup, and a dash in a sentence that is not a dateline.
func TestParseLeavesPlainTextAlone(t *testing.T) {
	for _, text := range []string{
		"A rating of * means poor, ** means fair and *** means excellent.",
		"Call __init__ and then snake_case_name from __main__.py before the count.",
		"The war ended in 1945.[1][2] Historians disagree about the rest.",
	} {
		a, err := Parse("x", []byte("Notes\n\n"+text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Body) != 1 || a.Body[0].Text != text {
			t.Errorf("%q came out as %q", text, a.Body)
		}
	}
	a, err := Parse("x", []byte("Leaders Meet\n\nThe Prime Minister – who faces a vote next week – said he would stay.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Dateline != "" || a.Body[0].Text != "The Prime Minister – who faces a vote next week – said he would stay." {
		t.Errorf("a dash in a sentence made dateline %q and lead %q", a.Dateline, a.Body[0].Text)
	}
}
