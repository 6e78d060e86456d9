package store

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"dateline/articles"
)

// Counts are the figures the map, the timeline and the countries-together
// list draw for one scope: a set of articles, such as a search's results or
// the whole store.
type Counts struct {
	Articles  int        // in the scope
	Countries []Country  // the scope's articles per country, most first, then by name
	Focus     string     // the country Days, Undated and Together are about; "" for the whole scope
	Days      []DayCount // the focus's articles with a full date, per day, oldest first
	Undated   int        // articles of the focus without a full date (none, or no year)
	Together  []Country  // with a focus: the countries its articles also mention, most first
}

// DayCount is how many articles were published on one day.
type DayCount struct {
	Date  articles.Date // always of full precision
	Count int
}

// cancelEvery is how many articles are counted between two looks at the
// context: about a tenth of a millisecond of work.
const cancelEvery = 4096

// parallelFrom is the scope from which the counting is split across the
// cores; below it, starting goroutines costs more than it saves.
const parallelFrom = 20_000

// summaryFrom is the scope from which the counting reads the store's
// summary: a smaller one is counted from its articles as fast.
const summaryFrom = 5_000

// CountScope counts the articles of scope per country and, for focus (an
// ISO code, or "" for all of them), per day and per country mentioned in
// the same articles. Its cost grows with the scope, so the app runs it in a
// command; it stops with the context's error when ctx is done.
func (s *Store) CountScope(ctx context.Context, scope []*articles.Article, focus string) (*Counts, error) {
	focus = strings.ToUpper(focus)
	chunks := 1
	if len(scope) >= parallelFrom {
		chunks = runtime.GOMAXPROCS(0)
	}
	// A large scope is counted from the store's summary, which reads a
	// fiftieth of the memory the articles take.
	sum, rows := s.summaryOf(scope)
	tallies := make([]*tally, chunks)
	var wg sync.WaitGroup
	for k := range chunks {
		lo, hi := k*len(scope)/chunks, (k+1)*len(scope)/chunks
		tallies[k] = newTally()
		if sum != nil {
			wg.Go(func() { tallies[k].countSummary(ctx, sum, rows, lo, hi, focus) })
		} else {
			part := scope[lo:hi]
			wg.Go(func() { tallies[k].count(ctx, part, focus) })
		}
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := tallies[0]
	for _, o := range tallies[1:] {
		t.merge(o)
	}
	c := &Counts{Articles: len(scope), Focus: focus, Undated: t.undated}
	c.Countries = t.countries.sorted()
	c.Together = t.together.sorted()
	c.Days = make([]DayCount, 0, len(t.days))
	for key, n := range t.days {
		d := articles.Date{Year: int(key / 10000), Month: time.Month(key / 100 % 100), Day: int(key % 100), Precision: articles.DateFull}
		c.Days = append(c.Days, DayCount{Date: d, Count: n})
	}
	slices.SortFunc(c.Days, func(a, b DayCount) int { return b.Date.Compare(a.Date) })
	return c, nil
}

// tally is one core's share of the counting.
type tally struct {
	countries, together codeCounts
	days                map[int32]int // yyyymmdd → articles
	undated             int
}

func newTally() *tally {
	return &tally{countries: newCodeCounts(), together: newCodeCounts(), days: make(map[int32]int, 1024)}
}

func (t *tally) count(ctx context.Context, scope []*articles.Article, focus string) {
	for i, a := range scope {
		if i%cancelEvery == cancelEvery-1 && ctx.Err() != nil {
			return
		}
		inFocus := focus == ""
		for j := range a.Countries {
			m := &a.Countries[j]
			t.countries.add(m)
			inFocus = inFocus || m.Code() == focus
		}
		if !inFocus {
			continue
		}
		if d := a.Date; d.Precision == articles.DateFull {
			t.days[int32(d.Year*10000+int(d.Month)*100+d.Day)]++
		} else {
			t.undated++
		}
		if focus != "" {
			for j := range a.Countries {
				if m := &a.Countries[j]; m.Code() != focus {
					t.together.add(m)
				}
			}
		}
	}
}

func (t *tally) merge(o *tally) {
	t.countries.merge(o.countries)
	t.together.merge(o.together)
	for k, n := range o.days {
		t.days[k] += n
	}
	t.undated += o.undated
}

// codeCounts counts articles per country. ISO alpha-2 codes are two
// capital letters, so a 26×26 table holds them without hashing; anything
// else goes to a map.
type codeCounts struct {
	n     []int32
	first []*articles.Mention // for the name and flag
	other map[string]*Country
}

func newCodeCounts() codeCounts {
	return codeCounts{n: make([]int32, 26*26), first: make([]*articles.Mention, 26*26)}
}

func codeSlot(code string) (int, bool) {
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return 0, false
	}
	return int(code[0]-'A')*26 + int(code[1]-'A'), true
}

func (c *codeCounts) add(m *articles.Mention) { c.addN(m, 1) }

// addN counts n articles for m's country.
func (c *codeCounts) addN(m *articles.Mention, n int32) {
	if i, ok := codeSlot(m.Code()); ok {
		if c.n[i] == 0 {
			c.first[i] = m
		}
		c.n[i] += n
		return
	}
	if c.other == nil {
		c.other = map[string]*Country{}
	}
	if k := c.other[m.Code()]; k != nil {
		k.Articles += int(n)
		return
	}
	c.other[m.Code()] = &Country{Code: m.Code(), Name: m.Name(), Flag: m.Flag(), Articles: int(n)}
}

func (c *codeCounts) merge(o codeCounts) {
	for i, n := range o.n {
		if n > 0 && c.n[i] == 0 {
			c.first[i] = o.first[i]
		}
		c.n[i] += n
	}
	for code, k := range o.other {
		if mine := c.other[code]; mine != nil {
			mine.Articles += k.Articles
		} else {
			if c.other == nil {
				c.other = map[string]*Country{}
			}
			c.other[code] = k
		}
	}
}

// sorted returns the countries counted, most articles first, then by name.
func (c *codeCounts) sorted() []Country {
	out := make([]Country, 0, 32)
	for i, n := range c.n {
		if n > 0 {
			m := c.first[i]
			out = append(out, Country{Code: m.Code(), Name: m.Name(), Flag: m.Flag(), Articles: int(n)})
		}
	}
	for _, k := range c.other {
		out = append(out, *k)
	}
	slices.SortFunc(out, func(a, b Country) int {
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}

// summary is every article of the store, in the store's order, reduced to
// what CountScope reads: its day and the slots of its countries.
type summary struct {
	day     []int32             // yyyymmdd; 0 without a full date
	first   []int32             // article i's slots are slots[first[i]:first[i+1]]
	slots   []uint16            // codeSlot, or slotOther+k for other[k]
	other   []string            // codes that are not two capital letters
	mention []*articles.Mention // a mention of each slot, for the name and flag
	bySlot  [][]int32           // the articles that mention each slot: ByCountry's rows

	indexOnce sync.Once
	index     map[*articles.Article]int32 // built for the first scope that needs it
}

// slotOther is the first slot of the codes the 26×26 table does not hold.
const slotOther = 26 * 26

// summarise packs the articles for CountScope. New calls it while it
// walks the articles anyway, so that the first count costs no more than
// the next.
func summarise(all []*articles.Article) *summary {
	sum := &summary{
		day:     make([]int32, len(all)),
		first:   make([]int32, len(all)+1),
		slots:   make([]uint16, 0, 3*len(all)), // about the mentions of an article
		mention: make([]*articles.Mention, slotOther),
		bySlot:  make([][]int32, slotOther),
	}
	for i, a := range all {
		if d := a.Date; d.Precision == articles.DateFull {
			sum.day[i] = int32(d.Year*10000 + int(d.Month)*100 + d.Day)
		}
		for j := range a.Countries {
			m := &a.Countries[j]
			slot, ok := codeSlot(m.Code())
			if !ok {
				k := slices.Index(sum.other, m.Code())
				if k < 0 {
					k = len(sum.other)
					sum.other = append(sum.other, m.Code())
					sum.mention = append(sum.mention, m)
					sum.bySlot = append(sum.bySlot, nil)
				}
				slot = slotOther + k
			} else if sum.mention[slot] == nil {
				sum.mention[slot] = m
			}
			sum.slots = append(sum.slots, uint16(slot))
			sum.bySlot[slot] = append(sum.bySlot[slot], int32(i)) // as New fills byCountry
		}
		sum.first[i+1] = int32(len(sum.slots))
	}
	return sum
}

// slotOf returns the slot of a code, or false when no article has it.
func (sum *summary) slotOf(code string) (int, bool) {
	if slot, ok := codeSlot(code); ok {
		return slot, sum.mention[slot] != nil
	}
	k := slices.Index(sum.other, code)
	return slotOther + k, k >= 0
}

// rowOf is the row of each article, by its address.
func (sum *summary) rowOf(all []*articles.Article) map[*articles.Article]int32 {
	sum.indexOnce.Do(func() {
		sum.index = make(map[*articles.Article]int32, len(all))
		for i, a := range all {
			sum.index[a] = int32(i)
		}
	})
	return sum.index
}

// summaryOf returns the summary and the rows of scope in it: nil for All,
// the country's for a ByCountry slice, and for any other scope (a
// search's) each article's, looked up by its address, which reads none of
// the article. A small scope, or one with an article from elsewhere, is
// counted from its articles.
func (s *Store) summaryOf(scope []*articles.Article) (*summary, []int32) {
	if len(scope) < summaryFrom {
		return nil, nil
	}
	s.summaryOnce.Do(func() { s.summary = summarise(s.all) })
	sum := s.lookups().summary
	if len(scope) == len(s.all) && &scope[0] == &s.all[0] {
		return sum, nil
	}
	for _, m := range scope[0].Countries {
		if c := s.byCountry[m.Code()]; len(c) == len(scope) && &c[0] == &scope[0] {
			if slot, ok := sum.slotOf(m.Code()); ok && len(sum.bySlot[slot]) == len(c) {
				return sum, sum.bySlot[slot]
			}
		}
	}
	index := sum.rowOf(s.all)
	rows := make([]int32, len(scope))
	for k, a := range scope {
		i, ok := index[a]
		if !ok {
			return nil, nil
		}
		rows[k] = i
	}
	return sum, rows
}

// countSummary counts rows lo..hi of the scope from the summary: rows[k]
// is the article, or k itself when rows is nil.
func (t *tally) countSummary(ctx context.Context, sum *summary, rows []int32, lo, hi int, focus string) {
	focusSlot := -1
	if focus != "" {
		slot, ok := sum.slotOf(focus)
		if !ok {
			slot = 1 << 20 // no article mentions it
		}
		focusSlot = slot
	}
	n := make([]int32, len(sum.mention))
	with := make([]int32, len(sum.mention))
	for k := lo; k < hi; k++ {
		if (k-lo)%cancelEvery == cancelEvery-1 && ctx.Err() != nil {
			return
		}
		i := int32(k)
		if rows != nil {
			i = rows[k]
		}
		slots := sum.slots[sum.first[i]:sum.first[i+1]]
		inFocus := focusSlot < 0
		for _, sl := range slots {
			n[sl]++
			inFocus = inFocus || int(sl) == focusSlot
		}
		if !inFocus {
			continue
		}
		if d := sum.day[i]; d != 0 {
			t.days[d]++
		} else {
			t.undated++
		}
		if focusSlot >= 0 {
			for _, sl := range slots {
				if int(sl) != focusSlot {
					with[sl]++
				}
			}
		}
	}
	for slot, c := range n {
		if c > 0 {
			t.countries.addN(sum.mention[slot], c)
		}
		if w := with[slot]; w > 0 {
			t.together.addN(sum.mention[slot], w)
		}
	}
}
