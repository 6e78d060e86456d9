package store

import (
	"strings"
	"unicode/utf8"

	"dateline/articles/fold"
)

// termKind says how a term matches a word, after fzf's operators.
type termKind uint8

const (
	kindFuzzy  termKind = iota // potsh: the characters in order, in a tight window
	kindExact                  // 'word: inside a word
	kindPrefix                 // ^pre: a word starts with it
	kindSuffix                 // suf$: a word ends with it
	kindWhole                  // ^word$: the whole word
)

// String names the kind as the query spells it.
func (k termKind) String() string {
	return [...]string{"fuzzy", "exact", "prefix", "suffix", "whole"}[k]
}

// term is one word of a query, folded.
type term struct {
	text    string // folded, one word
	runeLen int
	kind    termKind
	neg     bool // !term: the article must not have it
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

// effectiveKind is how the term is matched: a one-letter term would match
// most of the vocabulary inside its words, so it matches word prefixes only
// (while typing `'tractor` or `!ukraine`, `'t` and `!u` go by).
func (t term) effectiveKind() termKind {
	if t.runeLen == 1 && (t.kind == kindFuzzy || t.kind == kindExact) {
		return kindPrefix
	}
	if t.neg && t.kind == kindFuzzy {
		return kindExact // fzf: a negation is exact
	}
	return t.kind
}

// maxWindow is the longest window of a word that may hold a fuzzy term's
// characters: len + ceil(len/4), in runes.
func (t term) maxWindow() int { return t.runeLen + (t.runeLen+3)/4 }

// query is a parsed search: every group must match (AND); a group matches
// when any of its terms does (OR).
type query struct {
	groups [][]term // groups with at least one positive term, or an OR of negations
	negs   []term   // top-level negations
}

// blank reports whether the query has no terms at all.
func (q *query) blank() bool { return len(q.groups) == 0 && len(q.negs) == 0 }

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

// positive returns the query's positive terms, the ones that highlight.
func (q *query) positive() []term {
	var ts []term
	for _, g := range q.groups {
		for _, t := range g {
			if !t.neg {
				ts = append(ts, t)
			}
		}
	}
	return ts
}

// String renders the parsed query, for tests and debugging.
func (q *query) String() string {
	var parts []string
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
	return strings.Join(parts, " ")
}

// parseQuery parses fzf's extended syntax on words. A token that folds to
// several words ("jong-un") becomes a term per word; inside an OR group it
// keeps its longest word.
func parseQuery(s string) *query {
	q := &query{}
	tokens := strings.Fields(s)
	var group []term
	joinNext := false
	flush := func() {
		if len(group) == 0 {
			return
		}
		if len(group) == 1 && group[0].neg {
			q.negs = append(q.negs, group[0])
		} else {
			q.groups = append(q.groups, group)
		}
		group = nil
	}
	for i, tok := range tokens {
		if tok == "|" {
			joinNext = len(group) > 0
			continue
		}
		inOr := joinNext || (i+1 < len(tokens) && tokens[i+1] == "|")
		terms := parseTerm(tok)
		if len(terms) == 0 {
			continue
		}
		if inOr && len(terms) > 1 {
			longest := terms[0]
			for _, t := range terms[1:] {
				if t.runeLen > longest.runeLen {
					longest = t
				}
			}
			terms = terms[:1]
			terms[0] = longest
		}
		if joinNext {
			group = append(group, terms[0])
			joinNext = false
			continue
		}
		flush()
		group = append(group, terms[0])
		for _, t := range terms[1:] {
			flush()
			group = append(group, t)
		}
	}
	flush()
	return q
}

// parseTerm reads the operators of one token and folds the rest.
func parseTerm(tok string) []term {
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
	var terms []term
	fold.FoldedWords(tok, nil, func(w []byte) {
		tt := t
		tt.text = string(w)
		tt.runeLen = utf8.RuneCount(w)
		terms = append(terms, tt)
	})
	return terms
}

// narrows reports whether every article that matches q also matches p, so
// that q can be run over p's results alone. That holds when q is p with its
// last term extended or more terms added, and neither has | or !. A fuzzy
// term's window grows with its length, so an extended fuzzy term narrows only
// while ceil(len/4) stays the same; a one-letter term (prefixes only) never
// narrows to a longer one but for ^, and a suffix term never to another.
func (q *query) narrows(p *query) bool {
	if len(p.groups) == 0 || len(q.groups) < len(p.groups) || q.hasOrOrNeg() || p.hasOrOrNeg() {
		return false
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
	if pt.kind != qt.kind || !strings.HasPrefix(qt.text, pt.text) {
		return false
	}
	switch pt.kind {
	case kindPrefix:
		return true
	case kindExact:
		return pt.runeLen > 1
	case kindFuzzy:
		return pt.runeLen > 1 && (pt.runeLen+3)/4 == (qt.runeLen+3)/4
	}
	return false
}
