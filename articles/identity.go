package articles

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"dateline/articles/fold"
)

// An article has two names (DESIGN.md, Identity). Its Key is what marks
// hang on: for a file, a fingerprint of its words, so that a file moved,
// renamed, re-encoded or re-spaced keeps its marks, and identical copies
// are one article. Its ID is what people and scripts type: the path below
// the folder it was loaded from, without the extension, given once and
// then remembered (IDMemory), so that adding or removing other files never
// changes it. Without a memory (--no-state) the same rule runs afresh in
// path order.

// contentKeyPrefix starts every content Key, apart from feed items' Keys.
const contentKeyPrefix = "c:"

// ContentKey returns the Key of an article read from text: a hash of the
// folded words of its title and body. Case, diacritics, punctuation, white
// space and the breaks between paragraphs do not change it.
func ContentKey(a *Article) string {
	// The folded words go into one buffer, hashed at once: the hash is that
	// of the words written one by one, each followed by a space.
	bp := keyBufs.Get().(*[]byte)
	buf := fold.AppendWords((*bp)[:0], a.Title)
	buf = append(buf, 0) // a title's last word is not the body's first
	for _, p := range a.Body {
		buf = fold.AppendWords(buf, p.Text)
	}
	key := keyOf(buf)
	*bp = buf
	keyBufs.Put(bp)
	return key
}

// keyOf is the content Key of the folded words in buf.
func keyOf(buf []byte) string {
	sum := sha256.Sum256(buf)
	var out [len(contentKeyPrefix) + 32]byte
	copy(out[:], contentKeyPrefix)
	hex.Encode(out[len(contentKeyPrefix):], sum[:16])
	return string(out[:])
}

// keyBufs holds ContentKey's buffers, which the load workers share.
var keyBufs = sync.Pool{New: func() any { return new([]byte) }}

// FeedKey returns the Key of a feed item: its feed's URL and its GUID (or
// its link, when it has no GUID). A URL holds no space, so the two never
// run together.
func FeedKey(feedURL, guid string) string {
	return "feed:" + feedURL + " " + guid
}

// IDMemory remembers the IDs given to articles, by Key, in scopes: a scope
// is a folder articles are loaded from (absolute, symlinks resolved), and
// IDs are unique within it. The library implements it.
type IDMemory interface {
	// IDs returns the IDs remembered in scope, by Key.
	IDs(ctx context.Context, scope string) (map[string]RememberedID, error)
	// SetIDs remembers ids in scope, by Key; an ID given to one Key is no
	// longer another's.
	SetIDs(ctx context.Context, scope string, ids map[string]RememberedID) error
}

// RememberedID is the ID an article was given, and the path it had then,
// so that a file edited in place (a new Key at the same path) keeps it.
type RememberedID struct {
	ID   string
	Path string // below its scope, with forward slashes and its extension
}

// origin is one file a loaded article was read from.
type origin struct {
	scope   string // the folder it was loaded from: absolute, symlinks resolved
	rel     string // below scope, with forward slashes and its extension, sanitised
	display string // the path as shown, sanitised
}

// stem is the ID the origin asks for: rel without its extension.
func (o origin) stem() string {
	stem := strings.TrimSuffix(o.rel, path.Ext(o.rel))
	if stem == "" || strings.HasSuffix(stem, "/") {
		return o.rel // ".txt" is its own name
	}
	return stem
}

// candidate returns the n-th ID the origin may take: its stem, then its
// path with the extension, then its stem with ~2, ~3 and so on.
func (o origin) candidate(n int) string {
	stem := o.stem()
	switch {
	case n == 0:
		return stem
	case o.rel == stem: // no extension to keep
		return stem + "~" + strconv.Itoa(n+1)
	case n == 1:
		return o.rel
	}
	return stem + "~" + strconv.Itoa(n)
}

// owns reports whether id is one the origin could have been given.
func (o origin) owns(id string) bool {
	if id == o.stem() || id == o.rel {
		return true
	}
	n, ok := strings.CutPrefix(id, o.stem()+"~")
	if !ok {
		return false
	}
	_, err := strconv.Atoi(n)
	return err == nil
}

// originOf returns where the file src was found. scopes caches resolved
// folders: every file of a folder shares one.
func originOf(src source, scopes map[string]string) origin {
	rel := filepath.FromSlash(src.file)
	folder := strings.TrimSuffix(src.path, rel)
	scope, ok := scopes[folder]
	if !ok {
		scope = resolve(cmp.Or(folder, "."))
		scopes[folder] = scope
	}
	o := origin{scope: scope, rel: SanitizeLine(src.file), display: src.display}
	if src.item != "" {
		o.rel = SanitizeLine(strings.TrimSuffix(src.file, path.Ext(src.file)) + "/" + src.item)
	}
	return o
}

// identified gathers the articles of a load: identical copies (the same
// Key) become one article, with every path in Paths, in byte order, and
// Path the first of them. They are then given IDs in path order, as
// without a memory.
func identified(files []source, results []*Article, reasons []error, skipped []Skipped) *Loaded {
	out := &Loaded{Skipped: skipped, Articles: make([]*Article, 0, len(files))}
	byKey := make(map[string]int, len(files))
	scopes := make(map[string]string)
	// Most articles have one origin and one path: theirs are slices of
	// one array each, capped, so that a second origin copies.
	firsts := make([]origin, 0, len(files))
	for i, a := range results {
		if reasons[i] != nil {
			out.Skipped = append(out.Skipped, Skipped{Path: files[i].display, Reason: reasons[i].Error()})
			continue
		}
		o := originOf(files[i], scopes)
		if j, ok := byKey[a.Key]; ok && a.Key != "" {
			out.origins[j] = append(out.origins[j], o)
			continue
		}
		byKey[a.Key] = len(out.Articles)
		out.Articles = append(out.Articles, a)
		firsts = append(firsts, o)
		out.origins = append(out.origins, firsts[len(firsts)-1:len(firsts):len(firsts)])
		out.Bytes += int64(a.Bytes)
	}
	paths := 0
	for _, from := range out.origins {
		paths += len(from)
	}
	shown := make([]string, paths)
	for i, a := range out.Articles {
		from := out.origins[i]
		slices.SortStableFunc(from, func(x, y origin) int { return strings.Compare(x.display, y.display) })
		a.Path = from[0].display
		a.Paths, shown = shown[:len(from):len(from)], shown[len(from):]
		for j, o := range from {
			a.Paths[j] = o.display
		}
	}
	out.assignIDs(nil)
	return out
}

// RememberIDs gives the articles the IDs that mem remembers for them, new
// ones by the same rule to the rest, and remembers those. An article
// keeps its remembered ID while it is one its own path could have been
// given (a file moved to another folder takes a new one) and no article
// before it in this load holds it. A file edited in place has a new Key,
// but keeps the ID its path had, unless the article that had it is here.
//
// When mem cannot be read, the IDs stay as they are (as with --no-state)
// and the error says so; when it cannot be written, the IDs are given all
// the same.
func (l *Loaded) RememberIDs(ctx context.Context, mem IDMemory) error {
	remembered := make(map[string]map[string]RememberedID)
	for _, from := range l.origins {
		scope := from[0].scope
		if _, ok := remembered[scope]; ok {
			continue
		}
		ids, err := mem.IDs(ctx, scope)
		if err != nil {
			return err
		}
		remembered[scope] = ids
	}
	changed := l.assignIDs(remembered)
	for _, scope := range slices.Sorted(maps.Keys(changed)) {
		if err := mem.SetIDs(ctx, scope, changed[scope]); err != nil {
			return err
		}
	}
	return nil
}

// assignIDs gives every article with an origin its ID, in the byte order
// of the articles' first paths: first the IDs remembered for their Keys
// (remembered: scope → Key → ID; nil for no memory), then the IDs of the
// files edited in place, then the first free candidate of each first
// path. It returns what differs from remembered, by scope (nothing, for
// no memory: there is nowhere to remember it). Articles
// without an origin (the bundled corpus) keep their IDs.
func (l *Loaded) assignIDs(remembered map[string]map[string]RememberedID) map[string]map[string]RememberedID {
	taken := make(map[string]bool, len(l.Articles))
	var order []int
	for i, a := range l.Articles {
		if i >= len(l.origins) || len(l.origins[i]) == 0 {
			taken[a.ID] = true
			continue
		}
		order = append(order, i)
	}
	byPath := func(i, j int) int {
		return strings.Compare(l.origins[i][0].display, l.origins[j][0].display)
	}
	if !slices.IsSortedFunc(order, byPath) { // a folder's files are listed nearly so
		slices.SortStableFunc(order, byPath)
	}
	ids := make([]string, len(l.Articles))
	give := func(i int, id string) {
		ids[i], taken[id] = id, true
	}
	present := make(map[string]bool)
	for _, i := range order {
		if remembered != nil {
			present[l.Articles[i].Key] = true
		}
		first := l.origins[i][0]
		r, ok := remembered[first.scope][l.Articles[i].Key]
		if ok && !taken[r.ID] && l.owns(i, first.scope, r.ID) {
			give(i, r.ID)
		}
	}
	if len(remembered) > 0 {
		// The IDs of the files edited in place: remembered for a Key that
		// is not here, at the path of an article that has no ID yet.
		absent := make(map[[2]string]string) // scope and path → ID
		for scope, ids := range remembered {
			for key, r := range ids {
				if !present[key] {
					absent[[2]string{scope, r.Path}] = r.ID
				}
			}
		}
		for _, i := range order {
			first := l.origins[i][0]
			if id, ok := absent[[2]string{first.scope, first.rel}]; ok && ids[i] == "" && !taken[id] && first.owns(id) {
				give(i, id)
			}
		}
	}
	for _, i := range order {
		if ids[i] != "" {
			continue
		}
		first := l.origins[i][0]
		for n := 0; ; n++ {
			if id := first.candidate(n); !taken[id] {
				give(i, id)
				break
			}
		}
	}
	changed := make(map[string]map[string]RememberedID)
	for _, i := range order {
		a, first := l.Articles[i], l.origins[i][0]
		a.ID = ids[i]
		if remembered == nil {
			continue // nothing to remember them in
		}
		r := RememberedID{ID: a.ID, Path: first.rel}
		if a.Key == "" || remembered[first.scope][a.Key] == r {
			continue
		}
		if changed[first.scope] == nil {
			changed[first.scope] = make(map[string]RememberedID)
		}
		changed[first.scope][a.Key] = r
	}
	return changed
}

// owns reports whether id is one that article i's paths in scope could
// have been given.
func (l *Loaded) owns(i int, scope, id string) bool {
	for _, o := range l.origins[i] {
		if o.scope == scope && o.owns(id) {
			return true
		}
	}
	return false
}

// MarkKey is what a's marks hang on: its Key, or its ID when it has none.
func (a *Article) MarkKey() string {
	if a.Key != "" {
		return a.Key
	}
	return a.ID
}
