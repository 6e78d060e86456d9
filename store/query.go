package store

import (
	"slices"
	"strings"
	"unicode/utf8"

	"dateline/articles/fold"
)

// termKind says how a term matches a word, after fzf's operators.
type termKind uint8

const (
	kindFuzzy  termKind = iota // potsh: the word, a prefix, a typo or the characters in order
	kindExact                  // 'word: inside a word
	kindPrefix                 // ^pre: a word starts with it
	kindSuffix                 // suf$: a word ends with it
	kindWhole                  // ^word$ or "word": the whole word
)

// String names the kind as the query spells it.
func (k termKind) String() string {
	return [...]string{"fuzzy", "exact", "prefix", "suffix", "whole"}[k]
}

// maxTerms caps the terms of a query, after repeated ones are dropped: each
// term costs a pass over the vocabulary and its postings.
const maxTerms = 64

// Short terms. A fuzzy term of up to shortTerm letters matches whole words
// and word prefixes only: `un` must not match inside `Brunei`.
const shortTerm = 3

// Typo tolerance: a fuzzy term of typoRunes letters or more also matches
// words one edit away (a letter substituted, inserted, deleted or two
// swapped); from typo2Runes letters, two edits.
const (
	typoRunes  = 5
	typo2Runes = 9
)

// term is one word of a query, folded.
type term struct {
	text    string // folded, one word
	stem    string // text with its plural folded: a word with the same stem is the whole word
	runeLen int
	kind    termKind
	neg     bool // !term: the article must not have it
	typoK   int8 // typos()+1 once known; 0 before
}

func (t term) String() string {
	var b strings.Builder
	if t.neg {
		b.WriteByte('!')
	}
	switch t.kind {
	case kindExact:
		b.WriteByte('\'')
	case kindPrefix, kindWhole:
		b.WriteByte('^')
	}
	b.WriteString(t.text)
	if t.kind == kindSuffix || t.kind == kindWhole {
		b.WriteByte('$')
	}
	return b.String()
}

// effectiveKind is how the term is matched: a short fuzzy term and a
// one-letter exact one match word prefixes only (while typing `'tractor` or
// `!ukraine`, `'t` and `!u` go by), and a negation is exact, as in fzf.
func (t term) effectiveKind() termKind {
	switch {
	case t.kind == kindFuzzy && t.runeLen <= shortTerm && !t.neg:
		return kindPrefix
	case t.kind == kindExact && t.runeLen == 1, t.kind == kindFuzzy && t.neg && t.runeLen == 1:
		return kindPrefix
	case t.neg && t.kind == kindFuzzy:
		return kindExact
	}
	return t.kind
}

// matchKey is the same for two terms that match the same words the same
// way, however they were spelled (`t` and `^t`, `the` and `^the`: a short
// fuzzy term matches prefixes), so that a query asks for each once.
func (t term) matchKey() string {
	neg := ""
	if t.neg {
		neg = "!"
	}
	return neg + t.effectiveKind().String() + ":" + t.stem + ":" + t.text
}

// typos is how many edits the term forgives.
func (t *term) typos() int {
	if t.typoK == 0 {
		return t.computeTypos()
	}
	return int(t.typoK) - 1
}

func (t *term) computeTypos() int {
	if t.effectiveKind() != kindFuzzy || !isASCII(t.text) {
		return 0
	}
	switch {
	case t.runeLen >= typo2Runes:
		return 2
	case t.runeLen >= typoRunes:
		return 1
	}
	return 0
}

// maxWindow is the longest window of a word that may hold a fuzzy term's
// characters: len + ceil(len/4), in runes.
func (t term) maxWindow() int { return t.runeLen + (t.runeLen+3)/4 }

// phrase is a quoted run of words, which must stand next to each other.
type phrase struct {
	words []string // folded
	neg   bool
}

// query is a parsed search: the qualifiers narrow the articles; then every
// group must match (AND), a group matching when any of its terms does (OR);
// no negation may match; every phrase must stand in the text and no negated
// one may.
type query struct {
	quals   []qualifier
	groups  [][]term // groups with at least one positive term, or an OR of negations
	negs    []term   // top-level negations
	phrases []phrase
	dropped int // terms left out past maxTerms
	repeats int // terms left out as repeats
}

// blank reports whether the query has no terms and no qualifiers.
func (q *query) blank() bool { return !q.hasTerms() && len(q.quals) == 0 }

// hasTerms reports whether the query has terms to rank by.
func (q *query) hasTerms() bool { return len(q.groups) > 0 || len(q.negs) > 0 || len(q.phrases) > 0 }

// hasOrOrNeg reports whether the query uses | or !.
func (q *query) hasOrOrNeg() bool {
	if len(q.negs) > 0 {
		return true
	}
	for _, g := range q.groups {
		if len(g) > 1 || g[0].neg {
			return true
		}
	}
	return false
}

// String renders the parsed query, for tests and debugging.
func (q *query) String() string {
	var parts []string
	for _, ql := range q.quals {
		parts = append(parts, ql.String())
	}
	for _, g := range q.groups {
		var alts []string
		for _, t := range g {
			alts = append(alts, t.String())
		}
		parts = append(parts, strings.Join(alts, " | "))
	}
	for _, t := range q.negs {
		parts = append(parts, t.String())
	}
	for _, p := range q.phrases {
		s := `"` + strings.Join(p.words, " ") + `"`
		if p.neg {
			s = "!" + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// rawToken is one token of the query line: a run without spaces, or with
// spaces inside double quotes.
type rawToken struct {
	text   string
	quoted bool // the token's value was in quotes
}

// splitQuery cuts s into tokens at spaces outside double quotes; `a|b`
// becomes `a | b`. A quote left open runs to the end, as while typing. The
// tokens are pieces of s: a long query allocates no string per token.
func splitQuery(s string) []rawToken {
	// Room for every token at once: a pasted query of 10,000 terms would
	// otherwise grow the slice a dozen times, to twice the memory.
	toks := make([]rawToken, 0, strings.Count(s, " ")+strings.Count(s, "|")+1)
	add := func(t string, quoted bool) {
		if !quoted && !strings.Contains(t, ":") && strings.Contains(t, "|") && t != "|" {
			for i, part := range strings.Split(t, "|") {
				if i > 0 {
					toks = append(toks, rawToken{text: "|"})
				}
				if part != "" {
					toks = append(toks, rawToken{text: part})
				}
			}
			return
		}
		toks = append(toks, rawToken{text: t, quoted: quoted})
	}
	start, inQuote, quoted := -1, false, false
	for i, r := range s {
		space := r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' || r == '\u3000'
		switch {
		case r == '"':
			inQuote, quoted = !inQuote, true
			if start < 0 {
				start = i
			}
		case space && !inQuote:
			if start >= 0 {
				add(s[start:i], quoted)
			}
			start, quoted = -1, false
		case start < 0:
			start = i
		}
	}
	if start >= 0 {
		add(s[start:], quoted)
	}
	return toks
}

// parseQuery parses a query: qualifiers first (before folding, so that
// `c:AZ` is a qualifier), then fzf's extended syntax on words, quoted
// phrases and `|` with or without spaces. Repeated terms are dropped, and
// terms past maxTerms are left out and counted. A bad qualifier is an
// error for the caller to show.
func parseQuery(s string) (*query, error) {
	q := &query{}
	toks := splitQuery(s)
	var group []term
	joinNext := false
	count := 0
	seenGroup := map[string]bool{}
	seenNeg := map[string]bool{}
	flush := func() {
		if len(group) == 0 {
			return
		}
		g := group
		group = nil
		if len(g) == 1 && g[0].neg {
			if k := g[0].matchKey(); seenNeg[k] {
				q.repeats++
			} else {
				seenNeg[k] = true
				q.negs = append(q.negs, g[0])
			}
			return
		}
		keys := make([]string, len(g))
		for i, t := range g {
			keys[i] = t.matchKey()
		}
		slices.Sort(keys)
		k := strings.Join(keys, "|")
		if seenGroup[k] {
			q.repeats += len(g)
			count -= len(g)
			return
		}
		seenGroup[k] = true
		q.groups = append(q.groups, g)
	}
	add := func(t term) bool {
		t.typoK = int8(t.computeTypos()) + 1
		if slices.Contains(group, t) {
			q.repeats++
			return true
		}
		if count >= maxTerms {
			q.dropped++
			return false
		}
		count++
		group = append(group, t)
		return true
	}
	var tz tokenizer
	seenTok := map[string]bool{} // tokens outside | groups already read
	for i, tok := range toks {
		if tok.text == "|" {
			joinNext = len(group) > 0
			continue
		}
		if !joinNext && (i+1 == len(toks) || toks[i+1].text != "|") {
			if seenTok[tok.text] {
				q.repeats++
				continue
			}
			seenTok[tok.text] = true
		}
		if ql, ok, err := parseQualifier(tok.text); err != nil {
			return nil, err
		} else if ok {
			if ql.empty() {
				continue
			}
			if !slices.ContainsFunc(q.quals, func(o qualifier) bool { return o.String() == ql.String() }) {
				q.quals = append(q.quals, ql)
			}
			joinNext = false
			continue
		}
		inOr := joinNext || (i+1 < len(toks) && toks[i+1].text == "|")
		var terms []term
		if tok.quoted && isPhrase(tok.text) {
			neg := strings.HasPrefix(tok.text, "!")
			words := phraseWords(&tz, tok.text)
			if len(words) > 1 && !inOr {
				flush() // the word before the phrase counts among those the query already asks for
			}
			switch {
			case len(words) == 0:
				continue
			case len(words) == 1 || inOr:
				longest := slices.MaxFunc(words, func(a, b string) int { return len(a) - len(b) })
				terms = []term{{text: longest, stem: stem(longest), runeLen: utf8.RuneCountInString(longest), kind: kindWhole, neg: neg}}
			case slices.ContainsFunc(q.phrases, func(p phrase) bool { return p.neg == neg && slices.Equal(p.words, words) }):
				q.repeats++ // the same phrase again, quoted another way (one quote closed, one not)
				continue
			case count+freshWords(words, seenGroup) > maxTerms:
				q.dropped += len(words)
				continue
			default:
				flush()
				joinNext = false
				q.phrases = append(q.phrases, phrase{words: words, neg: neg})
				if !neg {
					for _, w := range words {
						flush()
						t := wholeWord(w)
						if seenGroup[t.matchKey()] { // a word the query already asks for costs no term
							q.repeats++
							continue
						}
						add(t)
					}
					flush()
				} else {
					count += len(words)
				}
				continue
			}
		} else {
			terms = parseTerm(&tz, tok.text)
		}
		if len(terms) == 0 {
			continue
		}
		if inOr && len(terms) > 1 {
			terms = []term{slices.MaxFunc(terms, func(a, b term) int { return a.runeLen - b.runeLen })}
		}
		if joinNext {
			add(terms[0])
			joinNext = false
			continue
		}
		flush()
		add(terms[0])
		for _, t := range terms[1:] {
			flush()
			add(t)
		}
	}
	flush()
	return q, nil
}

// isPhrase reports whether a quoted token is a phrase ("a b" or !"a b"),
// not a word with a quote inside it.
func isPhrase(tok string) bool {
	tok = strings.TrimPrefix(tok, "!")
	return strings.HasPrefix(tok, `"`)
}

// phraseWords returns the folded words of a quoted phrase, in order.
func phraseWords(tz *tokenizer, tok string) []string {
	tok = strings.Trim(strings.TrimPrefix(tok, "!"), `"`)
	var words []string
	tz.tokens(tok, func(t *token) {
		if !t.joined {
			words = append(words, stem(string(t.word)))
		}
	})
	return words
}

// parseTerm reads the operators of one token and folds the rest. A
// hyphenated token is one word (cease-fire → ceasefire); a token that folds
// to several other words (U.S.) becomes a term per word.
func parseTerm(tz *tokenizer, tok string) []term {
	var t term
	if strings.HasPrefix(tok, "!") {
		t.neg = true
		tok = tok[1:]
	}
	prefix, suffix := false, false
	switch {
	case strings.HasPrefix(tok, "'"):
		t.kind = kindExact
		tok = tok[1:]
	case strings.HasPrefix(tok, "^"):
		prefix = true
		tok = tok[1:]
	}
	if strings.HasSuffix(tok, "$") && len(tok) > 1 {
		suffix = true
		tok = tok[:len(tok)-1]
	}
	switch {
	case prefix && suffix:
		t.kind = kindWhole
	case prefix:
		t.kind = kindPrefix
	case suffix:
		t.kind = kindSuffix
	}
	// A prefix or a suffix is a piece of a word, not a word: it has no stem.
	fragment := t.kind == kindPrefix || t.kind == kindSuffix || t.kind == kindExact
	var words, joined []term
	tz.tokens(tok, func(tk *token) {
		tt := t
		tt.text = string(tk.word)
		tt.stem = tt.text
		if !fragment {
			tt.stem = stem(tt.text)
		}
		tt.runeLen = utf8.RuneCount(tk.word)
		if tk.joined {
			joined = append(joined, tt)
		} else {
			words = append(words, tt)
		}
	})
	if len(joined) == 1 && len(words) > 1 && joinedWhole(tok) {
		return joined
	}
	return append(words, joined...)
}

// joinedWhole reports whether tok is one hyphenated word and nothing else.
func joinedWhole(tok string) bool {
	for _, r := range tok {
		if !isHyphen(r) && !fold.IsWordRune(r) {
			return false
		}
	}
	return true
}

// lastNarrowable reports whether a query that extends q's last term could
// narrow q's results (see narrows): only then are the tiers without the
// last group worth keeping.
func (q *query) lastNarrowable() bool {
	if len(q.groups) == 0 || q.hasOrOrNeg() || len(q.phrases) > 0 || q.dropped > 0 {
		return false
	}
	t := q.groups[len(q.groups)-1][0]
	switch t.effectiveKind() {
	case kindPrefix:
		return true
	case kindExact:
		return t.runeLen > 1
	}
	return false
}

// narrows reports whether every article that matches q also matches p, so
// that q can be run over p's results alone. That holds when q has p's
// qualifiers and is p with terms added, or with its last term extended while
// that term matches word prefixes only (a short term, ^ or ' of two letters
// or more); neither may have |, !, phrases, marks or terms left out. A
// longer fuzzy term forgives typos and matches inside words, so its matches
// are not a subset of a shorter one's.
func (q *query) narrows(p *query) bool {
	if len(p.groups) == 0 || len(q.groups) < len(p.groups) || q.hasOrOrNeg() || p.hasOrOrNeg() ||
		len(q.phrases) > 0 || len(p.phrases) > 0 || q.dropped > 0 || p.dropped > 0 || !sameQuals(q.quals, p.quals) {
		return false
	}
	for _, ql := range q.quals {
		if ql.kind == qualIs {
			return false // marks change between keystrokes
		}
	}
	last := len(p.groups) - 1
	for i := range last {
		if q.groups[i][0] != p.groups[i][0] {
			return false
		}
	}
	pt, qt := p.groups[last][0], q.groups[last][0]
	if pt == qt {
		return true
	}
	pk, qk := pt.effectiveKind(), qt.effectiveKind()
	if pk != qk || !strings.HasPrefix(qt.text, pt.text) {
		return false
	}
	switch pk {
	case kindPrefix:
		return true
	case kindExact:
		return pt.runeLen > 1
	}
	return false
}

// wholeWord is the term a phrase's word asks for: the whole word.
func wholeWord(w string) term {
	return term{text: w, stem: stem(w), runeLen: utf8.RuneCountInString(w), kind: kindWhole}
}

// freshWords counts the distinct words of a phrase that are not yet terms of
// the query, the ones that would count against maxTerms.
func freshWords(words []string, seenGroup map[string]bool) int {
	n := 0
	seen := make(map[string]bool, len(words))
	for _, w := range words {
		k := wholeWord(w).matchKey()
		if !seenGroup[k] && !seen[k] {
			seen[k] = true
			n++
		}
	}
	return n
}
