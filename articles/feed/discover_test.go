package feed

import (
	"strings"
	"testing"
)

func TestDiscover(t *testing.T) {
	const page = "https://site.example.com/news/index.html"
	tests := []struct {
		name, html, contentType string
		want                    []string
	}{
		{"rss and atom", `<html><head>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" href="/feed.rss">
<link rel="alternate" type="application/atom+xml" href="atom.xml">
<link rel="alternate" hreflang="de" href="/de/">
</head><body></body></html>`, "", []string{"https://site.example.com/feed.rss", "https://site.example.com/news/atom.xml"}},
		{"json feed, rel case, type params", `<LINK REL="Alternate feed" TYPE="application/feed+json; charset=utf-8" HREF="https://other.example.net/feed.json">`, "",
			[]string{"https://other.example.net/feed.json"}},
		{"base href", `<head><base href="https://cdn.example.org/x/"><link rel=alternate type=application/rss+xml href=rss.xml></head>`, "",
			[]string{"https://cdn.example.org/x/rss.xml"}},
		{"duplicates and bad schemes", `<link rel="alternate" type="application/rss+xml" href="/f">
<link rel="alternate" type="application/rss+xml" href="https://site.example.com/f">
<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`, "", []string{"https://site.example.com/f"}},
		{"in the body", `<body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body>`, "", []string{"https://site.example.com/late.xml"}},
		{"none", `<html><head><title>x</title></head></html>`, "", nil},
		{"latin-1 page", "<head><meta charset=\"iso-8859-1\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/caf\xe9.xml\"></head>", "text/html",
			[]string{"https://site.example.com/caf%C3%A9.xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Discover([]byte(tt.html), tt.contentType, page)
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("Discover = %q, want %q", got, tt.want)
			}
		})
	}
}
