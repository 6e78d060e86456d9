package store

import (
	"unicode/utf8"

	"dateline/articles/fold"
)

// token is one word of a text as the search sees it: folded, a possessive
// 's dropped, and where it stands. stem folds its plural.
type token struct {
	word      []byte // folded; valid only during the callback
	runeStart int    // where the word starts in the text, in runes
	runeEnd   int    // where it ends
	byteStart int    // the same in bytes
	byteEnd   int
	sentence  int  // sentence breaks before the word in the text
	joined    bool // the hyphenated words before it, as one word (cease-fire → ceasefire)
}

// tokenizer reads texts into tokens, reusing its buffers between texts.
type tokenizer struct {
	cur      []byte // the word being read, folded
	compound []byte // the hyphenated run so far, folded, unstemmed
	tok      token
}

// Word forms. Hyphenated and joined forms are one word: each part is a word
// and so is the whole run without its hyphens, so that `cease-fire` and
// `ceasefire` find each other. A possessive 's is dropped. A plural s is
// folded on words of minPluralRunes or more that do not end in ss: a word
// whose stem is a term's stem is that term's whole word, so that
// `ministers` and `minister's` find `minister` (and `news` finds `new`: the
// rule is simple on purpose). The index keeps words as written, so that
// 'rus still finds Belarus.
const minPluralRunes = 4

// stem folds a plural s: w without its final s when the rule above holds.
func stem[S []byte | string](w S) S {
	n := len(w)
	if n < minPluralRunes || w[n-1] != 's' || w[n-2] == 's' {
		return w
	}
	if n < 2*minPluralRunes && utf8.RuneCountInString(string(w)) < minPluralRunes {
		return w
	}
	return w[:n-1]
}

// isHyphen reports whether r joins two words into one (a hyphen, not a dash).
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// isApostrophe reports whether r can start a possessive 's.
func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// tokens calls fn for each token of s: each word as it ends and, after the
// last word of a hyphenated run, the run as one word (joined). sentence
// counts the sentence ends (., ! or ? before a space) before each word.
func (tz *tokenizer) tokens(s string, fn func(*token)) {
	tz.cur, tz.compound = tz.cur[:0], tz.compound[:0]
	var (
		runeOff       int
		wordStart     = -1 // rune offset of the word being read
		sentence      int
		parts         int // words in the hyphenated run so far
		runStart      int // rune offset of the run's first word
		runStartByte  int
		wordStartByte int
		runSentence   int  // sentence of the run's first word
		sepHyphens    int  // hyphens in the separator since the last word
		sepOther      bool // anything else in the separator
		sepApostrophe bool // the separator is one apostrophe
		stop          bool // the separator holds a full stop, ! or ?
		stopSpace     bool // … followed by a space
	)
	endRun := func() {
		if parts >= 2 {
			tz.tok = token{word: tz.compound, runeStart: runStart, runeEnd: tz.tok.runeEnd, byteStart: runStartByte, byteEnd: tz.tok.byteEnd,
				sentence: runSentence, joined: true}
			fn(&tz.tok)
		}
		parts, tz.compound = 0, tz.compound[:0]
	}
	endWord := func(end, endByte int) {
		w := tz.cur
		possessive := sepApostrophe && !sepOther && len(w) == 1 && w[0] == 's' && parts > 0
		if stop && stopSpace {
			sentence++
		}
		joinsRun := parts > 0 && sepHyphens == 1 && !sepOther && !sepApostrophe
		if !joinsRun && !possessive {
			endRun()
		}
		if possessive {
			wordStart = -1
			tz.cur = tz.cur[:0]
			sepHyphens, sepOther, sepApostrophe, stop, stopSpace = 0, true, false, false, false
			return
		}
		if parts == 0 {
			runStart, runStartByte, runSentence = wordStart, wordStartByte, sentence
		}
		parts++
		tz.compound = append(tz.compound, w...)
		tz.tok = token{word: w, runeStart: wordStart, runeEnd: end, byteStart: wordStartByte, byteEnd: endByte, sentence: sentence}
		fn(&tz.tok)
		wordStart = -1
		tz.cur = tz.cur[:0]
		sepHyphens, sepOther, sepApostrophe, stop, stopSpace = 0, false, false, false, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if fold.IsWordRune(r) {
			if wordStart < 0 {
				wordStart, wordStartByte = runeOff, i
			}
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				tz.cur = append(tz.cur, c)
			} else if f := fold.Rune(r); f != fold.Drop {
				tz.cur = utf8.AppendRune(tz.cur, f)
			}
		} else {
			if wordStart >= 0 {
				if len(tz.cur) > 0 {
					endWord(runeOff, i)
				} else {
					wordStart = -1
				}
			}
			switch {
			case isHyphen(r):
				sepHyphens++
			case isApostrophe(r) && !sepOther && sepHyphens == 0 && !sepApostrophe:
				sepApostrophe = true
			case r == '.' || r == '!' || r == '?':
				stop, sepOther = true, true
			case r == ' ' || r == '\n' || r == '\t':
				if stop {
					stopSpace = true
				}
				sepOther = true
			default:
				sepOther = true
			}
		}
		i += size
		runeOff++
	}
	if wordStart >= 0 && len(tz.cur) > 0 {
		endWord(runeOff, len(s))
	}
	endRun()
}
