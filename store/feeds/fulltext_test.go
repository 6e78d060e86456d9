package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"dateline/articles/feed"
)

// pageServer serves a feed of summaries whose items link to a long page,
// to a missing one and to a page no longer than the summary.
func pageServer(t *testing.T) *httptest.Server {
	t.Helper()
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Summaries</title>
<item><title>Long story</title><guid>long</guid><link>%[1]s/long.html</link><description>Only a summary.</description></item>
<item><title>Missing page</title><guid>missing</guid><link>%[1]s/missing.html</link><description>Only a summary too.</description></item>
<item><title>Short page</title><guid>short</guid><link>%[1]s/short.html</link><description>A summary of some words.</description></item>
</channel></rss>`, srv.URL)
		case "/long.html":
			var b strings.Builder
			b.WriteString("<html><head><title>Long story</title></head><body><nav>Home | World</nav><article><h1>Long story</h1>")
			for i := range 8 {
				fmt.Fprintf(&b, "<p>Paragraph %d tells how Belarus sold potash to China by rail through Russia, and what the ministry in Minsk said about the price this year.</p>", i)
			}
			b.WriteString("</article></body></html>")
			fmt.Fprint(w, b.String())
		case "/short.html":
			fmt.Fprint(w, "<html><body><p>Tiny.</p></body></html>")
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFullText(t *testing.T) {
	ctx := context.Background()
	srv := pageServer(t)
	lib := openLibrary(t)
	client := feed.NewClient()
	if _, err := Add(ctx, lib, client, srv.URL+"/feed.xml", AddOptions{}); err != nil {
		t.Fatal(err)
	}
	got := byID(t, lib)
	long := got["summaries/long-story"]
	if long == nil || long.Words >= SummaryWords {
		t.Fatalf("the summary: %+v", long)
	}
	a, err := FullText(ctx, lib, client, long.Key, long.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Words < SummaryWords || a.Title != "Long story" || a.ID != long.ID || a.Key != long.Key || strings.Contains(fmt.Sprint(a.Body), "Home | World") {
		t.Errorf("full text: %d words, %+v", a.Words, a)
	}
	if again := byID(t, lib)["summaries/long-story"]; again.Words != a.Words {
		t.Errorf("the full text was not kept: %d words", again.Words)
	}
	for _, tc := range []struct{ id, want string }{
		{"summaries/missing-page", "HTTP 404"},
		{"summaries/short-page", "no more text than the feed"},
	} {
		b := got[tc.id]
		if _, err := FullText(ctx, lib, client, b.Key, b.ID); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.id, err, tc.want)
		}
		kept, err := Articles(ctx, lib)
		must(t, err)
		if o := kept.Origin[b.Key]; !strings.Contains(o.PageError, tc.want) || o.Page != "" {
			t.Errorf("%s: kept %+v, want the reason with the summary", tc.id, o)
		}
	}
	// A refetch of the feed, which still carries the summary, keeps the
	// page's text.
	srvReport, err := Fetch(ctx, lib, Options{Client: client})
	must(t, err)
	_ = srvReport
	if again := byID(t, lib)["summaries/long-story"]; again.Words != a.Words {
		t.Errorf("a fetch of the summary again lost the page's text: %d words", again.Words)
	}
}

// A full-text subscription's new items are fetched whole while fetching.
func TestFullTextSubscription(t *testing.T) {
	ctx := context.Background()
	srv := pageServer(t)
	lib := openLibrary(t)
	if _, err := Add(ctx, lib, feed.NewClient(), srv.URL+"/feed.xml", AddOptions{FullText: true}); err != nil {
		t.Fatal(err)
	}
	got := byID(t, lib)
	if a := got["summaries/long-story"]; a == nil || a.Words < SummaryWords {
		t.Errorf("the item of a full-text feed was not fetched whole: %+v", a)
	}
	if a := got["summaries/missing-page"]; a == nil || a.Words >= SummaryWords {
		t.Errorf("the item whose page is missing: %+v", a)
	}
}

// A page whose charset only its server's Content-Type names is read in it.
func TestFullTextCharsetFromTheHeader(t *testing.T) {
	ctx := context.Background()
	const text = "Минск продаёт калий в Китай по железной дороге через Россию, сообщило министерство."
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Kalij</title><item><title>Potash</title><guid>p</guid><link>%s/page.html</link><description>A summary.</description></item></channel></rss>`, srv.URL)
		case "/page.html":
			page := "<html><head><title>Калий</title></head><body><article><h1>Калий</h1>" + strings.Repeat("<p>"+text+"</p>", 8) + "</article></body></html>"
			b, err := charmap.Windows1251.NewEncoder().Bytes([]byte(page))
			if err != nil {
				t.Error(err)
			}
			w.Header().Set("Content-Type", "text/html; charset=windows-1251")
			w.Write(b)
		}
	}))
	t.Cleanup(srv.Close)
	lib := openLibrary(t)
	client := feed.NewClient()
	if _, err := Add(ctx, lib, client, srv.URL+"/feed.xml", AddOptions{}); err != nil {
		t.Fatal(err)
	}
	s := byID(t, lib)["kalij/potash"]
	if s == nil {
		t.Fatalf("no item: %v", byID(t, lib))
	}
	a, err := FullText(ctx, lib, client, s.Key, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fmt.Sprint(a.Body), text) || a.Title != "Potash" {
		t.Errorf("title %q body %v", a.Title, a.Body)
	}
}

// pageFarm serves pages slowly on n servers of their own, counting the
// fetches in flight, on each server and in all.
type pageFarm struct {
	mu               sync.Mutex
	now, most        int
	perServer, worst []int
	servers          []*httptest.Server
}

func newPageFarm(t *testing.T, n int) *pageFarm {
	farm := &pageFarm{perServer: make([]int, n), worst: make([]int, n)}
	for i := range n {
		farm.servers = append(farm.servers, httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			farm.mu.Lock()
			farm.now++
			farm.perServer[i]++
			farm.most = max(farm.most, farm.now)
			farm.worst[i] = max(farm.worst[i], farm.perServer[i])
			farm.mu.Unlock()
			time.Sleep(150 * time.Millisecond)
			farm.mu.Lock()
			farm.now--
			farm.perServer[i]--
			farm.mu.Unlock()
			fmt.Fprint(w, "<html><body><article><h1>Page</h1>")
			for p := range 6 {
				fmt.Fprintf(w, "<p>Paragraph %d of %s tells how Belarus sold potash to China by rail through Russia, and what the ministry said.</p>", p, r.URL.Path)
			}
			fmt.Fprint(w, "</article></body></html>")
		})))
	}
	t.Cleanup(func() {
		for _, s := range farm.servers {
			s.Close()
		}
	})
	return farm
}

// During fetch, the pages of a full-text subscription are fetched at once
// within the client's limits, not one by one: at most 8 in all and 2 to
// one server, and as many as that allows.
func TestFullTextPagesConcurrently(t *testing.T) {
	ctx := context.Background()
	farm := newPageFarm(t, 6)
	const items = 18
	var serving atomic.Bool // the feed's items, once the subscription is there
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<rss version="2.0"><channel><title>Farm</title>`)
		for i := range items {
			if serving.Load() {
				fmt.Fprintf(&b, `<item><title>Story %d</title><guid>s%d</guid><link>%s/page-%d.html</link><description>A summary.</description></item>`,
					i, i, farm.servers[i%len(farm.servers)].URL, i)
			}
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(feedSrv.Close)
	lib := openLibrary(t)
	client := feed.NewClient()
	if _, err := Add(ctx, lib, client, feedSrv.URL+"/feed.xml", AddOptions{FullText: true}); err != nil {
		t.Fatal(err)
	}
	serving.Store(true)
	if _, err := Fetch(ctx, lib, Options{Client: client}); err != nil {
		t.Fatal(err)
	}
	farm.mu.Lock()
	most, worst := farm.most, slices.Max(farm.worst)
	farm.mu.Unlock()
	if most > feed.MaxConcurrent || worst > feed.MaxPerHost {
		t.Errorf("%d pages in flight, %d to one server: over the limits", most, worst)
	}
	if most < feed.MaxConcurrent-2 || worst < feed.MaxPerHost {
		t.Errorf("only %d pages in flight at most, %d to one server: fetched one by one", most, worst)
	}
	whole := 0
	for _, a := range byID(t, lib) {
		if a.Words >= SummaryWords {
			whole++
		}
	}
	if whole != items {
		t.Errorf("%d of %d items fetched whole", whole, items)
	}
}
