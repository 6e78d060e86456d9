package store

import (
	"fmt"
	"math/bits"
	"sort"
	"strconv"
	"strings"
	"time"

	"dateline/articles"
	"dateline/articles/countries"
	"dateline/articles/fold"
)

// QueryError is a query the search cannot read: a bad qualifier. Its
// message is plain text, fit for the query line.
type QueryError struct {
	Msg string
}

func (e *QueryError) Error() string { return e.Msg }

func queryErrorf(format string, args ...any) *QueryError {
	return &QueryError{Msg: articles.SanitizeLine(fmt.Sprintf(format, args...))}
}

// Marks tells a search what the reader has marked, for is:read, is:unread
// and is:saved. An article's marks hang on its MarkKey (its Key, or its ID
// when it has no Key). The library implements it.
type Marks interface {
	// EachMarked calls fn with every key that has a mark and what the mark
	// says. A search lists the marked articles, a few of many, rather than
	// asking about every article.
	EachMarked(fn func(key string, read, saved bool))
}

// qualKind is what a qualifier narrows by.
type qualKind uint8

const (
	qualCountry qualKind = iota // c:BY
	qualSource                  // src:azertac
	qualAuthor                  // by:name
	qualDate                    // date:2025-05..2025-07
	qualIs                      // is:read, is:unread, is:saved
	qualFolder                  // in:news/world (folders.go)
)

var qualNames = [...]string{"c", "src", "by", "date", "is", "in"}

// markKind is the mark of an is: qualifier.
type markKind uint8

const (
	markRead markKind = iota
	markUnread
	markSaved
)

var markNames = [...]string{"read", "unread", "saved"}

// qualifier is one filter of a query, read before folding.
type qualifier struct {
	kind   qualKind
	neg    bool
	code   string // c: the country's code
	text   string // src:, by: the text to look for, folded; in: the folder's path, folded
	lo, hi int    // date: the range as yyyymmdd keys, inclusive
	mark   markKind
}

// String renders the qualifier as a query would spell it, canonically.
func (ql qualifier) String() string {
	var v string
	switch ql.kind {
	case qualCountry:
		v = ql.code
	case qualSource, qualAuthor, qualFolder:
		v = strconv.Quote(ql.text)
	case qualDate:
		v = fmt.Sprintf("%08d..%08d", ql.lo, ql.hi)
	case qualIs:
		v = markNames[ql.mark]
	}
	s := qualNames[ql.kind] + ":" + v
	if ql.neg {
		s = "!" + s
	}
	return s
}

func sameQuals(a, b []qualifier) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].String() != b[i].String() {
			return false
		}
	}
	return true
}

// parseQualifier reads tok as a qualifier. ok is false when tok is not one
// (no known name before a colon), and err says what is wrong with a bad
// one. A qualifier without a value yet (`c:` while typing) is ok and
// empty: it narrows nothing.
func parseQualifier(tok string) (ql qualifier, ok bool, err error) {
	raw := tok
	if strings.HasPrefix(tok, "!") {
		ql.neg = true
		tok = tok[1:]
	}
	name, value, found := strings.Cut(tok, ":")
	if !found {
		return ql, false, nil
	}
	kind := -1
	for k, n := range qualNames {
		if strings.EqualFold(name, n) {
			kind = k
		}
	}
	if kind < 0 {
		return ql, false, nil
	}
	ql.kind = qualKind(kind)
	value = strings.TrimSpace(strings.Trim(value, `"`))
	if value == "" {
		return qualifier{kind: qualKind(255)}, true, nil
	}
	switch ql.kind {
	case qualCountry:
		c, found := countries.ByName(value)
		if !found {
			return ql, true, queryErrorf("no country is called %q in %s: give a code such as BY, a name or an alias such as uk", value, raw)
		}
		ql.code = c.Code
	case qualSource, qualAuthor:
		ql.text = fold.String(value)
	case qualFolder:
		ql.text = parseFolder(value).String()
	case qualDate:
		ql.lo, ql.hi, err = parseDateRange(value)
		if err != nil {
			return ql, true, queryErrorf("%v in %s", err, raw)
		}
	case qualIs:
		m := -1
		for k, n := range markNames {
			if strings.EqualFold(value, n) {
				m = k
			}
		}
		if m < 0 {
			return ql, true, queryErrorf("no mark is called %q in %s: say is:read, is:unread or is:saved", value, raw)
		}
		ql.mark = markKind(m)
	}
	return ql, true, nil
}

// empty reports a qualifier without a value, which narrows nothing.
func (ql qualifier) empty() bool { return ql.kind > qualFolder }

// parseDateRange reads a day, a month or a year (2025-05-11, 2025-05, 2025)
// or a range of them with .. (either end may be open) as inclusive
// yyyymmdd keys.
func parseDateRange(v string) (lo, hi int, err error) {
	from, to, isRange := strings.Cut(v, "..")
	if !isRange {
		return parseDate(v)
	}
	if from == "" && to == "" {
		return 0, 0, fmt.Errorf("give a date on one side of .. at least")
	}
	lo, hi = 0, 99999999
	if from != "" {
		if lo, _, err = parseDate(from); err != nil {
			return 0, 0, err
		}
	}
	if to != "" {
		if _, hi, err = parseDate(to); err != nil {
			return 0, 0, err
		}
	}
	if lo > hi {
		return 0, 0, fmt.Errorf("the range ends before it starts")
	}
	return lo, hi, nil
}

// parseDate reads 2025, 2025-05 or 2025-05-11 as its first and last days.
func parseDate(v string) (lo, hi int, err error) {
	parts := strings.Split(v, "-")
	if len(parts) > 3 {
		return 0, 0, fmt.Errorf("%q is not a date: write 2025, 2025-05 or 2025-05-11", v)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		want := 2
		if i == 0 {
			want = 4
		}
		n, err := strconv.Atoi(p)
		if err != nil || len(p) != want || n < 0 {
			return 0, 0, fmt.Errorf("%q is not a date: write 2025, 2025-05 or 2025-05-11", v)
		}
		nums[i] = n
	}
	y := nums[0]
	if len(nums) == 1 {
		return y*10000 + 101, y*10000 + 1231, nil
	}
	m := nums[1]
	if m < 1 || m > 12 {
		return 0, 0, fmt.Errorf("there is no month %d", m)
	}
	days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if len(nums) == 2 {
		return y*10000 + m*100 + 1, y*10000 + m*100 + days, nil
	}
	d := nums[2]
	if d < 1 || d > days {
		return 0, 0, fmt.Errorf("%04d-%02d has no day %d", y, m, d)
	}
	k := y*10000 + m*100 + d
	return k, k, nil
}

func dateKey(d articles.Date) int { return d.Year*10000 + int(d.Month)*100 + d.Day }

// bitset is a set of article numbers.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i uint32)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i uint32) bool { return b[i/64]&(1<<(i%64)) != 0 }

// fill sets every bit below n.
func (b bitset) fill(n int) {
	for i := range b {
		b[i] = ^uint64(0)
	}
	if r := n % 64; r != 0 {
		b[len(b)-1] = 1<<r - 1
	}
}

// membersInto lists the set bits, ascending, in out's storage when it is
// large enough.
func (b bitset) membersInto(out []uint32) []uint32 {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	if out == nil || cap(out) < n {
		out = make([]uint32, 0, n)
	}
	out = out[:0]
	for i, w := range b {
		for w != 0 {
			out = append(out, uint32(i*64+bits.TrailingZeros64(w)))
			w &= w - 1
		}
	}
	return out
}

// filter returns the articles that the qualifiers and opt.Country allow,
// or nil when they allow all. It is computed once per query.
func (s *Store) filter(q *query, opt Options) bitset {
	n := len(s.all)
	var allowed bitset
	and := func(b bitset, neg bool) {
		if neg {
			for i := range b {
				b[i] = ^b[i]
			}
			if r := n % 64; r != 0 && len(b) > 0 {
				b[len(b)-1] &= 1<<r - 1
			}
		}
		if allowed == nil {
			allowed = b
			return
		}
		for i := range allowed {
			allowed[i] &= b[i]
		}
	}
	if opt.Country != "" {
		b := newBitset(n)
		for _, a := range s.ix().byCountry[opt.Country] {
			b.set(a)
		}
		and(b, false)
	}
	for _, ql := range q.quals {
		b := newBitset(n)
		switch ql.kind {
		case qualCountry:
			for _, a := range s.ix().byCountry[ql.code] {
				b.set(a)
			}
		case qualSource, qualAuthor:
			groups := s.ix().sources
			if ql.kind == qualAuthor {
				groups = s.ix().authors
			}
			for _, g := range groups {
				if strings.Contains(g.folded, ql.text) {
					for _, a := range g.arts {
						b.set(a)
					}
				}
			}
		case qualFolder:
			s.inFolder(b, parseFolder(ql.text))
		case qualDate:
			lo, hi := s.dateRun(ql.lo, ql.hi)
			for a := lo; a < hi; a++ {
				b.set(uint32(a))
			}
		case qualIs:
			s.marked(b, ql.mark, opt.Marks)
		}
		and(b, ql.neg)
	}
	return allowed
}

// marked sets in b the articles with mark: the read or the saved ones
// through the key index, or every article but the read ones for unread.
func (s *Store) marked(b bitset, mark markKind, marks Marks) {
	if mark == markUnread {
		b.fill(len(s.all))
	}
	if marks == nil {
		return
	}
	keys := s.keyIndex()
	marks.EachMarked(func(key string, read, saved bool) {
		if (mark == markSaved && !saved) || (mark != markSaved && !read) {
			return
		}
		a, ok := keys.first[key]
		if !ok {
			return // an article not in this store
		}
		arts := []uint32{a}
		if keys.more != nil {
			arts = append(arts, keys.more[key]...)
		}
		for _, a := range arts {
			if mark == markUnread {
				b[a/64] &^= 1 << (a % 64)
			} else {
				b.set(a)
			}
		}
	})
}

// keyIndex finds articles by their MarkKey. A Key is one article's, but
// an article without one is known by its ID, and two stores' worth of
// articles could share either, so the rare second holder is kept too.
type keyIndex struct {
	first map[string]uint32   // the first article with a key
	more  map[string][]uint32 // the others, for a key held twice; nil when none is
}

// keyIndex returns the store's key index, built on the first is: query.
func (s *Store) keyIndex() *keyIndex {
	s.keysOnce.Do(func() {
		ki := &keyIndex{first: make(map[string]uint32, len(s.all))}
		for i, a := range s.all {
			key := a.MarkKey()
			if _, ok := ki.first[key]; !ok {
				ki.first[key] = uint32(i)
				continue
			}
			if ki.more == nil {
				ki.more = map[string][]uint32{}
			}
			ki.more[key] = append(ki.more[key], uint32(i))
		}
		s.keys = ki
	})
	return s.keys
}

// dateRun returns the articles dated lo to hi (yyyymmdd, inclusive) as a
// run [from, to) of the store's order: full dates come first, newest first,
// so a range is one contiguous run, found by two binary searches.
func (s *Store) dateRun(lo, hi int) (from, to int) {
	full := sort.Search(len(s.all), func(i int) bool { return s.all[i].Date.Precision != articles.DateFull })
	from = sort.Search(full, func(i int) bool { return dateKey(s.all[i].Date) <= hi })
	to = sort.Search(full, func(i int) bool { return dateKey(s.all[i].Date) < lo })
	return from, max(from, to)
}
