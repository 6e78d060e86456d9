package countries

import (
	"strings"
	"unicode/utf8"

	"dateline/articles/fold"
)

// qualifier is a qualifier that official and statistical tables put after
// a country's name: "Korea, Republic of", "Iran (Islamic Republic of)",
// "Korea DPR", "Virgin Islands (U.S.)".
type qualifier struct {
	words  []string // folded
	upper  uint32   // bit j: word j must be written in capitals (DPR, SAR)
	base   int16    // the country of the name it qualifies; -1 for any
	target int16    // the country the qualified name means; -1 to keep the name's
	spaced bool     // may follow the name after a space, not only after a comma or bracket
}

// buildQualifiers parses qualifierTable.
func (g *gazetteer) buildQualifiers() {
	g.qualifiers = make(map[string][]qualifier)
	for line := range strings.SplitSeq(qualifierTable, "\n") {
		head, rest, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		base, target := int16(-1), int16(-1)
		if head != "" {
			from, to, ok := strings.Cut(head, ">")
			base, target = g.index(from), g.index(to)
			if !ok || base < 0 || target < 0 {
				g.conflicts = append(g.conflicts, "bad qualifier line "+line)
				continue
			}
		}
		for q := range strings.SplitSeq(rest, "|") {
			q = strings.TrimSpace(q)
			if q == "" {
				continue
			}
			ql := qualifier{base: base, target: target}
			if ql.spaced = strings.HasPrefix(q, "_"); ql.spaced {
				q = q[1:]
			}
			n := 0
			fold.Words(q, func(w fold.Word) {
				if isAllUpper(w.Text) && len(w.Text) > 1 {
					ql.upper |= 1 << n
				}
				ql.words = append(ql.words, fold.String(w.Text))
				n++
			})
			if n == 0 {
				continue
			}
			g.qualifiers[ql.words[0]] = append(g.qualifiers[ql.words[0]], ql)
			g.classes[ql.words[0]] |= classQualifier
		}
	}
}

// qualify looks for a qualifier after the name of country c that ends at
// s[end], and returns the country the qualified name means and where the
// qualifier ends. ok is false when none follows.
func (g *gazetteer) qualify(s string, c int16, end int, st *scan) (country int16, qEnd int, ok bool) {
	if end >= len(s) {
		return 0, 0, false
	}
	bracket := false
	switch s[end] {
	case ',':
	case '(', '[':
		bracket = true
	case ' ':
		if end+1 < len(s) && (s[end+1] == '(' || s[end+1] == '[') {
			bracket = true
		} else if end+1 >= len(s) || s[end+1] < 'A' || s[end+1] > 'Z' {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	ws, we, found := st.next(s, end)
	if !found || ws == end || ws-end > 3 {
		return 0, 0, false
	}
	if g.classOf(s[ws:we])&classQualifier == 0 {
		return 0, 0, false
	}
	gap := s[end:ws]
	spaced := !bracket && gap[0] == ' '
	if !spaced && !bracket && !isCommaGap(gap) {
		return 0, 0, false
	}
	if len(s[ws:we]) > maxWordBytes {
		return 0, 0, false
	}
	var buf [2 * maxWordBytes]byte
	cands := g.qualifiers[string(foldInto(buf[:0], s[ws:we]))]
	best, bestEnd := int16(-1), -1
	for k := range cands {
		q := &cands[k]
		if (q.base >= 0 && q.base != c) || (spaced && !q.spaced) {
			continue
		}
		qe, ok := q.match(s, ws, we)
		if !ok {
			continue
		}
		// The qualifier must end the name: a bracket closes it, or what
		// follows is no capitalised word ("Gambia, The" but not
		// "France, the United States").
		i := qe
		if i < len(s) && s[i] == '.' {
			i++
		}
		if bracket {
			for i < len(s) && s[i] == ' ' {
				i++
			}
			if i >= len(s) || (s[i] != ')' && s[i] != ']') {
				continue
			}
			i++
		} else if !endsName(s, i) {
			continue
		}
		if i > bestEnd {
			best, bestEnd = q.target, i
			if best < 0 {
				best = c
			}
		}
	}
	if bestEnd < 0 {
		return 0, 0, false
	}
	return best, bestEnd, true
}

// match matches the qualifier's words from the word s[ws:we] on.
func (q *qualifier) match(s string, ws, we int) (int, bool) {
	for j, w := range q.words {
		if j > 0 {
			nws, nwe, ok := nextWord(s, we, 3)
			if !ok {
				return 0, false
			}
			gap := s[we:nws]
			if !phraseGap(gap, s[ws:we]) && !isCommaGap(gap) && gap != "." && gap != ". " {
				return 0, false
			}
			ws, we = nws, nwe
		}
		if !eqFold(s[ws:we], w) || (q.upper>>j&1 != 0 && !isAllUpper(s[ws:we])) {
			return 0, false
		}
	}
	return we, true
}

// endsName reports whether s[i:] starts with no capitalised word that
// could continue a name: the end, punctuation, or a lower-case word.
func endsName(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i >= len(s) {
		return true
	}
	c := s[i]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return !fold.IsWordRune(r) || !startsUpper(s[i:])
	}
	return !(c >= 'A' && c <= 'Z')
}
