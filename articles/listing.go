package articles

import (
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"unsafe"
)

// Listing is what the walk of a load's paths found: the files to read, in
// the order a load reads them, each with its stamp, and the files skipped
// on the way. A load splits at it (List, then LoadListing), so that a
// listing kept from an earlier walk can be loaded again without walking:
// the app draws its first frame from a snapshot that way, and walks the
// folders after, to see whether anything changed (Equal).
type Listing struct {
	files   []source
	skipped []Skipped
}

// List walks paths as a load does, reading no file.
func List(ctx context.Context, paths []string) (*Listing, error) {
	l := &Listing{}
	seen := newFileSet()
	for _, root := range paths {
		found, skip, err := list(ctx, root, seen)
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		if err != nil {
			return nil, err
		}
		l.files = append(l.files, found...)
		l.skipped = append(l.skipped, skip...)
	}
	stampPaths(l.files)
	return l, nil
}

// Len returns how many files l lists to read.
func (l *Listing) Len() int { return len(l.files) }

// Equal reports whether l and o list the same files, by the same names,
// with the same stamps, and skipped the same ones for the same reasons:
// then a load over either reads the same.
func (l *Listing) Equal(o *Listing) bool {
	if l == nil || o == nil {
		return l == o
	}
	return slices.Equal(l.skipped, o.skipped) && slices.EqualFunc(l.files, o.files, func(a, b source) bool {
		return a.path == b.path && a.file == b.file && a.rel == b.rel && a.stamp == b.stamp
	})
}

// stampPaths gives the listed files the absolute paths their stamps name
// them by, with one look at the working directory for all of them.
func stampPaths(files []source) {
	wd, err := os.Getwd()
	for i := range files {
		p := files[i].path
		switch {
		case filepath.IsAbs(p):
			files[i].stamp.Path = filepath.Clean(p)
		case err == nil:
			files[i].stamp.Path = filepath.Join(wd, p)
		default:
			files[i].stamp.Size = -1 // no name to know it by: never reused
		}
	}
}

// AppendBinary appends l's encoding to b, for ParseListing.
func (l *Listing) AppendBinary(b []byte) ([]byte, error) {
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(l.files)))
	for _, f := range l.files {
		str(f.path)
		str(f.display)
		str(f.file)
		str(f.rel)
		str(f.item)
		str(f.stamp.Path)
		b = binary.AppendVarint(b, f.stamp.Size)
		b = binary.AppendVarint(b, f.stamp.ModTime)
	}
	b = binary.AppendUvarint(b, uint64(len(l.skipped)))
	for _, s := range l.skipped {
		str(s.Path)
		str(s.Reason)
	}
	return b, nil
}

var errBadListing = errors.New("not a listing, or a damaged one")

// listingReader reads what AppendBinary wrote, failing for good at the
// first thing out of place.
type listingReader struct {
	b   []byte
	bad bool
}

func (r *listingReader) num() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *listingReader) signed() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.bad = true
		return 0
	}
	r.b = r.b[n:]
	return v
}

// bytes returns the next string's bytes, a view of r's.
func (r *listingReader) bytes() []byte {
	n := r.num()
	if r.bad || n > uint64(len(r.b)) {
		r.bad = true
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// str returns the next string, sharing r's bytes.
func (r *listingReader) str() string {
	b := r.bytes()
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// count returns the next count, of elements that take at least least
// bytes each.
func (r *listingReader) count(least int) int {
	n := r.num()
	if r.bad || n > uint64(len(r.b)/least) {
		r.bad = true
		return 0
	}
	return int(n)
}

// ParseListing reads a listing that AppendBinary wrote. The strings it
// returns share b's bytes, as a mapped snapshot's strings do: b must not
// change while the listing is used.
func ParseListing(b []byte) (*Listing, error) {
	r := &listingReader{b: b}
	l := &Listing{}
	l.files = make([]source, r.count(8))
	for i := range l.files {
		f := &l.files[i]
		f.path, f.display, f.file, f.rel, f.item = r.str(), r.str(), r.str(), r.str(), r.str()
		f.stamp.Path = r.str()
		f.stamp.Size, f.stamp.ModTime = r.signed(), r.signed()
	}
	if n := r.count(2); n > 0 {
		l.skipped = make([]Skipped, n) // nil for none, as a walk leaves it
	}
	for i := range l.skipped {
		l.skipped[i] = Skipped{Path: r.str(), Reason: r.str()}
	}
	if r.bad || len(r.b) != 0 {
		return nil, errBadListing
	}
	return l, nil
}

// Encodes reports whether b is what AppendBinary writes of l, reading b
// in place: a walk is compared with the last one without encoding it.
func (l *Listing) Encodes(b []byte) bool {
	r := &listingReader{b: b}
	if r.count(8) != len(l.files) {
		return false
	}
	for _, f := range l.files {
		for _, s := range [...]string{f.path, f.display, f.file, f.rel, f.item, f.stamp.Path} {
			if string(r.bytes()) != s {
				return false
			}
		}
		if r.signed() != f.stamp.Size || r.signed() != f.stamp.ModTime {
			return false
		}
	}
	if r.count(2) != len(l.skipped) {
		return false
	}
	for _, s := range l.skipped {
		if string(r.bytes()) != s.Path || string(r.bytes()) != s.Reason {
			return false
		}
	}
	return !r.bad && len(r.b) == 0
}
