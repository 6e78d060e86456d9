package articles

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// Decode turns raw file bytes into UTF-8 text with LF line endings: a UTF-8
// byte-order mark is dropped, UTF-16 with a byte-order mark is decoded, CRLF
// and lone CR become LF, and invalid UTF-8 becomes U+FFFD.
func Decode(raw []byte) string {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(raw); err == nil {
			raw = out
		}
	}
	s := string(raw)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// Sanitize removes everything from s that a terminal would act on instead of
// print: escape sequences (CSI, OSC, DCS and the other string sequences, in
// their 7-bit and C1 forms, so OSC 52 clipboard writes and OSC 8 links are
// gone whole), C0 and C1 control characters, DEL, and the Unicode bidi
// overrides. Newlines stay; a tab becomes a space. s must be valid UTF-8.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F || c == '\n' {
			b.WriteByte(c)
			i++
			continue
		}
		if c == '\t' {
			b.WriteByte(' ')
			i++
			continue
		}
		if c == 0x1B {
			i = skipEscape(s, i+1)
			continue
		}
		if c < utf8.RuneSelf { // other C0 controls and DEL
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == 0x9B: // C1 CSI
			i = skipCSI(s, i)
		case r == 0x9D || r == 0x90 || r == 0x98 || r == 0x9E || r == 0x9F: // C1 OSC, DCS, SOS, PM, APC
			i = skipString(s, i)
		case r >= 0x80 && r < 0xA0: // other C1 controls
		case isBidiControl(r):
		default:
			b.WriteString(s[i-size : i])
		}
	}
	return b.String()
}

// isClean reports whether s holds nothing Sanitize would change, so the
// common case costs one pass and no allocation.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F || c == '\n' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xA0 || isBidiControl(r) {
			return false
		}
		i += size
	}
	return true
}

func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// skipEscape skips the rest of an escape sequence whose ESC ended at i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Two-character sequences (ESC 7, ESC c, ESC ( B …): intermediates, then a final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2F {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7E {
		i++
	}
	return i
}

// skipCSI skips a control sequence's parameters and final byte.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7E {
			return i
		}
		if c < 0x20 || c >= 0x7F { // malformed: stop at the first byte that cannot belong
			return i - 1
		}
	}
	return i
}

// skipString skips an OSC, DCS, SOS, PM or APC payload up to its
// terminator: BEL, ESC \ or C1 ST. An unterminated one runs to the end of
// the line, so a broken sequence costs at most that line.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1B:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case s[i] == '\n':
			return i
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0x9C: // C1 ST
			return i + 2
		}
		i++
	}
	return i
}
