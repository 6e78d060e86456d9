// Package articlestest generates synthetic news files for tests and
// benchmarks: deterministic, about 2.4 KB each like real wire copy, with a
// vocabulary that grows with the corpus as real news does.
package articlestest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// File is one generated news file.
type File struct {
	Name string // "gen/00001.txt"
	Data []byte
}

// Seeds of the generator. File i is generated from its own stream, so the
// first n files are the same whatever the size of the corpus.
const (
	seedVocab = 0x6461_7465_6c69_6e65 // "dateline"
	seedFile  = 0x7769_7265_636f_7079 // "wirecopy"
)

// Generate returns n news files named gen/00001.txt, gen/00002.txt, ….
func Generate(n int) []File {
	files := make([]File, n)
	for i := range files {
		files[i] = generate(i)
	}
	return files
}

// WriteDir writes Generate(n) under dir (as dir/gen/00001.txt, …).
func WriteDir(tb testing.TB, dir string, n int) {
	tb.Helper()
	for _, f := range Generate(n) {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatalf("writing generated corpus: %v", err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			tb.Fatalf("writing generated corpus: %v", err)
		}
	}
}

func generate(i int) File {
	r := rand.New(rand.NewPCG(seedFile, uint64(i)))
	g := &gen{r: r, zipf: rand.NewZipf(r, 1.1, 4, uint64(len(pseudoWords())-1))}
	return File{Name: fmt.Sprintf("gen/%05d.txt", i+1), Data: g.article()}
}

type gen struct {
	r    *rand.Rand
	zipf *rand.Zipf
	home country // the country the story is about
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) article() []byte {
	g.home = countries[g.r.IntN(len(countries))]
	var b strings.Builder
	target := 1300 + g.r.IntN(2200) // about 2.4 KB on average, as wire copy

	format := g.r.IntN(100)
	switch {
	case format < 8: // an agency dateline instead of a headline
		fmt.Fprintf(&b, "%s, %d %s, %s\n\n", g.home.capital, 1+g.r.IntN(28), time.Month(1+g.r.IntN(12)), g.pick(agencies))
	case format < 45:
		fmt.Fprintf(&b, " date %s %s\n\n", g.date(), g.headline())
	default:
		b.WriteString(g.headline())
		b.WriteString("\n\n")
	}
	lead := g.paragraph()
	if g.r.IntN(100) < 25 {
		lead = strings.ToUpper(g.home.capital) + " — " + lead
	}
	b.WriteString(lead)
	for b.Len() < target {
		b.WriteString("\n\n")
		b.WriteString(g.paragraph())
	}
	switch c := g.r.IntN(100); {
	case c < 12:
		b.WriteString(" — " + g.pick(agencies))
	case c < 20:
		b.WriteString("\n\n" + g.pick(agencies))
	}
	b.WriteString("\n")
	return []byte(b.String())
}

func (g *gen) date() string {
	return fmt.Sprintf("%04d-%02d-%02d", 2019+g.r.IntN(7), 1+g.r.IntN(12), 1+g.r.IntN(28))
}

func (g *gen) headline() string {
	words := []string{g.subject()}
	for n := 4 + g.r.IntN(7); len(words) < n; {
		words = append(words, g.word())
	}
	return capitalise(strings.Join(words, " "))
}

func (g *gen) paragraph() string {
	n := 1 + g.r.IntN(3)
	ss := make([]string, n)
	for i := range ss {
		ss[i] = g.sentence()
	}
	return strings.Join(ss, " ")
}

func (g *gen) sentence() string {
	words := []string{g.subject()}
	for n := 10 + g.r.IntN(18); len(words) < n; {
		w := g.word()
		if g.r.IntN(100) < 7 {
			w += ","
		}
		words = append(words, w)
	}
	body := strings.TrimSuffix(strings.Join(words, " "), ",")
	if g.r.IntN(100) < 12 {
		return "“" + capitalise(body) + ",” said " + g.person() + "."
	}
	return capitalise(body) + "."
}

// subject opens a sentence: someone or something doing something.
func (g *gen) subject() string {
	switch g.r.IntN(5) {
	case 0:
		return g.home.demonym + " " + g.pick(roles) + " " + g.person()
	case 1:
		return "the " + g.pick(content)
	case 2:
		return g.person()
	case 3:
		return g.country()
	}
	return "the " + g.pick(adjectives) + " " + g.pick(content)
}

// word is one word of running text.
func (g *gen) word() string {
	x := g.r.IntN(1000)
	switch {
	case x < 400:
		return g.pick(function)
	case x < 700:
		return g.pick(content)
	case x < 780:
		return g.pick(adjectives)
	case x < 880:
		return pseudoWords()[g.zipf.Uint64()]
	case x < 940:
		return g.country()
	case x < 960:
		return g.person()
	case x < 985:
		return g.number()
	case x < 988:
		return g.pick(rare)
	}
	return g.pick(months)
}

func (g *gen) country() string {
	c := g.home
	if g.r.IntN(3) == 0 {
		c = countries[g.r.IntN(len(countries))]
	}
	switch g.r.IntN(3) {
	case 0:
		return c.name
	case 1:
		return c.demonym
	}
	return c.capital
}

func (g *gen) person() string {
	return g.pick(firstNames) + " " + capitalise(pseudoWords()[g.zipf.Uint64()])
}

func (g *gen) number() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%d", 2+g.r.IntN(98))
	case 1:
		return fmt.Sprintf("%d.%d percent", g.r.IntN(40), g.r.IntN(10))
	case 2:
		return fmt.Sprintf("%d,%03d", 1+g.r.IntN(99), g.r.IntN(1000))
	}
	return fmt.Sprintf("%d", 1990+g.r.IntN(36))
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// pseudoWords are made-up words, some in Vietnamese spelling: the long
// tail of names and terms that makes a real vocabulary tens of thousands
// of words.
var pseudoWords = sync.OnceValue(func() []string {
	r := rand.New(rand.NewPCG(seedVocab, 1))
	onsets := strings.Fields("b c d f g h j k l m n p r s t v z br dr gr kr pl st tr sh ch kh zh")
	vowels := strings.Fields("a e i o u a e o ia ou ei ă ê ô ơ ư")
	codas := strings.Fields("n r s l k m t ng v sk")
	seen := make(map[string]bool)
	var words []string
	for len(words) < 40000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(onsets[r.IntN(len(onsets))])
			v := vowels[r.IntN(len(vowels))]
			if r.IntN(8) != 0 { // mostly plain Latin
				v = vowels[r.IntN(9)]
			}
			b.WriteString(v)
			if r.IntN(3) == 0 {
				b.WriteString(codas[r.IntN(len(codas))])
			}
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
})

type country struct{ name, demonym, capital string }

var countries = []country{
	{"Belarus", "Belarusian", "Minsk"}, {"Russia", "Russian", "Moscow"},
	{"Việt Nam", "Vietnamese", "Hà Nội"}, {"Azerbaijan", "Azerbaijani", "Baku"},
	{"North Korea", "North Korean", "Pyongyang"}, {"South Korea", "South Korean", "Seoul"},
	{"France", "French", "Paris"}, {"Britain", "British", "London"},
	{"Germany", "German", "Berlin"}, {"China", "Chinese", "Beijing"},
	{"Ukraine", "Ukrainian", "Kyiv"}, {"Lithuania", "Lithuanian", "Vilnius"},
	{"Poland", "Polish", "Warsaw"}, {"Japan", "Japanese", "Tokyo"},
	{"Türkiye", "Turkish", "Ankara"}, {"India", "Indian", "New Delhi"},
	{"Brazil", "Brazilian", "Brasília"}, {"Kazakhstan", "Kazakh", "Astana"},
	{"Egypt", "Egyptian", "Cairo"}, {"United States", "American", "Washington"},
	{"Iran", "Iranian", "Tehran"}, {"Italy", "Italian", "Rome"},
	{"Spain", "Spanish", "Madrid"}, {"Mexico", "Mexican", "Mexico City"},
	{"Nigeria", "Nigerian", "Abuja"}, {"Indonesia", "Indonesian", "Jakarta"},
	{"Serbia", "Serbian", "Belgrade"}, {"Hungary", "Hungarian", "Budapest"},
	{"Georgia", "Georgian", "Tbilisi"}, {"Uzbekistan", "Uzbek", "Tashkent"},
}

var agencies = strings.Fields("Reuters AFP AP Yonhap VNS AZERTAC BelTA TASS Xinhua Kyodo Anadolu")

var months = strings.Fields("January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

var firstNames = strings.Fields(`Alexander Andrew Anna Dmitry Elena Ilham Jae Kim Lee Maria Nguyen Olga Pierre Sergei
	Tran Vladimir Yuki Zhang Ahmed Fatima James Sarah Michael Aleksandr Roman Li Wang Hiroshi Carlos Ana
	Mehmet Ayşe Piotr Katarzyna Ivan Natalia Viktor Hồ Tô Lâm Nguyễn Giovanni Sofia Ali Hassan Priya Raj`)

var roles = strings.Fields(`President minister ambassador spokesperson envoy official diplomat analyst
	economist governor mayor general commander director chairman chief negotiator lawmaker adviser`)

var rare = strings.Fields(`potash tractor tractors fertilizer harvester combine phosphate turbine pipeline
	drone refinery semiconductor wheat barley uranium lithium`)

var function = strings.Fields(`the the the the of of of and and and to to to in in in a a on for for with
	that that by as at from is was has have had will would said its their which be were an it this
	after over between also more than new two three not but are been who into about against during
	while under since before such other all some most many both each our his her they he she we
	there these those could should may might can must up out only so if when where how`)

var adjectives = strings.Fields(`bilateral economic political strategic military regional international
	national foreign diplomatic official joint annual major significant traditional mutual historic
	global local western eastern northern southern nuclear agricultural industrial financial
	commercial cultural educational humanitarian technical digital public private senior former
	recent current possible key direct further long-standing high-level multilateral sustainable`)

var content = strings.Fields(`government president minister ministry talks visit meeting summit agreement
	trade cooperation relations ties partnership delegation country countries nation nations people
	economy growth exports imports investment investors market markets prices energy gas oil security
	defence border troops forces war conflict peace ceasefire sanctions negotiations dialogue treaty
	parliament election elections vote opposition protest protests police court law policy reform
	budget tax taxes bank banks currency inflation debt loan loans company companies industry
	factory factories workers jobs unemployment production output supply supplies demand crisis
	report statement spokesman officials leaders leader region regions capital city cities province
	village farmers agriculture harvest grain food water climate weather storm flood drought health
	hospital vaccine pandemic school schools students university education culture festival museum
	exhibition tourism tourists flights airport railway road roads bridge port ports shipping cargo
	transit route routes logistics technology science research innovation internet data network
	media newspaper journalists television broadcast agency embassy consulate envoy relations issue
	issues challenges opportunities projects project plan plans programme strategy framework
	memorandum commission committee council union alliance bloc organisation forum conference
	anniversary ceremony celebration delegations exchange exchanges visitors partners sector sectors
	machinery equipment vehicles cars trucks aircraft ships satellite missile missiles weapons army
	navy officers soldiers victims refugees migrants aid assistance support development infrastructure
	construction housing electricity power plant plants reactor mining mine mines metals steel
	aluminium copper gold textile textiles dairy butter cheese milk meat fish fruit vegetables rice
	wheat coffee tea sugar exporter exporters importer buyers sellers contracts contract deal deals
	billion million thousand percent week weeks month months year years decade today yesterday
	morning evening night spring summer autumn winter history future past time times level levels
	level rate rates figures figures share shares stake growth decline increase rise fall record
	says said told added noted stressed emphasised underlined announced signed agreed discussed
	called urged warned welcomed expressed highlighted confirmed rejected denied visited opened
	launched expanded increased reduced continued remained became began ended held hosted met
	strengthen expand develop promote boost deepen improve enhance build support ensure attend`)
