package articles

import (
	"bytes"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode turns raw file bytes into UTF-8 text with LF line endings: a UTF-8
// byte-order mark is dropped; UTF-16 is decoded, with a byte-order mark or
// without one when most of its alternate bytes are NUL; bytes that are not
// valid UTF-8 are read as Windows-1252 (which also reads ISO-8859-1), whose
// few undefined bytes become U+FFFD; CRLF and lone CR become LF.
//
// Text that is not UTF-8 is decoded byte by byte where it is not: a file
// of Windows-1252 almost never holds a valid UTF-8 sequence of two or more
// bytes, while a UTF-8 file with a stray byte in it keeps its other
// characters.
func Decode(raw []byte) string {
	return decode(raw, false)
}

// decode is Decode; when owned, raw is the caller's to give away (nothing
// writes to it again), and text that is already valid UTF-8 shares its
// bytes instead of being copied.
func decode(raw []byte, owned bool) string {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		raw = decodeUTF16(raw, unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.IndexByte(raw, 0) >= 0:
		switch utf16Order(raw) {
		case littleEndian:
			raw = decodeUTF16(raw, unicode.LittleEndian, unicode.IgnoreBOM)
		case bigEndian:
			raw = decodeUTF16(raw, unicode.BigEndian, unicode.IgnoreBOM)
		}
	}
	var s string
	if owned && len(raw) > 0 {
		s = unsafe.String(&raw[0], len(raw))
	} else {
		s = string(raw)
	}
	if !utf8.ValidString(s) {
		s = windows1252(s)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

func decodeUTF16(raw []byte, order unicode.Endianness, bom unicode.BOMPolicy) []byte {
	if out, err := unicode.UTF16(order, bom).NewDecoder().Bytes(raw); err == nil {
		return out
	}
	return raw
}

type byteOrder int

const (
	notUTF16 byteOrder = iota
	littleEndian
	bigEndian
)

// utf16Sample is how much of a file utf16Order looks at, in bytes.
const utf16Sample = 4096

// utf16Order tells UTF-16 without a byte-order mark from binary: text in
// the Latin, Greek or Cyrillic scripts has a NUL in most of its high bytes
// and almost none in its low ones.
func utf16Order(raw []byte) byteOrder {
	sample := raw[:min(len(raw), utf16Sample)&^1]
	if len(sample) < 4 {
		return notUTF16
	}
	var nul [2]int
	for i, c := range sample {
		if c == 0 {
			nul[i&1]++
		}
	}
	units := len(sample) / 2
	switch {
	case nul[1]*10 >= units*7 && nul[0]*20 <= units: // "a\x00b\x00"
		return littleEndian
	case nul[0]*10 >= units*7 && nul[1]*20 <= units:
		return bigEndian
	}
	return notUTF16
}

// windows1252 decodes the bytes of s that are not valid UTF-8 as
// Windows-1252 and keeps the rest.
func windows1252(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(s[i])
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}
