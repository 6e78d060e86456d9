package store

import (
	"path"
	"path/filepath"
	"strings"
	"sync"

	"dateline/articles"
	"dateline/articles/fold"
)

// A folder, as in: names it, is a run of whole path components, folded:
// in:world holds news/world/a.txt and news/world/europe/b.txt but not
// newsworld/c.txt, and in:news/world holds both of the first. A leading /
// anchors the run at the root of an absolute path, and a leading ./ at the
// start of a relative one (as the folder was given on the command line):
// in:./news is the folder news given, not archive/news. Components are
// whole so that in:news never reaches newsletters/, as src: (which looks
// for text inside a name) would.

// folderPath is a folder's path split into its folded components. abs
// says it starts at the root; anchored, for a folder named in a query,
// that the run must start where the path does.
type folderPath struct {
	parts    []string
	abs      bool
	anchored bool
}

// parseFolder splits p (slashes or the system's separators) into folded
// components, leaving out empty ones and ".".
func parseFolder(p string) folderPath {
	p = filepath.ToSlash(p)
	fp := folderPath{abs: strings.HasPrefix(p, "/")}
	fp.anchored = fp.abs || p == "." || strings.HasPrefix(p, "./")
	for _, c := range strings.Split(p, "/") {
		if c != "" && c != "." {
			fp.parts = append(fp.parts, fold.String(c))
		}
	}
	return fp
}

// String spells the folder as in: reads it back.
func (fp folderPath) String() string {
	s := strings.Join(fp.parts, "/")
	switch {
	case fp.abs:
		return "/" + s
	case fp.anchored:
		return "./" + s
	}
	return s
}

// holds reports whether the folder named by want is dir or one of dir's
// ancestors' runs: want's components appear in dir's, consecutively, from
// dir's start when want is anchored.
func (dir folderPath) holds(want folderPath) bool {
	if len(want.parts) > len(dir.parts) || (!want.anchored && len(want.parts) == 0) {
		return false
	}
	last := len(dir.parts) - len(want.parts)
	if want.anchored {
		if want.abs != dir.abs {
			return false
		}
		last = 0
	}
	for i := 0; i <= last; i++ {
		match := true
		for j, w := range want.parts {
			if dir.parts[i+j] != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// DirOf is the folder a file's path lies in, with slashes, as path.Dir
// gives it for the clean paths a load gives articles, without a copy.
func DirOf(p string) string {
	p = filepath.ToSlash(p)
	switch i := strings.LastIndexByte(p, '/'); {
	case i < 0:
		return "."
	case i == 0:
		return "/"
	default:
		return path.Clean(p[:i])
	}
}

// InFolder reports whether a was read from a file in folder or below it,
// as in:folder reads it. The app narrows its list with it, so that the
// list and the search underneath agree.
func InFolder(a *articles.Article, folder string) bool {
	return FolderFilter(folder)(a)
}

// FolderFilter is InFolder for one folder and many articles: it reads the
// folder once, and each folder the articles lie in once.
func FolderFilter(folder string) func(*articles.Article) bool {
	want := parseFolder(folder)
	seen := map[string]bool{} // by the folder of a file, whether it is in want
	return func(a *articles.Article) bool {
		for _, p := range articlePaths(a) {
			d := DirOf(p)
			in, ok := seen[d]
			if !ok {
				in = parseFolder(d).holds(want)
				seen[d] = in
			}
			if in {
				return true
			}
		}
		return false
	}
}

// articlePaths are the files a was read from.
func articlePaths(a *articles.Article) []string {
	if len(a.Paths) > 0 {
		return a.Paths
	}
	if a.Path != "" {
		return []string{a.Path}
	}
	return nil
}

// folderGroup is the articles read from files in one folder (not below it).
type folderGroup struct {
	dir  folderPath
	arts []uint32
}

// folderIndex groups the store's articles by folder, built on the first
// in: query: a store of feeds never needs it.
type folderIndex struct {
	once   sync.Once
	groups []folderGroup
}

func (s *Store) folderGroups() []folderGroup {
	s.folders.once.Do(func() {
		at := map[string]int{}
		for i, a := range s.all {
			for _, p := range articlePaths(a) {
				d := DirOf(p)
				g, ok := at[d]
				if !ok {
					g = len(s.folders.groups)
					at[d] = g
					s.folders.groups = append(s.folders.groups, folderGroup{dir: parseFolder(d)})
				}
				arts := s.folders.groups[g].arts
				if n := len(arts); n == 0 || arts[n-1] != uint32(i) { // two copies in one folder count once
					s.folders.groups[g].arts = append(arts, uint32(i))
				}
			}
		}
	})
	return s.folders.groups
}

// inFolder sets in b the articles in the folder want or below it.
func (s *Store) inFolder(b bitset, want folderPath) {
	for _, g := range s.folderGroups() {
		if g.dir.holds(want) {
			for _, a := range g.arts {
				b.set(a)
			}
		}
	}
}

// checkFolders says plainly when an in: of q names no folder the store's
// articles come from, as c: does for a country that does not exist.
func (s *Store) checkFolders(q *query) error {
	for _, ql := range q.quals {
		if ql.kind != qualFolder {
			continue
		}
		want := parseFolder(ql.text)
		found := false
		for _, g := range s.folderGroups() {
			if g.dir.holds(want) {
				found = true
				break
			}
		}
		if !found {
			return queryErrorf("no folder called %q holds articles: give a folder's name or path, such as in:world or in:news/world", ql.text)
		}
	}
	return nil
}
