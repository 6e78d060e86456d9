package articles

import (
	"context"
)

// FileStamp names one state of a file: its absolute path, size and
// modification time. A file with the same stamp as before is taken to hold
// what it held then, as make and git take it.
type FileStamp struct {
	Path    string // absolute, as listed (symlinks not resolved)
	Size    int64
	ModTime int64 // Unix nanoseconds
}

// Reuse lets a load take what an earlier load parsed from the files that
// have not changed since, instead of reading them again. Both functions
// are called from the load's workers, concurrently.
type Reuse struct {
	// Lookup returns the articles and entry names (nil for a file that
	// holds one article) parsed before from the file with this stamp, as
	// Parsed was given them, or false. The stamp is the listing's, so an
	// unchanged file is neither opened nor read. The articles must be
	// fresh values: the load changes them.
	Lookup func(stamp FileStamp) (arts []*Article, items []string, ok bool)
	// Parsed is given what was parsed from a file that was read, with the
	// stamp of the opened file. It may keep arts and items but must not
	// change them; the load goes on to change the articles' ID, Path and
	// Paths (giving Paths a slice of its own), and nothing else of them,
	// so what else it keeps of them stays as parsed.
	Parsed func(stamp FileStamp, arts []*Article, items []string)
	// Spool, when not nil, keeps the text of the bodies the load parses
	// out of the heap.
	Spool *Spool
	// Confirm, when not nil, is called once every file has been looked
	// up, before the load returns anything Lookup gave it: false says that
	// none of it may be used (the earlier load's record failed a check it
	// makes while the load runs), and the load reads those files instead,
	// giving them to Parsed. It is called from one goroutine, after every
	// Lookup has returned.
	Confirm func() bool
}

// LoadReusing is Load, taking from r what it can. A file that could not be
// used is read again every time, so that its reason is current.
func LoadReusing(ctx context.Context, paths []string, progress *Progress, r *Reuse) (*Loaded, error) {
	return load(ctx, paths, progress, r)
}

// stamped returns s with the size and modification time of st, as the
// listing saw them (none when it could not see them).
func (s source) stamped(st fileStat) source {
	if st.err == nil {
		s.stamp = FileStamp{Size: st.size, ModTime: st.mod}
	} else {
		s.stamp = FileStamp{Size: -1}
	}
	return s
}

// load reads one file, or takes what r has for it (looked up).
func (r *Reuse) load(s source, progress *Progress) (arts []*Article, items []string, looked bool, err error) {
	if r == nil {
		arts, items, err = s.load(progress)
		return arts, items, false, err
	}
	if s.stamp.Size >= 0 && r.Lookup != nil {
		if arts, items, ok := r.Lookup(s.stamp); ok && len(arts) > 0 && (items == nil || len(items) == len(arts)) {
			for _, a := range arts {
				if a.Key == "" {
					a.Key = ContentKey(a)
				}
				// Path and Paths are the snapshot's: identified gives
				// them as this load reached the file.
			}
			return arts, items, true, nil
		}
	}
	arts, items, err = r.read(s, progress)
	return arts, items, false, err
}

// read reads one file, and gives what it parsed to r.Parsed.
func (r *Reuse) read(s source, progress *Progress) ([]*Article, []string, error) {
	arts, items, stamp, err := s.read(progress, r.Spool)
	if err == nil && r.Parsed != nil && s.stamp.Size >= 0 {
		r.Parsed(stamp, arts, items)
	}
	return arts, items, err
}
