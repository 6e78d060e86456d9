package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "gov": true, "sen": true, "rep": true, "pres": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "jr": true, "sr": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true,
}

// Sentences splits a paragraph into sentences: a full stop, question or
// exclamation mark (with any closing quotes) followed by a space and a
// capital letter or an opening quote ends one, except after an initial or
// a common abbreviation.
func Sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		k := indexTerminator(p[i:])
		if k < 0 {
			break
		}
		r, size := utf8.DecodeRuneInString(p[i+k:])
		i += k + size
		end := i
		for end < len(p) {
			c, n := utf8.DecodeRuneInString(p[end:])
			if !strings.ContainsRune(`"'”’)]`, c) {
				break
			}
			end += n
		}
		next := end
		for next < len(p) {
			c, n := utf8.DecodeRuneInString(p[next:])
			if !unicode.IsSpace(c) {
				break
			}
			next += n
		}
		if next == end || next == len(p) {
			continue
		}
		c, _ := utf8.DecodeRuneInString(p[next:])
		if !unicode.IsUpper(c) && !strings.ContainsRune(`"'“‘([`, c) {
			continue
		}
		if r == '.' && isAbbreviation(p[start:i-1]) {
			continue
		}
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start, i = next, next
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// indexTerminator returns the index of the first '.', '!', '?' or '…' in s,
// or -1.
func indexTerminator(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			return i
		case 0xE2: // the first byte of '…' (E2 80 A6)
			if strings.HasPrefix(s[i:], "…") {
				return i
			}
		}
	}
	return -1
}

// isAbbreviation reports whether s ends with an initial or an abbreviation.
func isAbbreviation(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	w := s
	if i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		w = s[i+size:]
	}
	if n := utf8.RuneCountInString(w); n == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)]
}
