package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// In the app, r fetches a new item from a feed without a restart, and the
// Sources pane (ctrl+s) shows a failing feed's error.
func TestE2EFetchInTheApp(t *testing.T) {
	bin := e2eBinary(t)
	var mu sync.Mutex
	items := []string{"Old potash report"}
	broken := false
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.URL.Path == "/broken.xml" && broken {
			http.Error(w, "down for maintenance", http.StatusInternalServerError)
			return
		}
		if r.URL.Path == "/page.html" {
			fmt.Fprint(w, "<html><body><article><h1>Fresh potash report</h1>")
			for i := range 8 {
				fmt.Fprintf(w, "<p>Paragraph %d of the page tells how Belarus sold potash to China by rail through Russia this year.</p>", i)
			}
			fmt.Fprint(w, "</article></body></html>")
			return
		}
		var b strings.Builder
		fmt.Fprintf(&b, `<rss version="2.0"><channel><title>Wire %s</title>`, strings.TrimSuffix(r.URL.Path[1:], ".xml"))
		for i, title := range items {
			fmt.Fprintf(&b, `<item><title>%s</title><guid>%s-%d</guid><pubDate>Tue, 0%d Sep 2025 10:00:00 +0000</pubDate><link>http://%s/page.html</link><description>Belarus sold potash to China, item %d.</description></item>`,
				title, r.URL.Path, i, i+1, r.Host, i)
		}
		b.WriteString(`</channel></rss>`)
		fmt.Fprint(w, b.String())
	}))
	defer srv.Close()
	lib := filepath.Join(t.TempDir(), "library.db")
	if code, _, stderr := runCLI(t, "feeds", "add", srv.URL+"/main.xml", srv.URL+"/broken.xml", "--library", lib); code != 0 {
		t.Fatalf("feeds add: %d %s", code, stderr)
	}
	mu.Lock()
	items = append(items, "Fresh potash report")
	broken = true
	mu.Unlock()

	term := e2eStart(t, bin+" --library "+lib, 120, 40)
	term.waitText("Old potash report")
	if strings.Contains(term.screen(), "Fresh potash report") {
		t.Fatal("the new item is there before r")
	}
	term.keys("r")
	term.waitText("Fresh potash report", "1 new article")
	term.keys("C-s")
	term.waitText("Sources · 2 · 1 failing", "! HTTP 500")

	// The new item carries a summary: opened, its page is fetched and
	// shown in its place.
	term.keys("Escape", "g", "Enter")
	term.waitText("Paragraph 3 of the page tells")
	term.quit()
}
