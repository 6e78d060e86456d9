package feeds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/store/library"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The real-world corpus: feeds written as publishers' software emits them
// (testdata/realworld/feeds), and what Python's feedparser reads in each
// (expected.json, written by make.py, run by hand).
const (
	realWorldDir = "testdata/realworld"
	// feedparserBase is the address make.py gave feedparser for each
	// feed; the test server's address stands in for it.
	feedparserBase = "http://feeds.test/"
	// minShare is the least share of feedparser's items, titles and dates
	// that the fetched library must match.
	minShare = 0.97
	// min304Share is the least share of feeds that the second fetch must
	// find unchanged with a 304.
	min304Share = 0.90
)

type fpEntry struct {
	ID        *string `json:"id"`
	Link      *string `json:"link"`
	Title     *string `json:"title"`
	TitleType *string `json:"title_type"`
	Summary   string  `json:"summary"`
	Date      *string `json:"date"` // UTC, RFC 3339; null when feedparser read none
}

type fpFeed struct {
	Entries []fpEntry `json:"entries"`
}

// share counts how many of a whole hold.
type share struct{ n, of int }

func (s *share) add(ok bool) {
	s.of++
	if ok {
		s.n++
	}
}

func (s share) ratio() float64 {
	if s.of == 0 {
		return 1
	}
	return float64(s.n) / float64(s.of)
}

func (s share) String() string {
	return fmt.Sprintf("%d/%d (%.1f%%)", s.n, s.of, 100*s.ratio())
}

// realWorldServer serves every file of the corpus at /NAME with the
// Content-Type of the manifest, validators and conditional GET as a
// static file server gives them.
func realWorldServer(t *testing.T, manifest map[string]struct {
	ContentType string `json:"content_type"`
}) (srv *httptest.Server, notModified func() map[string]int) {
	t.Helper()
	modified := time.Date(2025, 7, 2, 12, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	count := map[string]int{}
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		m, ok := manifest[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		body, err := os.ReadFile(filepath.Join(realWorldDir, "feeds", name))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", m.ContentType)
		w.Header().Set("ETag", fmt.Sprintf(`"%x"`, sha256.Sum256(body)))
		rec := &statusRecorder{ResponseWriter: w}
		http.ServeContent(rec, r, name, modified, bytes.NewReader(body))
		if rec.status == http.StatusNotModified {
			mu.Lock()
			count[name]++
			mu.Unlock()
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		out := make(map[string]int, len(count))
		for k, v := range count {
			out[k] = v
		}
		return out
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// fpText is feedparser's title as a reader shows it: its HTML read as a
// browser would when feedparser says it is HTML, else its entities
// decoded once (publishers escape twice); white space collapsed.
func fpText(title string, typ *string) string {
	if typ != nil && strings.Contains(*typ, "html") {
		title = htmlText(title)
	} else {
		title = html.UnescapeString(title)
	}
	return strings.Join(strings.FieldsFunc(title, isBlank), " ")
}

// feedparserWrong are the feeds where feedparser's reading is wrong, and
// the figure it is wrong in: those figures are counted apart, not held
// against the fetch.
var feedparserWrong = map[string]struct{ titles, dates string }{
	"bare_ampersand.xml":   {titles: "its loose parser ends a bare & with a ; (Q&A; for Q&A)"},
	"doctype_entities.xml": {titles: "it reads an entity the DOCTYPE declares as &&#160;;"},
	"unix_timestamps.xml":  {dates: "it reads 1751364000 as day 364 of the year 1751"},
}

func htmlText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return s
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return b.String()
}

func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0'
}

// TestRealWorldFeeds fetches the corpus into a real library and compares
// what it keeps with what feedparser reads: each feedparser item must be
// an article, with feedparser's title (when it has one) and date (when it
// has one, to the day and to the second). A second fetch must cost a 304
// and add nothing.
func TestRealWorldFeeds(t *testing.T) {
	ctx := context.Background()
	var manifest map[string]struct {
		ContentType string `json:"content_type"`
	}
	readJSON(t, filepath.Join(realWorldDir, "manifest.json"), &manifest)
	var expected struct {
		Feeds map[string]fpFeed `json:"feeds"`
	}
	readJSON(t, filepath.Join(realWorldDir, "expected.json"), &expected)
	if len(manifest) < 40 || len(expected.Feeds) != len(manifest) {
		t.Fatalf("%d feeds in the manifest, %d expected: run make.py", len(manifest), len(expected.Feeds))
	}
	srv, notModified := realWorldServer(t, manifest)
	local := func(u string) string {
		if u == "" {
			return ""
		}
		return strings.Replace(u, srv.URL+"/", feedparserBase, 1)
	}

	lib := openLibrary(t)
	names := make([]string, 0, len(manifest))
	for name := range manifest {
		names = append(names, name)
		must(t, lib.Subscribe(ctx, library.Subscription{URL: srv.URL + "/" + name, Name: strings.NewReplacer("_", "-", ".", "-").Replace(name)}))
	}
	sort.Strings(names)
	client := feed.NewClient()
	report, err := Fetch(ctx, lib, Options{Client: client})
	must(t, err)
	for _, r := range report.Results {
		if r.Err != nil {
			t.Errorf("%s: %v", r.URL, r.Err)
		}
	}

	kept, err := Articles(ctx, lib)
	must(t, err)
	rows, err := lib.FeedArticles(ctx, "")
	must(t, err)
	published := make(map[string]string, len(rows))
	for _, r := range rows {
		published[Key(r.FeedURL, r.GUID)] = r.Published
	}
	byFeed := map[string][]*articles.Article{}
	for _, a := range kept.Articles {
		name := strings.TrimPrefix(kept.Origin[a.Key].FeedURL, srv.URL+"/")
		byFeed[name] = append(byFeed[name], a)
	}

	// Each figure over every item, and apart over the items of the huge
	// feed, which would otherwise outweigh the others.
	const huge = "huge.xml"
	var items, titles, days, instants, links, rest, restTitles, restDays share
	fpWrong := 0
	for _, name := range names {
		arts := byFeed[name]
		for _, e := range expected.Feeds[name].Entries {
			a := matchEntry(e, arts, local)
			items.add(a != nil)
			if name != huge {
				rest.add(a != nil)
			}
			if a == nil {
				t.Logf("%s: no article for feedparser's item %s", name, describeEntry(e))
				continue
			}
			if e.Link != nil && *e.Link != "" {
				ok := local(a.URL) == *e.Link
				links.add(ok)
				if !ok {
					t.Logf("%s: %q links to %q, feedparser %q", name, a.Title, local(a.URL), *e.Link)
				}
			}
			wrong := feedparserWrong[name]
			if e.Title != nil && strings.TrimSpace(*e.Title) != "" && wrong.titles != "" {
				fpWrong++
			} else if e.Title != nil && strings.TrimSpace(*e.Title) != "" {
				want := fpText(*e.Title, e.TitleType)
				ok := a.Title == want
				titles.add(ok)
				if name != huge {
					restTitles.add(ok)
				}
				if !ok {
					t.Logf("%s: title %q, feedparser %q", name, a.Title, want)
				}
			}
			if e.Date != nil && wrong.dates != "" {
				fpWrong++
			} else if e.Date != nil {
				want, err := time.Parse(time.RFC3339, *e.Date)
				must(t, err)
				day := articles.DateOf(want.UTC())
				ok := a.Date == day
				days.add(ok)
				if name != huge {
					restDays.add(ok)
				}
				got, _ := time.Parse(time.RFC3339, published[a.Key])
				instants.add(got.Equal(want))
				if !ok {
					t.Logf("%s: %q dated %q, feedparser %s", name, a.Title, a.Date, *e.Date)
				} else if !got.Equal(want) {
					t.Logf("%s: %q at %s, feedparser %s", name, a.Title, published[a.Key], *e.Date)
				}
			}
		}
	}
	t.Logf("%d feeds; feedparser's items that became articles %s; titles %s; dates to the day %s, to the second %s; links %s",
		len(names), items, titles, days, instants, links)
	t.Logf("without %s: items %s; titles %s; dates %s", huge, rest, restTitles, restDays)
	t.Logf("%d titles and dates left out, where feedparser is wrong (%d feeds)", fpWrong, len(feedparserWrong))
	for what, s := range map[string]share{"items": items, "titles": titles, "dates": days, "links": links, "items without " + huge: rest,
		"titles without " + huge: restTitles, "dates without " + huge: restDays} {
		if s.ratio() < minShare {
			t.Errorf("%s: %s, want at least %.0f%%", what, s, 100*minShare)
		}
	}

	// The second fetch: every server here answers a conditional GET.
	before := len(rows)
	report, err = Fetch(ctx, lib, Options{Client: client})
	must(t, err)
	var unchanged share
	counts := notModified()
	for _, name := range names {
		unchanged.add(counts[name] == 1)
	}
	for _, r := range report.Results {
		if r.New != 0 || r.Updated != 0 {
			t.Errorf("second fetch of %s: %d new, %d updated", r.URL, r.New, r.Updated)
		}
	}
	rows, err = lib.FeedArticles(ctx, "")
	must(t, err)
	t.Logf("second fetch: answered 304 for %s feeds; %d kept items before, %d after", unchanged, before, len(rows))
	if unchanged.ratio() < min304Share {
		t.Errorf("304s: %s, want at least %.0f%%", unchanged, 100*min304Share)
	}
	if len(rows) != before {
		t.Errorf("the second fetch left %d kept items, the first %d", len(rows), before)
	}
}

// matchEntry finds the article a feedparser item became: by link, else by
// ID, else by title, else by the start of its text.
func matchEntry(e fpEntry, arts []*articles.Article, local func(string) string) *articles.Article {
	title := ""
	if e.Title != nil {
		title = fpText(*e.Title, e.TitleType)
	}
	pick := func(ok func(a *articles.Article) bool) *articles.Article {
		var first *articles.Article
		for _, a := range arts {
			if ok(a) {
				if title == "" || a.Title == title {
					return a
				}
				if first == nil {
					first = a
				}
			}
		}
		return first
	}
	if e.Link != nil && *e.Link != "" {
		if a := pick(func(a *articles.Article) bool { return local(a.URL) == *e.Link }); a != nil {
			return a
		}
	}
	if e.ID != nil && *e.ID != "" {
		id := strings.TrimPrefix(*e.ID, feedparserBase)
		if a := pick(func(a *articles.Article) bool {
			guid := a.Key[strings.IndexByte(a.Key, ' ')+1:]
			return guid == *e.ID || guid == id
		}); a != nil {
			return a
		}
	}
	if title != "" {
		if a := pick(func(a *articles.Article) bool { return a.Title == title }); a != nil {
			return a
		}
	}
	if text := fpText(e.Summary, nil); text != "" {
		for _, a := range arts {
			if len(a.Body) > 0 && strings.HasPrefix(fpText(htmlText(e.Summary), nil), firstWords(a.Body[0].Text, 4)) {
				return a
			}
		}
	}
	return nil
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

func describeEntry(e fpEntry) string {
	str := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	return fmt.Sprintf("title %q link %s id %s", str(e.Title), str(e.Link), str(e.ID))
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	must(t, err)
	must(t, json.Unmarshal(raw, v))
}
