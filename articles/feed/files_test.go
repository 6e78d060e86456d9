package feed

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dateline/articles"
)

// Feed files in a folder load one article per item, found by their
// content: a .json that is no feed and an .xml that is no feed are left
// out without a word, and a feed named as text is still a feed.
func TestLoadFeedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, raw []byte) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("news/rss2.xml", readTestdata(t, "rss2.xml"))
	write("news/hanoi.json", readTestdata(t, "feed.json"))
	write("news/rdf.rss", readTestdata(t, "rdf.xml"))
	write("news/baku.atom", readTestdata(t, "atom.xml"))
	write("config.json", []byte(`{"theme": "dark"}`))
	write("drawing.xml", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`))
	write("story.txt", []byte("Potash\n\nBelarus sold more potash this year than last.\n"))
	named := filepath.Join(t.TempDir(), "saved-feed.txt")
	if err := os.WriteFile(named, readTestdata(t, "messy.xml"), 0o644); err != nil {
		t.Fatal(err)
	}

	loaded, err := articles.Load(context.Background(), []string{dir, named}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Skipped) != 0 {
		t.Errorf("skipped %+v", loaded.Skipped)
	}
	var ids []string
	byID := map[string]*articles.Article{}
	for _, a := range loaded.Articles {
		ids = append(ids, a.ID)
		byID[a.ID] = a
	}
	slices.Sort(ids)
	want := []string{
		"news/baku/shusha-forum-opens", "news/baku/updated-only",
		"news/hanoi/plain-text-item", "news/hanoi/viet-nam-and-belarus-sign-accord",
		"news/rdf/first-rdf-item", "news/rdf/second-rdf-item",
		"news/rss2/potash-exports-rise-again", "news/rss2/summary-only-item",
		"saved-feed/missing-date", "saved-feed/neither-guid-nor-link", "saved-feed/relative-link", "saved-feed/same-guid-another-link",
		"saved-feed/script-link", "saved-feed/wrong-weekday",
		"story",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("IDs\n  %q\nwant\n  %q", ids, want)
	}
	a := byID["news/rss2/potash-exports-rise-again"]
	if a == nil {
		t.Fatal("no potash article")
	}
	if a.Title != "Potash exports rise again" || a.Source != "Minsk & Beyond" || a.Date.String() != "2025-09-09" ||
		a.Key != articles.FeedKey("https://news.example.org/", "urn:example:potash-1") || !strings.HasSuffix(a.Path, "rss2.xml") {
		t.Errorf("article %+v", a)
	}
}
