package articles

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// fileStat is what the listing keeps of a file's stat: its stamp, its
// kind, and its identity on the device, which finds a file reached twice.
type fileStat struct {
	size, mod int64       // bytes; Unix nanoseconds
	mode      fs.FileMode // the type bits alone
	id        fileID      // zero where the system gives none
	info      fs.FileInfo // where it gives none, for os.SameFile; else nil
	err       error       // the stat failed: the fields above are zero
}

// fileID is a file's device and inode number.
type fileID struct{ dev, ino uint64 }

// statOfInfo is the fileStat of what os.Stat or os.Lstat returned.
func statOfInfo(info fs.FileInfo) fileStat {
	st := fileStat{size: info.Size(), mod: info.ModTime().UnixNano(), mode: info.Mode().Type()}
	if id, ok := idOf(info); ok {
		st.id = id
	} else {
		st.info = info
	}
	return st
}

// lstatPath stats the file at path without following a symlink.
func lstatPath(path string) fileStat {
	info, err := os.Lstat(path)
	if err != nil {
		return fileStat{err: err}
	}
	return statOfInfo(info)
}

// statParallel is how many files of one folder it takes to stat them on
// every core: below it, starting the goroutines costs more than they save.
const statParallel = 512

// statEach runs stat over n files of one folder, in parts, on every core
// when there are many of them.
func statEach(n int, stat func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < statParallel || workers < 2 {
		stat(0, n)
		return
	}
	per := (n + workers - 1) / workers
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += per {
		wg.Go(func() { stat(lo, min(lo+per, n)) })
	}
	wg.Wait()
}

// walker lists the article files below one folder, as list describes: in
// lexical order, depth first, as filepath.WalkDir visits them, with the
// paths WalkDir would give them. Unlike WalkDir, it takes each file's
// stat relative to its open folder (where the system allows), on every
// core, and only for the files it lists.
type walker struct {
	ctx      context.Context
	seen     *fileSet
	realRoot string // the root made absolute, symlinks resolved
	found    []source
	skipped  []Skipped
}

// dirEntry is a name a folder holds, and the type of what it names, as
// the folder gives it: fs.ModeDir, fs.ModeSymlink, another type bit, or
// 0 for a regular file.
type dirEntry struct {
	name string
	typ  fs.FileMode
}

// childPath is filepath.Join(dir, name) for a name read from a folder,
// where dir is clean: no more than one allocation.
func childPath(dir, name string) string {
	switch {
	case dir == ".":
		return name
	case os.IsPathSeparator(dir[len(dir)-1]):
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

// relOf is the path below the root of path, a child named name of the
// folder at rel below it (rel "" for the root): a suffix of path.
func relOf(path, rel, name string) string {
	n := len(name)
	if rel != "" {
		n += len(rel) + 1
	}
	return path[len(path)-n:]
}

// dir lists the folder at path, which is rel below the root (rel "" for
// the root itself). It fails only for the root, or when ctx is done; a
// folder below it that cannot be read is skipped with its reason.
func (w *walker) dir(path, rel string) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		if rel == "" {
			return err
		}
		w.unreadable(path, rel, err)
		return nil
	}
	entries, err := readEntries(f)
	if err != nil {
		if rel == "" {
			f.Close()
			return err
		}
		w.unreadable(path, rel, err) // what was read before the error is listed all the same
	}
	slices.SortFunc(entries, func(a, b dirEntry) int { return strings.Compare(a.name, b.name) })

	// The files to stat: those with an article's name that the folder's
	// entry calls neither a folder nor a symlink. A symlink is followed
	// below, by its path.
	var names []string
	for _, e := range entries {
		if !strings.HasPrefix(e.name, ".") && !e.typ.IsDir() && e.typ&fs.ModeSymlink == 0 && isArticleName(e.name) {
			names = append(names, e.name)
		}
	}
	dirPath := filepath.Clean(path)
	stats := make([]fileStat, len(names))
	statAt(f, dirPath, names, stats)
	f.Close() // before the folders below: one open folder a level

	w.found = slices.Grow(w.found, len(names))
	next := 0 // into names and stats
	for i, e := range entries {
		if i%1024 == 0 {
			if err := w.ctx.Err(); err != nil {
				return err
			}
		}
		name := e.name
		if strings.HasPrefix(name, ".") {
			continue
		}
		child := childPath(dirPath, name)
		childRel := relOf(child, rel, name)
		if e.typ.IsDir() {
			if err := w.dir(child, childRel); err != nil {
				return err
			}
			continue
		}
		if !isArticleName(name) {
			continue
		}
		var st fileStat
		real := func() string { return filepath.Join(w.realRoot, childRel) }
		if e.typ&fs.ModeSymlink != 0 {
			resolved := resolve(child)
			real = func() string { return resolved }
			if info, err := os.Stat(child); err == nil {
				st = statOfInfo(info)
			} else {
				st.err = err // a dangling link, say: skipped with its reason when it is read
			}
		} else {
			st = stats[next]
			next++
		}
		w.add(child, childRel, real, st)
	}
	return nil
}

// unreadable skips the folder at path, rel below the root, with the
// reason it could not be read.
func (w *walker) unreadable(path, rel string, err error) {
	if w.seen.firstVisit(func() string { return filepath.Join(w.realRoot, rel) }, nil) {
		w.skipped = append(w.skipped, Skipped{Path: SanitizeLine(path), Reason: unwrapPath(err).Error()})
	}
}

// add lists the file at path, rel below the root, with st as the listing
// saw it, unless it was reached before; one that is not a regular file is
// skipped with its reason.
func (w *walker) add(path, rel string, real func() string, st fileStat) {
	switch {
	case !w.seen.firstVisit(real, &st):
	case st.err == nil && !st.mode.IsRegular():
		w.skipped = append(w.skipped, Skipped{Path: SanitizeLine(path), Reason: notRegular(st.mode).Error()})
	default:
		w.found = append(w.found, newSource(path, rel).stamped(st))
	}
}

// fileSet remembers the files a load has reached, so that a file reached
// twice (a folder given twice, a folder inside another one given too, a
// symlink, a hard link) loads once, under the name it was reached by first.
// A file is known by its device and inode where the system gives them;
// else by os.SameFile, which no path comparison replaces, and by its path
// (absolute, symlinks resolved) when it could not be seen at all.
type fileSet struct {
	ids   map[fileID]bool
	paths map[string]bool
	infos map[sizeTime][]fs.FileInfo
}

// sizeTime narrows the files os.SameFile must compare: the same file has
// the same size and modification time.
type sizeTime struct{ size, modNano int64 }

func newFileSet() *fileSet {
	return &fileSet{ids: map[fileID]bool{}, paths: map[string]bool{}, infos: map[sizeTime][]fs.FileInfo{}}
}

// firstVisit reports whether the file at the resolved path real, with st
// as its stat gave it (nil, or with an error, when it is unknown), is new,
// and remembers it. real is called only when the path decides.
func (s *fileSet) firstVisit(real func() string, st *fileStat) bool {
	if st != nil && st.err == nil && st.info == nil {
		if s.ids[st.id] {
			return false
		}
		s.ids[st.id] = true
		return true
	}
	p := real()
	if s.paths[p] {
		return false
	}
	s.paths[p] = true
	if st == nil || st.err != nil {
		return true
	}
	key := sizeTime{st.size, st.mod}
	for _, prev := range s.infos[key] {
		if os.SameFile(prev, st.info) {
			return false
		}
	}
	s.infos[key] = append(s.infos[key], st.info)
	return true
}
