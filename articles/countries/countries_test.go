package countries

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"dateline/articles/fold"
)

// codes lists the codes of a Tag result, in its order.
func codes(cs []Count) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Code)
	}
	return out
}

var datePrefix = regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2}\s*`)

// corpusText reads a bundled article as the tagger sees it: the date
// prefix is metadata, and 001's boilerplate is cut here the crude way
// (the parser does it properly): its headline, the photo caption once and
// the story paragraphs up to the credit line.
func corpusText(t *testing.T, name string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join("..", "corpus", name+"_*.txt"))
	if err != nil || len(matches) != 1 {
		t.Fatalf("finding corpus file %s: %v (%d matches)", name, err, len(matches))
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatalf("reading %s: %v", matches[0], err)
	}
	text := datePrefix.ReplaceAllString(string(raw), "")
	if name != "001" {
		return []string{text}
	}
	lines := strings.Split(text, "\n")
	texts := []string{strings.TrimSpace(lines[0])}
	var caption string
	var body []string
	inBody := false
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line) // also drops the lines of non-breaking spaces
		if line == "Yonhap" {
			break
		}
		switch {
		case strings.HasPrefix(line, "Belarusian President Alexander Lukashenko gestures"):
			caption, inBody = line, true
		case inBody && line != "" && line != "Related Article":
			body = append(body, line)
		}
	}
	if caption == "" || len(body) != 5 {
		t.Fatalf("001: trimming found caption %q and %d paragraphs, want 5", caption, len(body))
	}
	return append(append(texts, caption), body...)
}

func TestCorpus(t *testing.T) {
	tests := []struct {
		file     string
		primary  []string // in order
		required []string // also mentioned, at least
		allowed  []string // the only other countries tolerated
	}{
		{"000", []string{"BY", "KR"}, nil, nil},
		{"001", []string{"KP", "BY"}, []string{"RU", "CN"}, nil},
		{"002", []string{"VN", "BY"}, nil, nil},
		{"003", []string{"BY"}, []string{"RU", "UA", "LT", "CN"}, nil},
		{"004", []string{"AZ", "BY"}, nil, []string{"TR"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := Tag(corpusText(t, tt.file)...)
			var primary, others []string
			for _, c := range got {
				if c.Primary {
					primary = append(primary, c.Code)
				} else {
					others = append(others, c.Code)
				}
			}
			if !slices.Equal(primary, tt.primary) {
				t.Errorf("primary = %v, want %v (all: %+v)", primary, tt.primary, got)
			}
			for _, code := range tt.required {
				if !slices.Contains(others, code) {
					t.Errorf("%s not among the other countries %v", code, others)
				}
			}
			for _, code := range others {
				if !slices.Contains(tt.required, code) && !slices.Contains(tt.allowed, code) {
					t.Errorf("%s should not be tagged (all: %+v)", code, got)
				}
			}
		})
	}
}

// TestCorpusBoilerplate tags 001 whole, boilerplate and all: the outlet's
// name in its masthead and log-in widget is still no mention of South Korea.
func TestCorpusBoilerplate(t *testing.T) {
	matches, _ := filepath.Glob(filepath.Join("..", "corpus", "001_*.txt"))
	if len(matches) != 1 {
		t.Fatalf("001: %d files", len(matches))
	}
	raw, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	got := codes(Tag(string(raw)))
	if slices.Contains(got, "KR") {
		t.Errorf("001 whole: %v has KR", got)
	}
	if len(got) < 2 || got[0] != "KP" || got[1] != "BY" {
		t.Errorf("001 whole: %v, want KP and BY first", got)
	}
}

func TestTagTraps(t *testing.T) {
	tests := []struct {
		text string
		want []string // codes, sorted
	}{
		{"Michael Jordan", nil},
		{"Michael Jordan scored 40 points.", nil},
		{"Jordan Peterson spoke.", nil},
		{"said Mr. Jordan", nil},
		{"He visited Jordan.", []string{"JO"}},
		{"In Jordan, prices rose.", []string{"JO"}},
		{"Jordan and Israel signed.", []string{"IL", "JO"}},
		{"a china cabinet", nil},
		{"the turkey dinner", nil},
		{"chad", nil},
		{"Chad Smith", nil},
		{"troops left Chad on Monday", []string{"TD"}},
		{"Turkey", []string{"TR"}},
		{"Georgia Tech", nil},
		{"Fries sold at the Georgia state fair in Atlanta.", []string{"US"}},
		{"Tbilisi is the capital of Georgia, a state in the Caucasus.", []string{"GE"}},
		{"in Atlanta, Georgia", []string{"US"}},
		{"Armenia, Georgia and Azerbaijan", []string{"AM", "AZ", "GE"}},
		{"Tbilisi, Georgia", []string{"GE"}},
		{"in Decatur, Georgia", nil},
		{"However, Georgia said no.", []string{"GE"}},
		{"Yesterday Jordan said no.", []string{"JO"}},
		{"Visiting Jordan, the minister said", []string{"JO"}},
		{"Michael B. Jordan", nil},
		{"N. Korea fires missile", []string{"KP"}},
		{"S. Korean exports", []string{"KR"}},
		{"Paris, Texas", []string{"US"}},
		{"Paris Hilton", nil},
		{"talks in Paris", []string{"FR"}},
		{"Papua New Guinea", []string{"PG"}},
		{"Guinea-Bissau", []string{"GW"}},
		{"Equatorial Guinea", []string{"GQ"}},
		{"Niger", []string{"NE"}},
		{"Nigeria", []string{"NG"}},
		{"Nigerian and Nigerien troops", []string{"NE", "NG"}},
		{"Soviet Union", nil},
		{"Korean War", nil},
		{"Korean Peninsula", nil},
		{"Korea JoongAng Daily", nil},
		{"United Nations", nil},
		{"UN", nil},
		{"the European Union and NATO", nil},
		{"Non-Aligned Movement", nil},
		{"CIS Games", nil},
		{"DR Congo", []string{"CD"}},
		{"Democratic Republic of the Congo", []string{"CD"}},
		{"Republic of the Congo", []string{"CG"}},
		{"Congo", []string{"CG"}},
		{"Việt Nam", []string{"VN"}},
		{"Viet Nam", []string{"VN"}},
		{"HÀ NỘI", []string{"VN"}},
		{"Hà Nội", []string{"VN"}},
		{"Hanoi", []string{"VN"}},
		{"Ho Chi Minh City", []string{"VN"}},
		{"President Hồ Chí Minh's visits", nil},
		{"London", []string{"GB"}},
		{"French", []string{"FR"}},
		{"Latin American", nil},
		{"Latin Americans", nil},
		{"The US and China", []string{"CN", "US"}},
		{"the U.S. embassy", []string{"US"}},
		{"us", nil},
		{"Us", nil},
		{"TRUST US NOW", nil},
		{"Korea", []string{"KR"}},
		{"Korean", []string{"KR"}},
		{"North Korea", []string{"KP"}},
		{"North Korean", []string{"KP"}},
		{"DPRK", []string{"KP"}},
		{"Democratic People's Republic of Korea", []string{"KP"}},
		{"Republic of Korea", []string{"KR"}},
		{"Pyongyang", []string{"KP"}},
		{"Seoul", []string{"KR"}},
		{"South Korean", []string{"KR"}},
		{"Korea's exports", []string{"KR"}},
		{"Lithuania’s decision", []string{"LT"}},
		{"Kim Il Sung", nil},
		{"Mexico", []string{"MX"}},
		{"New Mexico", []string{"US"}},
		{"New Jersey", []string{"US"}},
		{"New Mexican chile", []string{"US"}},
		{"Jersey", []string{"JE"}},
		{"Gulf of Mexico", nil},
		{"Middle Eastern", nil},
		{"non-Turkish head of state", nil},
		{"UK", []string{"GB"}},
		{"Britain", []string{"GB"}},
		{"British", []string{"GB"}},
		{"Scotland", []string{"GB"}},
		{"Americans", []string{"US"}},
		{"Belarusians", []string{"BY"}},
		{"Khankendi and Shusha", []string{"AZ"}},
		{"Kyiv", []string{"UA"}},
		{"Kiev", []string{"UA"}},
		{"Minsk", []string{"BY"}},
		{"Beijing", []string{"CN"}},
		{"the South China Sea", nil},
		{"Taipei", []string{"TW"}},
		{"Washington Post", nil},
		{"Washington, D.C.", []string{"US"}},
		{"George Washington", nil},
		{"Sino-Russian ties", []string{"CN", "RU"}},
		{"Côte d'Ivoire", []string{"CI"}},
		{"St. Lucia", []string{"LC"}},
		{"Turks and Caicos", []string{"TC"}},
		{"The Hague", []string{"NL"}},
		{"William Hague", nil},
		{"Guinea pigs", nil},
		{"", nil},

		// American states, and the abbreviations of datelines.
		{"Texas", []string{"US"}},
		{"California and Nevada", []string{"US"}},
		{"New Hampshire", []string{"US"}},
		{"West Virginia", []string{"US"}},
		{"in Virginia", []string{"US"}},
		{"District of Columbia", []string{"US"}},
		{"Virginia Woolf", nil},
		{"Indiana Jones", nil},
		{"Gary, Indiana", []string{"US"}},
		{"the Sierra Nevada in Andalusia", []string{"ES"}},
		{"the Colorado Party of Paraguay", []string{"PY"}},
		{"Baja California", []string{"MX"}},
		{"FRESNO, Calif. —", []string{"US"}},
		{"Charleston, W.Va.", []string{"US"}},
		{"Albany, N.Y.", []string{"US"}},
		{"Calif.", nil},                   // an abbreviation needs a place and a comma before it
		{"Smallville, Calif", nil},        // and its full stop
		{"they attended Mass.", nil},      // the liturgy, not Massachusetts
		{"said Prime Minister Kan.", nil}, // a surname, not Kansas

		// A foreign place before an American state is an American town.
		{"PARIS, Texas —", []string{"US"}},
		{"Athens, Georgia", []string{"US"}},
		{"Athens, Ga.", []string{"US"}},
		{"Lebanon, New Hampshire", []string{"US"}},
		{"Moscow, Idaho", []string{"US"}},
		{"Berlin, Conn.", []string{"US"}},
		{"Jordan, Minnesota", []string{"US"}},
		{"Paris", []string{"FR"}},
		{"Athens", []string{"GR"}},
		{"Athens, Ga", []string{"GR"}},
		{"Paris, New Caledonia", []string{"FR", "NC"}},
		{"Moscow, Washington and Beijing", []string{"CN", "RU", "US"}},
		{"London, New York and Tokyo", []string{"GB", "JP", "US"}},
		{"King Abdullah of Jordan", []string{"JO"}},

		// Georgia: the country, unless the text says the state.
		{"Georgia's president in Tbilisi", []string{"GE"}},
		{"ATLANTA, Georgia —", []string{"US"}},
		{"Alabama and Georgia", []string{"US"}},
		{"Georgia, Texas and Florida", []string{"US"}},
		{"Georgia or South Carolina", []string{"US"}},
		{"Russia, Georgia, Ukraine", []string{"GE", "RU", "UA"}},
		{"Georgia and Armenia", []string{"AM", "GE"}},
		{"the United States, Georgia and Ukraine", []string{"GE", "UA", "US"}},
		{"Türkiye, Georgia and Azerbaijan", []string{"AZ", "GE", "TR"}},
		{"Rome, Georgia, and Atlanta", []string{"US"}},
	}
	for _, tt := range tests {
		got := codes(Tag(tt.text))
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tag(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTagPrimaryAndOrder(t *testing.T) {
	type row struct {
		code     string
		mentions int
		primary  bool
	}
	tests := []struct {
		name  string
		texts []string
		want  []row
	}{
		{"half of the most counts", []string{"Belarus, Belarus, Belarus and Belarus. Russia and Russia. China."},
			[]row{{"BY", 4, true}, {"RU", 2, true}, {"CN", 1, false}}},
		{"less than half does not", []string{"Belarus Belarus Belarus Belarus Belarus; Russia, Russia."},
			[]row{{"BY", 5, true}, {"RU", 2, false}}},
		{"one mention among several countries is not primary", []string{"Belarus and Russia."},
			[]row{{"BY", 1, false}, {"RU", 1, false}}},
		{"the lead weighs more", []string{"Belarus signed. Belarus said.", "Russia watched. Russia said. Russia left."},
			[]row{{"RU", 3, true}, {"BY", 2, true}}},
		{"a lone country is primary", []string{"The talks went on.", "Officials in Russia said so."},
			[]row{{"RU", 1, true}}},
		{"ties by name", []string{"Ukraine, Azerbaijan and Chile; Chile and Azerbaijan; Ukraine."},
			[]row{{"AZ", 2, true}, {"CL", 2, true}, {"UA", 2, true}}},
		{"texts are summed", []string{"Belarus", "Belarusian", "Minsk"},
			[]row{{"BY", 3, true}}},
		{"a phrase does not span texts", []string{"North", "Korea"},
			[]row{{"KR", 1, true}}},
		{"a namesake counts only its state", []string{"PARIS, Texas — Paris, Texas, lies near Oklahoma."},
			[]row{{"US", 3, true}}},
		{"a Georgia dateline after an American city is the state", []string{
			"ATLANTA, Georgia — Officials in Fulton County and in neighbouring Alabama said on Monday."},
			[]row{{"US", 2, true}}},
		{"Georgia after its own city is the country, and the same place", []string{"Tbilisi, Georgia"},
			[]row{{"GE", 1, true}}},
		{"primary before mentions", []string{"Belarus Belarus Belarus Belarus Belarus Belarus Russia Russia Russia; China China"},
			[]row{{"BY", 6, true}, {"RU", 3, true}, {"CN", 2, false}}},
	}
	for _, tt := range tests {
		got := Tag(tt.texts...)
		var rows []row
		for _, c := range got {
			rows = append(rows, row{c.Code, c.Mentions, c.Primary})
		}
		if !slices.Equal(rows, tt.want) {
			t.Errorf("%s: Tag(%q) = %v, want %v", tt.name, tt.texts, rows, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code   string
		want   Country
		wantOK bool
	}{
		{"BY", Country{"BY", "Belarus", "🇧🇾"}, true},
		{"by", Country{"BY", "Belarus", "🇧🇾"}, true},
		{"kP", Country{"KP", "North Korea", "🇰🇵"}, true},
		{"KR", Country{"KR", "South Korea", "🇰🇷"}, true},
		{"XK", Country{"XK", "Kosovo", "🇽🇰"}, true},
		{"XX", Country{}, false},
		{"YU", Country{}, false}, // Yugoslavia: withdrawn
		{"", Country{}, false},
		{"B", Country{}, false},
		{"BYR", Country{}, false},
		{"B1", Country{}, false},
	}
	for _, tt := range tests {
		got, ok := Lookup(tt.code)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestRef: every country of the list has a Ref that gives it back, in
// either case of its code, and nothing else has one.
func TestRef(t *testing.T) {
	list := theList().list
	if len(list) < 240 {
		t.Fatalf("%d countries", len(list))
	}
	seen := map[Ref]bool{}
	for _, c := range list {
		r := RefOf(c.Code)
		if r == 0 || seen[r] || r.Country() != c || RefOf(strings.ToLower(c.Code)) != r {
			t.Errorf("%s: Ref %d gives %+v (lower case %d)", c.Code, r, r.Country(), RefOf(strings.ToLower(c.Code)))
		}
		seen[r] = true
	}
	for _, code := range []string{"", "XX", "YU", "B", "BYR", "B1", "\x00A"} {
		if r := RefOf(code); r != 0 {
			t.Errorf("RefOf(%q) = %d, want 0", code, r)
		}
	}
	for _, r := range []Ref{0, 26*26 + 1, 65535} {
		if c := r.Country(); c != (Country{}) {
			t.Errorf("Ref(%d).Country() = %+v, want none", r, c)
		}
	}
}

func TestShortNames(t *testing.T) {
	tests := map[string]string{
		"KP": "North Korea", "KR": "South Korea", "RU": "Russia", "VN": "Vietnam", "US": "United States",
		"GB": "United Kingdom", "BY": "Belarus", "AZ": "Azerbaijan", "CN": "China", "LT": "Lithuania",
		"UA": "Ukraine", "IR": "Iran", "SY": "Syria", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
		"MD": "Moldova", "LA": "Laos", "TW": "Taiwan", "CZ": "Czechia", "CD": "DR Congo", "CG": "Congo",
		"LY": "Libya", "BN": "Brunei", "MK": "North Macedonia", "PS": "Palestine", "VA": "Vatican City",
	}
	for code, want := range tests {
		if c, _ := Lookup(code); c.Name != want {
			t.Errorf("Lookup(%q).Name = %q, want %q", code, c.Name, want)
		}
	}
	formal := []string{"(", ",", "Federation", "Islamic Republic", "People's", "Arab Republic", "Jamahiriya",
		"Darussalam", "United Republic", "Province of", "Special Administrative", "Republic of"}
	for _, c := range table().list {
		for _, f := range formal {
			if strings.Contains(c.Name, f) {
				t.Errorf("%s: name %q is formal (%q)", c.Code, c.Name, f)
			}
		}
		if len(c.Flag) != 8 {
			t.Errorf("%s: flag %q is not a regional-indicator pair", c.Code, c.Flag)
		}
	}
}

// TestTables checks the project's own tables: every code known, no name
// given to two countries or to a country and a stop phrase, every name
// capitalised, and every country findable by its short name.
func TestTables(t *testing.T) {
	g := table()
	for _, c := range g.conflicts {
		t.Error(c)
	}
	if n := len(g.list); n < 245 || n > maxCountries {
		t.Errorf("%d countries, want about 250", n)
	}
	for _, c := range g.list {
		got := codes(Tag(c.Name))
		if !slices.Equal(got, []string{c.Code}) && !isAmbiguous(g, c.Name) {
			t.Errorf("Tag(%q) = %v, want [%s]", c.Name, got, c.Code)
		}
	}
}

func isAmbiguous(g *gazetteer, name string) bool {
	for _, p := range g.candidates(name) {
		if len(p.words) == 1 {
			return p.amb != ambNone
		}
	}
	return false
}

func TestTagAllocs(t *testing.T) {
	text := benchText()
	Tag(text) // build the table
	if n := testing.AllocsPerRun(20, func() { Tag(text) }); n > 1 {
		t.Errorf("Tag allocates %v times a call, want at most 1 (the result)", n)
	}
	if n := testing.AllocsPerRun(20, func() { Tag("nothing to see here, Michael") }); n != 0 {
		t.Errorf("Tag with no country allocates %v times, want 0", n)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"North Korea's Kim", "U.S.", "Việt Nam", "Michael Jordan", "\xff\xfeKorea", "non-Turkish", "Paris, Texas", "Athens, Ga.", "ATLANTA, Georgia —"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		total := 0
		for _, c := range Tag(s) {
			if c.Mentions < 1 {
				t.Fatalf("Tag(%q): %s with %d mentions", s, c.Code, c.Mentions)
			}
			total += c.Mentions
		}
		words := 0
		fold.Words(s, func(fold.Word) { words++ })
		if total > words {
			t.Fatalf("Tag(%q): %d mentions in %d words", s, total, words)
		}
	})
}

// benchText is about 2.4 KB of wire copy that mixes country names,
// demonyms, cities and the traps.
func benchText() string {
	return `Belarusian President Alexander Lukashenko met his Vietnamese counterpart in Minsk on Tuesday, ` +
		`the latest sign that Belarus is looking east as Western sanctions bite. The two leaders discussed ` +
		`potash, tractors and dairy exports, and signed a memorandum on education, the Belarusian Telegraph ` +
		`Agency reported. Officials in Hanoi said trade between Viet Nam and Belarus rose by a fifth last year.

Analysts in Moscow and Beijing watched closely. Russia remains Belarus's main partner, and Chinese ` +
		`investment in the Great Stone industrial park near the capital has grown steadily, although it has ` +
		`not matched the hopes raised a decade ago. "We are open to partners in Asia, Africa and Latin America," ` +
		`the foreign minister told reporters at the United Nations in New York, adding that the country would ` +
		`keep working with the Eurasian Economic Union and the Commonwealth of Independent States.

The visit comes weeks after North Korean leader Kim Jong Un invited Lukashenko to Pyongyang, and as ` +
		`South Korea weighs how far to engage with Minsk. A spokesman for the ministry in Seoul declined to ` +
		`comment. Lithuania, which borders Belarus, has closed two crossings, and Polish officials in Warsaw ` +
		`warned of migrants pushed towards the frontier. Ukrainian officials in Kyiv said they were watching ` +
		`troop movements along the northern border, while the European Union prepared new measures.

In Washington, the State Department said the United States would review its policy; American diplomats ` +
		`in Vilnius met their British, French and German colleagues. Turkey and Azerbaijan, which have courted ` +
		`Minsk, sent delegations to Baku for talks on transit through the South Caucasus, and Georgian ` +
		`officials in Tbilisi joined by video. Kazakhstan and Uzbekistan offered rail links to the Chinese ` +
		`border, and Indian and Japanese firms asked about fertiliser contracts.

Critics were unimpressed. "It is a shop window," said a former diplomat who served in London and Paris. ` +
		`Michael Jordan, a trade consultant, said buyers in Mexico and Brazil cared about price, not politics, ` +
		`and that the Korean War and the Soviet Union were history to them. The Korea JoongAng Daily and the ` +
		`Vietnam News Agency covered the visit, as did Xinhua and the Associated Press.`
}

func BenchmarkTag(b *testing.B) {
	text := benchText()
	Tag(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tag(text)
	}
}

// BenchmarkBuild measures what the first Tag or Lookup pays once: the
// time to build the gazetteer (names, cities, other languages) and the
// heap it keeps (heap-bytes).
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		build()
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g := build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(g)
	b.ReportMetric(float64(after.HeapAlloc)-float64(before.HeapAlloc), "heap-bytes")
}

// BenchmarkTagCorpus tags the five bundled articles, whole.
func BenchmarkTagCorpus(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var texts []string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Tag(t)
		}
	}
}
