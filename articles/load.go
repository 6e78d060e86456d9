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
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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
}

// Load reads every .txt and .md file below each of paths (a path may also be
// a single file) and parses them on every core. A file that cannot be used
// is skipped with its reason and never stops the others; Load fails only
// when one of paths itself cannot be read. progress may be nil.
func Load(ctx context.Context, paths []string, progress *Progress) (*Loaded, error) {
	if progress == nil {
		progress = new(Progress)
	}
	var files []source
	var skipped []Skipped
	for _, root := range paths {
		found, skip, err := list(root)
		if err != nil {
			return nil, err
		}
		files = append(files, found...)
		skipped = append(skipped, skip...)
	}
	progress.total.Store(int64(len(files)))
	assignIDs(files)

	results := make([]*Article, len(files))
	reasons := make([]error, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) || ctx.Err() != nil {
					return
				}
				results[i], reasons[i] = files[i].load(progress)
				progress.files.Add(1)
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	out := &Loaded{Skipped: skipped, Articles: make([]*Article, 0, len(files))}
	for i, a := range results {
		if reasons[i] != nil {
			out.Skipped = append(out.Skipped, Skipped{Path: files[i].display, Reason: reasons[i].Error()})
			continue
		}
		out.Articles = append(out.Articles, a)
		out.Bytes += int64(a.Bytes)
	}
	return out, nil
}

// source is a file found by list, not yet read.
type source struct {
	path    string // as on disk
	display string // sanitised for messages
	rel     string // below its root, with forward slashes, without extension
	root    string // the root's own name, for telling duplicate IDs apart
	id      string
}

// load reads and parses one file.
func (s source) load(progress *Progress) (*Article, error) {
	f, err := os.Open(s.path)
	if err != nil {
		return nil, unwrapPath(err) // the path is shown beside the reason already
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, unwrapPath(err)
	}
	progress.bytes.Add(int64(len(raw)))
	if len(raw) > MaxFileSize {
		return nil, fmt.Errorf("larger than %d MiB", MaxFileSize>>20)
	}
	a, err := Parse(s.id, raw)
	if err != nil {
		return nil, err
	}
	a.Path = s.display
	return a, nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// list finds the article files below root, in lexical order.
func list(root string) ([]source, []Skipped, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", SanitizeLine(root), unwrapPath(err))
	}
	rootName := filepath.Base(filepath.Clean(root))
	if !info.IsDir() {
		return []source{newSource(root, filepath.Base(root), rootName)}, nil, nil
	}
	var found []source
	var skipped []Skipped
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			skipped = append(skipped, Skipped{Path: SanitizeLine(path), Reason: unwrapPath(err).Error()})
			return nil
		}
		if d.IsDir() || !isArticleName(d.Name()) {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			rel = d.Name()
		}
		found = append(found, newSource(path, rel, rootName))
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", SanitizeLine(root), unwrapPath(err))
	}
	return found, skipped, nil
}

func newSource(path, rel, root string) source {
	rel = filepath.ToSlash(rel)
	return source{
		path:    path,
		display: SanitizeLine(path),
		rel:     SanitizeLine(strings.TrimSuffix(rel, filepath.Ext(rel))),
		root:    SanitizeLine(root),
	}
}

func isArticleName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".txt" || ext == ".md"
}

// assignIDs gives every file its ID: its path below its root without the
// extension; when two would share one, the later gets its root's name in
// front, and a number after if that is taken too.
func assignIDs(files []source) {
	taken := make(map[string]bool, len(files))
	for i := range files {
		id := files[i].rel
		if taken[id] {
			id = files[i].root + "/" + files[i].rel
		}
		for n := 2; taken[id]; n++ {
			id = files[i].root + "/" + files[i].rel + "~" + strconv.Itoa(n)
		}
		taken[id] = true
		files[i].id = id
	}
}

// SanitizeLine is Sanitize for text shown on one line, such as a file name:
// line breaks become spaces.
func SanitizeLine(s string) string {
	return strings.ReplaceAll(Sanitize(Decode([]byte(s))), "\n", " ")
}
