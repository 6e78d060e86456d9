package articles

import (
	"os"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A Spool keeps the text of the bodies a load parses in a file instead of
// the heap, and the articles read it through a read-only mapping of the
// file: their text is then in the page cache, as a warm start's is in its
// snapshot's, and in the process's memory only where it is read. A cold
// start that lists the articles, or saves them to a snapshot (which
// copies the text from the file, see ReadAt and Body), never reads it.
//
// The file is removed as soon as it is made; it lives as long as the
// process, for the strings that point into it. A spool that cannot be
// made or mapped, or that is full, leaves the text in the heap.
type Spool struct {
	dir  string
	room atomic.Int64 // what to map, from the bytes the load lists

	once sync.Once
	f    *os.File
	data []byte       // the mapping; nil when there is none
	used atomic.Int64 // bytes of data taken
}

// NewSpool returns a spool that makes its file in dir (created if need
// be) once a load parses a file: a start that parses nothing makes none.
func NewSpool(dir string) *Spool { return &Spool{dir: dir} }

// spoolRoom is how much room a spool maps for a load of files of the
// given bytes: the text of a file is most often shorter than the file,
// and never more than thrice as long (a byte of Windows-1252 is at most
// three of UTF-8); a file whose text does not fit is kept in the heap.
func spoolRoom(bytes int64) int64 { return 2*bytes + 1<<20 }

// expect gives the spool room for the text of files of the given bytes,
// when it makes its file.
func (s *Spool) expect(bytes int64) {
	if s != nil {
		s.room.Store(spoolRoom(bytes))
	}
}

// open makes and maps the file, once.
func (s *Spool) open() {
	s.once.Do(func() {
		if err := os.MkdirAll(s.dir, 0o700); err != nil {
			return
		}
		// Named as the snapshot's temp files are, so that the one a
		// process killed before the Remove leaves is cleared as theirs are.
		f, err := os.CreateTemp(s.dir, ".tmp-text-*")
		if err != nil {
			return
		}
		os.Remove(f.Name())
		data, err := mapSpool(f, max(s.room.Load(), spoolRoom(0)))
		if err != nil {
			f.Close()
			return
		}
		s.f, s.data = f, data
	})
}

// spoolBufs holds the buffers a body is gathered in before it is written.
var spoolBufs = sync.Pool{New: func() any { return new([]byte) }}

// put writes the text of body to the file, in order and without a gap,
// and points the paragraphs at it; it reports false, and leaves body as
// it was, when it cannot.
func (s *Spool) put(body []Paragraph) bool {
	if s == nil {
		return false
	}
	n := 0
	for _, p := range body {
		n += len(p.Text)
	}
	if n == 0 {
		return false
	}
	if s.open(); s.data == nil {
		return false
	}
	end := s.used.Add(int64(n))
	off := end - int64(n)
	if end > int64(len(s.data)) {
		return false // the room is gone; what was taken stays a gap no one reads
	}
	bp := spoolBufs.Get().(*[]byte)
	buf := (*bp)[:0]
	for _, p := range body {
		buf = append(buf, p.Text...)
	}
	_, err := s.f.WriteAt(buf, off)
	*bp = buf
	spoolBufs.Put(bp)
	if err != nil {
		return false
	}
	at := int(off)
	for i := range body {
		k := len(body[i].Text)
		if k == 0 {
			body[i].Text = ""
			continue
		}
		body[i].Text = unsafe.String(&s.data[at], k)
		at += k
	}
	return true
}

// Body returns where in the file the text of a's paragraphs lies, one
// after the other: from off, n bytes. ok is false when it does not lie
// there whole.
func (s *Spool) Body(a *Article) (off, n int64, ok bool) {
	if s == nil || s.data == nil {
		return 0, 0, false
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(s.data)))
	size := uintptr(len(s.data))
	start, at := int64(-1), int64(0)
	for _, p := range a.Body {
		if p.Text == "" {
			continue
		}
		ptr := uintptr(unsafe.Pointer(unsafe.StringData(p.Text)))
		if ptr < base || ptr-base >= size || size-(ptr-base) < uintptr(len(p.Text)) {
			return 0, 0, false
		}
		o := int64(ptr - base)
		switch {
		case start < 0:
			start, at = o, o
		case o != at:
			return 0, 0, false
		}
		at += int64(len(p.Text))
	}
	if start < 0 {
		return 0, 0, false
	}
	return start, at - start, true
}

// ReadAt reads the file's text at off, from the file and not through the
// mapping, so that what a copy of it reads stays out of the process's
// memory.
func (s *Spool) ReadAt(b []byte, off int64) (int, error) {
	if s == nil || s.f == nil {
		return 0, os.ErrInvalid
	}
	return s.f.ReadAt(b, off)
}
