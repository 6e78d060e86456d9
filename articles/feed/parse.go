// Package feed reads news feeds: feed bytes in any of RSS 0.9x, 1.0 and 2.0,
// Atom 0.3 and 1.0, and JSON Feed 1.0 and 1.1 become items ready for the
// parts entry; feeds and pages are fetched politely over HTTP (conditional
// GET, charsets, limits); a site's page names its feed; OPML lists of
// subscriptions are read and written.
package feed

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"dateline/articles"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
)

// MaxItems is the most items one feed yields in one read; the rest are
// dropped, so a runaway feed cannot fill the library in one fetch.
const MaxItems = 5000

// ErrNotFeed is the error for content that is no feed at all.
var ErrNotFeed = errors.New("not a feed")

// NotFeedError says what the content was instead of a feed.
type NotFeedError struct {
	What string // "an HTML page", "empty", …
}

func (e *NotFeedError) Error() string { return "not a feed: " + e.What }

// Unwrap makes errors.Is(err, ErrNotFeed) hold.
func (e *NotFeedError) Unwrap() error { return ErrNotFeed }

// Feed is a parsed feed.
type Feed struct {
	Title   string // plain text
	SiteURL string // the site the feed belongs to, absolute where it could be resolved
	Lang    string
	Format  string // "rss 2.0", "atom 1.0", "json 1.1", …
	Items   []Item // in the feed's order, duplicates removed
	Dropped int    // items over MaxItems, not in Items
}

// Item is one entry of a feed.
type Item struct {
	// ID tells the item apart from the others of its feed, across fetches:
	// its GUID, else its link, else a digest of its title and content
	// ("sha256:…").
	ID        string
	GUID      string
	Title     string    // plain text: tags stripped, entities decoded; "" when the item has none
	Published time.Time // published, else updated; zero when neither is known
	Author    string
	URL       string // absolute where it could be resolved
	Lang      string
	Source    string           // the feed's title
	Blocks    []articles.Block // the content, else the summary
	Summary   bool             // Blocks came from the summary: the feed carries no full content
}

// Parts is the item as the parts entry takes it.
func (it *Item) Parts() articles.Parts {
	return articles.Parts{
		Title:  it.Title,
		Date:   articles.DateOf(it.Published),
		Author: it.Author,
		Source: it.Source,
		URL:    it.URL,
		Lang:   it.Lang,
		Blocks: it.Blocks,
	}
}

// Detect reports whether raw is a feed, judging by its content alone: an
// rss, rdf or feed root element, or a JSON Feed object.
func Detect(raw []byte) bool {
	if !mayBeFeed(raw) {
		return false
	}
	text, err := toUTF8(raw, "")
	if err != nil {
		return false
	}
	switch gofeed.DetectFeedType(bytes.NewReader(head(text))) {
	case gofeed.FeedTypeAtom, gofeed.FeedTypeRSS:
		return true
	case gofeed.FeedTypeJSON:
		return isJSONFeed(text)
	}
	return false
}

// mayBeFeed is Detect's quick look: the first byte that is not white space
// opens markup or an object, or the text is UTF-16.
func mayBeFeed(raw []byte) bool {
	raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
	if bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return true
	}
	raw = bytes.TrimLeft(raw, " \t\r\n")
	return len(raw) > 0 && (raw[0] == '<' || raw[0] == '{')
}

func head(b []byte) []byte {
	const n = 4096
	if len(b) > n {
		return b[:n]
	}
	return b
}

// isJSONFeed reports whether a JSON object is a JSON Feed: it names a
// jsonfeed.org version, or at least has items.
func isJSONFeed(b []byte) bool {
	var probe struct {
		Version string          `json:"version"`
		Items   json.RawMessage `json:"items"`
	}
	if json.Unmarshal(b, &probe) != nil {
		return false
	}
	return strings.Contains(probe.Version, "jsonfeed.org") || len(probe.Items) > 0 && probe.Items[0] == '['
}

// Parse reads a feed. contentType is the HTTP Content-Type, "" for a file;
// its charset wins over the XML declaration. base is the address the feed
// was read from, for resolving relative links; "" for a file.
func Parse(raw []byte, contentType, base string) (*Feed, error) {
	text, err := toUTF8(raw, contentType)
	if err != nil {
		return nil, err
	}
	kind := gofeed.DetectFeedType(bytes.NewReader(head(text)))
	if kind == gofeed.FeedTypeUnknown || kind == gofeed.FeedTypeJSON && !isJSONFeed(text) {
		return nil, &NotFeedError{What: describe(text)}
	}
	parser := gofeed.NewParser()
	parser.RSSTranslator = &rssTranslator{}
	f, err := parser.Parse(bytes.NewReader(text))
	if err != nil && kind != gofeed.FeedTypeJSON {
		// A feed cut short keeps what came, the item it was cut in too, as
		// lenient readers keep it; one broken after some items keeps the
		// items that came whole.
		for _, mend := range []func([]byte) ([]byte, bool){closeOpen, wholeItems} {
			if mended, ok := mend(text); ok {
				if g, gerr := parser.Parse(bytes.NewReader(mended)); gerr == nil && len(g.Items) > 0 {
					f, err = g, nil
					break
				}
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("reading the feed: %w", err)
	}
	return convert(f, base), nil
}

// closeOpen is a broken XML feed cut where it breaks, with the elements
// open there closed. Text cut short is dropped with the break: half a
// title is not the title.
func closeOpen(text []byte) ([]byte, bool) {
	d := xml.NewDecoder(bytes.NewReader(text))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // already UTF-8
	var open []xml.Name
	var good, beforeText int64
	for {
		before := d.InputOffset()
		tok, err := d.RawToken()
		if err != nil {
			break
		}
		beforeText = -1
		switch t := tok.(type) {
		case xml.CharData:
			beforeText = before
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
		good = d.InputOffset()
	}
	if len(open) == 0 || good == 0 {
		return nil, false
	}
	if beforeText >= 0 {
		good = beforeText
	}
	out := append([]byte(nil), text[:good]...)
	for i := len(open) - 1; i >= 0; i-- {
		name := open[i].Local
		if open[i].Space != "" {
			name = open[i].Space + ":" + name
		}
		out = append(out, "</"+name+">"...)
	}
	return out, true
}

// rssTranslator is gofeed's, with one rule of RSS 2.0 more: an item
// without a link whose GUID is a permalink (as a GUID is unless it says
// otherwise) links to its GUID, as feed readers take it.
type rssTranslator struct{ gofeed.DefaultRSSTranslator }

func (t *rssTranslator) Translate(in any) (*gofeed.Feed, error) {
	f, err := t.DefaultRSSTranslator.Translate(in)
	if err != nil {
		return nil, err
	}
	if r, ok := in.(*rss.Feed); ok && len(r.Items) == len(f.Items) {
		for i, it := range r.Items {
			if g := it.GUID; f.Items[i].Link == "" && g != nil && !strings.EqualFold(strings.TrimSpace(g.IsPermalink), "false") {
				if u, err := url.Parse(strings.TrimSpace(g.Value)); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
					f.Items[i].Link = u.String()
				}
			}
		}
	}
	return f, nil
}

// wholeItems is a broken XML feed cut after its last whole item and
// closed, so that what came before the break reads.
func wholeItems(text []byte) ([]byte, bool) {
	h := head(text)
	var end, closing string
	switch {
	case bytes.Contains(h, []byte("<rdf:RDF")) || bytes.Contains(h, []byte("<RDF")):
		end, closing = "</item>", "</rdf:RDF>"
		if !bytes.Contains(h, []byte("<rdf:RDF")) {
			closing = "</RDF>"
		}
	case bytes.Contains(h, []byte("<rss")):
		end, closing = "</item>", "</channel></rss>"
	case bytes.Contains(h, []byte("<feed")):
		end, closing = "</entry>", "</feed>"
	default:
		return nil, false
	}
	i := bytes.LastIndex(text, []byte(end))
	if i < 0 {
		return nil, false
	}
	out := make([]byte, 0, i+len(end)+len(closing))
	out = append(out, text[:i+len(end)]...)
	return append(out, closing...), true
}

// describe names what text is when it is not a feed.
func describe(text []byte) string {
	t := bytes.TrimSpace(text)
	if len(t) == 0 {
		return "empty"
	}
	h := strings.ToLower(string(head(t)))
	switch {
	case strings.HasPrefix(h, "<!doctype html") || strings.Contains(h, "<html"):
		return "an HTML page"
	case h[0] == '{' || h[0] == '[':
		return "JSON that is not a JSON Feed"
	case h[0] == '<':
		return "XML without an rss, rdf or feed root element"
	}
	return "plain text"
}

func convert(f *gofeed.Feed, base string) *Feed {
	baseURL, _ := url.Parse(base)
	if baseURL != nil && !baseURL.IsAbs() {
		baseURL = nil
	}
	out := &Feed{
		Title:  clean(PlainText(f.Title)),
		Lang:   clean(strings.TrimSpace(f.Language)),
		Format: format(f),
	}
	out.SiteURL = resolve(baseURL, f.Link)
	// Relative item links resolve against the feed's own address; a file
	// has none, so its site's address serves instead.
	itemBase := baseURL
	if itemBase == nil {
		if u, err := url.Parse(out.SiteURL); err == nil && u.IsAbs() {
			itemBase = u
		}
	}
	feedAuthor := person(f.Authors)
	items := make([]Item, 0, len(f.Items))
	for _, it := range f.Items {
		if it != nil {
			items = append(items, convertItem(it, itemBase))
		}
	}
	sharedGUIDs(items)
	seen := make(map[string]bool, len(items))
	for _, item := range items {
		if seen[item.ID] {
			continue
		}
		seen[item.ID] = true
		if len(out.Items) == MaxItems {
			out.Dropped++
			continue
		}
		item.Source = out.Title
		item.Lang = out.Lang
		if item.Author == "" {
			item.Author = feedAuthor
		}
		out.Items = append(out.Items, item)
	}
	return out
}

// sharedGUIDs gives items that share a GUID with an item of another link
// their links for IDs: some publishers' software writes one GUID (the
// site's address, say) on every item, and the GUID then tells nothing
// apart. Items that share both stay one item.
func sharedGUIDs(items []Item) {
	links := make(map[string]string, len(items))
	shared := map[string]bool{}
	for _, it := range items {
		if it.GUID == "" || it.ID != it.GUID {
			continue
		}
		if link, ok := links[it.GUID]; !ok {
			links[it.GUID] = it.URL
		} else if link != it.URL {
			shared[it.GUID] = true
		}
	}
	if len(shared) == 0 {
		return
	}
	for i := range items {
		if it := &items[i]; shared[it.GUID] && it.ID == it.GUID && it.URL != "" {
			it.ID = it.URL
		}
	}
}

// format names a feed's format and version: "rss 2.0", "json 1.1".
func format(f *gofeed.Feed) string {
	version := f.FeedVersion
	if i := strings.LastIndex(version, "/version/"); i >= 0 {
		version = version[i+len("/version/"):]
	}
	return strings.TrimSpace(f.FeedType + " " + strings.Trim(version, "/"))
}

func convertItem(it *gofeed.Item, base *url.URL) Item {
	item := Item{
		GUID:   clean(strings.TrimSpace(it.GUID)),
		Title:  clean(PlainText(it.Title)),
		Author: person(it.Authors),
		URL:    resolve(base, it.Link),
	}
	if item.URL == "" {
		for _, l := range it.Links {
			if item.URL = resolve(base, l); item.URL != "" {
				break
			}
		}
	}
	item.Published = itemDate(it)
	item.Blocks = Blocks(it.Content)
	if len(item.Blocks) == 0 {
		item.Blocks = Blocks(it.Description)
		item.Summary = true
	}
	if len(item.Blocks) == 0 && item.Title == "" && item.URL != "" {
		// An item that is only a link says only its link.
		item.Blocks = []articles.Block{{Kind: articles.KindText, Text: item.URL}}
	}
	switch {
	case item.GUID != "":
		item.ID = item.GUID
	case item.URL != "":
		item.ID = item.URL
	default:
		item.ID = digest(it)
	}
	return item
}

// digest is the ID of an item with neither GUID nor link: the same item
// read again gets the same one. Its dates are left out, since some
// generators date every item with the time of the request.
func digest(it *gofeed.Item) string {
	h := sha256.New()
	for _, s := range []string{it.Title, it.Content, it.Description} {
		h.Write([]byte(strings.TrimSpace(s)))
		h.Write([]byte{0})
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))[:32]
}

func person(ps []*gofeed.Person) string {
	var names []string
	for _, p := range ps {
		if p == nil {
			continue
		}
		name := strings.TrimSpace(PlainText(p.Name))
		if name == "" {
			name = strings.TrimSpace(p.Email)
		}
		if name != "" {
			names = append(names, name)
		}
	}
	return clean(strings.Join(names, ", "))
}

// resolve makes ref absolute against base where it can and keeps only
// http and https addresses: a feed never hands out a file: or javascript:
// link.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		if base == nil {
			return "" // a relative link with nothing to resolve it against leads nowhere
		}
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return clean(u.String())
}

// clean makes text from a feed safe to show: valid UTF-8, no control
// characters or escape sequences, on one line.
func clean(s string) string {
	return articles.SanitizeLine(s)
}
