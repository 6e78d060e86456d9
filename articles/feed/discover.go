package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// feedTypes are the media types a <link rel="alternate"> names a feed with.
var feedTypes = map[string]bool{
	"application/rss+xml":    true,
	"application/atom+xml":   true,
	"application/feed+json":  true,
	"application/rdf+xml":    true,
	"application/json":       true,
	"application/xml":        true,
	"text/xml":               true,
	"application/x.atom+xml": true,
	"application/x-atom+xml": true,
}

// Discover finds the feeds a site's HTML page links to with
// <link rel="alternate" type="…">, in the page's order, resolved against
// the page's address (and its <base href>), without duplicates. Only http
// and https addresses are returned.
func Discover(page []byte, contentType, pageURL string) []string {
	r, err := charset.NewReader(bytes.NewReader(page), contentType)
	if err != nil {
		r = bytes.NewReader(page)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	var found []string
	seen := map[string]bool{}
	z := html.NewTokenizer(r)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return found
		case html.StartTagToken, html.SelfClosingTagToken:
		default:
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr {
			continue
		}
		attrs := attributes(z)
		switch string(name) {
		case "base":
			if href := attrs["href"]; href != "" {
				if u, err := url.Parse(strings.TrimSpace(href)); err == nil {
					if base != nil {
						u = base.ResolveReference(u)
					}
					if u.IsAbs() {
						base = u
					}
				}
			}
		case "link":
			if !hasToken(attrs["rel"], "alternate") || hasToken(attrs["rel"], "stylesheet") {
				continue
			}
			mediaType := strings.ToLower(strings.TrimSpace(strings.SplitN(attrs["type"], ";", 2)[0]))
			if !feedTypes[mediaType] {
				continue
			}
			if u := resolve(base, attrs["href"]); u != "" && !seen[u] {
				seen[u] = true
				found = append(found, u)
			}
		}
	}
}

// attributes reads the current tag's attributes; names come lower-cased,
// and the first of a repeated name wins, as in a browser.
func attributes(z *html.Tokenizer) map[string]string {
	attrs := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		if _, ok := attrs[string(k)]; !ok {
			attrs[string(k)] = string(v)
		}
		if !more {
			return attrs
		}
	}
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == token {
			return true
		}
	}
	return false
}

// FindFeed fetches pageURL and returns the feed there: the address itself
// when it is a feed, else the first feed its HTML page links to that
// reads as one. feedURL is the address to subscribe to.
func (c *Client) FindFeed(ctx context.Context, pageURL string) (feedURL string, resp *Response, f *Feed, err error) {
	resp, err = c.Fetch(ctx, Request{URL: pageURL})
	if err != nil {
		return "", resp, nil, err
	}
	f, err = Parse(resp.Body, resp.ContentType, resp.FinalURL)
	if err == nil {
		return subscribeURL(pageURL, resp), resp, f, nil
	}
	var nf *NotFeedError
	if !errors.As(err, &nf) || nf.What != "an HTML page" {
		return "", resp, nil, err
	}
	candidates := Discover(resp.Body, resp.ContentType, resp.FinalURL)
	if len(candidates) == 0 {
		return "", resp, nil, errors.New("an HTML page that links to no feed")
	}
	var firstErr error
	for _, cand := range candidates {
		r, f, err := c.FetchFeed(ctx, Request{URL: cand})
		if err == nil {
			return subscribeURL(cand, r), r, f, nil
		}
		if firstErr == nil {
			firstErr = fmt.Errorf("the page links to %s: %w", cand, err)
		}
	}
	return "", resp, nil, firstErr
}

// subscribeURL is where a subscription should point after a fetch: the
// new address when the feed moved for good.
func subscribeURL(asked string, resp *Response) string {
	if resp != nil && resp.MovedTo != "" {
		return resp.MovedTo
	}
	return asked
}
