package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// feedServer serves the test feeds and the broken endpoints, and counts
// what it is asked.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int // by path
	full     map[string]int // by path: answered with a body, not a 304
	agents   map[string]bool
	inFlight atomic.Int32
	maxShown atomic.Int32 // the most requests in flight at once
}

const etag = `"v1"`
const lastModified = "Tue, 09 Sep 2025 18:21:00 GMT"

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	s := &feedServer{requests: map[string]int{}, full: map[string]int{}, agents: map[string]bool{}}
	rss := readTestdata(t, "rss2.xml")
	latin1 := readTestdata(t, "latin1.xml")
	mux := http.NewServeMux()
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastModified)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		s.count(s.full, r.URL.Path)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(rss)
	})
	mux.HandleFunc("/dated", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Last-Modified", lastModified)
		if r.Header.Get("If-Modified-Since") == lastModified {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		s.count(s.full, r.URL.Path)
		w.Write(rss)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "gzip only", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/rss+xml")
		zw := gzip.NewWriter(w)
		zw.Write(rss)
		zw.Close()
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=ISO-8859-1")
		w.Write(latin1)
	})
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!DOCTYPE html><html><head><title>Site</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">
</head><body><p>Welcome</p></body></html>`)
	})
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/429", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	})
	mux.HandleFunc("/503", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "Wed, 21 Oct 2099 07:28:00 GMT")
		http.Error(w, "later", http.StatusServiceUnavailable)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // never answers
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<rss version="2.0"><channel><title>slow</title>`))
		for {
			select {
			case <-r.Context().Done():
				return
			case <-time.After(20 * time.Millisecond):
				w.Write([]byte(" "))
				w.(http.Flusher).Flush()
			}
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		chunk := bytes.Repeat([]byte("<!-- padding padding padding -->\n"), 1<<15) // 1 MiB
		w.Write([]byte(`<rss version="2.0"><channel><title>big</title>`))
		for range 50 {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		w.Write([]byte(`</channel></rss>`))
	})
	mux.HandleFunc("/big-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(50<<20))
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-again", http.StatusFound)
	})
	mux.HandleFunc("/loop-again", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved-again", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved-again", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/rss", http.StatusPermanentRedirect)
	})
	mux.HandleFunc("/moved-then-temp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/temp", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/temp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/rss", http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/slow/", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(60 * time.Millisecond)
		w.Write(rss)
	})
	s.Server = httptest.NewServer(s.wrap(mux))
	t.Cleanup(s.Close)
	return s
}

// wrap counts every request and how many run at once.
func (s *feedServer) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			old := s.maxShown.Load()
			if n <= old || s.maxShown.CompareAndSwap(old, n) {
				break
			}
		}
		s.count(s.requests, r.URL.Path)
		s.mu.Lock()
		s.agents[r.Header.Get("User-Agent")] = true
		s.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (s *feedServer) count(m map[string]int, path string) {
	s.mu.Lock()
	m[path]++
	s.mu.Unlock()
}

func (s *feedServer) counts(path string) (requests, full int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path], s.full[path]
}

func TestFetchFeeds(t *testing.T) {
	srv := newFeedServer(t)
	c := NewClient()
	tests := []struct {
		path, title string
		items       int
	}{
		{"/rss", "Minsk & Beyond", 2},
		{"/gzip", "Minsk & Beyond", 2},
		{"/latin1", "Café Nouvelles", 1},
		{"/temp", "Minsk & Beyond", 2},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			_, f, err := c.FetchFeed(context.Background(), Request{URL: srv.URL + tt.path})
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title || len(f.Items) != tt.items {
				t.Errorf("got %q with %d items, want %q with %d", f.Title, len(f.Items), tt.title, tt.items)
			}
		})
	}
	if !srv.agents[UserAgent()] || !strings.HasPrefix(UserAgent(), "dateline/") || len(srv.agents) != 1 {
		t.Errorf("user agents %v, want only %q", srv.agents, UserAgent())
	}
}

// Every run revalidates: the second fetch sends what the first learnt and
// costs a 304, counted at the server.
func TestFetchConditional(t *testing.T) {
	srv := newFeedServer(t)
	c := NewClient()
	for _, path := range []string{"/rss", "/dated"} {
		t.Run(path, func(t *testing.T) {
			first, f, err := c.FetchFeed(context.Background(), Request{URL: srv.URL + path})
			if err != nil || f == nil || first.NotModified {
				t.Fatalf("first fetch: %v, %+v", err, first)
			}
			second, f2, err := c.FetchFeed(context.Background(), Request{URL: srv.URL + path, ETag: first.ETag, LastModified: first.LastModified})
			if err != nil {
				t.Fatal(err)
			}
			if !second.NotModified || f2 != nil || second.Status != http.StatusNotModified {
				t.Errorf("second fetch: %+v, want a 304", second)
			}
			if second.ETag != first.ETag || second.LastModified != first.LastModified {
				t.Errorf("validators %q %q lost; had %q %q", second.ETag, second.LastModified, first.ETag, first.LastModified)
			}
			if requests, full := srv.counts(path); requests != 2 || full != 1 {
				t.Errorf("server saw %d requests, %d answered in full; want 2 and 1", requests, full)
			}
		})
	}
}

func TestFetchRedirects(t *testing.T) {
	srv := newFeedServer(t)
	c := NewClient()
	tests := []struct {
		path, movedTo, final string
	}{
		{"/moved", "/rss", "/rss"},
		{"/moved-then-temp", "/temp", "/rss"},
		{"/temp", "", "/rss"},
		{"/rss", "", "/rss"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := c.Fetch(context.Background(), Request{URL: srv.URL + tt.path})
			if err != nil {
				t.Fatal(err)
			}
			want := ""
			if tt.movedTo != "" {
				want = srv.URL + tt.movedTo
			}
			if resp.MovedTo != want || resp.FinalURL != srv.URL+tt.final {
				t.Errorf("moved to %q, final %q; want %q, %q", resp.MovedTo, resp.FinalURL, want, srv.URL+tt.final)
			}
		})
	}
}

// The broken endpoints each get their own error, and the slow ones end
// within the time-out.
func TestFetchErrors(t *testing.T) {
	srv := newFeedServer(t)
	// Only the slow endpoints get a short time-out: under a loaded
	// machine, 16 MiB may take longer than the slow ones are given.
	c, quick := NewClient(), NewClient()
	quick.Timeout = 300 * time.Millisecond
	tests := []struct {
		path, want string
		status     int
		retryAfter time.Duration // roughly, from now; 0 for none
	}{
		{"/404", "HTTP 404 Not Found", 404, 0},
		{"/500", "HTTP 500 Internal Server Error", 500, 0},
		{"/429", "HTTP 429 Too Many Requests, retry after", 429, 120 * time.Second},
		{"/503", "HTTP 503 Service Unavailable, retry after", 503, maxRetryAfter},
		{"/hang", "timed out after 300ms", 0, 0},
		{"/trickle", "reading the body: timed out after 300ms", 0, 0},
		{"/html", "not a feed: an HTML page", 0, 0},
		{"/loop", "stopped after 5 redirects", 0, 0},
		{"/big", "body too large: more than 16 MiB", 0, 0},
		{"/big-declared", "body too large: 52428800 bytes, more than 16 MiB", 0, 0},
		{"/to-file", "redirected to a file: address, which is not followed", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			client := c
			if strings.Contains(tt.want, "timed out") {
				client = quick
			}
			start := time.Now()
			_, _, err := client.FetchFeed(context.Background(), Request{URL: srv.URL + tt.path})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if elapsed := time.Since(start); client == quick && elapsed > quick.Timeout+2*time.Second {
				t.Errorf("took %s, more than the time-out allows", elapsed)
			}
			var se *StatusError
			if tt.status != 0 {
				if !errors.As(err, &se) || se.Code != tt.status {
					t.Fatalf("err = %#v, want status %d", err, tt.status)
				}
				switch {
				case tt.retryAfter == 0 && !se.RetryAfter.IsZero():
					t.Errorf("retry after %v, want none", se.RetryAfter)
				case tt.retryAfter != 0:
					if d := time.Until(se.RetryAfter); d < tt.retryAfter-10*time.Second || d > tt.retryAfter+time.Second {
						t.Errorf("retry after %v from now, want about %v", d, tt.retryAfter)
					}
				}
			}
		})
	}
	if requests, _ := srv.counts("/loop"); requests != 3 {
		t.Errorf("/loop asked %d times, want 3 (the first and 5 redirects between two paths)", requests)
	}
}

func TestFetchRefusesOtherSchemes(t *testing.T) {
	c := NewClient()
	for _, u := range []string{"file:///etc/passwd", "ftp://example.com/feed", "/etc/passwd", "feed.xml", "http://"} {
		if _, err := c.Fetch(context.Background(), Request{URL: u}); err == nil {
			t.Errorf("Fetch(%q) succeeded, want refused", u)
		}
	}
}

// One host gets at most two fetches at once, counted at the server, and
// every feed is answered though others fail.
func TestFetchAllPerHost(t *testing.T) {
	srv := newFeedServer(t)
	c := NewClient()
	var reqs []Request
	for i := range 10 {
		reqs = append(reqs, Request{URL: fmt.Sprintf("%s/slow/%d", srv.URL, i)})
	}
	reqs = append(reqs, Request{URL: srv.URL + "/404"}, Request{URL: "file:///etc/passwd"})
	got := map[int]error{}
	c.FetchAll(context.Background(), reqs, func(i int, resp *Response, f *Feed, err error) {
		if err == nil && (f == nil || len(f.Items) != 2) {
			err = fmt.Errorf("feed %+v", f)
		}
		got[i] = err
	})
	if len(got) != len(reqs) {
		t.Fatalf("%d answers for %d feeds", len(got), len(reqs))
	}
	for i := range 10 {
		if got[i] != nil {
			t.Errorf("feed %d: %v", i, got[i])
		}
	}
	if got[10] == nil || got[11] == nil {
		t.Errorf("the broken feeds succeeded: %v, %v", got[10], got[11])
	}
	if m := srv.maxShown.Load(); m != MaxPerHost {
		t.Errorf("at most %d requests at once to one host, want %d", m, MaxPerHost)
	}
}

// Across hosts (loopback addresses of their own), at most MaxConcurrent
// fetches run at once.
func TestFetchAllOverall(t *testing.T) {
	var inFlight, most atomic.Int32
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for old := most.Load(); n > old && !most.CompareAndSwap(old, n); old = most.Load() {
		}
		time.Sleep(150 * time.Millisecond)
		fmt.Fprint(w, `<rss version="2.0"><channel><title>t</title><item><title>i</title><guid>g</guid></item></channel></rss>`)
	})
	var reqs []Request
	for i := 2; i < 14; i++ {
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", i))
		if err != nil {
			t.Skipf("no loopback address 127.0.0.%d: %v", i, err)
		}
		srv := httptest.NewUnstartedServer(handler)
		srv.Listener.Close()
		srv.Listener = l
		srv.Start()
		t.Cleanup(srv.Close)
		for j := range 2 {
			reqs = append(reqs, Request{URL: fmt.Sprintf("%s/%d", srv.URL, j)})
		}
	}
	failed := 0
	NewClient().FetchAll(context.Background(), reqs, func(i int, resp *Response, f *Feed, err error) {
		if err != nil {
			failed++
		}
	})
	if failed != 0 {
		t.Errorf("%d fetches failed", failed)
	}
	if m := most.Load(); m != MaxConcurrent {
		t.Errorf("at most %d requests at once, want %d", m, MaxConcurrent)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 9, 9, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"120", now.Add(2 * time.Minute)},
		{"Tue, 09 Sep 2025 13:00:00 GMT", now.Add(time.Hour)},
		{"99999999999", now.Add(maxRetryAfter)},
		{"-5", time.Time{}},
		{"soon", time.Time{}},
		{"", time.Time{}},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.in, now); !got.Equal(tt.want) {
			t.Errorf("retryAfter(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestFindFeed(t *testing.T) {
	srv := newFeedServer(t)
	c := NewClient()
	tests := []struct {
		path, feedPath, err string
	}{
		{"/rss", "/rss", ""},
		{"/html", "/rss", ""},
		{"/moved", "/rss", ""},
		{"/404", "", "HTTP 404"},
		{"/latin1", "/latin1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			feedURL, _, f, err := c.FindFeed(context.Background(), srv.URL+tt.path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || f == nil {
				t.Fatal(err)
			}
			if feedURL != srv.URL+tt.feedPath {
				t.Errorf("feed at %q, want %q", feedURL, srv.URL+tt.feedPath)
			}
		})
	}
}

func TestFindFeedPageWithoutFeed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!doctype html><html><head><title>x</title></head><body>no feed</body></html>")
	}))
	defer srv.Close()
	_, _, _, err := NewClient().FindFeed(context.Background(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "links to no feed") {
		t.Fatalf("err = %v, want a page that links to no feed", err)
	}
}

// The per-host limit is per server: a host name, in any case, and a port.
func TestServerOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"http://Example.COM/feed", "example.com:80"},
		{"https://example.com/feed", "example.com:443"},
		{"https://example.com:443/feed", "example.com:443"},
		{"http://127.0.0.1:8080/a", "127.0.0.1:8080"},
		{"http://[::1]:8081/a", "[::1]:8081"},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := serverOf(u); got != tt.want {
			t.Errorf("serverOf(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// A body the server breaks off, politely or with a reset, is an error
// that says so.
func TestFetchCutShort(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, buf, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Error(err)
			return
		}
		buf.WriteString("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 5000\r\n\r\n<rss version=\"2.0\"><channel>")
		buf.Flush()
		if tc, ok := conn.(*net.TCPConn); ok && r.URL.Path == "/reset" {
			tc.SetLinger(0)
		}
		conn.Close()
	}))
	defer srv.Close()
	for path, want := range map[string]string{"/closed": "cut short: the server closed the connection early", "/reset": "cut short: the server reset the connection"} {
		_, _, err := NewClient().FetchFeed(context.Background(), Request{URL: srv.URL + path})
		if !errors.Is(err, ErrCut) || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
}

// A feed: address is read as the http or https address it wraps.
func TestCheckURLFeedScheme(t *testing.T) {
	for in, want := range map[string]string{
		"feed://example.com/rss.xml":       "http://example.com/rss.xml",
		"FEED://example.com/rss.xml":       "http://example.com/rss.xml",
		"feed:https://example.com/atom":    "https://example.com/atom",
		"feed:http://example.com/atom":     "http://example.com/atom",
		"https://example.com/feed:archive": "https://example.com/feed:archive",
	} {
		u, err := CheckURL(in)
		if err != nil || u.String() != want {
			t.Errorf("CheckURL(%q) = %v, %v; want %s", in, u, err, want)
		}
	}
	for _, in := range []string{"feed:file:///etc/passwd", "feed:", "feed:javascript:alert(1)"} {
		if _, err := CheckURL(in); err == nil {
			t.Errorf("CheckURL(%q) accepted", in)
		}
	}
}
