package cli

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"dateline/articles/articlestest"
	"dateline/store/feeds"
	"dateline/store/library"
)

// feedSite serves test feeds with ETags, a site page that links to one, a
// feed that fails, and one that is slow; it counts requests and 304s.
type feedSite struct {
	*httptest.Server
	mu       sync.Mutex
	bodies   map[string]string
	requests atomic.Int32
	notMod   atomic.Int32
	delay    time.Duration // for /slow/…
}

func newFeedSite(t *testing.T) *feedSite {
	t.Helper()
	s := &feedSite{bodies: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		if r.URL.Path == "/site" {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><link rel="alternate" type="application/rss+xml" href="/gen/1.xml"></head></html>`)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/slow/") {
			time.Sleep(s.delay)
		}
		s.mu.Lock()
		body, ok := s.bodies[r.URL.Path]
		s.mu.Unlock()
		if !ok && strings.HasPrefix(r.URL.Path, "/gen/") || strings.HasPrefix(r.URL.Path, "/slow/") {
			var n int
			fmt.Sscanf(filepath.Base(r.URL.Path), "%d", &n)
			body, ok = string(articlestest.Feed(n, 5)), true
		}
		if !ok {
			http.Error(w, "gone \x1b]0;owned\x07away", http.StatusNotFound)
			return
		}
		tag := fmt.Sprintf(`"%d"`, len(body))
		w.Header().Set("ETag", tag)
		if r.Header.Get("If-None-Match") == tag {
			s.notMod.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestFeedCommands(t *testing.T) {
	site := newFeedSite(t)
	lib := filepath.Join(t.TempDir(), "library.db")
	cli := func(args ...string) (int, string, string) {
		t.Helper()
		return runCLI(t, append(args, "--library", lib)...)
	}

	code, out, stderr := cli("fetch")
	if code != 1 || !strings.Contains(stderr, "no feeds yet") {
		t.Errorf("fetch with no feeds: %d %q %q", code, out, stderr)
	}
	code, out, stderr = cli("feeds", "add", site.URL+"/gen/2.xml", site.URL+"/site", site.URL+"/missing.xml")
	if code != 1 || strings.Count(out, "added ") != 2 || !strings.HasPrefix(stderr, site.URL+"/missing.xml: HTTP 404") {
		t.Errorf("feeds add: %d\n%s\n%s", code, out, stderr)
	}
	if strings.ContainsRune(stderr, '\x1b') {
		t.Errorf("an escape sequence from the server reached the terminal: %q", stderr)
	}

	code, out, _ = cli("feeds", "--json")
	var listed []map[string]any
	if err := json.Unmarshal([]byte(out), &listed); code != 0 || err != nil || len(listed) != 2 {
		t.Fatalf("feeds --json: %d %v\n%s", code, err, out)
	}
	for _, k := range []string{"id", "url", "title", "category", "articles", "unread", "last_fetch", "error"} {
		if _, ok := listed[0][k]; !ok {
			t.Errorf("feeds --json has no %q", k)
		}
	}
	if listed[0]["articles"] != 5.0 || listed[0]["unread"] != 5.0 || listed[0]["id"] != "generated-feed-1" {
		t.Errorf("feeds --json: %v", listed[0])
	}

	// The second fetch is answered 304 for every feed and adds nothing.
	before := site.notMod.Load()
	code, out, stderr = cli("fetch", "--json")
	var fetched []map[string]any
	if err := json.Unmarshal([]byte(out), &fetched); code != 0 || err != nil || len(fetched) != 2 {
		t.Fatalf("fetch --json: %d %v\n%s\n%s", code, err, out, stderr)
	}
	if site.notMod.Load()-before != 2 || fetched[0]["outcome"] != "not_modified" {
		t.Errorf("second fetch: %d 304s, %v", site.notMod.Load()-before, fetched)
	}

	// A feed that fails gets its line; the others still count.
	site.mu.Lock()
	site.bodies["/broken.xml"] = "<html><body>not a feed</body></html>"
	site.mu.Unlock()
	if code, _, _ := cli("feeds", "import", writeOPML(t, site.URL+"/broken.xml", site.URL+"/gen/2.xml")); code != 0 {
		t.Fatalf("import: %d", code)
	}
	code, out, stderr = cli("fetch")
	if code != 0 || !strings.Contains(stderr, site.URL+"/broken.xml: not a feed: an HTML page") || !strings.Contains(out, "1 failed") {
		t.Errorf("fetch with a broken feed: %d\n%s\n%s", code, out, stderr)
	}

	code, out, _ = cli("feeds", "export")
	if code != 0 || strings.Count(out, "xmlUrl=") != 3 || !strings.Contains(out, `<opml version="2.0">`) {
		t.Errorf("export: %d\n%s", code, out)
	}
	if code, _, _ := cli("feeds", "remove", "generated-feed-1", site.URL+"/gen/2.xml"); code != 0 {
		t.Errorf("remove: %d", code)
	}
	if code, _, stderr := cli("feeds", "remove", "nothing-like-it"); code != 2 || !strings.Contains(strings.ToLower(stderr), "no feed") {
		t.Errorf("remove of an unknown feed: %d %q", code, stderr)
	}
	// Only the broken feed is left: every feed failed.
	if code, _, stderr := cli("fetch"); code != 1 || !strings.HasPrefix(stderr, site.URL+"/broken.xml: ") {
		t.Errorf("fetch where every feed fails: %d %q", code, stderr)
	}
	for _, tt := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"feeds", "add"}, 2, "needs the address"},
		{[]string{"feeds", "remove"}, 2, "needs a feed"},
		{[]string{"feeds", "import"}, 2, "needs one OPML file"},
		{[]string{"feeds", "import", filepath.Join(t.TempDir(), "none.opml")}, 2, "no such file"},
		{[]string{"fetch", "extra"}, 2, "takes no arguments"},
		{[]string{"feeds", "add", "file:///etc/passwd"}, 1, "http and https only"},
	} {
		code, _, stderr := cli(tt.args...)
		if code != tt.code || !strings.Contains(strings.ToLower(stderr), strings.ToLower(tt.says)) {
			t.Errorf("dateline %s: status %d, stderr %q; want %d and %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.says)
		}
	}
}

func writeOPML(t *testing.T, urls ...string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<opml version="2.0"><body><outline text="Tests">`)
	for _, u := range urls {
		fmt.Fprintf(&b, `<outline type="rss" text="t" xmlUrl="%s"/>`, u)
	}
	b.WriteString(`</outline></body></opml>`)
	path := filepath.Join(t.TempDir(), "feeds.opml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A second fetch while one runs waits for it, and both finish.
func TestFetchWaitsForAnother(t *testing.T) {
	site := newFeedSite(t)
	lib := filepath.Join(t.TempDir(), "library.db")
	if code, _, stderr := runCLI(t, "feeds", "add", site.URL+"/gen/3.xml", "--library", lib); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	unlock, err := feeds.TryLock(lib)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	go func() {
		code, _, stderr := runCLI(t, "fetch", "--library", lib)
		done <- fmt.Sprintf("%d %s", code, stderr)
	}()
	select {
	case got := <-done:
		t.Fatalf("fetch did not wait for the lock: %s", got)
	case <-time.After(300 * time.Millisecond):
	}
	unlock()
	if got := <-done; !strings.HasPrefix(got, "0 ") || !strings.Contains(got, "waiting for it to finish") {
		t.Errorf("fetch after waiting: %s", got)
	}
}

// kill -9 in the middle of a fetch leaves a library that is whole: each
// feed is either kept with all its items or not at all, and the next
// fetch works and takes the lock.
func TestFetchKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "dateline")
	if out, err := exec.Command("go", "build", "-o", bin, "dateline").CombinedOutput(); err != nil {
		t.Fatalf("building dateline: %v\n%s", err, out)
	}
	site := newFeedSite(t)
	site.delay = 150 * time.Millisecond
	lib := filepath.Join(t.TempDir(), "library.db")
	var urls []string
	for i := range 24 {
		urls = append(urls, fmt.Sprintf("%s/slow/%d.xml", site.URL, i))
	}
	if code, _, stderr := runCLI(t, "feeds", "import", writeOPML(t, urls...), "--library", lib); code != 0 {
		t.Fatal(stderr)
	}
	cmd := exec.Command(bin, "fetch", "--library", lib)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(450 * time.Millisecond) // two per host: a few feeds kept, most not yet
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	db, err := sql.Open("sqlite", lib)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %q, %v", check, err)
	}
	rows, err := db.Query("SELECT s.url, count(a.guid) FROM subscriptions s LEFT JOIN feed_articles a ON a.feed_url = s.url GROUP BY s.url")
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for rows.Next() {
		var u string
		var n int
		rows.Scan(&u, &n)
		if n != 0 && n != 5 {
			t.Errorf("%s has %d of its 5 items", u, n)
		}
		if n == 5 {
			kept++
		}
	}
	rows.Close()
	db.Close()
	t.Logf("%d of 24 feeds kept before the kill", kept)
	if kept == 24 {
		t.Error("the fetch finished before it was killed; the test proves nothing")
	}

	site.delay = 0
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, "fetch", "--library", lib).CombinedOutput()
	if err != nil || strings.Contains(string(out), "waiting") {
		t.Fatalf("the fetch after the kill: %v\n%s", err, out)
	}
	l, err := library.Open(lib)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	all, err := l.FeedArticles(context.Background(), "")
	if err != nil || len(all) != 24*5 {
		t.Errorf("after the second fetch: %d articles, %v", len(all), err)
	}
}

// TestShowExplainFetched: show --explain on an article fetched into the
// library explains it from the parts the library keeps, as it does a feed
// file's item.
func TestShowExplainFetched(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Wire</title><link>https://planet.example/</link>`+
			`<item><title>Storm hits the coast</title><link>https://planet.example/storm</link><guid>storm-1</guid>`+
			`<description><![CDATA[<p>Advertisement</p><p>A storm hit the coast on Monday, cutting power to thousands of homes.</p>]]></description></item></channel></rss>`)
	}))
	defer srv.Close()
	lib := filepath.Join(t.TempDir(), "library.db")
	if code, _, stderr := runCLI(t, "feeds", "add", srv.URL+"/wire.xml", "--library", lib); code != 0 {
		t.Fatalf("feeds add: %d %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "show", "--explain", "planet-wire/storm-hits-the-coast", "--library", lib)
	if code != 0 || !strings.Contains(out, "“Advertisement”") || !strings.Contains(out, "parts") || !strings.Contains(out, "Storm hits the coast") {
		t.Errorf("a fetched item: status %d\n%s%s", code, out, stderr)
	}
	code, _, stderr = runCLI(t, "show", "--explain", "planet-wire/storm-hits-the-coast", "--library", lib, "--no-state")
	if code == 0 {
		t.Errorf("--no-state has no library to explain from, yet: status 0 %s", stderr)
	}
}
