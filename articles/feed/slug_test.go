package feed

import (
	"strings"
	"testing"
)

func TestSlugs(t *testing.T) {
	tests := []struct{ title, link, guid, want string }{
		{"Belarus's president 'ready' to visit Pyongyang", "", "", "belarus-s-president-ready-to-visit-pyongyang"},
		{"Việt Nam & Belarus", "", "", "viet-nam-belarus"},
		{"", "https://x.example/2025/09/potash-rises.html", "", "potash-rises"},
		{"", "", "tag:x.example,2025:entry-7", "entry-7"},
		{"", "", "sha256:abcdef0123456789", "abcdef012345"},
		{"!!!", "", "", "item"},
		{strings.Repeat("word ", 30), "", "", strings.TrimSuffix(strings.Repeat("word-", 12), "-")},
	}
	for _, tt := range tests {
		if got := ItemSlug(tt.title, tt.link, tt.guid); got != tt.want {
			t.Errorf("ItemSlug(%q, %q, %q) = %q, want %q", tt.title, tt.link, tt.guid, got, tt.want)
		}
	}
}
