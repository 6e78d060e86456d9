// Package cache keeps a warm-start snapshot of parsed articles and their
// search index, so that a start reads again only the files that changed
// since the last one, and builds no index when none did.
//
// A snapshot belongs to one set of folders (the paths a load was given,
// made absolute), and lives under $XDG_CACHE_HOME/dateline/. It holds, for
// every file that was parsed, the file's stamp (absolute path, size,
// modification time) and what was parsed from it, before identity: the IDs,
// the merging of identical copies and the paths shown are worked out
// afresh on every load, so the snapshot never decides them. A file whose
// stamp matches is neither opened nor read; any other is parsed again, and
// the next snapshot holds the merge of both. It also holds the index of
// the store built over those articles, which a start whose files are all
// unchanged reads in place, once the store has checked it against the
// articles' IDs and Keys.
//
// The snapshot is memory-mapped, and checked by two checksums before
// anything in it is used: one over what a start reads to have its
// articles (the files' entries, the stamp, the listing), taken before it
// reads them, and one over the rest (the articles' text, the index), taken
// from the file on the other core while it does, and waited for before the
// load returns any of them (Confirm). After that, only what a start reads
// is read: the entries of the files it looks up, the text of the articles
// it shows, the parts of the index it searches.
//
// Deleting a snapshot loses nothing: it is rebuilt by the next load. A
// snapshot that is truncated, corrupt, half-written, or written by a build
// with another format is ignored as a whole and rebuilt.
//
// Feed items and the library's articles are not in the snapshot: the
// library has no change counter to check them by, and they are read from
// it, already parsed.
package cache

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"maps"
	"math"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/adrg/xdg"

	"dateline/articles"
	"dateline/store"
)

// Dir returns where snapshots live: $XDG_CACHE_HOME/dateline. It reads the
// XDG variables as they are now, not as they were when the program
// started, and creates nothing.
func Dir() string {
	xdg.Reload()
	return filepath.Join(xdg.CacheHome, "dateline")
}

// The layout of a snapshot file, every section from a multiple of 8:
//
//	magic       8 bytes  "dateline"
//	version     4 bytes  layoutVersion, little-endian
//	checksum    4 bytes  CRC-32C of the front: the directory to the listing
//	length      8 bytes  of everything after the header
//	format     32 bytes  formatHash
//	checksum    4 bytes  CRC-32C of the back: the body and the index
//	            4 bytes  zero
//	directory   8 words  little-endian: the number of files and of slots,
//	                     the length of the entries, of the body and of the
//	                     stamp and of the listing, and two zero
//	slots       a hash table of the files by path, open addressing, each
//	            slot a little-endian uint32: 0, or an entry's offset plus 1
//	entries     each file's path, size, modification time, where its text
//	            lies in the body, and what was parsed from it (codec.go)
//	stamp       the library's stamp that the articles' IDs, or the
//	            library's articles themselves, hold under (see SetStamp),
//	            and with one, every article's Key and ID (codec.go)
//	listing     what the walk of the load's folders found (articles.Listing),
//	            with the key it was kept under (see KeepListing), or nothing
//	body        the text of the articles' paragraphs
//	index       the store's saved index (store.WriteIndex), or nothing
//
// The front is what a start reads to have its articles; the back, at
// 10,000 files nine tenths of the file, is what it reads only once they
// are shown, searched or saved again. A start reads the entries of the
// files it looks up, and nothing else: no text until it is read, no index
// until it is searched.
const (
	magic         = "dateline"
	layoutVersion = 4
	headerSize    = 64
	dirWords      = 8
	payloadStart  = headerSize + 8*dirWords // where the slots begin
)

// racyWindow: a file changed this shortly before a snapshot is written
// could change again within the same tick of a coarse clock (FAT keeps two
// seconds) and keep its stamp, so it is left out and parsed next time.
const racyWindow = 2 * time.Second

// checkChunk is how much of the back is read at a time to be checked.
// It is read from the file, not through the mapping: the pages of the
// mapping are not touched by the check, so what a start never reads never
// counts in its resident set, and costs no page fault.
const checkChunk = 256 << 10

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Cache is the snapshot of one load: what an earlier one left, and what
// this one parses, to be saved after.
type Cache struct {
	path    string
	started time.Time

	snap   *snapshot // read, its front checked, and usable; nil if there was none
	Reason string    // why the snapshot on disk was not used; "" if it was, or if there was none

	// checked is closed once the check of snap's back is done, with
	// backErr what it found; Confirm sets snap aside if that is not nil.
	checked chan struct{}
	backErr error

	// reused has a bit for each of snap's slots whose file this load
	// took unchanged, and reusedN counts them: a lookup, on every core,
	// marks its file without a lock or a copy of its entry.
	reused  []atomic.Uint64
	reusedN atomic.Int64

	mu     sync.Mutex
	parsed map[string]entry // files read and parsed by this load

	spool *articles.Spool // the text of what this load parses, out of the heap

	st          *store.Store      // built by Store, and saved with its index
	indexReused bool              // st reads the snapshot's index
	stamp       string            // what Save records as the snapshot's stamp
	listing     []byte            // what Save records as the listing, with its key; nil for none
	listed      *articles.Listing // the listing Listing read from snap, if it was asked for

	written      bool   // Save wrote a snapshot,
	writtenIndex bool   // with the index,
	writtenStamp string // and this stamp
}

// entry is one file's stamp and what was parsed from it: encoded, as a
// snapshot holds it, or the articles themselves, for a file just parsed.
type entry struct {
	size, mod int64
	meta      string // encodeFile's output
	body      string // the paragraphs' text, in order

	// A file just parsed: its articles, which the load shares, and their
	// fields as they were parsed where the load changes them, for Save to
	// encode.
	arts  []*articles.Article
	given []asParsed
	items []string
}

// asParsed is what the load changes of an article, as it was parsed: a
// snapshot holds the articles before identity (see the package doc).
type asParsed struct {
	id, path string
	paths    []string
}

// Open reads the snapshot for a load of paths from dir, if there is a
// usable one. It never fails: a snapshot that cannot be read or used is
// set aside (Reason says why) and the load parses everything.
func Open(dir string, paths []string) *Cache {
	return openAt(filepath.Join(dir, name(paths)))
}

func openAt(path string) *Cache {
	c := &Cache{
		path:    path,
		started: time.Now(),
		parsed:  make(map[string]entry),
		spool:   articles.NewSpool(filepath.Dir(path)),
		checked: make(chan struct{}),
	}
	f, err := os.Open(c.path)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			c.Reason = err.Error()
		}
		close(c.checked)
		return c
	}
	data, err := mapFile(f)
	if err == nil {
		c.snap, err = read(data)
	}
	if err != nil {
		f.Close()
		c.Reason = err.Error()
		c.snap = nil
		close(c.checked)
		return c
	}
	c.reused = make([]atomic.Uint64, (len(c.snap.slots)/4+63)/64)
	go func() {
		defer close(c.checked)
		defer f.Close()
		c.backErr = c.snap.checkBack(f)
	}()
	return c
}

// Confirm waits for the check of the snapshot's back (its articles' text
// and its index), which Open started, and reports whether it holds. When
// it does not, nothing the snapshot gave may be used: the snapshot is set
// aside as a whole, as one that fails its checksum at Open, and a load
// reads again the files it took from it (articles.Reuse.Confirm). A load
// over c.Reuse() calls it before it returns; Store, Save and Library wait
// for it themselves.
func (c *Cache) Confirm() bool {
	<-c.checked
	if c.backErr == nil {
		return true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snap != nil {
		c.snap, c.Reason = nil, c.backErr.Error()
		for i := range c.reused {
			c.reused[i].Store(0)
		}
		c.reusedN.Store(0)
		c.listed = nil
	}
	return false
}

// Size returns the size in bytes of the snapshot Open would open in dir for
// a load of paths, or 0 when there is none. It only stats the file: a size
// says nothing of whether the snapshot is valid.
func Size(dir string, paths []string) int64 {
	fi, err := os.Stat(filepath.Join(dir, name(paths)))
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	return fi.Size()
}

// name is the snapshot's file name for a load of paths: the same folders
// given the same way share one, wherever the command was run from.
func name(paths []string) string {
	h := sha256.New()
	wd, _ := os.Getwd()
	for _, p := range paths {
		if !filepath.IsAbs(p) {
			p = filepath.Join(wd, p)
		}
		h.Write([]byte(filepath.Clean(p)))
		h.Write([]byte{0})
	}
	return "articles-" + hex.EncodeToString(h.Sum(nil)[:12]) + ".snap"
}

// Reuse is what a load needs to take from the snapshot and add to it.
func (c *Cache) Reuse() *articles.Reuse {
	return &articles.Reuse{Lookup: c.lookup, Parsed: c.add, Spool: c.spool, Confirm: c.Confirm}
}

func (c *Cache) lookup(st articles.FileStamp) ([]*articles.Article, []string, bool) {
	if c.snap == nil {
		return nil, nil, false
	}
	e, slot, ok := c.snap.find(st.Path)
	if !ok || e.size != st.Size || e.mod != st.ModTime {
		return nil, nil, false
	}
	d := decoder{s: e.meta}
	arts, items := decodeFile(&d, e.body)
	if d.err != nil || d.s != "" {
		return nil, nil, false
	}
	bit := uint64(1) << (slot % 64)
	if c.reused[slot/64].Or(bit)&bit == 0 {
		c.reusedN.Add(1)
	}
	return arts, items, true
}

// reusedFiles returns the entries of the files this load took from the
// snapshot, by path.
func (c *Cache) reusedFiles(into map[string]entry) {
	for w := range c.reused {
		marked := c.reused[w].Load()
		for marked != 0 {
			slot := 64*w + bits.TrailingZeros64(marked)
			marked &= marked - 1
			v := binary.LittleEndian.Uint32(c.snap.slots[4*slot:])
			if p, e, ok := c.snap.entry(int(v - 1)); ok {
				into[p] = e
			}
		}
	}
}

// add keeps what a load parsed from a file, for Save: the articles the
// load holds, not copies, since a cold start would otherwise hold every
// article twice, and the ID and paths they were parsed with, which the
// load goes on to change (Reuse.Parsed says it changes nothing else).
func (c *Cache) add(st articles.FileStamp, arts []*articles.Article, items []string) {
	given := make([]asParsed, len(arts))
	for i, a := range arts {
		given[i] = asParsed{id: a.ID, path: a.Path, paths: a.Paths}
	}
	c.mu.Lock()
	c.parsed[st.Path] = entry{size: st.Size, mod: st.ModTime, arts: arts, given: given, items: items}
	c.mu.Unlock()
}

// UseSpool has the load take sp as its spool (articles.Reuse.Spool) in
// place of the one c made, for a load that starts before c is opened:
// Save copies from it the text of the articles whose bodies lie in it.
func (c *Cache) UseSpool(sp *articles.Spool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.spool = sp
}

// Spooled returns how many of the articles the load parsed have their
// bodies' text in the spool, out of the heap.
func (c *Cache) Spooled() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, e := range c.parsed {
		for _, a := range e.arts {
			if _, _, ok := c.spool.Body(a); ok {
				n++
			}
		}
	}
	return n
}

// Counts returns how many files the load took from the snapshot and how
// many it parsed.
func (c *Cache) Counts() (reused, parsed int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return int(c.reusedN.Load()), len(c.parsed)
}

// Store builds the store over arts, the articles of this load with their
// IDs. When every file came from the snapshot unchanged, their articles
// are those its index was saved over, and the store reads that index in
// place if it fits them (the same IDs and Keys in the same order);
// otherwise it builds its own. Save keeps the index of the store made
// here.
func (c *Cache) Store(arts []*articles.Article) *store.Store {
	c.Confirm()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.st, c.indexReused = nil, false
	if c.snap != nil && len(c.snap.index) > 0 && len(c.parsed) == 0 && int(c.reusedN.Load()) == c.snap.files {
		if st, err := store.NewSaved(arts, c.snap.index); err == nil {
			c.st, c.indexReused = st, true
			return st
		}
	}
	c.st = store.New(arts)
	return c.st
}

// IndexReused reports whether the store that Store made reads the
// snapshot's index.
func (c *Cache) IndexReused() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.indexReused
}

// Indexed reports whether the store that Store made has its index, built
// or read.
func (c *Cache) Indexed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.st != nil && c.st.Indexed()
}

// SavedIDs returns the IDs of the articles of the load the snapshot was
// saved from, by Key, when it was saved at stamp (see SetStamp) and every
// file of this load came from it unchanged: then remembering the IDs
// again would give these. It returns nil otherwise, and on a nil Cache.
func (c *Cache) SavedIDs(stamp string) map[string]string {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if stamp == "" || c.snap == nil || c.snap.stamp != stamp || len(c.parsed) != 0 || int(c.reusedN.Load()) != c.snap.files {
		return nil
	}
	d := decoder{s: c.snap.ids}
	n := d.count()
	ids := make(map[string]string, n)
	for range n {
		key, id := d.str(), d.str()
		ids[key] = id
	}
	if d.err != nil || d.s != "" || len(ids) != n {
		return nil
	}
	return ids
}

// KeepListing has Save record l, what this load's walk found, under key:
// whatever besides the folders decides what the walk's names are (the
// working directory, the folders as they were given). nil records none.
func (c *Cache) KeepListing(key string, l *articles.Listing) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.listing = nil
	if l == nil {
		return
	}
	if c.snap != nil && (l == c.listed || c.sameListing(key, l)) {
		c.listing = c.snap.listing // as it was read: nothing to encode again
		return
	}
	var e encoder
	if c.snap != nil {
		e.b = make([]byte, 0, len(c.snap.listing)) // the size of the last one: grown by no copy, most often
	}
	e.str(key)
	if b, err := l.AppendBinary(e.b); err == nil {
		c.listing = b
	}
}

// sameListing reports whether the snapshot holds l under key, reading
// its listing in place: a start whose folders did not change compares its
// walk with the last one without encoding it.
func (c *Cache) sameListing(key string, l *articles.Listing) bool {
	d := decoder{s: asString(c.snap.listing)}
	if d.str() != key || d.err != nil {
		return false
	}
	return l.Encodes(c.snap.listing[len(c.snap.listing)-len(d.s):])
}

// Listing returns the listing the snapshot was saved with, when it was
// kept under key (KeepListing), or nil. A load over it (LoadListing) reads
// what the snapshot holds without walking the folders; whether they have
// changed since is for a walk to tell (Listing.Equal). Its strings are
// views of the snapshot.
func (c *Cache) Listing(key string) *articles.Listing {
	if c == nil || c.snap == nil || len(c.snap.listing) == 0 {
		return nil
	}
	d := decoder{s: asString(c.snap.listing)}
	if d.str() != key || d.err != nil {
		return nil
	}
	rest := c.snap.listing[len(c.snap.listing)-len(d.s):]
	l, err := articles.ParseListing(rest)
	if err != nil {
		return nil
	}
	c.mu.Lock()
	c.listed = l
	c.mu.Unlock()
	return l
}

// SetStamp has Save record stamp, the library's state (and whatever else
// decides the IDs) under which this load's articles got their IDs: the
// next load with every file unchanged and the same stamp may take them
// from SavedIDs. "" records none.
func (c *Cache) SetStamp(stamp string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stamp = stamp
}

// libraryEntry is the one entry of a library's snapshot, which holds its
// articles as one file holds several.
const libraryEntry = "/library"

// OpenLibrary reads the snapshot of the library at libPath from dir: its
// articles, as a start reads them from it, already parsed. It never fails,
// as Open.
func OpenLibrary(dir, libPath string) *Cache {
	abs, err := filepath.Abs(libPath)
	if err != nil {
		abs = libPath
	}
	h := sha256.Sum256([]byte(filepath.Clean(abs)))
	return openAt(filepath.Join(dir, "library-"+hex.EncodeToString(h[:12])+".snap"))
}

// Library returns the library's articles as the snapshot holds them, when
// it was saved at stamp (the library's Stamp), or nil. They are fresh
// values, and Store then reads the snapshot's index if it fits them.
func (c *Cache) Library(stamp string) []*articles.Article {
	if stamp == "" || c.snap == nil || c.snap.stamp != stamp {
		return nil
	}
	arts, _, ok := c.lookup(articles.FileStamp{Path: libraryEntry})
	if !ok || !c.Confirm() {
		return nil
	}
	c.SetStamp(stamp)
	return arts
}

// KeepLibrary has Save write arts, the library's articles as they were
// read at stamp, in place of what the snapshot holds.
func (c *Cache) KeepLibrary(stamp string, arts []*articles.Article) {
	c.add(articles.FileStamp{Path: libraryEntry}, arts, nil)
	c.SetStamp(stamp)
}

// Save writes the snapshot of this load: the files it took from the old
// one and the files it parsed, leaving out those that were not seen (gone,
// or not readable now) and those changed too recently to trust their
// stamps, and the index of the store that Store made, when it holds the
// articles of those files and no others and is there (a store builds it
// on first use: Save does not build it). It writes nothing when that is
// what is on disk already, or what it wrote before; so it may be called
// again once the index is there. The new snapshot is written to a temporary file
// and renamed over the old one, so a reader sees the old snapshot or the
// new one, whole, and of two processes saving at once the last rename
// wins.
func (c *Cache) Save() error {
	c.Confirm() // what is copied from the old snapshot must hold
	c.mu.Lock()
	defer c.mu.Unlock()
	racy := c.started.Add(-racyWindow).UnixNano()
	fresh, left := 0, 0
	for p, e := range c.parsed {
		if e.mod >= racy && p != libraryEntry {
			left++
		} else {
			fresh++
		}
	}
	reusedN := int(c.reusedN.Load())
	oldFiles := 0
	if c.snap != nil {
		oldFiles = c.snap.files
	}
	st := c.st
	if left > 0 || st != nil && !st.Indexed() {
		st = nil // its index holds articles the snapshot does not, or is not there
	}
	if c.written && (st == nil || c.writtenIndex) && c.stamp == c.writtenStamp {
		return nil
	}
	oldStamp := ""
	if c.snap != nil {
		oldStamp = c.snap.stamp
	}
	var oldListing []byte
	if c.snap != nil {
		oldListing = c.snap.listing
	}
	if fresh == 0 && reusedN == oldFiles && c.Reason == "" && (st == nil || c.indexReused) && c.stamp == oldStamp && string(c.listing) == string(oldListing) {
		return nil
	}
	files := make(map[string]entry, reusedN+fresh)
	c.reusedFiles(files)
	for p, e := range c.parsed {
		if e.mod < racy || p == libraryEntry {
			files[p] = e
		}
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return fmt.Errorf("saving the snapshot: %w", err)
	}
	removeLeftovers(filepath.Dir(c.path))
	tmp, err := os.CreateTemp(filepath.Dir(c.path), tempPattern)
	if err != nil {
		return fmt.Errorf("saving the snapshot: %w", err)
	}
	// No fsync: a snapshot lost or torn by a crash fails its checksum and
	// is rebuilt, which costs one cold start and nothing else.
	var ids []*articles.Article
	if c.st != nil {
		ids = c.st.All()
	}
	err = write(tmp, files, c.stamp, ids, st, c.listing, c.spool)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), c.path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("saving the snapshot: %w", err)
	}
	c.written, c.writtenIndex, c.writtenStamp = true, st != nil, c.stamp
	return nil
}

// write writes a snapshot of files and stamp, with the index of st if st
// is not nil, to f. Everything is written from where it lies, the old
// snapshot's mapping, the parsed articles or the spool their text went to
// (read from its file, so that a cold start's text is not read into its
// memory to be copied), through a buffer, never gathered: the entries of
// the files just parsed are encoded once to be measured, since the table
// and the directory that come first need their offsets and lengths, and
// again as they are written.
func write(f *os.File, files map[string]entry, stamp string, ids []*articles.Article, st *store.Store, listing []byte, spool *articles.Spool) error {
	stampLen := strLen(stamp)
	if stamp != "" {
		stampLen += uvarintLen(uint64(len(ids)))
		for _, a := range ids {
			stampLen += strLen(a.Key) + strLen(a.ID)
		}
	}
	paths := slices.Sorted(maps.Keys(files))
	slots := make([]uint32, slotCount(len(paths)))
	mask := uint32(len(slots) - 1)
	type sized struct{ meta, body int }
	sizes := make([]sized, len(paths))
	var scratch encoder
	entriesLen, bodyLen := 0, 0
	for k, p := range paths {
		e := files[p]
		i := hashPath(p) & mask
		for slots[i] != 0 {
			i = (i + 1) & mask
		}
		slots[i] = uint32(entriesLen) + 1
		sz := sized{meta: len(e.meta), body: len(e.body)}
		if e.arts != nil {
			scratch.b = scratch.b[:0]
			encodeFile(&scratch, e.arts, e.given, e.items)
			sz = sized{meta: len(scratch.b)}
			eachText(e.arts, func(s string) { sz.body += len(s) })
		}
		sizes[k] = sz
		entriesLen += strLen(p) + varintLen(e.size) + varintLen(e.mod) +
			uvarintLen(uint64(bodyLen)) + uvarintLen(uint64(sz.body)) + uvarintLen(uint64(sz.meta)) + sz.meta
		bodyLen += sz.body
		if entriesLen >= math.MaxUint32 {
			return errors.New("too many files for one snapshot")
		}
	}

	if _, err := f.Write(make([]byte, headerSize)); err != nil {
		return err
	}
	w := &checkedWriter{w: bufio.NewWriterSize(f, 1<<20)}
	for _, v := range [dirWords]uint64{uint64(len(paths)), uint64(len(slots)), uint64(entriesLen), uint64(bodyLen), uint64(stampLen), uint64(len(listing))} {
		w.write(binary.LittleEndian.AppendUint64(nil, v))
	}
	slotBytes := make([]byte, 0, 4*len(slots))
	for _, s := range slots {
		slotBytes = binary.LittleEndian.AppendUint32(slotBytes, s)
	}
	w.write(slotBytes)
	w.pad()
	start, off := w.n, 0
	for k, p := range paths {
		e, sz := files[p], sizes[k]
		scratch.b = scratch.b[:0]
		scratch.str(p)
		scratch.int(e.size)
		scratch.int(e.mod)
		scratch.uint(uint64(off))
		scratch.uint(uint64(sz.body))
		if e.arts != nil {
			scratch.uint(uint64(sz.meta))
			at := len(scratch.b)
			encodeFile(&scratch, e.arts, e.given, e.items)
			if len(scratch.b)-at != sz.meta {
				return errors.New("an entry changed while the snapshot was written")
			}
		} else {
			scratch.str(e.meta)
		}
		w.write(scratch.b)
		off += sz.body
	}
	if w.err == nil && w.n-start != int64(entriesLen) {
		return errors.New("the entries are not the length they were measured at")
	}
	w.pad()
	scratch.b = scratch.b[:0]
	scratch.str(stamp)
	if stamp != "" {
		scratch.uint(uint64(len(ids)))
		for _, a := range ids {
			scratch.str(a.Key)
			scratch.str(a.ID)
			if len(scratch.b) >= 32<<10 {
				w.write(scratch.b)
				scratch.b = scratch.b[:0]
			}
		}
	}
	w.write(scratch.b)
	w.pad()
	w.write(listing)
	w.pad()
	front := w.cut()
	var run spoolRun
	for _, p := range paths {
		e := files[p]
		if e.arts == nil {
			run.flush(w)
			w.str(e.body)
			continue
		}
		for _, a := range e.arts {
			if off, n, ok := spool.Body(a); ok {
				run.add(w, spool, off, n)
				continue
			}
			run.flush(w)
			eachText([]*articles.Article{a}, w.str)
		}
	}
	run.flush(w)
	w.pad()
	if st != nil && w.err == nil {
		if _, err := st.WriteIndex(w); err != nil {
			return err
		}
	}
	if err := w.flush(); err != nil {
		return err
	}
	h := make([]byte, headerSize)
	copy(h, magic)
	binary.LittleEndian.PutUint32(h[8:], layoutVersion)
	binary.LittleEndian.PutUint32(h[12:], front)
	binary.LittleEndian.PutUint64(h[16:], uint64(w.n))
	copy(h[24:], formatHash[:])
	binary.LittleEndian.PutUint32(h[56:], w.crc)
	_, err := f.WriteAt(h, 0)
	return err
}

// tempPattern names the file a snapshot is written to before it is
// renamed into place.
const tempPattern = ".tmp-*"

// leftoverAge is the age from which a temp file is a leftover: the save
// that wrote it was killed before its rename (a SIGKILL, a power cut), and
// no save still under way writes a file this long.
const leftoverAge = 10 * time.Minute

// removeLeftovers removes the leftovers of saves that never finished, so
// that they do not pile up in the cache folder.
func removeLeftovers(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix, _, _ := strings.Cut(tempPattern, "*")
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > leftoverAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// slotCount is the size of the hash table for n files: a power of two, at
// least twice n, so that a probe ends soon.
func slotCount(n int) int {
	s := 8
	for s < 2*n {
		s *= 2
	}
	return s
}

// hashPath is the hash of a path in the table: CRC-32C, which every
// build computes alike and the processor computes fast.
func hashPath(p string) uint32 {
	return crc32.Checksum(unsafe.Slice(unsafe.StringData(p), len(p)), castagnoli)
}

// checkedWriter writes the payload, counting it (for the padding) and
// taking its checksum as it goes.
type checkedWriter struct {
	w   *bufio.Writer
	n   int64
	crc uint32
	err error
}

func (w *checkedWriter) Write(b []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(b)
	w.crc = crc32.Update(w.crc, castagnoli, b[:n])
	w.n += int64(n)
	w.err = err
	return n, err
}

func (w *checkedWriter) write(b []byte) { w.Write(b) }

// cut returns the checksum of what was written since the last cut, and
// starts the next.
func (w *checkedWriter) cut() uint32 {
	sum := w.crc
	w.crc = 0
	return sum
}

// spoolRun copies the text of articles from their spool, a run of
// adjacent ranges of its file at a time: the articles of a cold load lie
// there mostly in the order of their files.
type spoolRun struct {
	spool  *articles.Spool
	off, n int64
}

// add copies n bytes of spool from off, after what was added before.
func (r *spoolRun) add(w *checkedWriter, spool *articles.Spool, off, n int64) {
	if r.n > 0 && (r.spool != spool || r.off+r.n != off) {
		r.flush(w)
	}
	if r.n == 0 {
		r.spool, r.off = spool, off
	}
	r.n += n
}

// flush copies the run, through the writer's own buffer.
func (r *spoolRun) flush(w *checkedWriter) {
	for r.n > 0 && w.err == nil {
		if w.w.Available() == 0 {
			if w.err = w.w.Flush(); w.err != nil {
				break
			}
		}
		b := w.w.AvailableBuffer()
		b = b[:min(int64(cap(b)), r.n)]
		k, err := r.spool.ReadAt(b, r.off)
		if k < len(b) {
			if err == nil {
				err = io.ErrUnexpectedEOF
			}
			w.err = err
			break
		}
		w.Write(b)
		r.off += int64(k)
		r.n -= int64(k)
	}
	r.n = 0
}

func (w *checkedWriter) str(s string) { w.Write(unsafe.Slice(unsafe.StringData(s), len(s))) }

func (w *checkedWriter) pad() {
	if rem := (headerSize + w.n) % 8; rem != 0 {
		w.Write(make([]byte, 8-rem))
	}
}

func (w *checkedWriter) flush() error {
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

// snapshot is a snapshot read and its front checked: views of its
// sections, and where its back lies, to be checked (checkBack).
type snapshot struct {
	files   int
	slots   []byte // little-endian uint32s
	entries string
	body    string
	stamp   string
	ids     string // each article's Key and ID, when stamp is set
	listing []byte // the listing section: its key, then the listing
	index   []byte // empty without an index

	back, size int64  // where the back begins, and where the file ends
	backSum    uint32 // its checksum, as the header has it
}

// read checks a snapshot's header and the checksum of its front, and finds
// its sections. It reads no entry, and nothing of the back: the entries
// are read as they are looked up, and the back is for checkBack.
func read(data []byte) (*snapshot, error) {
	if len(data) < headerSize || string(data[:8]) != magic {
		return nil, errors.New("not a snapshot, or a truncated one")
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != layoutVersion {
		return nil, fmt.Errorf("snapshot layout %d, not %d", v, layoutVersion)
	}
	if string(data[24:24+len(formatHash)]) != string(formatHash[:]) {
		return nil, errors.New("snapshot written by a build with another article format")
	}
	if n := binary.LittleEndian.Uint64(data[16:]); n != uint64(len(data)-headerSize) {
		return nil, fmt.Errorf("snapshot truncated or overlong: %d payload bytes, not %d", len(data)-headerSize, n)
	}
	s, err := sections(data)
	if err != nil {
		return nil, err
	}
	if crc32.Checksum(data[headerSize:s.back], castagnoli) != binary.LittleEndian.Uint32(data[12:]) {
		return nil, errors.New("snapshot fails its checksum")
	}
	s.backSum = binary.LittleEndian.Uint32(data[56:])
	return s, nil
}

// checkBack checks the back of the snapshot, read from f, the file it was
// mapped from, a chunk at a time.
func (s *snapshot) checkBack(f io.ReaderAt) error {
	buf := make([]byte, checkChunk)
	var sum uint32
	for off := s.back; off < s.size; {
		n, err := f.ReadAt(buf[:min(int64(len(buf)), s.size-off)], off)
		sum = crc32.Update(sum, castagnoli, buf[:n])
		off += int64(n)
		if err != nil && off < s.size {
			return fmt.Errorf("reading the snapshot: %w", err)
		}
	}
	if sum != s.backSum {
		return errors.New("snapshot fails its checksum (its text or index)")
	}
	return nil
}

// sections finds the sections of a snapshot whose header is checked.
func sections(data []byte) (*snapshot, error) {
	if len(data) < payloadStart {
		return nil, errCorrupt
	}
	var dir [dirWords]uint64
	for i := range dir {
		dir[i] = binary.LittleEndian.Uint64(data[headerSize+8*i:])
	}
	at := uint64(payloadStart)
	size := uint64(len(data))
	take := func(n uint64) []byte {
		if at > size || n > size-at {
			return nil
		}
		b := data[at : at+n]
		at = (at + n + 7) &^ 7
		return b
	}
	files, nslots := dir[0], dir[1]
	if nslots == 0 || nslots&(nslots-1) != 0 || nslots > size/4 || files > nslots || dir[6]|dir[7] != 0 {
		return nil, errCorrupt
	}
	slots := take(4 * nslots)
	entries := take(dir[2])
	stamp := take(dir[4])
	listing := take(dir[5])
	back := at
	body := take(dir[3])
	if slots == nil || entries == nil || body == nil || stamp == nil || listing == nil || at > size {
		return nil, errCorrupt
	}
	d := decoder{s: asString(stamp)}
	st := d.str()
	if d.err != nil {
		return nil, errCorrupt
	}
	s := &snapshot{files: int(files), slots: slots, entries: asString(entries), body: asString(body), stamp: st, ids: d.s, listing: listing, back: int64(back), size: int64(size)}
	if at < size {
		s.index = data[at:]
	}
	return s, nil
}

// find looks up the entry of the file at path, and returns it with the
// slot that holds it.
func (s *snapshot) find(path string) (entry, int, bool) {
	n := uint32(len(s.slots) / 4)
	for i, probes := hashPath(path)&(n-1), uint32(0); probes < n; i, probes = (i+1)&(n-1), probes+1 {
		v := binary.LittleEndian.Uint32(s.slots[4*i:])
		if v == 0 {
			return entry{}, 0, false
		}
		p, e, ok := s.entry(int(v - 1))
		if !ok {
			return entry{}, 0, false
		}
		if p == path {
			return e, int(i), true
		}
	}
	return entry{}, 0, false
}

// entry reads the entry at off in the entries.
func (s *snapshot) entry(off int) (string, entry, bool) {
	if off >= len(s.entries) {
		return "", entry{}, false
	}
	d := decoder{s: s.entries[off:]}
	p := d.str()
	e := entry{size: d.int(), mod: d.int()}
	bodyOff, bodyLen := d.uint(), d.uint()
	e.meta = d.str()
	if d.err != nil || bodyOff > uint64(len(s.body)) || bodyLen > uint64(len(s.body))-bodyOff {
		return "", entry{}, false
	}
	e.body = s.body[bodyOff : bodyOff+bodyLen]
	return p, e, true
}
