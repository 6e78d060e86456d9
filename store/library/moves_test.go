package library

import (
	"context"
	"errors"
	"testing"
	"time"

	"dateline/articles"
)

func feedKeyPrefix(feedURL string) string { return "feed:" + feedURL + " " }

// A permanent redirect moves a subscription with its state, articles,
// marks and IDs; nothing of another feed moves.
func TestMoveSubscription(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	const from, to, other = "http://old.example.com/feed", "https://new.example.com/feed", "http://old.example.com/feed2"
	retry := time.UnixMilli(1_760_000_000_000)
	must(t, l.Subscribe(ctx, Subscription{URL: from, Name: "old", Title: "Old", Category: "News", FullText: true}))
	must(t, l.Subscribe(ctx, Subscription{URL: other, Name: "other"}))
	must(t, l.SaveFetch(ctx, from, FetchState{ETag: `"e"`, At: retry, RetryAfter: retry, Title: "Fetched title", SiteURL: "https://old.example.com/"},
		[]FeedArticle{{GUID: "g1", Title: "One", Parts: []byte(`{}`)}}))
	must(t, l.SaveFetch(ctx, other, FetchState{At: retry}, []FeedArticle{{GUID: "g1", Title: "Other one"}}))
	must(t, l.SetRead(ctx, true, feedKeyPrefix(from)+"g1", feedKeyPrefix(other)+"g1"))
	must(t, l.SetIDs(ctx, "feeds", map[string]articles.RememberedID{
		feedKeyPrefix(from) + "g1": {ID: "old/one"}, feedKeyPrefix(other) + "g1": {ID: "other/one"}}))

	must(t, l.MoveSubscription(ctx, from, to, feedKeyPrefix))

	subs, err := l.Subscriptions(ctx)
	must(t, err)
	if len(subs) != 2 || subs[0].URL != other || subs[1].URL != to {
		t.Fatalf("subscriptions after the move: %+v", subs)
	}
	s := subs[1]
	if s.Name != "old" || s.Title != "Fetched title" || s.SiteURL != "https://old.example.com/" || s.Category != "News" ||
		!s.FullText || s.ETag != `"e"` || !s.RetryAfter.Equal(retry) {
		t.Errorf("moved subscription = %+v", s)
	}
	guids, err := l.FeedGUIDs(ctx)
	must(t, err)
	if len(guids[to]) != 1 || len(guids[from]) != 0 || len(guids[other]) != 1 {
		t.Errorf("articles by feed after the move: %v", guids)
	}
	marks, err := l.Marks(ctx)
	must(t, err)
	if !marks[feedKeyPrefix(to)+"g1"].Read || !marks[feedKeyPrefix(other)+"g1"].Read || len(marks) != 2 {
		t.Errorf("marks after the move: %v", marks)
	}
	ids, err := l.IDs(ctx, "feeds")
	must(t, err)
	if ids[feedKeyPrefix(to)+"g1"].ID != "old/one" || ids[feedKeyPrefix(other)+"g1"].ID != "other/one" || len(ids) != 2 {
		t.Errorf("IDs after the move: %v", ids)
	}

	if err := l.MoveSubscription(ctx, other, to, feedKeyPrefix); !errors.Is(err, ErrSubscribed) {
		t.Errorf("moving onto a subscribed address: %v, want %v", err, ErrSubscribed)
	}
	if err := l.MoveSubscription(ctx, "http://nowhere.example/", "http://elsewhere.example/", feedKeyPrefix); err == nil {
		t.Error("moving a subscription that is not there worked")
	}
}

func TestSetParts(t *testing.T) {
	l, _ := openTemp(t)
	ctx := context.Background()
	const feed = "https://example.com/feed"
	must(t, l.Subscribe(ctx, Subscription{URL: feed}))
	must(t, l.SaveFetch(ctx, feed, FetchState{}, []FeedArticle{{GUID: "g", Title: "T", Parts: []byte(`{"v":1}`)}}))
	must(t, l.SetParts(ctx, feed, "g", []byte(`{"v":2}`)))
	got, err := l.FeedArticles(ctx, feed)
	must(t, err)
	if len(got) != 1 || string(got[0].Parts) != `{"v":2}` || got[0].Title != "T" {
		t.Errorf("after SetParts: %+v", got)
	}
	if err := l.SetParts(ctx, feed, "missing", nil); err == nil {
		t.Error("SetParts of a missing article worked")
	}
}
