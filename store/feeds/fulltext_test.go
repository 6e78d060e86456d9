package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

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
