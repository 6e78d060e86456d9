package feeds

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"dateline/store/library"
)

// minOPMLShare is the least share of an OPML corpus's feed addresses
// that import must subscribe to.
const minOPMLShare = 0.99

// TestImportRealWorldOPML imports OPML files written as real exporters
// write them (testdata/opml) into a real library, and counts the feed
// addresses subscribed to against counts written by hand; some
// addresses are checked with their categories.
func TestImportRealWorldOPML(t *testing.T) {
	type sub struct{ url, category string }
	tests := []struct {
		file  string
		feeds int   // distinct feed addresses in the file, counted by hand
		some  []sub // some of them, with their categories
	}{
		{"feedly.opml", 6, []sub{{"https://feeds.arstechnica.com/arstechnica/index", "Tech"}, {"http://feeds.feedburner.com/smittenkitchen", "Cooking"}}},
		{"inoreader.opml", 5, []sub{{"https://xkcd.com/atom.xml", "Comics & Fun"}, {"https://www.reddit.com/r/golang/.rss", ""}}},
		{"netnewswire.opml", 4, []sub{{"https://inessential.com/feed.json", ""}, {"https://feedpress.me/sixcolors", "Apple"}}},
		{"newsboat.opml", 5, []sub{{"https://lwn.net/headlines/newrss", ""}, {"https://example.org/no-title-yet.xml", ""}}},
		{"thunderbird.opml", 3, []sub{{"https://blog.mozilla.org/feed/", "News & Blogs"}, {"https://town.example/news/rss?lang=en&format=xml", "News & Blogs/Local"}}},
		{"theoldreader.opml", 3, []sub{{"http://feeds.kottke.org/main", ""}}},
		{"miniflux.opml", 3, []sub{{"https://simonwillison.net/atom/everything/", "All"}, {"https://selfh.st/rss/", "Self-hosted"}}},
		{"freshrss.opml", 3, []sub{{"https://framablog.org/feed/", "Uncategorized"}, {"https://nofeed.example/news", "Scraped"}}},
		{"overcast.opml", 3, []sub{{"https://feeds.simplecast.com/BqbsxVfO", "feeds"}}},
		{"pocketcasts.opml", 4, []sub{{"https://feeds.feedburner.com/dancarlin/history?format=xml", "feeds"}}},
		{"antennapod.opml", 3, []sub{{"https://radiofrance-podcast.net/podcast09/rss_10078.xml", ""}}},
		{"apple_podcasts.opml", 2, []sub{{"https://feeds.megaphone.fm/sciencevs", "Podcasts"}}},
		{"gpodder.opml", 2, []sub{{"http://faif.us/feeds/cast-ogg/", ""}}},
		{"xmlurl_cases.opml", 5, []sub{{"https://upper.example/rss", ""}, {"https://camel.example/rss", ""}, {"https://spaces.example/rss", ""}}},
		{"url_attribute.opml", 4, []sub{{"https://url-notype.example/rss.xml", ""}, {"https://both.example/feed", ""}}},
		{"nested_categories.opml", 4, []sub{{"https://minsk.example/rss", "World/Europe/Belarus"}, {"https://euro.example/rss", "World/Europe"}, {"https://baku.example/rss", "World/Asia"}, {"https://loose.example/rss", ""}}},
		{"category_attribute.opml", 3, []sub{{"https://go.example/rss", "Tech/Go"}, {"https://plain.example/rss", "News"}}},
		{"bom.opml", 2, []sub{{"https://zurich.example/rss", ""}}},
		{"latin1.opml", 2, []sub{{"https://cafe.example/rss?cat=café", "Cafés"}}},
		{"bare_amp_lt.opml", 4, []sub{{"https://qa.example/feed?a=1&b=2", "News & Views"}, {"https://lt.example/rss?x=<1>", "News & Views"}, {"https://att.example/rss?src=opml&lang=en", "News & Views"}, {"https://fish.example/rss?&copy=1", ""}}},
		{"undefined_entities.opml", 3, []sub{{"https://resumes.example/feed?lang=fr&page=1", ""}}},
		{"comments.opml", 2, []sub{{"https://kept.example/rss", ""}, {"https://also-kept.example/rss", ""}}},
		{"no_head.opml", 2, []sub{{"https://nohead.example/rss", ""}}},
		{"htmlurl_only.opml", 1, []sub{{"https://hasfeed.example/rss", ""}}},
		{"duplicates.opml", 2, []sub{{"https://one.example/rss", "A"}}},
		{"unclosed_outlines.opml", 3, []sub{{"https://unclosed1.example/rss", "Folder"}, {"https://unclosed3.example/rss", "Folder"}}},
		{"ttrss.opml", 2, []sub{{"https://www.phoronix.com/rss.php", "Linux"}}},
		{"feed_scheme.opml", 3, []sub{{"feed://oldsafari.example/rss.xml", ""}, {"feed:https://prefixed.example/atom.xml", ""}}},
	}
	ctx := context.Background()
	var imported share
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			lib := openLibrary(t)
			f, err := os.Open(filepath.Join("testdata", "opml", tt.file))
			must(t, err)
			defer f.Close()
			imp, err := Import(ctx, lib, f)
			if err != nil {
				t.Fatal(err)
			}
			subs, err := lib.Subscriptions(ctx)
			must(t, err)
			got := map[string]library.Subscription{}
			for _, s := range subs {
				got[s.URL] = s
			}
			imported.n += min(len(got), tt.feeds)
			imported.of += tt.feeds
			if len(got) != tt.feeds || imp.Added != tt.feeds {
				t.Errorf("%d subscribed to (%d added), want %d: %v", len(got), imp.Added, tt.feeds, subs)
			}
			for _, s := range tt.some {
				switch g, ok := got[s.url]; {
				case !ok:
					t.Errorf("%s not subscribed to", s.url)
				case g.Category != s.category:
					t.Errorf("%s in %q, want %q", s.url, g.Category, s.category)
				}
			}
		})
	}
	t.Logf("%d OPML files: %s of their feed addresses subscribed to", len(tests), imported)
	if imported.ratio() < minOPMLShare {
		t.Errorf("imported %s, want at least %.0f%%", imported, 100*minOPMLShare)
	}
}
