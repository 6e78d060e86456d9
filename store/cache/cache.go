// Package cache keeps a warm-start snapshot of parsed articles, so that a
// start reads again only the files that changed since the last one.
//
// A snapshot belongs to one set of folders (the paths a load was given,
// made absolute), and lives under $XDG_CACHE_HOME/dateline/. It holds, for
// every file that was parsed, the file's stamp (absolute path, size,
// modification time) and what was parsed from it, before identity: the IDs,
// the merging of identical copies and the paths shown are worked out
// afresh on every load, so the snapshot never decides them. A file whose
// stamp matches is neither opened nor read; any other is parsed again, and
// the next snapshot holds the merge of both.
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
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/adrg/xdg"

	"dateline/articles"
)

// Dir returns where snapshots live: $XDG_CACHE_HOME/dateline. It reads the
// XDG variables as they are now, not as they were when the program
// started, and creates nothing.
func Dir() string {
	xdg.Reload()
	return filepath.Join(xdg.CacheHome, "dateline")
}

// The layout of a snapshot file:
//
//	magic       8 bytes  "dateline"
//	version     4 bytes  layoutVersion, little-endian
//	checksum    4 bytes  CRC-32C of the payload
//	length      8 bytes  of the payload
//	format     32 bytes  formatHash
//	payload     the number of files, then for each: its path, size,
//	            modification time, and its parsed articles (codec.go)
const (
	magic         = "dateline"
	layoutVersion = 1
	headerSize    = 8 + 4 + 4 + 8 + 32
)

// racyWindow: a file changed this shortly before a snapshot is written
// could change again within the same tick of a coarse clock (FAT keeps two
// seconds) and keep its stamp, so it is left out and parsed next time.
const racyWindow = 2 * time.Second

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Cache is the snapshot of one load: what an earlier one left, and what
// this one parses, to be saved after.
type Cache struct {
	path    string
	started time.Time

	old    map[string]entry // by absolute path, from the snapshot read
	Reason string           // why the snapshot on disk was not used; "" if it was, or if there was none

	mu     sync.Mutex
	reused map[string]entry // unchanged files, from old
	parsed map[string]entry // files read and parsed by this load
}

// entry is one file's stamp and its encoded articles.
type entry struct {
	size, mod int64
	body      string // encodeFile's output
}

// Open reads the snapshot for a load of paths from dir, if there is a
// usable one. It never fails: a snapshot that cannot be read or used is
// set aside (Reason says why) and the load parses everything.
func Open(dir string, paths []string) *Cache {
	c := &Cache{
		path:    filepath.Join(dir, name(paths)),
		started: time.Now(),
		reused:  make(map[string]entry),
		parsed:  make(map[string]entry),
	}
	data, err := os.ReadFile(c.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		c.Reason = err.Error()
	default:
		c.old, err = read(data)
		if err != nil {
			c.Reason = err.Error()
		}
	}
	return c
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
	return &articles.Reuse{Lookup: c.lookup, Parsed: c.add}
}

func (c *Cache) lookup(st articles.FileStamp) ([]*articles.Article, []string, bool) {
	e, ok := c.old[st.Path]
	if !ok || e.size != st.Size || e.mod != st.ModTime {
		return nil, nil, false
	}
	d := decoder{s: e.body}
	arts, items := decodeFile(&d)
	if d.err != nil || d.s != "" {
		return nil, nil, false
	}
	c.mu.Lock()
	c.reused[st.Path] = e
	c.mu.Unlock()
	return arts, items, true
}

func (c *Cache) add(st articles.FileStamp, arts []*articles.Article, items []string) {
	var e encoder
	encodeFile(&e, arts, items)
	c.mu.Lock()
	c.parsed[st.Path] = entry{size: st.Size, mod: st.ModTime, body: string(e.b)}
	c.mu.Unlock()
}

// Counts returns how many files the load took from the snapshot and how
// many it parsed.
func (c *Cache) Counts() (reused, parsed int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.reused), len(c.parsed)
}

// Save writes the snapshot of this load: the files it took from the old
// one and the files it parsed, leaving out those that were not seen (gone,
// or not readable now) and those changed too recently to trust their
// stamps. It writes nothing when that is what is on disk already. The new
// snapshot is written to a temporary file and renamed over the old one, so
// a reader sees the old snapshot or the new one, whole, and of two
// processes saving at once the last rename wins.
func (c *Cache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	files := make(map[string]entry, len(c.reused)+len(c.parsed))
	for p, e := range c.reused {
		files[p] = e
	}
	racy := c.started.Add(-racyWindow).UnixNano()
	fresh := 0
	for p, e := range c.parsed {
		if e.mod >= racy {
			continue
		}
		files[p] = e
		fresh++
	}
	if fresh == 0 && len(files) == len(c.old) && c.Reason == "" {
		return nil
	}
	var e encoder
	e.b = make([]byte, headerSize, headerSize+payloadSize(files))
	e.uint(uint64(len(files)))
	for p, f := range files {
		e.str(p)
		e.int(f.size)
		e.int(f.mod)
		e.str(f.body)
	}
	payload := e.b[headerSize:]
	h := e.b[:headerSize]
	copy(h, magic)
	binary.LittleEndian.PutUint32(h[8:], layoutVersion)
	binary.LittleEndian.PutUint32(h[12:], crc32.Checksum(payload, castagnoli))
	binary.LittleEndian.PutUint64(h[16:], uint64(len(payload)))
	copy(h[24:], formatHash[:])

	if err := os.MkdirAll(filepath.Dir(c.path), 0o700); err != nil {
		return fmt.Errorf("saving the snapshot: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(c.path), ".tmp-*")
	if err != nil {
		return fmt.Errorf("saving the snapshot: %w", err)
	}
	// No fsync: a snapshot lost or torn by a crash fails its checksum and
	// is rebuilt, which costs one cold start and nothing else.
	_, err = tmp.Write(e.b)
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
	return nil
}

func payloadSize(files map[string]entry) int {
	n := binary.MaxVarintLen64
	for p, f := range files {
		n += len(p) + len(f.body) + 4*binary.MaxVarintLen64
	}
	return n
}

// read checks a snapshot's header and checksum and lists its files. The
// bodies are decoded later, only for the files that are unchanged.
func read(data []byte) (map[string]entry, error) {
	if len(data) < headerSize || string(data[:8]) != magic {
		return nil, errors.New("not a snapshot, or a truncated one")
	}
	if v := binary.LittleEndian.Uint32(data[8:]); v != layoutVersion {
		return nil, fmt.Errorf("snapshot layout %d, not %d", v, layoutVersion)
	}
	if string(data[24:headerSize]) != string(formatHash[:]) {
		return nil, errors.New("snapshot written by a build with another article format")
	}
	payload := data[headerSize:]
	if n := binary.LittleEndian.Uint64(data[16:]); n != uint64(len(payload)) {
		return nil, fmt.Errorf("snapshot truncated or overlong: %d payload bytes, not %d", len(payload), n)
	}
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(data[12:]) {
		return nil, errors.New("snapshot fails its checksum")
	}
	return readPayload(asString(payload))
}

func readPayload(payload string) (map[string]entry, error) {
	d := decoder{s: payload}
	n := d.count()
	files := make(map[string]entry, n)
	for range n {
		p := d.str()
		size := d.int()
		mod := d.int()
		body := d.str()
		if d.err != nil {
			break
		}
		if !filepath.IsAbs(p) || strings.ContainsRune(p, 0) {
			d.fail()
			break
		}
		files[p] = entry{size: size, mod: mod, body: body}
	}
	if d.err == nil && d.s != "" {
		d.fail()
	}
	if d.err != nil {
		return nil, d.err
	}
	return files, nil
}
