package articles

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Sanitize removes everything from s that a terminal would act on instead of
// print: escape sequences (CSI, OSC, DCS and the other string sequences, in
// their 7-bit and C1 forms, so OSC 52 clipboard writes and OSC 8 links are
// gone whole), C0 and C1 control characters, DEL, and the Unicode bidi
// overrides. It also removes the invisible format characters (see
// isFormat), and the zero-width joiner, variation selectors and tag
// characters outside the emoji sequences they build, since an invisible
// character inside a word hides the word from search. Newlines stay; a tab
// becomes a space. s must be valid UTF-8.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	joiners := false
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
		case isBidiControl(r), isFormat(r):
		case isJoiner(r):
			joiners = true
			b.WriteString(s[i-size : i])
		default:
			b.WriteString(s[i-size : i])
		}
	}
	if joiners {
		return keepEmojiJoiners(b.String())
	}
	return b.String()
}

// printableASCII reports whether s is printable ASCII alone, which no
// sanitising changes.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return true
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
		if r < 0xA0 || isBidiControl(r) || isFormat(r) || isJoiner(r) {
			return false
		}
		i += size
	}
	return true
}

func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

const (
	zwj       = 0x200D  // zero-width joiner
	vsFirst   = 0xFE00  // variation selector 1
	vs15      = 0xFE0E  // text presentation
	vs16      = 0xFE0F  // emoji presentation
	ivsFirst  = 0xE0100 // the ideographic variation selectors
	ivsLast   = 0xE01EF //
	keycap    = 0x20E3  // combining enclosing keycap
	blackFlag = 0x1F3F4 // the base of a flag's tag sequence
	tagsFirst = 0xE0000 // the tags block
	tagFirst  = 0xE0020 // the tag characters a flag's tag sequence uses
	cancelTag = 0xE007F // which ends it
)

// isFormat reports whether r is an invisible format character that
// Sanitize removes wherever it stands: the zero-width space, non-joiner and
// the left-to-right and right-to-left marks (U+200B–200F, the joiner
// apart), the word joiner and the invisible operators (U+2060–2064), the
// deprecated format controls (U+206A–206F), a U+FEFF that is no byte-order
// mark (Decode has dropped the one that is), the Arabic letter mark, the
// Mongolian vowel separator, the soft hyphen and the interlinear annotation
// controls.
func isFormat(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x061C, r == 0x180E, r == 0xFEFF:
	case r >= 0x200B && r <= 0x200F && r != zwj:
	case r >= 0x2060 && r <= 0x2064, r >= 0x206A && r <= 0x206F:
	case r >= 0xFFF9 && r <= 0xFFFB:
	default:
		return false
	}
	return true
}

// isJoiner reports whether r is one of the invisible characters that
// Sanitize keeps only inside an emoji sequence: the zero-width joiner, the
// variation selectors and the tag characters.
func isJoiner(r rune) bool {
	return r == zwj || r >= vsFirst && r <= vs16 || r >= ivsFirst && r <= ivsLast || r >= tagsFirst && r <= cancelTag
}

// keepEmojiJoiners removes the joiners of s that build no emoji, one
// grapheme cluster at a time: a zero-width joiner stays only between two
// pictographs (👨‍👩‍👧), a text or emoji presentation selector only after a
// pictograph (❤️) or a keycap's base (1️⃣), tag characters only in a flag's
// tag sequence (🏴 + tags + cancel tag). Every other variation selector and
// tag character goes.
func keepEmojiJoiners(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	state := -1
	for len(s) > 0 {
		var cluster string
		cluster, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		if !strings.ContainsFunc(cluster, isJoiner) {
			b.WriteString(cluster)
			continue
		}
		rs := []rune(cluster)
		flagTags := rs[0] == blackFlag && rs[len(rs)-1] == cancelTag
		keycapSeq := isKeycapBase(rs[0]) && slices.Contains(rs, keycap)
		for i, r := range rs {
			keep := true
			switch {
			case r == zwj:
				keep = i+1 < len(rs) && isPictograph(rs[i+1])
			case r == vs15 || r == vs16:
				keep = i > 0 && (isPictograph(rs[i-1]) || keycapSeq && i == 1)
			case r >= tagFirst && r <= cancelTag:
				keep = flagTags
			case isJoiner(r):
				keep = false
			}
			if keep {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

func isKeycapBase(r rune) bool { return r >= '0' && r <= '9' || r == '#' || r == '*' }

// isPictograph reports whether r has the Unicode property
// Extended_Pictographic, as the grapheme segmenter knows it: only then does
// a zero-width joiner bind r to a pictograph after it (rule GB11 of UAX #29).
func isPictograph(r rune) bool {
	probe := string(r) + "\u200D\U0001F600"
	cluster, _, _, _ := uniseg.FirstGraphemeClusterInString(probe, -1)
	return len(cluster) == len(probe)
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

// SanitizeLine is Sanitize for text shown on one line that has not come
// through Decode, such as a file name, an argument or a typed query: it is
// never read as UTF-16, whatever its first bytes; invalid UTF-8 becomes
// U+FFFD, and line breaks and tabs become spaces.
func SanitizeLine(s string) string {
	if printableASCII(s) {
		return s // most file names: one pass, nothing to change
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	}
	return strings.ReplaceAll(Sanitize(s), "\n", " ")
}
