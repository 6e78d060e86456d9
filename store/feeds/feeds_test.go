package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/store/library"
)

// server serves feeds that a test can change, with ETags, and counts the
// requests and the 304s.
type server struct {
	*httptest.Server
	mu       sync.Mutex
	feeds    map[string]string // path → body
	requests map[string]int
	notMod   map[string]int
}

func newServer(t *testing.T) *server {
	s := &server{feeds: map[string]string{}, requests: map[string]int{}, notMod: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.requests[r.URL.Path]++
		switch r.URL.Path {
		case "/site":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><link rel="alternate" type="application/atom+xml" href="/b.atom"></head><body>site</body></html>`)
			return
		case "/moved.xml":
			http.Redirect(w, r, "/a.xml", http.StatusMovedPermanently)
			return
		case "/busy.xml":
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		body, ok := s.feeds[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		tag := fmt.Sprintf(`"%x"`, len(body)*31+strings.Count(body, "e"))
		w.Header().Set("ETag", tag)
		if r.Header.Get("If-None-Match") == tag {
			s.notMod[r.URL.Path]++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write([]byte(body))
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *server) set(path, body string) {
	s.mu.Lock()
	s.feeds[path] = body
	s.mu.Unlock()
}

func (s *server) count(path string) (requests, notModified int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path], s.notMod[path]
}

type rssItem struct{ guid, title, body string }

func rss(title string, items ...rssItem) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>https://example.com/</link>`, title)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><guid>%s</guid><link>https://example.com/%s</link><pubDate>Tue, 09 Sep 2025 10:00:00 +0000</pubDate><description>%s</description></item>`,
			it.title, it.guid, it.guid, it.body)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

const atomFeed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Bee Atom</title>
<entry><id>b1</id><title>First entry</title><updated>2025-05-01T00:00:00Z</updated><content type="html">&lt;p&gt;Minsk and Baku.&lt;/p&gt;</content></entry>
<entry><id>b2</id><title>First entry</title><updated>2025-05-02T00:00:00Z</updated><content type="html">&lt;p&gt;Same title, other entry.&lt;/p&gt;</content></entry>
</feed>`

func openLibrary(t *testing.T) *library.Library {
	t.Helper()
	lib, err := library.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func byID(t *testing.T, lib *library.Library) map[string]*articles.Article {
	t.Helper()
	kept, err := Articles(context.Background(), lib)
	must(t, err)
	if len(kept.Skipped) != 0 {
		t.Errorf("skipped: %+v", kept.Skipped)
	}
	out := map[string]*articles.Article{}
	for _, a := range kept.Articles {
		if out[a.ID] != nil {
			t.Errorf("two articles with ID %q", a.ID)
		}
		out[a.ID] = a
	}
	return out
}

func ids(m map[string]*articles.Article) []string {
	var out []string
	for id := range m {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

func TestAddFetchAndRead(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	srv.set("/a.xml", rss("Minsk & Beyond",
		rssItem{"a1", "Potash exports rise", "Belarus sold more potash."},
		rssItem{"a2", "Rail links grow", "Trains run to China."},
		rssItem{"a1", "Duplicate GUID", "Dropped."},
	))
	srv.set("/b.atom", atomFeed)
	lib := openLibrary(t)
	client := feed.NewClient()

	added, err := Add(ctx, lib, client, srv.URL+"/a.xml", AddOptions{Category: "News"})
	must(t, err)
	if added.Name != "minsk-beyond" || added.Title != "Minsk & Beyond" || added.New != 2 || added.Known {
		t.Errorf("added %+v", added)
	}
	added, err = Add(ctx, lib, client, srv.URL+"/site", AddOptions{FullText: true})
	must(t, err)
	if added.URL != srv.URL+"/b.atom" || added.Name != "bee-atom" || !added.FullText || added.New != 2 {
		t.Errorf("added from the site's page: %+v", added)
	}
	if _, err := Add(ctx, lib, client, srv.URL+"/missing.xml", AddOptions{}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("adding a missing feed: %v", err)
	}

	got := byID(t, lib)
	want := []string{"bee-atom/first-entry", "bee-atom/first-entry~2", "minsk-beyond/potash-exports-rise", "minsk-beyond/rail-links-grow"}
	if !slices.Equal(ids(got), want) {
		t.Fatalf("IDs %q, want %q", ids(got), want)
	}
	potash := got["minsk-beyond/potash-exports-rise"]
	if potash.Key != Key(srv.URL+"/a.xml", "a1") || potash.Source != "Minsk & Beyond" || potash.Date.String() != "2025-09-09" ||
		potash.URL != "https://example.com/a1" || len(potash.Body) != 1 {
		t.Errorf("article %+v", potash)
	}

	// Every run revalidates: unchanged feeds cost a 304 and add nothing.
	report, err := Fetch(ctx, lib, Options{Client: client})
	must(t, err)
	if report.Count(NotModified) != 2 || len(report.Results) != 2 {
		t.Errorf("second fetch: %+v", report.Results)
	}
	if _, n := srv.count("/a.xml"); n != 1 {
		t.Errorf("/a.xml answered 304 %d times, want 1", n)
	}
	if len(byID(t, lib)) != 4 {
		t.Error("a fetch of unchanged feeds changed the articles")
	}

	// An updated item replaces its text and keeps its marks and ID; an
	// item that leaves the feed stays; a new one arrives.
	must(t, lib.SetRead(ctx, true, potash.Key))
	srv.set("/a.xml", rss("Minsk & Beyond",
		rssItem{"a1", "Potash exports rise", "Belarus sold even more potash."},
		rssItem{"a3", "Potash exports rise", "A new item with an old title."},
	))
	report, err = Fetch(ctx, lib, Options{Client: client})
	must(t, err)
	var a Result
	for _, r := range report.Results {
		if r.URL == srv.URL+"/a.xml" {
			a = r
		}
	}
	if a.Outcome != Fetched || a.New != 1 || a.Updated != 1 || a.Items != 2 {
		t.Errorf("fetch of the changed feed: %+v", a)
	}
	got = byID(t, lib)
	want = []string{"bee-atom/first-entry", "bee-atom/first-entry~2", "minsk-beyond/potash-exports-rise", "minsk-beyond/potash-exports-rise~2", "minsk-beyond/rail-links-grow"}
	if !slices.Equal(ids(got), want) {
		t.Fatalf("IDs %q, want %q", ids(got), want)
	}
	if body := got["minsk-beyond/potash-exports-rise"].Body; len(body) != 1 || body[0].Text != "Belarus sold even more potash." {
		t.Errorf("updated body %+v", body)
	}
	marks, err := lib.Marks(ctx)
	must(t, err)
	if !marks[potash.Key].Read {
		t.Error("the updated item lost its mark")
	}

	status, err := List(ctx, lib)
	must(t, err)
	if len(status) != 2 || status[0].Name != "bee-atom" || status[1].Articles != 3 || status[1].Unread != 2 || status[1].Category != "News" {
		t.Errorf("status %+v", status)
	}
}

func TestFetchFailuresAndRetryAfter(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	srv.set("/a.xml", rss("A", rssItem{"a1", "One", "Text."}))
	lib := openLibrary(t)
	for _, p := range []string{"/a.xml", "/busy.xml", "/gone.xml"} {
		must(t, lib.Subscribe(ctx, library.Subscription{URL: srv.URL + p, Name: strings.Trim(p, "/.xml")}))
	}
	now := time.Now()
	clock := func() time.Time { return now }
	var progress []string
	report, err := Fetch(ctx, lib, Options{Client: feed.NewClient(), Now: clock, Progress: func(done, total int, r Result) {
		progress = append(progress, fmt.Sprintf("%d/%d", done, total))
	}})
	must(t, err)
	if report.Count(Fetched) != 1 || report.Count(Failed) != 2 || strings.Join(progress, " ") != "1/3 2/3 3/3" {
		t.Errorf("first fetch %+v, progress %v", report.Results, progress)
	}
	subs, err := lib.Subscriptions(ctx)
	must(t, err)
	errs := map[string]string{}
	for _, s := range subs {
		errs[strings.TrimPrefix(s.URL, srv.URL)] = s.LastError
		if s.URL == srv.URL+"/busy.xml" && !s.RetryAfter.After(now.Add(59*time.Minute)) {
			t.Errorf("retry after %v, want an hour from now", s.RetryAfter)
		}
	}
	if errs["/a.xml"] != "" || !strings.Contains(errs["/busy.xml"], "503") || !strings.Contains(errs["/gone.xml"], "404") {
		t.Errorf("errors kept: %q", errs)
	}

	// Until the hour is up the busy feed is not asked; then it is.
	before, _ := srv.count("/busy.xml")
	report, err = Fetch(ctx, lib, Options{Client: feed.NewClient(), Now: clock})
	must(t, err)
	if report.Count(Waiting) != 1 {
		t.Errorf("second fetch %+v", report.Results)
	}
	if after, _ := srv.count("/busy.xml"); after != before {
		t.Errorf("the busy feed was asked again before its Retry-After")
	}
	now = now.Add(2 * time.Hour)
	report, err = Fetch(ctx, lib, Options{Client: feed.NewClient(), Now: clock})
	must(t, err)
	if report.Count(Waiting) != 0 {
		t.Errorf("after the wait %+v", report.Results)
	}
}

func TestFetchFollowsAPermanentMove(t *testing.T) {
	ctx := context.Background()
	srv := newServer(t)
	srv.set("/a.xml", rss("A", rssItem{"a1", "One", "Text."}))
	lib := openLibrary(t)
	old := srv.URL + "/moved.xml"
	must(t, lib.Subscribe(ctx, library.Subscription{URL: old, Name: "a"}))
	// Fetched once at the old address (as before the site moved).
	must(t, lib.SaveFetch(ctx, old, library.FetchState{}, []library.FeedArticle{{GUID: "a0", Title: "Old item", Parts: []byte(`{"v":1,"title":"Old item","blocks":[{"text":"Old text."}]}`)}}))
	must(t, lib.SetRead(ctx, true, Key(old, "a0")))

	report, err := Fetch(ctx, lib, Options{Client: feed.NewClient()})
	must(t, err)
	r := report.Results[0]
	if r.Outcome != Fetched || r.URL != srv.URL+"/a.xml" || r.MovedFrom != old {
		t.Fatalf("result %+v", r)
	}
	subs, err := lib.Subscriptions(ctx)
	must(t, err)
	if len(subs) != 1 || subs[0].URL != srv.URL+"/a.xml" {
		t.Errorf("subscriptions %+v", subs)
	}
	marks, err := lib.Marks(ctx)
	must(t, err)
	if !marks[Key(srv.URL+"/a.xml", "a0")].Read {
		t.Errorf("the move lost the mark: %v", marks)
	}
	if got := byID(t, lib); len(got) != 2 {
		t.Errorf("articles after the move: %q", ids(got))
	}
}

func TestImportExportRemove(t *testing.T) {
	ctx := context.Background()
	lib := openLibrary(t)
	opml := `<opml version="1.0"><body>
<outline text="News"><outline text="Minsk & Beyond" xmlUrl="https://a.example.com/rss?x=1&y=2"/>
<outline text="B" xmlUrl=" https://b.example.com/feed "/></outline>
<outline text="Again" xmlUrl="https://a.example.com/rss?x=1&y=2"/>
</body></opml>`
	imp, err := Import(ctx, lib, strings.NewReader(opml))
	must(t, err)
	if imp.Added != 2 || imp.Known != 0 {
		t.Errorf("import %+v", imp)
	}
	imp, err = Import(ctx, lib, strings.NewReader(opml))
	must(t, err)
	if imp.Added != 0 || imp.Known != 2 {
		t.Errorf("second import %+v", imp)
	}
	var buf bytes.Buffer
	must(t, Export(ctx, lib, &buf))
	back, err := feed.ReadOPML(&buf)
	must(t, err)
	if len(back) != 2 || back[0].URL != "https://a.example.com/rss?x=1&y=2" || back[0].Category != "News" || back[1].URL != "https://b.example.com/feed" {
		t.Errorf("exported %+v", back)
	}

	removed, err := Remove(ctx, lib, "minsk-beyond")
	must(t, err)
	if removed.URL != "https://a.example.com/rss?x=1&y=2" {
		t.Errorf("removed %+v", removed)
	}
	if _, err := Remove(ctx, lib, "https://b.example.com/feed/"); err != nil {
		t.Errorf("removing by address: %v", err)
	}
	if _, err := Remove(ctx, lib, "nothing"); !errors.Is(err, ErrNoSubscription) {
		t.Errorf("removing what is not there: %v", err)
	}
	if subs, _ := lib.Subscriptions(ctx); len(subs) != 0 {
		t.Errorf("left %+v", subs)
	}
}

func TestLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	unlock, err := TryLock(path)
	must(t, err)
	if _, err := TryLock(path); !errors.Is(err, ErrBusy) {
		t.Fatalf("second lock: %v, want %v", err, ErrBusy)
	}
	got := make(chan error)
	go func() {
		u, err := Lock(path)
		if err == nil {
			u()
		}
		got <- err
	}()
	select {
	case err := <-got:
		t.Fatalf("Lock did not wait: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	unlock()
	if err := <-got; err != nil {
		t.Fatal(err)
	}
}

func TestShortName(t *testing.T) {
	tests := []struct{ title, url, want string }{
		{"Minsk & Beyond", "https://x.example/feed", "minsk-beyond"},
		{"", "https://www.bbc.co.uk/news/rss.xml", "bbc-co-uk"},
		{"", "https://feeds.example.com/rss", "example-com"},
		{"!!!", "not a url", "feed"},
	}
	for _, tt := range tests {
		if got := shortName(tt.title, tt.url); got != tt.want {
			t.Errorf("shortName(%q, %q) = %q, want %q", tt.title, tt.url, got, tt.want)
		}
	}
}

// An article kept parsed reads back as the parts entry made it; one kept
// by another parser is parsed again from its blocks.
func TestKeptArticleIsTheParsedOne(t *testing.T) {
	f, err := feed.Parse([]byte(rss("Minsk & Beyond",
		rssItem{"a1", "Potash exports rise in Belarus", "MINSK — Belarus sold more potash to China and Russia.&lt;p&gt;Second paragraph about Vietnam.&lt;/p&gt;"}),
	), "", "")
	must(t, err)
	st := newStored(&f.Items[0])
	st.keepArticle()
	if st.Article == nil || st.Parser != parserVersion {
		t.Fatalf("nothing kept: %+v", st)
	}
	want, err := articles.FromParts("x/y", st.parts())
	must(t, err)
	got, err := st.article("x/y")
	must(t, err)
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("kept article\n  %+v\nparsed\n  %+v", got, want)
	}
	st.Article.Title = "stale"
	st.Parser = parserVersion - 1
	again, err := st.article("x/y")
	must(t, err)
	if again.Title != want.Title {
		t.Errorf("an article kept by another parser was not parsed again: %q", again.Title)
	}
	for _, d := range []string{"2025-07-04", "--04-21", ""} {
		if got := parseDate(d).String(); got != d {
			t.Errorf("parseDate(%q) = %q", d, got)
		}
	}
}
