// Package evaltest is a labelled corpus for judging the search's ranking:
// a few thousand generated news articles on three dozen stories, told many
// times over, with passing mentions, articles that share a story's words in
// another sense, and near-identical copies of wire stories; and some forty
// information needs, each a query as a person types it (some misspelled,
// some short) with graded judgements of every article. It is generated
// deterministically, so a figure measured on it can be measured again.
package evaltest

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
)

// File is one generated news file.
type File struct {
	Name string // "eval/0001.txt"
	Data []byte
}

// ID is the article ID the loader gives a file: its name without the extension.
func (f File) ID() string { return strings.TrimSuffix(f.Name, ".txt") }

// Need is one information need.
type Need struct {
	Query  string
	Grades map[string]int // article ID → 3 about it, 2 partly about it, 1 mentions it; absent 0
}

// Corpus is the labelled corpus.
type Corpus struct {
	Files []File
	Needs []Need
	story map[string]string // article ID → the story it tells: a copy shares its original's
}

// Grades, as in the judgements.
const (
	gradeAbout   = 3
	gradePartly  = 2
	gradeMention = 1
	relevant     = gradePartly // P@5 counts hits of this grade and above
)

// Generate builds the corpus.
func Generate() *Corpus {
	g := &gen{r: rand.New(rand.NewPCG(0x6576616c, 0x636f7270)), story: map[string]string{}}
	grades := map[string]map[string]int{} // topic → article → grade
	grade := func(t, id string, gr int) {
		if grades[t] == nil {
			grades[t] = map[string]int{}
		}
		grades[t][id] = max(grades[t][id], gr)
	}
	other := func(t int) int {
		u := g.r.IntN(len(topics) - 1)
		if u >= t {
			u++
		}
		return u
	}
	var originals []int // files that may be copied
	for ti, t := range topics {
		for range 4 + g.r.IntN(10) {
			var mention *topic
			if g.r.IntN(100) < 40 {
				mention = &topics[other(ti)]
			}
			id := g.add(g.pick(t.heads), g.body(&t, nil, mention, 65), t.dateline)
			grade(t.id, id, gradeAbout)
			if mention != nil {
				grade(mention.id, id, gradeMention)
			}
			originals = append(originals, len(g.files)-1)
		}
		for range 6 {
			u := &topics[other(ti)]
			id := g.add(g.pick(t.heads), g.body(&t, u, nil, 55), t.dateline)
			grade(t.id, id, gradeAbout)
			grade(u.id, id, gradePartly)
		}
		for range 12 {
			g.add(t.traps[0], g.trapBody(&t), g.pick(datelines))
		}
	}
	for range 1500 {
		var mention *topic
		if g.r.IntN(100) < 50 {
			mention = &topics[g.r.IntN(len(topics))]
		}
		id := g.add(g.genericHead(), g.body(nil, nil, mention, 0), g.pick(datelines))
		if mention != nil {
			grade(mention.id, id, gradeMention)
		}
	}
	// Wire copies: the same story again, lightly edited, under a new name.
	for _, i := range originals {
		if g.r.IntN(100) >= 15 {
			continue
		}
		f := g.files[i]
		for range 1 + g.r.IntN(2) {
			id := g.copyOf(f)
			for t, gs := range grades {
				if gr, ok := gs[f.ID()]; ok {
					grade(t, id, gr)
				}
			}
		}
	}
	c := &Corpus{Files: g.files, story: g.story}
	for _, n := range needs {
		gs := map[string]int{}
		for _, t := range n.topics {
			for id, gr := range grades[t] {
				gs[id] = max(gs[id], gr)
			}
		}
		c.Needs = append(c.Needs, Need{Query: n.query, Grades: gs})
	}
	return c
}

// Story returns the story an article tells: copies of a story share it.
func (c *Corpus) Story(id string) string {
	if s, ok := c.story[id]; ok {
		return s
	}
	return id
}

// Score returns nDCG@5 and P@5 of the articles ranked for need i, best
// first. A copy of a story already ranked higher counts as irrelevant: it
// tells the reader nothing new. The gain of grade g is 2^g − 1.
func (c *Corpus) Score(i int, ranked []string) (ndcg, p5 float64) {
	n := c.Needs[i]
	seen := map[string]bool{}
	dcg, hits := 0.0, 0
	for k, id := range ranked[:min(5, len(ranked))] {
		st := c.Story(id)
		gr := n.Grades[id]
		if seen[st] {
			gr = 0
		}
		seen[st] = true
		dcg += (math.Pow(2, float64(gr)) - 1) / math.Log2(float64(k)+2)
		if gr >= relevant {
			hits++
		}
	}
	best := map[string]int{}
	for id, gr := range n.Grades {
		best[c.Story(id)] = max(best[c.Story(id)], gr)
	}
	var ideal []int
	for _, gr := range best {
		ideal = append(ideal, gr)
	}
	slices.Sort(ideal)
	slices.Reverse(ideal)
	idcg := 0.0
	for k, gr := range ideal[:min(5, len(ideal))] {
		idcg += (math.Pow(2, float64(gr)) - 1) / math.Log2(float64(k)+2)
	}
	if idcg == 0 {
		return 0, 0
	}
	return dcg / idcg, float64(hits) / 5
}

type gen struct {
	r     *rand.Rand
	files []File
	story map[string]string
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// add files an article and returns its ID.
func (g *gen) add(title string, body []string, dateline string) string {
	var b strings.Builder
	fmt.Fprintf(&b, " date %04d-%02d-%02d %s\n\n", 2023+g.r.IntN(3), 1+g.r.IntN(12), 1+g.r.IntN(28), title)
	for i, p := range body {
		if i == 0 && g.r.IntN(100) < 40 {
			p = dateline + " — " + p
		}
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	if g.r.IntN(100) < 50 {
		b.WriteString("— " + g.pick(agencies) + "\n")
	}
	name := fmt.Sprintf("eval/%04d.txt", len(g.files)+1)
	g.files = append(g.files, File{Name: name, Data: []byte(b.String())})
	return strings.TrimSuffix(name, ".txt")
}

// copyOf files a lightly edited copy of f: a word or a number changed, a
// line of credit added, and returns its ID.
func (g *gen) copyOf(f File) string {
	text := string(f.Data)
	switch g.r.IntN(3) {
	case 0:
		text = strings.Replace(text, " said ", " told reporters ", 1)
	case 1:
		text = strings.Replace(text, " percent", " per cent", 1)
	default:
		text = strings.Replace(text, "\n\n", "\n\nUPDATED: ", 1)
	}
	text = strings.TrimRight(text, "\n") + "\n\n— " + g.pick(agencies) + "\n"
	name := fmt.Sprintf("eval/%04d.txt", len(g.files)+1)
	g.files = append(g.files, File{Name: name, Data: []byte(text)})
	id := strings.TrimSuffix(name, ".txt")
	orig := f.ID()
	if s, ok := g.story[orig]; ok {
		orig = s
	}
	g.story[id] = orig
	return id
}

// body writes the paragraphs of an article: sentences about t (share
// percent of them, when t is set), some about also, a passing mention, and
// sentences of general news.
func (g *gen) body(t, also, mention *topic, share int) []string {
	paras := 4 + g.r.IntN(5)
	var out []string
	mentioned := false
	for p := range paras {
		n := 2 + g.r.IntN(3)
		var ss []string
		for range n {
			x := g.r.IntN(100)
			switch {
			case t != nil && x < share:
				ss = append(ss, g.fill(g.pick(t.facts)))
			case also != nil && x < share+25:
				ss = append(ss, g.fill(g.pick(also.facts)))
			default:
				ss = append(ss, g.fill(g.pick(generic)))
			}
		}
		if mention != nil && !mentioned && (p == paras-1 || g.r.IntN(paras) == 0) {
			ss = append(ss, mention.mention)
			mentioned = true
		}
		out = append(out, strings.Join(ss, " "))
	}
	return out
}

// trapBody is an article that uses t's words in another sense.
func (g *gen) trapBody(t *topic) []string {
	body := g.body(nil, nil, nil, 0)
	body[0] = t.traps[1] + " " + body[0]
	if len(body) > 2 {
		body[2] = t.traps[1] + " " + body[2]
	}
	return body
}

// fill replaces the slots of a template and sometimes frames the sentence.
func (g *gen) fill(s string) string {
	for strings.Contains(s, "{n}") {
		s = strings.Replace(s, "{n}", fmt.Sprint(2+g.r.IntN(90)), 1)
	}
	s = strings.ReplaceAll(s, "{day}", g.pick(weekdays))
	s = strings.ReplaceAll(s, "{who}", g.pick(officials))
	switch g.r.IntN(10) {
	case 0:
		s = "On " + g.pick(weekdays) + ", " + lowerFirst(s)
	case 1:
		s = strings.TrimSuffix(s, ".") + ", " + g.pick(attributions) + "."
	}
	return s
}

func (g *gen) genericHead() string { return g.pick(genericHeads) }

func lowerFirst(s string) string {
	if s == "" || strings.HasPrefix(s, "I ") {
		return s
	}
	first := strings.Fields(s)[0]
	if strings.ToLower(first[:1]) != first[:1] && strings.ToLower(first[1:]) == first[1:] && len(first) > 1 && !proper[first] {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

var proper = map[string]bool{"Belarus": true, "Japan": true, "Greek": true, "Gordon": true, "Ukraine": true, "Mexico": true, "Kenya": true,
	"Australia": true, "Brazil": true, "Russia": true, "Iran": true, "India": true, "Turkey": true, "Germany": true, "Egyptian": true}

var (
	weekdays     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	officials    = []string{"A government spokesman", "The foreign minister", "A senior official", "The economy minister", "An opposition leader", "A spokeswoman for the ministry", "The president", "An analyst at a Brussels think tank"}
	attributions = []string{"officials said", "according to state media", "a spokesman said", "the ministry said in a statement", "analysts said", "local media reported"}
	agencies     = []string{"Reuters", "AFP", "AP", "Yonhap", "Kyodo", "ANSA", "EFE", "PTI", "Xinhua", "dpa"}
	datelines    = []string{"LONDON", "PARIS", "BERLIN", "ROME", "MADRID", "NEW YORK", "TOKYO", "NAIROBI", "SYDNEY", "TORONTO"}
	genericHeads = []string{"City council approves new budget", "Storm brings heavy snow to the north", "Stock markets end week higher", "Local team wins cup final",
		"Hospital waiting lists grow", "New museum opens to the public", "Train strike disrupts commuters", "Housing prices edge up", "Minister visits flooded farms",
		"School exam results published", "Airport expansion plan approved", "Heatwave warning issued", "Tech firm announces job cuts", "Festival draws record crowds",
		"Police investigate bank robbery", "Supermarket prices stabilise"}
	generic = []string{
		"The council said the budget would be published next week.",
		"Shares in Europe closed higher on {day}, led by technology stocks.",
		"Forecasters expect temperatures to drop over the weekend.",
		"The ministry did not respond to a request for comment.",
		"Local businesses said trade had been slow since the start of the year.",
		"The report will be presented to parliament in the spring.",
		"Opposition parties criticised the plan as too little, too late.",
		"{who} said further talks were planned for next month.",
		"The figures were released by the national statistics office.",
		"Residents said they had not been consulted about the changes.",
		"The company said it would invest {n} million dollars over five years.",
		"Critics said the measures would hit the poorest households hardest.",
		"Trade unions said they would study the proposals closely.",
		"The decision was welcomed by business groups.",
		"Prices of bread and milk rose for the third month in a row.",
		"The new rules take effect at the start of next year.",
		"Officials declined to give details of the talks.",
		"Turnout at the meeting was lower than expected.",
		"Traffic was diverted while workers repaired the road.",
		"The museum will be open every day except Monday.",
		"{n} people attended the event, organisers said.",
		"The committee will meet again after the summer break.",
		"Demand for rental homes has outstripped supply in the capital.",
		"The central square was closed to traffic for the parade.",
		"Hospitals reported a rise in patients with respiratory infections.",
		"The airline said flights would operate as normal.",
		"Exports of cars fell slightly in the last quarter.",
		"The mayor thanked volunteers for their work.",
		"A spokesman said the investigation was continuing.",
		"Schools will reopen after the holidays on {day}.",
		"The government has promised to reduce red tape for small firms.",
		"Energy bills are expected to fall in the autumn.",
		"The court adjourned the case until next month.",
		"Shoppers returned to the high street during the sales.",
		"Officials said it was too early to assess the damage.",
		"The plan has the support of most regional governments.",
		"Economists said growth was likely to remain modest.",
		"Farmers complained about the cost of fuel and fertiliser.",
		"The agreement still needs the approval of lawmakers.",
		"Visitors were advised to book tickets in advance.",
		"The council voted to ban parking on the high street.",
		"Water rates will rise by {n} percent next year.",
		"Flood defences along the river were tested last winter.",
		"Protests outside the town hall were peaceful.",
		"The reform of local taxes was delayed again.",
		"A new bus route will launch in the spring.",
		"The health minister promised to cut waiting times.",
		"The bill for the repairs reached {n} thousand dollars.",
		"Leaders will meet at a summit in the autumn.",
		"Export figures for the month were revised up.",
		"The media were not allowed into the meeting.",
		"Security was tight at the stadium.",
		"The coalition of charities called for more funding.",
		"Output at the factory fell during the strike.",
		"The election of a new chairman is due in June.",
	}
)
