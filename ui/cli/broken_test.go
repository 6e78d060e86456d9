package cli

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// rawServer accepts connections and hands each to serve, which reads
// the request and answers as a broken server does; it closes everything
// it holds when the test ends.
func rawServer(t *testing.T, serve func(c net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go func() {
				bufio.NewReader(c).ReadString('\n') // the request line is enough
				serve(c)
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		<-done
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return "http://" + ln.Addr().String()
}

// TestFetchBrokenEndpoints runs `dateline fetch --timeout 2s` over one
// good feed and every way an endpoint breaks: each broken one gets its
// line on stderr starting with its address, the good one is fetched, and
// the whole run ends within the time-out and 10 s.
func TestFetchBrokenEndpoints(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for time-outs")
	}
	const timeout = 2 * time.Second
	site := newFeedSite(t)
	good := site.URL + "/gen/1.xml"

	refused := func() string {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		return "http://" + addr + "/feed.xml"
	}()
	tlsSrv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<rss version="2.0"><channel><title>TLS</title></channel></rss>`)
	}))
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshake is the point
	tlsSrv.StartTLS()
	t.Cleanup(tlsSrv.Close)
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	reset := rawServer(t, func(c net.Conn) {
		fmt.Fprint(c, "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n<rss version=\"2.0\"><channel><title>Cut</title><item><title>One</title>")
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0) // a reset, not a polite close
		}
		c.Close()
	}) + "/reset.xml"
	headers := rawServer(t, func(c net.Conn) {
		fmt.Fprint(c, "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n")
		<-stop
	})
	trickle := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><title>Slow</title><item><title>`)
		for {
			select {
			case <-stop:
				return
			case <-r.Context().Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
			fmt.Fprint(w, "a")
			w.(http.Flusher).Flush()
		}
	}))
	t.Cleanup(trickle.Close)

	broken := []struct{ url, says string }{
		{refused, "cannot connect"},
		{"http://no-such-host.invalid/feed.xml", "no such host"},
		{tlsSrv.URL + "/feed.xml", "certificate"},
		{reset, "the server reset the connection"},
		{headers + "/headers.xml", "timed out after 2s"},
		{trickle.URL + "/trickle.xml", "timed out after 2s"},
		// More than one host's share of slow feeds on one server.
		{trickle.URL + "/trickle2.xml", "timed out after 2s"},
		{trickle.URL + "/trickle3.xml", "timed out after 2s"},
	}
	urls := []string{good}
	for _, b := range broken {
		urls = append(urls, b.url)
	}
	lib := filepath.Join(t.TempDir(), "library.db")
	if code, _, stderr := runCLI(t, "feeds", "import", writeOPML(t, urls...), "--library", lib); code != 0 {
		t.Fatalf("import: %d %s", code, stderr)
	}
	start := time.Now()
	code, out, stderr := runCLI(t, "fetch", "--timeout", timeout.String(), "--library", lib)
	took := time.Since(start)
	t.Logf("%d broken endpoints and a good feed fetched in %v with --timeout %v", len(broken), took.Round(10*time.Millisecond), timeout)
	if took > timeout+10*time.Second {
		t.Errorf("fetch took %v, more than the time-out and 10 s", took)
	}
	if code != 0 || !strings.Contains(out, "1 feeds fetched") || !strings.Contains(out, fmt.Sprintf("%d failed", len(broken))) {
		t.Errorf("fetch: status %d\n%s\n%s", code, out, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, b := range broken {
		found := ""
		for _, l := range lines {
			if strings.HasPrefix(l, b.url+": ") {
				found = l
			}
		}
		switch {
		case found == "":
			t.Errorf("no line for %s on stderr:\n%s", b.url, stderr)
		case !strings.Contains(found, b.says):
			t.Errorf("%q does not say %q", found, b.says)
		default:
			t.Log(found)
		}
	}
	if len(lines) != len(broken) {
		t.Errorf("%d lines on stderr for %d broken endpoints:\n%s", len(lines), len(broken), stderr)
	}
}
