package store

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"dateline/articles"
	"dateline/articles/countries"
)

// Country is a country with the number of articles that mention it.
type Country struct {
	Code     string
	Name     string
	Flag     string
	Articles int
}

// Store is the in-memory corpus.
type Store struct {
	all []*articles.Article // newest first, unknown dates last

	// The articles by ID and by country, the countries: built on first
	// use (see lookups), so that a command that only lists the articles
	// never pays for them. The summary too, on its own: the app's first
	// frame needs the countries, and only the map and the timeline count.
	lookupsOnce sync.Once
	byID        map[string]*articles.Article
	countries   []Country
	byCountry   map[string][]*articles.Article
	summaryOnce sync.Once
	summary     *summary // dates and countries packed, for CountScope

	built     *index      // the search index, once built or read: see ix
	buildOnce sync.Once   // builds it
	indexed   atomic.Bool // built is there: see Indexed
	folders   folderIndex

	keysOnce sync.Once
	keys     *keyIndex // articles by MarkKey, for is:; see keyIndex
}

// New builds a store over arts. It takes ownership of the slice.
func New(arts []*articles.Article) *Store {
	all := slices.Clone(arts)
	if !slices.IsSortedFunc(all, storeOrder) {
		// Unstable, which is faster, and stable only when two articles
		// tie (the same date and ID), which a load's IDs never do.
		slices.SortFunc(all, storeOrder)
		if tied(all) {
			copy(all, arts)
			slices.SortStableFunc(all, storeOrder)
		}
	}
	return assemble(all, nil)
}

// ix returns the search index, building it on first use: a command that
// only lists or shows articles never pays for it, and the app can draw
// before it is there (Prepare).
func (s *Store) ix() *index {
	s.buildOnce.Do(func() {
		if s.built == nil {
			s.built = buildIndex(s.all)
		}
		s.indexed.Store(true)
	})
	return s.built
}

// Indexed reports whether the search index is there, built or read,
// without building it.
func (s *Store) Indexed() bool { return s.indexed.Load() }

// Prepare builds the search index, if it is not built yet: run in the
// background, so that the first search finds it ready, or nearly. Any
// search waits for a build under way.
func (s *Store) Prepare() { s.ix() }

// storeOrder is the store's order: newest first, then by ID.
func storeOrder(a, b *articles.Article) int {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

// tied reports whether two neighbours of all, in the store's order, tie.
func tied(all []*articles.Article) bool {
	for i := 1; i < len(all); i++ {
		if storeOrder(all[i-1], all[i]) == 0 {
			return true
		}
	}
	return false
}

// assemble makes a store over all, in the store's order. byID may be
// given already, or nil; the rest is built on first use.
func assemble(all []*articles.Article, byID map[string]*articles.Article) *Store {
	return &Store{all: all, byID: byID}
}

// lookups builds the store's lookups, once, and returns the store.
func (s *Store) lookups() *Store {
	s.lookupsOnce.Do(s.buildLookups)
	return s
}

func (s *Store) buildLookups() {
	all := s.all
	s.byCountry = make(map[string][]*articles.Article)
	if s.byID == nil {
		s.byID = make(map[string]*articles.Article, len(all))
		for _, a := range all {
			s.byID[a.ID] = a
		}
	}
	// By Ref, the 16 bits a mention names its country by: one pass counts
	// each country's articles, to size its list, the next fills the lists,
	// with no string made or hashed for a mention (an article has seven).
	var counts []int
	for _, a := range all {
		for _, m := range a.Countries {
			if int(m.Country) >= len(counts) {
				counts = slices.Grow(counts, int(m.Country)+1-len(counts))[:int(m.Country)+1]
			}
			counts[m.Country]++
		}
	}
	lists := make([][]*articles.Article, len(counts))
	for r, n := range counts {
		if n > 0 {
			lists[r] = make([]*articles.Article, 0, n)
		}
	}
	for _, a := range all {
		for _, m := range a.Countries {
			lists[m.Country] = append(lists[m.Country], a)
		}
	}
	byCode := make(map[string]int) // what no Ref names is the zero country, as a code ""
	for r, list := range lists {
		if list == nil {
			continue
		}
		c := countries.Ref(r).Country()
		if i, ok := byCode[c.Code]; ok {
			s.countries[i].Articles += len(list)
			s.byCountry[c.Code] = append(s.byCountry[c.Code], list...)
			continue
		}
		byCode[c.Code] = len(s.countries)
		s.countries = append(s.countries, Country{Code: c.Code, Name: c.Name, Flag: c.Flag, Articles: len(list)})
		s.byCountry[c.Code] = list
	}
	slices.SortFunc(s.countries, func(a, b Country) int {
		if a.Articles != b.Articles {
			return b.Articles - a.Articles
		}
		return strings.Compare(a.Name, b.Name)
	})
}

// Len returns the number of articles.
func (s *Store) Len() int { return len(s.all) }

// All returns every article, newest first. The slice must not be modified.
func (s *Store) All() []*articles.Article { return s.all }

// ByID returns the article with the given ID.
func (s *Store) ByID(id string) (*articles.Article, bool) {
	a, ok := s.lookups().byID[id]
	return a, ok
}

// Countries returns every mentioned country, most articles first, then by name.
func (s *Store) Countries() []Country { return s.lookups().countries }

// ByCountry returns the articles that mention code, newest first. The slice
// must not be modified.
func (s *Store) ByCountry(code string) []*articles.Article { return s.lookups().byCountry[code] }
