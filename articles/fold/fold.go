// Package fold folds text for matching: lower case, no diacritics, one rune
// out for each rune in (combining marks excepted), with an ASCII fast path.
package fold

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Drop is what Rune returns for a rune that folds to nothing (a combining mark).
const Drop rune = -1

// special holds letters that fold to a base letter but do not decompose.
var special = map[rune]rune{
	'đ': 'd', 'ð': 'd', 'ł': 'l', 'ø': 'o', 'ı': 'i', 'ə': 'e', 'ħ': 'h', 'ŧ': 't', 'ŀ': 'l',
}

// tableSize covers Latin, Greek, Cyrillic and the combining marks, and
// extBase..extEnd Latin Extended Additional (Vietnamese), where nearly all
// folding happens; other runes are folded on demand.
const (
	tableSize = 0x0530
	extBase   = 0x1E00
	extEnd    = 0x1F00
)

var (
	tableOnce sync.Once
	table     [tableSize]rune
	extTable  [extEnd - extBase]rune
)

func buildTable() {
	for r := rune(0); r < tableSize; r++ {
		table[r] = slowRune(r)
	}
	for r := rune(extBase); r < extEnd; r++ {
		extTable[r-extBase] = slowRune(r)
	}
}

func slowRune(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return Drop
	}
	r = unicode.ToLower(r)
	if s, ok := special[r]; ok {
		return s
	}
	if r < utf8.RuneSelf {
		return r
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	d := norm.NFD.Bytes(buf[:n])
	base, _ := utf8.DecodeRune(d)
	if base == utf8.RuneError {
		return r
	}
	if s, ok := special[base]; ok {
		return s
	}
	return base
}

// Rune folds one rune: lower case and without diacritics. It returns Drop for
// combining marks.
func Rune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch {
	case r < tableSize:
		tableOnce.Do(buildTable)
		return table[r]
	case r >= extBase && r < extEnd:
		tableOnce.Do(buildTable)
		return extTable[r-extBase]
	case r >= 0x2000 && r < 0x2070: // general punctuation: nothing to fold
		return r
	}
	return slowRune(r)
}

// String folds s. ASCII text without upper case is returned as is.
func String(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if f := Rune(r); f != Drop {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// IsWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark (which stays with its letter).
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Word is one word of a text: a run of letters and digits.
type Word struct {
	Text      string // as written
	ByteStart int    // offset of Text in the text, in bytes
	RuneStart int    // offset of Text in the text, in runes
	RuneLen   int    // length of Text in runes
}

// Words calls fn for each word of s, in order.
func Words(s string, fn func(Word)) {
	runeOff := 0
	start, startRune := -1, 0
	for i := 0; i < len(s); {
		c := s[i]
		in, size := false, 1
		if c < utf8.RuneSelf {
			in = asciiFold[c] != 0
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			in = IsWordRune(r)
		}
		if in {
			if start < 0 {
				start, startRune = i, runeOff
			}
		} else if start >= 0 {
			fn(Word{Text: s[start:i], ByteStart: start, RuneStart: startRune, RuneLen: runeOff - startRune})
			start = -1
		}
		i += size
		runeOff++
	}
	if start >= 0 {
		fn(Word{Text: s[start:], ByteStart: start, RuneStart: startRune, RuneLen: runeOff - startRune})
	}
}

// asciiFold maps the ASCII letters and digits to their folded form and
// every other ASCII byte to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// FoldedWords calls fn with the folded form of each word of s, without
// allocating: buf is reused between calls and returned for the next
// FoldedWords. Words and folding are those of Words and Rune.
func FoldedWords(s string, buf []byte, fn func(w []byte)) []byte {
	buf = buf[:0]
	in := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if f := asciiFold[c]; f != 0 {
				buf = append(buf, f)
				in = true
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if IsWordRune(r) {
				if f := Rune(r); f != Drop {
					buf = utf8.AppendRune(buf, f)
				}
				in = true
				continue
			}
		}
		if in {
			if len(buf) > 0 {
				fn(buf)
			}
			buf, in = buf[:0], false
		}
	}
	if in && len(buf) > 0 {
		fn(buf)
	}
	return buf
}

// AppendWords appends to dst the folded form of each word of s, each
// followed by one space, and returns the extended slice: what FoldedWords
// gives, in one buffer. Words that fold to nothing (combining marks alone)
// are left out, as FoldedWords leaves them out.
func AppendWords(dst []byte, s string) []byte {
	// ASCII, byte by byte into room made once: a byte gives at most one
	// byte out, a space only after a letter or digit, and one space ends
	// the last word.
	dst = slices.Grow(dst, len(s)+1)
	n, out := len(dst), dst[:cap(dst)]
	in := false
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		if f := asciiFold[c]; f != 0 {
			out[n] = f
			n++
			in = true
		} else if in {
			out[n] = ' '
			n++
			in = false
		}
	}
	dst = out[:n]
	if i == len(s) {
		if in {
			dst = append(dst, ' ')
		}
		return dst
	}
	// The rest, rune by rune.
	wordStart := -1 // where the current word starts in dst; < 0 between words
	if in {
		wordStart = len(dst) - 1 // or before: only whether the word has bytes counts
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if f := asciiFold[c]; f != 0 {
				if wordStart < 0 {
					wordStart = len(dst)
				}
				dst = append(dst, f)
				continue
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if IsWordRune(r) {
				if wordStart < 0 {
					wordStart = len(dst)
				}
				if f := Rune(r); f != Drop {
					dst = utf8.AppendRune(dst, f)
				}
				continue
			}
		}
		if wordStart >= 0 {
			if len(dst) > wordStart {
				dst = append(dst, ' ')
			}
			wordStart = -1
		}
	}
	if wordStart >= 0 && len(dst) > wordStart {
		dst = append(dst, ' ')
	}
	return dst
}
