package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"dateline/articles/feed"
	"dateline/store/library"
)

// serverFeed is a feed of three items; stamp goes where a generator puts
// the time of the request, in the channel and, when dated, in each item.
func serverFeed(stamp string, links, dated bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>Validators</title><link>https://v.example/</link><lastBuildDate>%s</lastBuildDate>`, stamp)
	for i := 1; i <= 3; i++ {
		b.WriteString("<item>")
		fmt.Fprintf(&b, "<title>Item %d</title>", i)
		if links {
			fmt.Fprintf(&b, "<link>https://v.example/%d</link>", i)
		}
		if dated {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", stamp)
		}
		fmt.Fprintf(&b, "<description>Text of item %d.</description></item>", i)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// TestConditionalGETBehaviours fetches three times from servers that
// handle validators as real ones do, and counts the 304s: every server
// that can answer 304 does from the second fetch on, and none of them
// makes a duplicate, an update or a lost mark.
func TestConditionalGETBehaviours(t *testing.T) {
	const lastModified = "Wed, 02 Jul 2025 12:00:00 GMT"
	modified, _ := http.ParseTime(lastModified)
	body := serverFeed(lastModified, true, false)
	tests := []struct {
		name    string
		can304  bool // the server answers 304 to a client that sends back what it was given
		handler func(n int, w http.ResponseWriter, r *http.Request) (notModified bool)
	}{
		{"etag only", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `"v1"`)
			return r.Header.Get("If-None-Match") == `"v1"`
		}},
		{"last-modified only", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Last-Modified", lastModified)
			t, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
			return err == nil && !modified.After(t)
		}},
		{"weak etag", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `W/"5e-1a2b"`)
			return strings.TrimPrefix(r.Header.Get("If-None-Match"), "W/") == `"5e-1a2b"`
		}},
		{"etag and last-modified, both must match", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `"both"`)
			w.Header().Set("Last-Modified", lastModified)
			return r.Header.Get("If-None-Match") == `"both"` && r.Header.Get("If-Modified-Since") == lastModified
		}},
		{"several etags in If-None-Match", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `"a", "b"`)
			return strings.Contains(r.Header.Get("If-None-Match"), `"b"`)
		}},
		{"304 without validators", true, func(n int, w http.ResponseWriter, r *http.Request) bool {
			if r.Header.Get("If-None-Match") == `"v1"` {
				return true // says nothing more: the client keeps what it had
			}
			w.Header().Set("ETag", `"v1"`)
			return false
		}},
		{"gzip with a -gzip etag", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `"v1-gzip"`)
			w.Header().Set("Vary", "Accept-Encoding")
			return r.Header.Get("If-None-Match") == `"v1-gzip"`
		}},
		{"last-modified as ISO 8601, compared as text", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Last-Modified", "2025-07-02T12:00:00Z")
			return r.Header.Get("If-Modified-Since") == "2025-07-02T12:00:00Z"
		}},
		{"last-modified in RFC 850, parsed", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Last-Modified", "Wednesday, 02-Jul-25 12:00:00 GMT")
			t, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
			return err == nil && !modified.After(t)
		}},
		{"last-modified in asctime, parsed", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Last-Modified", "Wed Jul  2 12:00:00 2025")
			t, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
			return err == nil && !modified.After(t)
		}},
		{"last-modified with a numeric zone, compared as text", true, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Last-Modified", "Wed, 02 Jul 2025 12:00:00 +0000")
			return r.Header.Get("If-Modified-Since") == "Wed, 02 Jul 2025 12:00:00 +0000"
		}},
		{"etag that changes every time, same body", false, func(n int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", fmt.Sprintf(`"%d"`, n))
			return r.Header.Get("If-None-Match") == fmt.Sprintf(`"%d"`, n)
		}},
		{"ignores If-None-Match, same body", false, func(_ int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("ETag", `"v1"`)
			return false
		}},
		{"no validators at all", false, func(int, http.ResponseWriter, *http.Request) bool { return false }},
	}
	// Bodies a generator writes anew on each request, with the items the
	// same: the time of the request in the channel, and in the items too
	// when they have a link to know them by, or neither link nor GUID.
	// Items whose dates change are updated (their marks stay), never new.
	generated := []struct {
		name         string
		links, dated bool
	}{
		{"lastBuildDate changes every time", true, false},
		{"every date changes every time", true, true},
		{"no link or GUID, lastBuildDate changes", false, false},
		{"no link or GUID, every date changes", false, true},
	}
	redated := map[string]bool{}

	ctx := context.Background()
	var mu sync.Mutex
	requests := map[string]int{}
	notModified := map[string]int{}
	mux := http.NewServeMux()
	for i, tt := range tests {
		path := fmt.Sprintf("/%d.xml", i)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			requests[path]++
			n := requests[path]
			mu.Unlock()
			if tt.handler(n, w, r) {
				mu.Lock()
				notModified[path]++
				mu.Unlock()
				w.WriteHeader(http.StatusNotModified)
				return
			}
			if strings.HasSuffix(w.Header().Get("ETag"), `-gzip"`) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				var z bytes.Buffer
				zw := gzip.NewWriter(&z)
				zw.Write([]byte(body))
				zw.Close()
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(z.Bytes())
				return
			}
			w.Write([]byte(body))
		})
	}
	for i, g := range generated {
		path := fmt.Sprintf("/gen%d.xml", i)
		redated[path] = g.dated
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			requests[path]++
			n := requests[path]
			mu.Unlock()
			stamp := modified.Add(time.Duration(n) * time.Minute).Format(time.RFC1123)
			w.Write([]byte(serverFeed(stamp, g.links, g.dated)))
		})
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()

	lib := openLibrary(t)
	for i := range tests {
		must(t, lib.Subscribe(ctx, library.Subscription{URL: fmt.Sprintf("%s/%d.xml", srv.URL, i), Name: fmt.Sprint("c", i)}))
	}
	for i := range generated {
		must(t, lib.Subscribe(ctx, library.Subscription{URL: fmt.Sprintf("%s/gen%d.xml", srv.URL, i), Name: fmt.Sprint("g", i)}))
	}
	client := feed.NewClient()
	report, err := Fetch(ctx, lib, Options{Client: client})
	must(t, err)
	if n := report.Count(Fetched); n != len(tests)+len(generated) {
		t.Fatalf("first fetch: %d fetched: %+v", n, report.Results)
	}
	first := byID(t, lib)
	if len(first) != 3*(len(tests)+len(generated)) {
		t.Fatalf("%d articles after the first fetch, want 3 a feed", len(first))
	}
	var keys []string
	for _, a := range first {
		keys = append(keys, a.Key)
	}
	must(t, lib.SetRead(ctx, true, keys...))

	for round := 2; round <= 3; round++ {
		report, err := Fetch(ctx, lib, Options{Client: client})
		must(t, err)
		for _, r := range report.Results {
			if r.Outcome == Failed || r.New != 0 || r.Updated != 0 && !redated[strings.TrimPrefix(r.URL, srv.URL)] {
				t.Errorf("fetch %d of %s: %s, %d new, %d updated, %v", round, r.URL, r.Outcome, r.New, r.Updated, r.Err)
			}
		}
	}
	var answered share
	for i, tt := range tests {
		path := fmt.Sprintf("/%d.xml", i)
		got := notModified[path]
		want := 0
		if tt.can304 {
			want = 2
			answered.add(got == want)
		}
		if got != want {
			t.Errorf("%s: %d of the second and third fetches answered 304, want %d", tt.name, got, want)
		}
	}
	t.Logf("servers that answer a conditional GET: %s answered 304 on both later fetches", answered)

	after := byID(t, lib)
	if len(after) != len(first) {
		t.Errorf("%d articles after three fetches, %d after the first", len(after), len(first))
	}
	marks, err := lib.Marks(ctx)
	must(t, err)
	for id, a := range after {
		if first[id] == nil || first[id].Key != a.Key {
			t.Errorf("article %s (%s) is new", id, a.Key)
		}
		if !marks[a.Key].Read {
			t.Errorf("article %s lost its mark", id)
		}
	}
}
