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

// ParseListing reads a listing that AppendBinary wrote. The strings it
// returns share b's bytes, as a mapped snapshot's strings do: b must not
// change while the listing is used.
func ParseListing(b []byte) (*Listing, error) {
	bad := false
	num := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return v
	}
	signed := func() int64 {
		v, n := binary.Varint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return v
	}
	str := func() string {
		n := num()
		if bad || n > uint64(len(b)) {
			bad = true
			return ""
		}
		s := unsafe.String(unsafe.SliceData(b), n)
		b = b[n:]
		return s
	}
	count := func(least int) int { // least: the fewest bytes an element takes
		n := num()
		if bad || n > uint64(len(b)/least) {
			bad = true
			return 0
		}
		return int(n)
	}
	l := &Listing{}
	l.files = make([]source, count(8))
	for i := range l.files {
		f := &l.files[i]
		f.path, f.display, f.file, f.rel, f.item = str(), str(), str(), str(), str()
		f.stamp.Path = str()
		f.stamp.Size, f.stamp.ModTime = signed(), signed()
	}
	if n := count(2); n > 0 {
		l.skipped = make([]Skipped, n) // nil for none, as a walk leaves it
	}
	for i := range l.skipped {
		l.skipped[i] = Skipped{Path: str(), Reason: str()}
	}
	if bad || len(b) != 0 {
		return nil, errBadListing
	}
	return l, nil
}
