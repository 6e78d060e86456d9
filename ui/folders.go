package ui

import (
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"dateline/articles"
	"dateline/store"
	"dateline/store/library"
)

// lastSeparator is the index of the last separator in p that DirOf would
// cut at, or -1.
func lastSeparator(p string) int {
	i := strings.LastIndexByte(p, '/')
	if filepath.Separator != '/' {
		i = max(i, strings.LastIndexByte(p, filepath.Separator))
	}
	return i
}

// folderRow is one folder of the Sources pane: a folder given on the
// command line, or a folder below it that holds articles (in itself or
// further down). Its counts take in the folders below it, as choosing it
// does.
type folderRow struct {
	dir      string // the folder's path as the articles' paths spell it, with slashes
	name     string // its last component; the whole path for a folder given
	depth    int    // 0 for a folder given
	articles int
	unread   int
}

// folderTree is the folders of a run over folders, each given folder
// followed by its subfolders in path order, so that it reads as a tree.
type folderTree struct {
	rows  []folderRow
	at    map[string]int // by dir
	roots []string       // the given folders, cleaned, with slashes
}

// cleanRoot spells a given folder as the paths of its articles begin.
func cleanRoot(dir string) string {
	return articles.SanitizeLine(filepath.ToSlash(filepath.Clean(dir)))
}

// newFolderTree lists the folders of roots that the store's articles came
// from, with their counts; marks may be nil.
func newFolderTree(s *store.Store, roots []string, marks *library.MarkSet) *folderTree {
	t := &folderTree{at: map[string]int{}}
	for _, r := range roots {
		if r = cleanRoot(r); !slices.Contains(t.roots, r) {
			t.roots = append(t.roots, r)
		}
	}
	if len(t.roots) == 0 {
		return t
	}
	// Articles are counted by the folder of their file, then each such
	// folder's counts are added to the folders above it: the walk up the
	// tree is once a folder, not once an article. An article with copies
	// in several folders is counted through dirsOf, once in each.
	counts := map[string][2]int{} // dir → articles, unread
	// A file is counted by the part of its path up to its last separator
	// (a string it holds: nothing to make) and its folder worked out once
	// for each such part, after; neighbours in the store's order, most
	// often in one folder, are counted as a run and added once. At
	// 100,000 files in one folder, a folder and a map entry for each
	// article took 20 ms of the start.
	byRaw := map[string][2]int{} // a file's path up to its last separator → articles, unread
	var run struct {
		raw string
		n   [2]int
	}
	flush := func() {
		if run.n[0] > 0 {
			c := byRaw[run.raw]
			byRaw[run.raw] = [2]int{c[0] + run.n[0], c[1] + run.n[1]}
		}
		run.n = [2]int{}
	}
	for _, a := range s.All() {
		unread := 0
		if marks == nil || !marks.IsRead(a.MarkKey()) {
			unread = 1
		}
		if len(a.Paths) > 1 {
			for _, d := range t.dirsOf(a) {
				c := counts[d]
				counts[d] = [2]int{c[0] + 1, c[1] + unread}
			}
			continue
		}
		p := a.Path
		if len(a.Paths) == 1 {
			p = a.Paths[0]
		}
		if p == "" {
			continue
		}
		if raw := p[:lastSeparator(p)+1]; raw != run.raw {
			flush()
			run.raw = raw
		}
		run.n[0]++
		run.n[1] += unread
	}
	flush()
	byDir := make(map[string][2]int, len(byRaw)) // the folder of a file → articles, unread
	for raw, n := range byRaw {
		d := store.DirOf(raw) // raw ends at the separator DirOf cuts at
		c := byDir[d]
		byDir[d] = [2]int{c[0] + n[0], c[1] + n[1]}
	}
	for d, n := range byDir {
		for _, up := range t.above(d) {
			c := counts[up]
			counts[up] = [2]int{c[0] + n[0], c[1] + n[1]}
		}
	}
	for _, r := range t.roots {
		var below []string
		for d := range counts {
			if d != r && within(d, r) {
				below = append(below, d)
			}
		}
		slices.Sort(below)
		for _, d := range append([]string{r}, below...) {
			c := counts[d]
			row := folderRow{dir: d, name: d, articles: c[0], unread: c[1]}
			if d != r {
				rel := strings.TrimPrefix(d, strings.TrimSuffix(r, "/")+"/")
				if r == "." {
					rel = d
				}
				row.name = path.Base(d)
				row.depth = 1 + strings.Count(rel, "/")
			}
			if _, dup := t.at[d]; !dup { // a folder given inside another given one is listed once
				t.at[d] = len(t.rows)
				t.rows = append(t.rows, row)
			}
		}
	}
	return t
}

// within reports whether dir is root or below it.
func within(dir, root string) bool {
	return dir == root || root == "." && !strings.HasPrefix(dir, "/") && !strings.HasPrefix(dir, "../") ||
		strings.HasPrefix(dir, strings.TrimSuffix(root, "/")+"/")
}

// dirsOf is every folder of the tree that a lies in, itself or below: each
// folder between its files and the given folder above them, once.
func (t *folderTree) dirsOf(a *articles.Article) []string {
	paths := a.Paths
	if len(paths) == 0 && a.Path != "" {
		paths = []string{a.Path}
	}
	var dirs []string
	for _, p := range paths {
		for _, d := range t.above(store.DirOf(p)) {
			if !slices.Contains(dirs, d) {
				dirs = append(dirs, d)
			}
		}
	}
	return dirs
}

// above is the folder d and the folders above it, up to the given folder
// it lies in; none when it lies in no given folder.
func (t *folderTree) above(d string) []string {
	var dirs []string
	for {
		in := false
		for _, r := range t.roots {
			if within(d, r) {
				in = true
			}
		}
		if !in {
			return dirs
		}
		dirs = append(dirs, d)
		up := path.Dir(d)
		if up == d {
			return dirs
		}
		d = up
	}
}

// countUnread adds delta to the unread counts of a's folders.
func (t *folderTree) countUnread(a *articles.Article, delta int) {
	if t == nil || len(t.roots) == 0 {
		return
	}
	for _, d := range t.dirsOf(a) {
		if i, ok := t.at[d]; ok {
			t.rows[i].unread += delta
		}
	}
}

// folderValue is a folder as in: reads it, anchored at the start of its
// path (./ for a relative one), so that another folder of the same name
// elsewhere is not taken in.
func folderValue(dir string) string {
	if !strings.HasPrefix(dir, "/") && !strings.HasPrefix(dir, "./") {
		return "./" + dir
	}
	return dir
}

// folderQuery is the in: qualifier of a folder, for the search.
func folderQuery(dir string) string {
	return "in:" + strconv.Quote(strings.ReplaceAll(folderValue(dir), `"`, " "))
}
