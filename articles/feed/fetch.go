package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Limits of one fetch.
const (
	DefaultTimeout = 30 * time.Second // the whole fetch of one feed or page, body included
	MaxBodySize    = 16 << 20         // larger bodies are an error, not a truncated feed
	MaxRedirects   = 5
	MaxConcurrent  = 8 // fetches at once
	MaxPerHost     = 2 // fetches at once to one host: one server, a host name and port
	maxRetryAfter  = 7 * 24 * time.Hour
)

// feedAccept asks for a feed, and takes whatever comes.
const feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"

// pageAccept asks for a web page.
const pageAccept = "text/html, application/xhtml+xml, */*;q=0.5"

// UserAgent is "dateline/VERSION", the version from the build.
func UserAgent() string {
	version := "dev"
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		version = strings.TrimPrefix(info.Main.Version, "v")
	}
	return "dateline/" + version
}

// Client fetches feeds and pages politely: at most MaxConcurrent at once
// and MaxPerHost to one host, whoever asks, conditional GETs, a time limit
// on each fetch, bodies bounded. Its zero value is not usable; use
// NewClient. A Client is safe for concurrent use.
type Client struct {
	UserAgent string
	Timeout   time.Duration // per fetch, body included; 0 means DefaultTimeout
	MaxBody   int64         // 0 means MaxBodySize

	transport http.RoundTripper
	slots     chan struct{}
	mu        sync.Mutex
	hosts     map[string]*hostSlots
}

type hostSlots struct {
	slots chan struct{}
	users int
}

// NewClient returns a Client with the default limits.
func NewClient() *Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = MaxPerHost
	t.Proxy = http.ProxyFromEnvironment
	return &Client{
		UserAgent: UserAgent(),
		transport: t,
		slots:     make(chan struct{}, MaxConcurrent),
		hosts:     map[string]*hostSlots{},
	}
}

// Request is what to fetch and what the last fetch of it learnt.
type Request struct {
	URL          string
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
}

// Response is what a fetch brought back.
type Response struct {
	URL          string // as requested
	FinalURL     string // after redirects
	MovedTo      string // the new address when every redirect on the way was permanent
	Status       int
	NotModified  bool // 304: nothing new, Body is empty
	ETag         string
	LastModified string
	ContentType  string
	Body         []byte // as sent, not yet decoded
}

// StatusError is a response that is neither a success nor a 304.
type StatusError struct {
	Code       int
	Status     string
	RetryAfter time.Time // when a 429 or 503 said to come back; zero otherwise
}

func (e *StatusError) Error() string {
	msg := "HTTP " + e.Status
	if e.Status == "" {
		msg = "HTTP " + strconv.Itoa(e.Code)
	}
	if !e.RetryAfter.IsZero() {
		msg += ", retry after " + e.RetryAfter.UTC().Format(time.RFC3339)
	}
	return msg
}

// ErrCut is the error for a response the server broke off.
var ErrCut = errors.New("cut short")

// ErrTooLarge is the error for a body over the limit.
var ErrTooLarge = errors.New("body too large")

// Fetch gets one feed with a conditional GET.
func (c *Client) Fetch(ctx context.Context, req Request) (*Response, error) {
	return c.get(ctx, req, feedAccept)
}

// FetchPage gets one web page, for the full text of an article.
func (c *Client) FetchPage(ctx context.Context, pageURL string) (*Response, error) {
	return c.get(ctx, Request{URL: pageURL}, pageAccept)
}

// FetchFeed fetches and parses one feed. A 304 returns a nil Feed.
func (c *Client) FetchFeed(ctx context.Context, req Request) (*Response, *Feed, error) {
	resp, err := c.Fetch(ctx, req)
	if err != nil || resp.NotModified {
		return resp, nil, err
	}
	f, err := Parse(resp.Body, resp.ContentType, resp.FinalURL)
	return resp, f, err
}

// FetchAll fetches every request concurrently within the client's limits
// and calls done once for each, one call at a time, in the order they
// finish. One feed's failure never stops the others.
func (c *Client) FetchAll(ctx context.Context, reqs []Request, done func(i int, resp *Response, f *Feed, err error)) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, req := range reqs {
		wg.Go(func() {
			resp, f, err := c.FetchFeed(ctx, req)
			mu.Lock()
			defer mu.Unlock()
			done(i, resp, f, err)
		})
	}
	wg.Wait()
}

// CheckURL accepts only absolute http and https addresses with a host.
// The feed: scheme of old browsers and exporters is read as what it
// wraps: feed://host/path as http, feed:https://… as https.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(unwrapFeedScheme(strings.TrimSpace(raw)))
	if err != nil {
		return nil, fmt.Errorf("not an address: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		if u.Scheme == "" {
			return nil, fmt.Errorf("%q is not an http or https address", raw)
		}
		return nil, fmt.Errorf("%s: addresses are read over http and https only", u.Scheme)
	}
	if u.Host == "" {
		return nil, fmt.Errorf("%q has no host", raw)
	}
	return u, nil
}

func unwrapFeedScheme(raw string) string {
	if len(raw) < 5 || !strings.EqualFold(raw[:5], "feed:") {
		return raw
	}
	rest := raw[5:]
	if strings.HasPrefix(rest, "//") {
		return "http:" + rest
	}
	return rest
}

func (c *Client) get(ctx context.Context, req Request, accept string) (*Response, error) {
	u, err := CheckURL(req.URL)
	if err != nil {
		return nil, err
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	release, err := c.acquire(ctx, serverOf(u))
	if err != nil {
		return nil, err
	}
	defer release()
	// The clock starts once the fetch may run: waiting for a slot is not
	// the feed's fault.
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	out := &Response{URL: req.URL, FinalURL: u.String()}
	permanent := true
	client := &http.Client{
		Transport: c.transport,
		CheckRedirect: func(next *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return fmt.Errorf("stopped after %d redirects", MaxRedirects)
			}
			if next.URL.Scheme != "http" && next.URL.Scheme != "https" {
				return fmt.Errorf("redirected to a %s: address, which is not followed", next.URL.Scheme)
			}
			if code := next.Response.StatusCode; code != http.StatusMovedPermanently && code != http.StatusPermanentRedirect {
				permanent = false
			}
			if permanent {
				out.MovedTo = next.URL.String()
			}
			return nil
		},
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("User-Agent", c.UserAgent)
	hreq.Header.Set("Accept", accept)
	if req.ETag != "" {
		hreq.Header.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		hreq.Header.Set("If-Modified-Since", req.LastModified)
	}
	resp, err := client.Do(hreq)
	if err != nil {
		return nil, fetchError(ctx, err, timeout, "")
	}
	defer resp.Body.Close()
	out.FinalURL = resp.Request.URL.String()
	out.Status = resp.StatusCode
	out.ETag = resp.Header.Get("ETag")
	out.LastModified = resp.Header.Get("Last-Modified")
	out.ContentType = resp.Header.Get("Content-Type")
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		if out.ETag == "" {
			out.ETag = req.ETag
		}
		if out.LastModified == "" {
			out.LastModified = req.LastModified
		}
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		e := &StatusError{Code: resp.StatusCode, Status: resp.Status}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			e.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
		return out, e
	}
	limit := c.MaxBody
	if limit <= 0 {
		limit = MaxBodySize
	}
	if resp.ContentLength > limit {
		return out, fmt.Errorf("%w: %d bytes, more than %d MiB", ErrTooLarge, resp.ContentLength, limit>>20)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return out, fetchError(ctx, err, timeout, "reading the body: ")
	}
	if int64(len(body)) > limit {
		return out, fmt.Errorf("%w: more than %d MiB", ErrTooLarge, limit>>20)
	}
	out.Body = body
	return out, nil
}

// fetchError says plainly why a fetch failed, a time-out above all.
func fetchError(ctx context.Context, err error, timeout time.Duration, doing string) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%stimed out after %s", doing, timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne *net.OpError
	switch {
	case errors.As(err, &ne) && ne.Op == "dial":
		return fmt.Errorf("%scannot connect: %w", doing, ne.Err)
	case errors.Is(err, syscall.ECONNRESET):
		return fmt.Errorf("%s%w: the server reset the connection", doing, ErrCut)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s%w: the server closed the connection early", doing, ErrCut)
	}
	return fmt.Errorf("%s%w", doing, err)
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	var at time.Time
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return time.Time{}
		}
		at = now.Add(time.Duration(min(secs, int64(maxRetryAfter/time.Second))) * time.Second)
	} else if t, err := http.ParseTime(v); err == nil {
		at = t
	} else {
		return time.Time{}
	}
	if at.After(now.Add(maxRetryAfter)) {
		at = now.Add(maxRetryAfter)
	}
	return at
}

// serverOf names the server an address reaches, for the per-host limit:
// its host name in lower case and its port, the scheme's own when none
// is written. Two servers on two ports of one machine are two servers.
func serverOf(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// acquire waits for a slot for host and one overall. The host's slot comes
// first, so fetches queued behind a busy host hold no overall slot.
func (c *Client) acquire(ctx context.Context, host string) (func(), error) {
	host = strings.ToLower(host)
	c.mu.Lock()
	h := c.hosts[host]
	if h == nil {
		h = &hostSlots{slots: make(chan struct{}, MaxPerHost)}
		c.hosts[host] = h
	}
	h.users++
	c.mu.Unlock()
	leave := func() {
		c.mu.Lock()
		if h.users--; h.users == 0 {
			delete(c.hosts, host)
		}
		c.mu.Unlock()
	}
	select {
	case h.slots <- struct{}{}:
	case <-ctx.Done():
		leave()
		return nil, ctx.Err()
	}
	select {
	case c.slots <- struct{}{}:
	case <-ctx.Done():
		<-h.slots
		leave()
		return nil, ctx.Err()
	}
	return func() {
		<-c.slots
		<-h.slots
		leave()
	}, nil
}
