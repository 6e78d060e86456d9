package cache

import (
	"encoding/binary"
	"errors"
	"math"
	"sync"
	"time"
	"unsafe"

	"dateline/articles"
	"dateline/articles/countries"
)

// errCorrupt is what every malformed payload gives: the snapshot is then
// ignored as a whole, so which field it was matters to no one.
var errCorrupt = errors.New("corrupt snapshot")

// encoder appends the compact encoding: unsigned varints for counts,
// lengths and small numbers, zig-zag varints for signed ones, strings as a
// length and their bytes.
type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// uvarintLen, varintLen and strLen are the lengths of what uint, int and
// str append.
func uvarintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

func varintLen(v int64) int { return uvarintLen(uint64(v<<1) ^ uint64(v>>63)) }

func strLen(s string) int { return uvarintLen(uint64(len(s))) + len(s) }

// length writes a slice's length so that a nil slice and an empty one
// stay apart: 0 for nil, else the length plus one.
func (e *encoder) length(isNil bool, n int) {
	if isNil {
		e.uint(0)
	} else {
		e.uint(uint64(n) + 1)
	}
}

func (e *encoder) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// decoder reads what encoder wrote from a string that it slices, so a
// decoded string shares the snapshot's bytes and costs no copy. Every read
// is checked: on malformed input err is set and the values are zero.
type decoder struct {
	s   string
	err error
}

func (d *decoder) fail() { d.err, d.s = errCorrupt, "" }

func (d *decoder) uint() uint64 {
	if d.s != "" && d.s[0] < 0x80 { // one byte: most counts and lengths
		v := uint64(d.s[0])
		d.s = d.s[1:]
		return v
	}
	v, n := uvarint(d.s)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.s = d.s[n:]
	return v
}

func (d *decoder) int() int64 {
	u := d.uint()
	return int64(u>>1) ^ -int64(u&1)
}

// count reads a number of things that each take at least one byte, so a
// count larger than what is left is corrupt, and no allocation follows a
// forged count.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.s)) {
		d.fail()
		return 0
	}
	return int(n)
}

// small reads a number that fits an int without question (a year, a
// count of mentions).
func (d *decoder) small() int {
	v := d.int()
	if v < -1<<31 || v > 1<<31 {
		d.fail()
		return 0
	}
	return int(v)
}

// length reads what encoder.length wrote: ok is false for a nil slice.
func (d *decoder) length() (n int, ok bool) {
	n = d.count()
	if n == 0 || d.err != nil {
		return 0, false
	}
	return n - 1, true
}

func (d *decoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	s := d.s[:n]
	d.s = d.s[n:]
	return s
}

func (d *decoder) bool() bool {
	if d.s == "" {
		d.fail()
		return false
	}
	b := d.s[0]
	d.s = d.s[1:]
	if b > 1 {
		d.fail()
	}
	return b == 1
}

// uvarint is binary.Uvarint over a string.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s); i++ {
		if i == binary.MaxVarintLen64 {
			return 0, -1
		}
		b := s[i]
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return 0, -1
			}
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}

// encodeFile appends what was parsed from one file: its articles and, for
// a file that holds several, their entry names. The text of their
// paragraphs is not in it but in the file's body, in order (see eachText),
// so that reading the articles reads none of it. given, when not nil,
// holds each article's ID and paths as parsed, written in place of its
// own.
func encodeFile(e *encoder, arts []*articles.Article, given []asParsed, items []string) {
	e.uint(uint64(len(arts)))
	for i, a := range arts {
		g := asParsed{id: a.ID, path: a.Path, paths: a.Paths}
		if given != nil {
			g = given[i]
		}
		encodeArticle(e, a, g)
	}
	if items == nil {
		e.uint(0)
		return
	}
	e.uint(uint64(len(items)) + 1)
	for _, it := range items {
		e.str(it)
	}
}

// eachText calls fn with the text of every paragraph of arts, in the
// order a file's body holds them.
func eachText(arts []*articles.Article, fn func(string)) {
	for _, a := range arts {
		for _, p := range a.Body {
			fn(p.Text)
		}
	}
}

// slab hands out the values that decoding makes (articles, their
// paragraphs, mentions and paths) from blocks, so that a start that
// decodes 100,000 articles makes hundreds of allocations, not half a
// million. What it hands out is capped at its length, so an append to it
// copies, and never handed out again; a block lives while any of its
// values does, which for the articles of a load is as long as the load.
type slab struct {
	arts  []articles.Article
	ptrs  []*articles.Article
	paras []articles.Paragraph
	ments []articles.Mention
	strs  []string
}

// slabBlock is how many values of a kind a block holds.
const slabBlock = 512

// slabs are the load workers' slabs: each lookup takes one and puts it
// back, so the workers never share a block.
var slabs = sync.Pool{New: func() any { return new(slab) }}

// take hands out n values from the block at blk, starting a new block
// when it has too few left.
func take[T any](blk *[]T, n int) []T {
	if n == 0 {
		return []T{} // empty, not nil: a snapshot keeps the two apart
	}
	if len(*blk) < n {
		*blk = make([]T, max(n, slabBlock))
	}
	out := (*blk)[:n:n]
	*blk = (*blk)[n:]
	return out
}

// decodeFile reads what encodeFile wrote, with the paragraphs' text taken
// from body, which it must use up.
func decodeFile(d *decoder, body string) ([]*articles.Article, []string) {
	n := d.count()
	if d.err != nil {
		return nil, nil
	}
	sl := slabs.Get().(*slab)
	defer slabs.Put(sl)
	arts := take(&sl.ptrs, n)
	block := take(&sl.arts, n)
	for i := range arts {
		arts[i] = &block[i]
		decodeArticle(d, arts[i], &body, sl)
	}
	var items []string
	if m := d.count(); m > 0 {
		items = make([]string, m-1)
		for i := range items {
			items[i] = d.str()
		}
	}
	if body != "" {
		d.fail()
	}
	if d.err != nil {
		return nil, nil
	}
	return arts, items
}

// encodeArticle appends every field of a, in the order of the type, with
// the ID and paths of g. TestEveryField fails when a field is added here
// and not there.
func encodeArticle(e *encoder, a *articles.Article, g asParsed) {
	e.str(g.id)
	e.str(a.Title)
	e.bool(a.TitleDerived)
	e.int(int64(a.Date.Year))
	e.int(int64(a.Date.Month))
	e.int(int64(a.Date.Day))
	e.int(int64(a.Date.Precision))
	e.str(a.Source)
	e.str(a.Credit)
	e.str(a.Dateline)
	e.length(a.Body == nil, len(a.Body))
	for _, p := range a.Body {
		e.int(int64(p.Kind))
		e.uint(uint64(len(p.Text))) // the text itself is in the body
	}
	e.length(a.Countries == nil, len(a.Countries))
	for _, m := range a.Countries {
		e.uint(uint64(m.Country))
		e.int(int64(m.Count))
		e.bool(m.Primary)
	}
	e.int(int64(a.Words))
	e.int(int64(a.ReadingMinutes))
	e.str(a.Author)
	e.str(a.URL)
	e.str(a.Lang)
	e.str(a.Key)
	e.str(g.path)
	e.length(g.paths == nil, len(g.paths))
	for _, p := range g.paths {
		e.str(p)
	}
	e.int(int64(a.Bytes))
}

// decodeArticle reads what encodeArticle wrote, and takes its paragraphs'
// text from the front of body.
func decodeArticle(d *decoder, a *articles.Article, body *string, sl *slab) {
	a.ID = d.str()
	a.Title = d.str()
	a.TitleDerived = d.bool()
	a.Date.Year = d.small()
	a.Date.Month = time.Month(d.small())
	a.Date.Day = d.small()
	a.Date.Precision = articles.Precision(d.small())
	a.Source = d.str()
	a.Credit = d.str()
	a.Dateline = d.str()
	if n, ok := d.length(); ok {
		a.Body = take(&sl.paras, n)
		for i := range a.Body {
			a.Body[i].Kind = articles.ParagraphKind(d.small())
			k := d.uint()
			if k > uint64(len(*body)) {
				d.fail()
				return
			}
			a.Body[i].Text, *body = (*body)[:k], (*body)[k:]
		}
	}
	if n, ok := d.length(); ok {
		a.Countries = take(&sl.ments, n)
		for i := range a.Countries {
			m := &a.Countries[i]
			r := d.uint()
			m.Country = countries.Ref(r)
			if r > math.MaxUint16 || m.Code() == "" {
				d.fail()
			}
			count := d.small()
			if count < 0 || count > math.MaxInt32 {
				d.fail()
			}
			m.Count = int32(count)
			m.Primary = d.bool()
		}
	}
	a.Words = d.small()
	a.ReadingMinutes = d.small()
	a.Author = d.str()
	a.URL = d.str()
	a.Lang = d.str()
	a.Key = d.str()
	a.Path = d.str()
	if n, ok := d.length(); ok {
		a.Paths = take(&sl.strs, n)
		for i := range a.Paths {
			a.Paths[i] = d.str()
		}
	}
	a.Bytes = d.small()
}

// asString views b as a string without copying it. b must never change
// afterwards: a snapshot's bytes are only read.
func asString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
