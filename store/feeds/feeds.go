// Package feeds keeps the library's subscriptions: adding and removing
// them, OPML in and out, fetching every feed into the library, and reading
// back the articles they brought, with their IDs and Keys.
package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"dateline/articles"
	"dateline/articles/feed"
	"dateline/store/library"
)

// Scope is the library's ID scope of the articles fetched from feeds.
const Scope = "feeds"

// Key is the Key of a feed item: its feed's address and its GUID (or its
// link, when it has none).
func Key(feedURL, guid string) string { return articles.FeedKey(feedURL, guid) }

// keyPrefix is how the Keys of a feed's items begin.
func keyPrefix(feedURL string) string {
	return strings.TrimSuffix(articles.FeedKey(feedURL, "\x00"), "\x00")
}

// maxNameRunes is the longest a feed's short name gets.
const maxNameRunes = 32

// shortName is the name a feed's articles' IDs start with: its title's
// slug, else its host's without "www." or "feeds.".
func shortName(title, feedURL string) string {
	if s := feed.Slug(title, maxNameRunes); s != "" {
		return s
	}
	if u, err := url.Parse(feedURL); err == nil && u.Hostname() != "" {
		host := u.Hostname()
		for _, p := range []string{"www.", "feeds.", "feed.", "rss."} {
			host = strings.TrimPrefix(host, p)
		}
		if s := feed.Slug(host, maxNameRunes); s != "" {
			return s
		}
	}
	return "feed"
}

// unique returns base, or base~2, base~3 … the first that taken does not
// hold.
func unique(base string, taken func(string) bool) string {
	id := base
	for n := 2; taken(id); n++ {
		id = base + "~" + strconv.Itoa(n)
	}
	return id
}

// Status is a subscription with what it brought.
type Status struct {
	library.Subscription
	Articles int
	Unread   int
}

// List returns every subscription, by title, with its article and unread
// counts.
func List(ctx context.Context, lib *library.Library) ([]Status, error) {
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	guids, err := lib.FeedGUIDs(ctx)
	if err != nil {
		return nil, err
	}
	marks, err := lib.Marks(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Status, len(subs))
	for i, s := range subs {
		out[i] = Status{Subscription: s, Articles: len(guids[s.URL])}
		for _, g := range guids[s.URL] {
			if !marks[Key(s.URL, g)].Read {
				out[i].Unread++
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Status) int {
		return strings.Compare(strings.ToLower(displayTitle(a.Subscription)), strings.ToLower(displayTitle(b.Subscription)))
	})
	return out, nil
}

func displayTitle(s library.Subscription) string {
	if s.Title != "" {
		return s.Title
	}
	return s.URL
}

// AddOptions are the choices of a new subscription.
type AddOptions struct {
	FullText bool   // fetch each item's page during fetch
	Category string // "" for none
}

// Added is what Add did.
type Added struct {
	library.Subscription
	Known bool // it was subscribed to already
	Items int  // items the feed carries now
	New   int  // of them, new to the library
}

// Add subscribes to the feed at rawURL, or to the feed a site's page at
// rawURL links to, after fetching it to make sure it is one, and keeps
// what it carries now.
func Add(ctx context.Context, lib *library.Library, client *feed.Client, rawURL string, opt AddOptions) (*Added, error) {
	if _, err := feed.CheckURL(rawURL); err != nil {
		return nil, err
	}
	rawURL = strings.TrimSpace(rawURL)
	feedURL, resp, f, err := client.FindFeed(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	out := &Added{Items: len(f.Items)}
	var sub *library.Subscription
	for i := range subs {
		if subs[i].URL == feedURL || subs[i].URL == rawURL {
			sub = &subs[i]
		}
	}
	if sub != nil {
		out.Known = true
		sub.FullText = sub.FullText || opt.FullText
		if opt.Category != "" {
			sub.Category = opt.Category
		}
	} else {
		name := unique(shortName(f.Title, feedURL), func(n string) bool {
			return slices.ContainsFunc(subs, func(s library.Subscription) bool { return s.Name == n })
		})
		sub = &library.Subscription{URL: feedURL, Name: name, Title: f.Title, SiteURL: f.SiteURL, Category: opt.Category, FullText: opt.FullText}
	}
	if err := lib.Subscribe(ctx, *sub); err != nil {
		return nil, err
	}
	s := newSaver(lib, time.Now)
	s.client = client
	if err := s.load(ctx); err != nil {
		return nil, err
	}
	res := s.save(ctx, *sub, resp, f, nil, s.fetchPages(ctx, *sub, f, nil))
	if res.Err != nil {
		return nil, res.Err
	}
	out.Subscription = *sub
	out.New = res.New
	return out, nil
}

// ErrNoSubscription is the error for a URL or name no subscription has.
var ErrNoSubscription = errors.New("no such subscription")

// Remove unsubscribes from the feed with the given address or short name,
// and removes its articles; their marks stay.
func Remove(ctx context.Context, lib *library.Library, urlOrName string) (library.Subscription, error) {
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return library.Subscription{}, err
	}
	want := strings.TrimSpace(urlOrName)
	for _, match := range []func(library.Subscription) bool{
		func(s library.Subscription) bool { return s.URL == want },
		func(s library.Subscription) bool { return s.Name == want },
		func(s library.Subscription) bool {
			return strings.TrimRight(s.URL, "/") == strings.TrimRight(want, "/")
		},
	} {
		if i := slices.IndexFunc(subs, match); i >= 0 {
			return subs[i], lib.Unsubscribe(ctx, subs[i].URL)
		}
	}
	return library.Subscription{}, fmt.Errorf("%w: %s", ErrNoSubscription, want)
}

// Imported is what Import did.
type Imported struct {
	Added, Known int
}

// Import subscribes to every feed of an OPML file, without fetching them:
// the addresses as written, each outline's folders as its category. Feeds
// subscribed to already are left as they are.
func Import(ctx context.Context, lib *library.Library, r io.Reader) (*Imported, error) {
	outlines, err := feed.ReadOPML(r)
	if err != nil {
		return nil, err
	}
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{}
	names := map[string]bool{}
	for _, s := range subs {
		known[s.URL] = true
		names[s.Name] = true
	}
	out := &Imported{}
	for _, o := range outlines {
		if known[o.URL] {
			out.Known++
			continue
		}
		known[o.URL] = true
		name := unique(shortName(o.Title, o.URL), func(n string) bool { return names[n] })
		names[name] = true
		if err := lib.Subscribe(ctx, library.Subscription{URL: o.URL, Name: name, Title: o.Title, SiteURL: o.SiteURL, Category: o.Category}); err != nil {
			return out, err
		}
		out.Added++
	}
	return out, nil
}

// Export writes every subscription as an OPML 2.0 file.
func Export(ctx context.Context, lib *library.Library, w io.Writer) error {
	subs, err := lib.Subscriptions(ctx)
	if err != nil {
		return err
	}
	outlines := make([]feed.Outline, len(subs))
	for i, s := range subs {
		outlines[i] = feed.Outline{URL: s.URL, Title: s.Title, SiteURL: s.SiteURL, Category: s.Category}
	}
	return feed.WriteOPML(w, "dateline subscriptions", outlines)
}
