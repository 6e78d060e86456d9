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
	tallies := make([]*tally, chunks)
	var wg sync.WaitGroup
	for k := range chunks {
		part := scope[k*len(scope)/chunks : (k+1)*len(scope)/chunks]
		tallies[k] = newTally()
		wg.Go(func() { tallies[k].count(ctx, part, focus) })
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
			inFocus = inFocus || m.Code == focus
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
				if m := &a.Countries[j]; m.Code != focus {
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

func (c *codeCounts) add(m *articles.Mention) {
	if i, ok := codeSlot(m.Code); ok {
		if c.n[i] == 0 {
			c.first[i] = m
		}
		c.n[i]++
		return
	}
	if c.other == nil {
		c.other = map[string]*Country{}
	}
	if k := c.other[m.Code]; k != nil {
		k.Articles++
		return
	}
	c.other[m.Code] = &Country{Code: m.Code, Name: m.Name, Flag: m.Flag, Articles: 1}
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
			out = append(out, Country{Code: m.Code, Name: m.Name, Flag: m.Flag, Articles: int(n)})
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
