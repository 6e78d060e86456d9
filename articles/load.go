package articles

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
)

// MaxFileSize is the largest file Load reads; larger ones are skipped.
const MaxFileSize = 16 << 20

// Skipped is a file that was not loaded, and why.
type Skipped struct {
	Path   string // sanitised for display
	Reason string
}

// Progress counts a load's work as it goes; safe to read from another
// goroutine while Load runs.
type Progress struct {
	files, total, bytes atomic.Int64

	// Listed, when not nil, is called once the load knows its files,
	// before it reads any, with the bytes they hold as listed.
	Listed func(bytes int64)
}

// Snapshot returns the files done, the files found and the bytes read so far.
func (p *Progress) Snapshot() (done, total int, bytes int64) {
	return int(p.files.Load()), int(p.total.Load()), p.bytes.Load()
}

// Loaded is what a load produced.
type Loaded struct {
	Articles []*Article
	Skipped  []Skipped
	Bytes    int64 // raw bytes of the loaded articles

	// Listing is what the load's walk found, to be kept for a later
	// LoadListing.
	Listing *Listing

	origins [][]origin // by article: the files it was read from, in byte order
}

// Load reads every .txt, .md and .markdown file, and every file of a
// registered format (RegisterFormat), below each of paths (a path may also be
// a single file) and parses them on every core. A file that cannot be used
// is skipped with its reason and never stops the others; Load fails only
// when one of paths itself cannot be read, or when ctx is done. progress
// may be nil.
//
// Load returns as soon as ctx is done, even while a worker is still stuck
// in a read that no context reaches (a hung network file system, say): that
// worker stops at its next check, and nothing reads what it leaves.
func Load(ctx context.Context, paths []string, progress *Progress) (*Loaded, error) {
	return load(ctx, paths, progress, nil)
}

func load(ctx context.Context, paths []string, progress *Progress, reuse *Reuse) (*Loaded, error) {
	l, err := List(ctx, paths)
	if err != nil {
		return nil, err
	}
	return loadListed(ctx, l, progress, reuse)
}

// LoadListing is LoadReusing over the files of l, a listing from an
// earlier walk (List, or Loaded.Listing), without walking the folders
// again: a file that has changed since is loaded as it was, unless r has
// nothing for it. r may be nil.
func LoadListing(ctx context.Context, l *Listing, progress *Progress, r *Reuse) (*Loaded, error) {
	return loadListed(ctx, l, progress, r)
}

func loadListed(ctx context.Context, l *Listing, progress *Progress, reuse *Reuse) (*Loaded, error) {
	if progress == nil {
		progress = new(Progress)
	}
	files := l.files
	progress.total.Store(int64(len(files)))
	if progress.Listed != nil || reuse != nil && reuse.Spool != nil {
		var listed int64
		for _, f := range files {
			listed += min(max(f.stamp.Size, 0), MaxFileSize)
		}
		if progress.Listed != nil {
			progress.Listed(listed)
		}
		if reuse != nil {
			reuse.Spool.expect(listed)
		}
	}

	results := make([][]*Article, len(files))
	items := make([][]string, len(files)) // the entries' names, for a file that holds several
	reasons := make([]error, len(files))
	looked := make([]bool, len(files)) // taken from reuse.Lookup
	err := eachFile(ctx, len(files), func(i int) {
		results[i], items[i], looked[i], reasons[i] = reuse.load(files[i], progress)
		progress.files.Add(1)
	})
	if err != nil {
		return nil, err
	}
	if reuse != nil && reuse.Confirm != nil && slices.Contains(looked, true) && !reuse.Confirm() {
		// What the lookups gave is not to be used: those files are read.
		again := make([]int, 0, len(files))
		for i, ok := range looked {
			if ok {
				again = append(again, i)
			}
		}
		err := eachFile(ctx, len(again), func(k int) {
			i := again[k]
			results[i], items[i], reasons[i] = reuse.read(files[i], progress)
		})
		if err != nil {
			return nil, err
		}
	}

	files, arts, reasons := oneEach(files, results, items, reasons)
	loaded := identified(files, arts, reasons, slices.Clone(l.skipped))
	loaded.Listing = l
	return loaded, nil
}

// eachFile calls fn with every index below n, on every core, and returns
// when they are done, or as soon as ctx is (see Load), with its error.
func eachFile(ctx context.Context, n int, fn func(i int)) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				fn(i)
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	return ctx.Err()
}

// source is a file found by list, not yet read.
type source struct {
	path    string // as on disk
	display string // sanitised for messages
	file    string // below its root, with forward slashes and its extension
	rel     string // file without its extension, sanitised: the ID it asks for
	item    string // for one article of a file that holds several, its name below the file's

	stamp FileStamp // as the listing saw it; Path is set only for a load with Reuse
}

// openFlags opens a file for reading without waiting. list leaves out
// what is not a regular file, but the file at a path can change between
// the listing and the read (a file replaced by a named pipe, a symlink
// pointed at a device), and open(2) of a named pipe blocks until a writer
// comes, where no context reaches it. O_NONBLOCK makes that open return at
// once; load then checks the opened file's own Stat, which no later change
// of the path can fool, before it reads. On a regular file O_NONBLOCK
// changes nothing; Windows, which has no named pipes in its file system,
// ignores it. (js/wasm and wasip1 have no syscall.O_NONBLOCK, so this
// package does not build there; nor does the app.)
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK

// load reads and parses one file: one article, or, for a file that holds
// several (RegisterCollection), each of them with its name.
func (s source) load(progress *Progress) ([]*Article, []string, error) {
	arts, names, _, err := s.read(progress, nil)
	return arts, names, err
}

// read is load, and it also returns the stamp of the file it read, as the
// opened file's own Stat gives it.
func (s source) read(progress *Progress, sp *Spool) ([]*Article, []string, FileStamp, error) {
	arts, names, info, err := s.readFile(progress, sp)
	if err != nil {
		return nil, nil, FileStamp{}, err
	}
	return arts, names, FileStamp{Path: s.stamp.Path, Size: info.Size(), ModTime: info.ModTime().UnixNano()}, nil
}

func (s source) readFile(progress *Progress, sp *Spool) ([]*Article, []string, fs.FileInfo, error) {
	f, err := os.OpenFile(s.path, openFlags, 0)
	if err != nil {
		return nil, nil, nil, unwrapPath(err) // the path is shown beside the reason already
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, nil, unwrapPath(err)
	}
	if !info.Mode().IsRegular() {
		return nil, nil, nil, notRegular(info.Mode())
	}
	raw, err := readAll(f, info.Size())
	if err != nil {
		return nil, nil, nil, unwrapPath(err)
	}
	progress.bytes.Add(int64(len(raw)))
	if len(raw) > MaxFileSize {
		return nil, nil, nil, fmt.Errorf("larger than %d MiB", MaxFileSize>>20)
	}
	arts, names, ok, err := readCollection(s.rel, raw)
	switch {
	case ok && err != nil:
		return nil, nil, nil, err
	case !ok && onlyCollectionName(s.path):
		return nil, nil, nil, errNotArticle
	case !ok:
		a, err := parseFile(s.rel, s.path, raw, sp)
		if err != nil {
			return nil, nil, nil, err
		}
		arts = []*Article{a}
	}
	for _, a := range arts {
		if a.Key == "" {
			a.Key = ContentKey(a)
		}
		a.Path = s.display
		a.Paths = []string{s.display}
	}
	return arts, names, info, nil
}

// readAll reads r to its end, or to one byte past MaxFileSize, into one
// buffer sized for a file of size bytes: a file that did not change since
// its Stat is read without a copy or a byte to spare.
func readAll(r io.Reader, size int64) ([]byte, error) {
	const limit = MaxFileSize + 1
	b := make([]byte, 0, min(max(size, 0), MaxFileSize)+1) // the last byte sees the end
	for len(b) < limit {
		if len(b) == cap(b) {
			b = slices.Grow(b, min(cap(b), limit-len(b)))
		}
		n, err := r.Read(b[len(b):min(cap(b), limit)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
	}
	return b, nil
}

// notRegular is the reason a file that is not a regular file is skipped
// without being read: reading a named pipe, a socket or a device can wait
// for ever, or never end.
func notRegular(mode fs.FileMode) error {
	kind := "special file"
	switch {
	case mode&fs.ModeNamedPipe != 0:
		kind = "named pipe"
	case mode&fs.ModeSocket != 0:
		kind = "socket"
	case mode&fs.ModeDevice != 0:
		kind = "device"
	case mode.IsDir():
		kind = "folder"
	}
	return fmt.Errorf("not a regular file (%s)", kind)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// list finds the article files below root, in lexical order, leaving out
// the files seen has met already.
//
// Below root, names that start with a dot are ignored, as ripgrep and fd
// ignore them: .git, editor backups, a sync tool's folders are not
// articles, and they are not reported as skipped, because nothing is wrong
// with them. A root the user names is read whatever its name.
//
// What is not a regular file (a named pipe, a socket, a device, or a
// symlink to one) is skipped with its reason here, without being opened.
// list stops when ctx is done.
func list(ctx context.Context, root string, seen *fileSet) ([]source, []Skipped, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", SanitizeLine(root), unwrapPath(err))
	}
	if !info.IsDir() {
		st := statOfInfo(info)
		if !seen.firstVisit(func() string { return resolve(root) }, &st) {
			return nil, nil, nil
		}
		if !info.Mode().IsRegular() {
			return nil, []Skipped{{Path: SanitizeLine(root), Reason: notRegular(info.Mode()).Error()}}, nil
		}
		return []source{newSource(root, filepath.Base(root)).stamped(st)}, nil, nil
	}
	// A root that is a symlink is followed; with a separator after it,
	// the operating system does. No symlink below it is followed as a
	// folder, so a path below the resolved root is already resolved,
	// except for a symlink itself.
	walkRoot := root
	if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
		walkRoot = root + string(filepath.Separator)
	}
	w := &walker{ctx: ctx, seen: seen, realRoot: resolve(root)}
	if err := w.dir(walkRoot, ""); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, nil, ctxErr
		}
		return nil, nil, fmt.Errorf("reading %s: %w", SanitizeLine(root), unwrapPath(err))
	}
	return w.found, w.skipped, nil
}

// resolve makes path absolute and resolves its symlinks, as far as it can:
// a dangling link stays as it is.
func resolve(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	return path
}

func newSource(path, rel string) source {
	return source{
		path:    path,
		display: SanitizeLine(path),
		file:    filepath.ToSlash(rel),
		rel:     SanitizeLine(filepath.ToSlash(strings.TrimSuffix(rel, filepath.Ext(rel)))),
	}
}

// textExts are the extensions of the files read as text.
var textExts = []string{".txt", ".md", ".markdown"}

func isArticleName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return slices.Contains(textExts, ext) || formatOf(name) != nil || isCollectionName(name)
}

// format reads a kind of file that is not text (an HTML page, say) into
// parts.
type format struct {
	exts    []string // lower case, with the dot
	read    func(raw []byte) (Parts, error)
	explain func(raw []byte) (Parts, error) // read, with Parts.Dropped filled; nil when the format cannot say
}

// formats are the registered formats, in the order registered.
var formats []format

// RegisterFormat makes Load read the files with the given extensions
// (".html") through read and FromParts, in its workers. read gets the raw
// bytes and must not keep them. Call it from an init function: formats are
// not guarded for use while a load runs.
func RegisterFormat(exts []string, read func(raw []byte) (Parts, error)) {
	f := format{read: read}
	for _, e := range exts {
		f.exts = append(f.exts, strings.ToLower(e))
	}
	formats = append(formats, f)
}

// RegisterExplainer gives the format of the given extensions a reader for
// Explain: read as the format's own, with the text it left out of the
// parts in Parts.Dropped. Call it from an init function, after
// RegisterFormat.
func RegisterExplainer(exts []string, read func(raw []byte) (Parts, error)) {
	for i := range formats {
		for _, e := range exts {
			if slices.Contains(formats[i].exts, strings.ToLower(e)) {
				formats[i].explain = read
			}
		}
	}
}

// parseFile turns a file's raw bytes into an Article, by its format, with
// the body's text in sp unless it is nil. raw is parseFile's to keep: the
// article's text may share its bytes.
func parseFile(id, filePath string, raw []byte, sp *Spool) (*Article, error) {
	f := formatOf(filePath)
	if f == nil {
		return parse(id, raw, true, sp)
	}
	p, err := f.read(raw)
	if err != nil {
		return nil, err
	}
	p.Bytes = len(raw)
	return fromParts(id, p, sp)
}
