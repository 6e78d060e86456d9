package store

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"dateline/articles"
)

// A saved index is the index's arrays as they are in memory, so that a
// later start reads them in place instead of building them again:
//
//	magic        8 bytes  savedMagic
//	layout      32 bytes  savedLayout: what follows, field by field
//	articles     a word: how many
//	IDs, Keys    of the articles in the store's order, each a table of
//	             n+1 uint32 offsets and their text
//	index        every field of index but its scratch, in order
//
// A word is 8 bytes in the machine's order, at a multiple of 8 from the
// start. A number is a word; a string its length and its bytes; a slice
// of numbers its length plus one (0 for nil) and its elements, raw, from
// a multiple of 8, so that they are read as they lie; any other slice or
// map its length plus one and each element (a map's by its sorted keys);
// a struct its fields. A field tagged persist:"-" is scratch, left out and
// zero when read.
const (
	savedMagic   = "dlindex\x00"
	savedVersion = 1
)

// errSaved is what a saved index that does not fit gives: the caller then
// builds the index, so which part it was matters to no one.
var errSaved = errors.New("the saved index does not fit")

// savedLayout names the layout of a saved index: the version of this
// codec, the machine's byte order and word size, and every saved field of
// index with its type, as the type system describes them. A field added,
// removed, renamed or retyped changes it. It fails for a field of a kind
// the codec cannot save.
var savedLayout = sync.OnceValues(func() ([32]byte, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s %d\n", savedVersion, binary.NativeEndian.String(), unsafe.Sizeof(uintptr(0)))
	if err := describeSaved(&b, reflect.TypeFor[index]()); err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256([]byte(b.String())), nil
})

// describeSaved writes t out as the codec saves it, or fails for a kind it
// cannot save.
func describeSaved(b *strings.Builder, t reflect.Type) error {
	switch k := t.Kind(); {
	case flat(t), k == reflect.Bool, k == reflect.String:
		b.WriteString(t.String())
	case k == reflect.Array && t.Len() == 0:
		return fmt.Errorf("cannot save %s: nothing to save", t) // every element takes a word at least: see count
	case k == reflect.Slice, k == reflect.Array:
		fmt.Fprintf(b, "%s(", k)
		if err := describeSaved(b, t.Elem()); err != nil {
			return err
		}
		b.WriteString(")")
	case k == reflect.Map:
		if kk := t.Key().Kind(); kk != reflect.String && !flat(t.Key()) {
			return fmt.Errorf("cannot save a map keyed by %s", t.Key())
		}
		fmt.Fprintf(b, "map(%s)", t.Key())
		if err := describeSaved(b, t.Elem()); err != nil {
			return err
		}
	case k == reflect.Struct:
		b.WriteString(t.String() + "{")
		saved := 0
		for f := range t.Fields() {
			if scratch(f) {
				continue
			}
			saved++
			b.WriteString(f.Name + " ")
			if err := describeSaved(b, f.Type); err != nil {
				return fmt.Errorf("%s.%s: %w", t, f.Name, err)
			}
			b.WriteString(";")
		}
		// Every element takes a word at least: see readCount.
		if saved == 0 {
			return fmt.Errorf("cannot save %s: no field to save", t)
		}
		b.WriteString("}")
	default:
		return fmt.Errorf("cannot save a %s", t)
	}
	return nil
}

// flat reports whether t is a number that a slice holds as raw bytes.
func flat(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

func scratch(f reflect.StructField) bool { return f.Tag.Get("persist") == "-" }

// WriteIndex writes the store's index to w, with its articles' IDs and
// Keys in the store's order, for NewSaved, and returns the bytes written.
// It builds the index if it is not there yet (see Indexed).
// What it writes must lie in memory from an address that is a multiple of
// 8 when it is read. It fails when w does, or when index holds a field
// the codec cannot save.
func (s *Store) WriteIndex(w io.Writer) (int64, error) {
	layout, err := savedLayout()
	if err != nil {
		return 0, err
	}
	sw := savedWriter{w: w}
	sw.write([]byte(savedMagic))
	sw.write(layout[:])
	sw.word(uint64(len(s.all)))
	sw.table(s.all, func(a *articles.Article) string { return a.ID })
	sw.table(s.all, func(a *articles.Article) string { return a.Key })
	if err := sw.value(reflect.ValueOf(s.ix()).Elem()); err != nil {
		return sw.n, err
	}
	return sw.n, sw.err
}

// NewSaved is New over arts with the index that WriteIndex saved from a
// store of the same articles, read in place rather than built again: its
// slices and strings are views of saved, which must never change after.
// It fails, and New must serve, when saved is malformed, has another
// layout, or was saved over other articles: other IDs or Keys, or another
// order. The caller vouches that articles with the same Keys and IDs hold
// the same text as those it was saved from.
func NewSaved(arts []*articles.Article, saved []byte) (*Store, error) {
	layout, err := savedLayout()
	if err != nil {
		return nil, err
	}
	if len(saved) > 0 && uintptr(unsafe.Pointer(&saved[0]))%8 != 0 {
		// Read in place needs aligned words: copy to memory that has them.
		words := make([]uint64, (len(saved)+7)/8)
		aligned := unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), len(words)*8)[:len(saved)]
		copy(aligned, saved)
		saved = aligned
	}
	r := savedReader{data: saved}
	if string(r.take(len(savedMagic))) != savedMagic || string(r.take(len(layout))) != string(layout[:]) {
		return nil, errSaved
	}
	n := r.count(8)
	if r.err != nil || n != len(arts) {
		return nil, errSaved
	}
	ids, idText := r.table(n)
	keys, keyText := r.table(n)
	ix := new(index)
	r.value(reflect.ValueOf(ix).Elem())
	if r.err != nil || r.off != len(r.data) || ix.n != n {
		return nil, errSaved
	}

	byID := make(map[string]*articles.Article, n)
	for _, a := range arts {
		byID[a.ID] = a
	}
	if len(byID) != n {
		return nil, errSaved // IDs not unique: New's order is not one a table can name
	}
	all := make([]*articles.Article, n)
	for i := range all {
		a := byID[idText[ids[i]:ids[i+1]]]
		if a == nil || a.Key != keyText[keys[i]:keys[i+1]] || (i > 0 && storeOrder(all[i-1], a) >= 0) {
			return nil, errSaved
		}
		all[i] = a
	}
	s := assemble(all, byID)
	s.built = ix
	s.indexed.Store(true)
	return s, nil
}

// SavedIDs returns the IDs of the articles a saved index was saved over,
// by Key, reading nothing else of it.
func SavedIDs(saved []byte) (map[string]string, error) {
	layout, err := savedLayout()
	if err != nil {
		return nil, err
	}
	r := savedReader{data: saved}
	if len(saved) > 0 && uintptr(unsafe.Pointer(&saved[0]))%8 != 0 {
		return nil, errSaved
	}
	if string(r.take(len(savedMagic))) != savedMagic || string(r.take(len(layout))) != string(layout[:]) {
		return nil, errSaved
	}
	n := r.count(8)
	ids, idText := r.table(n)
	keys, keyText := r.table(n)
	if r.err != nil {
		return nil, errSaved
	}
	out := make(map[string]string, n)
	for i := range n {
		out[keyText[keys[i]:keys[i+1]]] = idText[ids[i]:ids[i+1]]
	}
	if len(out) != n {
		return nil, errSaved // a Key twice: which ID is whose cannot be told
	}
	return out, nil
}

// savedWriter writes a saved index; n counts the bytes, for the padding.
type savedWriter struct {
	w   io.Writer
	n   int64
	err error
	buf [8]byte
}

func (w *savedWriter) write(b []byte) {
	if w.err != nil || len(b) == 0 {
		return
	}
	k, err := w.w.Write(b)
	w.n += int64(k)
	w.err = err
}

var zeros [8]byte

func (w *savedWriter) pad() {
	if rem := w.n % 8; rem != 0 {
		w.write(zeros[:8-rem])
	}
}

func (w *savedWriter) word(v uint64) {
	w.pad()
	binary.NativeEndian.PutUint64(w.buf[:], v)
	w.write(w.buf[:])
}

func (w *savedWriter) str(s string) { w.write(unsafe.Slice(unsafe.StringData(s), len(s))) }

// table writes a string of each article as n+1 offsets and the text.
func (w *savedWriter) table(all []*articles.Article, field func(*articles.Article) string) {
	offs := make([]uint32, 1, len(all)+1)
	for _, a := range all {
		offs = append(offs, offs[len(offs)-1]+uint32(len(field(a))))
	}
	w.word(uint64(len(offs)))
	w.write(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(offs))), 4*len(offs)))
	w.word(uint64(offs[len(offs)-1]))
	for _, a := range all {
		w.str(field(a))
	}
}

// value writes v, as the layout above says.
func (w *savedWriter) value(v reflect.Value) error {
	t := v.Type()
	switch k := t.Kind(); {
	case k == reflect.Bool:
		if v.Bool() {
			w.word(1)
		} else {
			w.word(0)
		}
	case k == reflect.Int, k == reflect.Int8, k == reflect.Int16, k == reflect.Int32, k == reflect.Int64:
		w.word(uint64(v.Int()))
	case k == reflect.Uint, k == reflect.Uint8, k == reflect.Uint16, k == reflect.Uint32, k == reflect.Uint64:
		w.word(v.Uint())
	case k == reflect.Float32, k == reflect.Float64:
		w.word(math.Float64bits(v.Float()))
	case k == reflect.String:
		w.word(uint64(v.Len()))
		w.str(v.String())
	case k == reflect.Slice && v.IsNil(), k == reflect.Map && v.IsNil():
		w.word(0)
	case k == reflect.Slice && flat(t.Elem()):
		w.word(uint64(v.Len()) + 1)
		w.pad()
		if v.Len() > 0 {
			w.write(unsafe.Slice((*byte)(v.UnsafePointer()), v.Len()*int(t.Elem().Size())))
		}
	case k == reflect.Slice:
		w.word(uint64(v.Len()) + 1)
		for i := range v.Len() {
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
		}
	case k == reflect.Array:
		for i := range v.Len() {
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
		}
	case k == reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, compareKeys)
		w.word(uint64(len(keys)) + 1)
		for _, key := range keys {
			if err := w.value(key); err != nil {
				return err
			}
			if err := w.value(v.MapIndex(key)); err != nil {
				return err
			}
		}
	case k == reflect.Struct:
		for i := range t.NumField() {
			if scratch(t.Field(i)) {
				continue
			}
			if err := w.value(field(v, i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("cannot save a %s", t)
	}
	return nil
}

// compareKeys orders a map's keys, so that the same map is saved the same
// way every time.
func compareKeys(a, b reflect.Value) int {
	switch {
	case a.CanInt():
		return cmpOf(a.Int(), b.Int())
	case a.CanUint():
		return cmpOf(a.Uint(), b.Uint())
	case a.CanFloat():
		return cmpOf(a.Float(), b.Float())
	}
	return strings.Compare(a.String(), b.String())
}

func cmpOf[T int64 | uint64 | float64](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// field is v's i-th field, settable even when it is unexported: the codec
// lives beside the type it saves.
func field(v reflect.Value, i int) reflect.Value {
	f := v.Field(i)
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// savedReader reads a saved index in place. Every read is checked: on
// malformed input err is set, and what is read after is zero.
type savedReader struct {
	data []byte
	off  int
	err  error
}

func (r *savedReader) fail() {
	r.err, r.off = errSaved, len(r.data)
}

func (r *savedReader) pad() {
	if rem := r.off % 8; rem != 0 {
		r.take(8 - rem)
	}
}

func (r *savedReader) take(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.data)-r.off {
		r.fail()
		return nil
	}
	b := r.data[r.off : r.off+n : r.off+n]
	r.off += n
	return b
}

func (r *savedReader) word() uint64 {
	r.pad()
	b := r.take(8)
	if b == nil {
		return 0
	}
	return binary.NativeEndian.Uint64(b)
}

// count reads a number of things that take at least size bytes each, so
// a count larger than what is left is malformed and allocates nothing.
func (r *savedReader) count(size int) int {
	v := r.word()
	if v > uint64(len(r.data)-r.off)/uint64(size) {
		r.fail()
		return 0
	}
	return int(v)
}

// length reads what a slice or map starts with: ok is false for nil.
func (r *savedReader) length(size int) (n int, ok bool) {
	v := r.word()
	if v == 0 || r.err != nil {
		return 0, false
	}
	if v-1 > uint64(len(r.data)-r.off)/uint64(size) {
		r.fail()
		return 0, false
	}
	return int(v - 1), true
}

func (r *savedReader) str(n int) string {
	b := r.take(n)
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// table reads what savedWriter.table wrote: n+1 ascending offsets into the
// text.
func (r *savedReader) table(n int) ([]uint32, string) {
	if r.count(4) != n+1 {
		r.fail()
		return nil, ""
	}
	b := r.take(4 * (n + 1))
	if b == nil {
		return nil, ""
	}
	offs := unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n+1)
	text := r.str(r.count(1))
	if r.err != nil || offs[0] != 0 || offs[n] != uint32(len(text)) {
		r.fail()
		return nil, ""
	}
	for i := range n {
		if offs[i] > offs[i+1] {
			r.fail()
			return nil, ""
		}
	}
	return offs, text
}

// value reads into the settable v what savedWriter.value wrote.
func (r *savedReader) value(v reflect.Value) {
	if r.err != nil {
		return
	}
	t := v.Type()
	switch k := t.Kind(); {
	case k == reflect.Bool:
		x := r.word()
		if x > 1 {
			r.fail()
		}
		v.SetBool(x == 1)
	case k == reflect.Int, k == reflect.Int8, k == reflect.Int16, k == reflect.Int32, k == reflect.Int64:
		x := int64(r.word())
		if v.OverflowInt(x) {
			r.fail()
			return
		}
		v.SetInt(x)
	case k == reflect.Uint, k == reflect.Uint8, k == reflect.Uint16, k == reflect.Uint32, k == reflect.Uint64:
		x := r.word()
		if v.OverflowUint(x) {
			r.fail()
			return
		}
		v.SetUint(x)
	case k == reflect.Float32, k == reflect.Float64:
		v.SetFloat(math.Float64frombits(r.word()))
	case k == reflect.String:
		v.SetString(r.str(r.count(1)))
	case k == reflect.Slice && flat(t.Elem()):
		size := int(t.Elem().Size())
		n, ok := r.length(size)
		if !ok {
			return
		}
		r.pad()
		b := r.take(n * size)
		if r.err != nil {
			return
		}
		if n == 0 {
			v.Set(reflect.MakeSlice(t, 0, 0))
			return
		}
		v.Set(reflect.SliceAt(t.Elem(), unsafe.Pointer(&b[0]), n).Convert(t))
	case k == reflect.Slice:
		n, ok := r.length(8)
		if !ok {
			return
		}
		s := reflect.MakeSlice(t, n, n)
		for i := range n {
			r.value(s.Index(i))
		}
		v.Set(s)
	case k == reflect.Array:
		for i := range v.Len() {
			r.value(v.Index(i))
		}
	case k == reflect.Map:
		n, ok := r.length(16)
		if !ok {
			return
		}
		m := reflect.MakeMapWithSize(t, n)
		for range n {
			key, val := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
			r.value(key)
			r.value(val)
			if r.err != nil {
				return
			}
			m.SetMapIndex(key, val)
		}
		if m.Len() != n {
			r.fail() // a key twice
			return
		}
		v.Set(m)
	case k == reflect.Struct:
		for i := range t.NumField() {
			if !scratch(t.Field(i)) {
				r.value(field(v, i))
			}
		}
	default:
		r.fail()
	}
}
