package articles

import (
	"errors"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Entry is one article of a file that holds several, such as an item of
// a feed file.
type Entry struct {
	Name  string // the article's name below its file's in the ID ("potash-rises"); letters, digits and hyphens
	Key   string // its Key; "" for one from its content
	Parts Parts
}

// collection reads a kind of file that holds several articles.
type collection struct {
	exts   []string // lower case, with the dot: the names looked for in folders
	detect func(raw []byte) bool
	read   func(raw []byte) ([]Entry, error)
}

// collections are the registered collections, in the order registered.
var collections []collection

// errNotArticle is the reason a file found by its name turned out to hold
// no article of any kind it was looked for as (a .json file that is not a
// feed): it is left out without a word, as a file of another name is.
var errNotArticle = errors.New("not an article")

// RegisterCollection makes Load read files that hold several articles
// (feed files: one article per item). The content decides, not the name:
// every file Load reads is offered to detect, and one it accepts is read
// through read, each entry through FromParts, with the ID of the file
// without its extension, a slash and the entry's Name. exts are the names
// looked for in folders; a file of one of them that detect refuses and no
// other reader claims is left out. Call it from an init function.
func RegisterCollection(exts []string, detect func(raw []byte) bool, read func(raw []byte) ([]Entry, error)) {
	c := collection{detect: detect, read: read}
	for _, e := range exts {
		c.exts = append(c.exts, strings.ToLower(e))
	}
	collections = append(collections, c)
}

// isCollectionName reports whether a collection looks for files named so.
func isCollectionName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, c := range collections {
		if slices.Contains(c.exts, ext) {
			return true
		}
	}
	return false
}

// entryNames are the names the entries of a collection get in their IDs:
// each its own Name ("item" without one), a second of a name with "~2".
func entryNames(entries []Entry) []string {
	names := make([]string, len(entries))
	taken := map[string]bool{}
	for i, e := range entries {
		name := e.Name
		if name == "" {
			name = "item"
		}
		for n := 2; taken[name]; n++ {
			name = e.Name + "~" + strconv.Itoa(n)
		}
		taken[name] = true
		names[i] = name
	}
	return names
}

// readCollection reads raw as a collection, when one detects it; ok is
// false when none does.
func readCollection(stem string, raw []byte) (arts []*Article, names []string, ok bool, err error) {
	for _, c := range collections {
		if !c.detect(raw) {
			continue
		}
		entries, err := c.read(raw)
		if err != nil {
			return nil, nil, true, err
		}
		for i, name := range entryNames(entries) {
			e := entries[i]
			p := e.Parts
			a, err := FromParts(path.Join(stem, name), p)
			if errors.Is(err, ErrEmpty) {
				continue // an item with no word at all is no article
			}
			if err != nil {
				return nil, nil, true, err
			}
			a.Key = e.Key
			arts = append(arts, a)
			names = append(names, name)
		}
		if len(arts) == 0 {
			return nil, nil, true, errors.New("a feed with no items")
		}
		return arts, names, true, nil
	}
	return nil, nil, false, nil
}

// onlyCollectionName reports whether a file is looked for only by a
// collection: a file of that name which no collection accepts is nothing
// dateline reads.
func onlyCollectionName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return isCollectionName(name) && !slices.Contains(textExts, ext) && formatOf(name) == nil
}

// oneEach spreads the files that hold several articles into one source
// per article, so that each gets its own ID; a file that turned out to
// hold no article of the kind its name promised is left out.
func oneEach(files []source, results [][]*Article, items [][]string, reasons []error) ([]source, []*Article, []error) {
	if one := oneArticleEach(results, items, reasons); one != nil {
		return files, one, reasons // the files as they are: no copy of them
	}
	outFiles := make([]source, 0, len(files))
	outArts := make([]*Article, 0, len(files))
	outReasons := make([]error, 0, len(files))
	for i, src := range files {
		switch {
		case errors.Is(reasons[i], errNotArticle):
		case reasons[i] != nil:
			outFiles, outArts, outReasons = append(outFiles, src), append(outArts, nil), append(outReasons, reasons[i])
		case items[i] == nil:
			outFiles, outArts, outReasons = append(outFiles, src), append(outArts, results[i][0]), append(outReasons, nil)
		default:
			for j, a := range results[i] {
				item := src
				item.item = items[i][j]
				outFiles, outArts, outReasons = append(outFiles, item), append(outArts, a), append(outReasons, nil)
			}
		}
	}
	return outFiles, outArts, outReasons
}

// oneArticleEach returns the article of each file when every file holds
// one, or was skipped for a reason of its own; else nil.
func oneArticleEach(results [][]*Article, items [][]string, reasons []error) []*Article {
	out := make([]*Article, len(results))
	for i := range results {
		switch {
		case errors.Is(reasons[i], errNotArticle), reasons[i] == nil && items[i] != nil:
			return nil
		case reasons[i] == nil:
			out[i] = results[i][0]
		}
	}
	return out
}
