package feed

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"dateline/articles/fold"
)

// maxSlugRunes is the longest an item's slug gets.
const maxSlugRunes = 60

// Slug makes s a readable part of an ID: folded, letters and digits, with
// single hyphens between words, cut at a word near max runes.
func Slug(s string, max int) string {
	var b strings.Builder
	n := 0
	hyphen := false
	for _, r := range fold.String(s) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			if n+1 >= max {
				break
			}
			b.WriteByte('-')
			n++
			hyphen = false
		}
		if n >= max {
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// ItemSlug is the readable part of an item's ID: its title's slug, else
// the last part of its address, else of its GUID.
func ItemSlug(title, link, guid string) string {
	if s := Slug(title, maxSlugRunes); s != "" {
		return s
	}
	if u, err := url.Parse(link); err == nil && link != "" {
		base := path.Base(strings.TrimRight(u.Path, "/"))
		base = strings.TrimSuffix(base, path.Ext(base))
		if s := Slug(base, maxSlugRunes); s != "" && base != "." && base != "/" {
			return s
		}
	}
	if digest, ok := strings.CutPrefix(guid, "sha256:"); ok {
		return Slug(digest, 12)
	}
	// "tag:example.com,2025:entry-7": its last part.
	parts := strings.FieldsFunc(guid, func(r rune) bool { return strings.ContainsRune("/:#?=,", r) })
	for i := len(parts) - 1; i >= 0; i-- {
		if s := Slug(parts[i], maxSlugRunes); s != "" {
			return s
		}
	}
	return "item"
}
