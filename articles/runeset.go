package articles

import (
	"strings"
	"unicode/utf8"
)

// runeSet is a set of characters to look for in a line, as
// strings.ContainsAny does. ContainsAny with a character outside ASCII in
// its set calls a function for every character of the line; a runeSet
// reads the line a byte at a time and decodes a character only where one
// of the set's first bytes stands.
type runeSet struct {
	lead  [256]bool // the first bytes of the set's characters
	chars string
}

func newRuneSet(chars string) *runeSet {
	rs := &runeSet{chars: chars}
	for _, r := range chars {
		var b [utf8.UTFMax]byte
		utf8.EncodeRune(b[:], r)
		rs.lead[b[0]] = true
	}
	return rs
}

// in reports whether s holds any of the set's characters.
func (rs *runeSet) in(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !rs.lead[c] {
			continue
		}
		if c < utf8.RuneSelf {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError && strings.ContainsRune(rs.chars, r) {
			return true
		}
	}
	return false
}
