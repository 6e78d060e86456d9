package store

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"dateline/articles"
	"dateline/articles/fold"
)

// unit is a piece of an article a snippet can be: the title, a metadata
// field, a country's name or a body sentence.
type unit struct {
	field Field
	text  string
}

// units lists the pieces of a, in field order, body sentences last.
func units(a *articles.Article) []unit {
	us := []unit{{FieldTitle, a.Title}}
	if a.Source != "" {
		us = append(us, unit{FieldSource, a.Source})
	}
	if a.Dateline != "" {
		us = append(us, unit{FieldDateline, a.Dateline})
	}
	for _, m := range a.Countries {
		us = append(us, unit{FieldCountry, m.Name()})
	}
	for _, p := range a.Body {
		if p.Kind == articles.KindHeading {
			us = append(us, unit{FieldBody, strings.TrimSpace(p.Text)})
			continue
		}
		for _, s := range articles.Sentences(p.Text) {
			for _, c := range chunks(s, maxSnippetBytes) {
				us = append(us, unit{FieldBody, c})
			}
		}
	}
	return us
}

// maxSnippetBytes bounds a snippet: a longer sentence (text without full
// stops, a line without spaces) is cut into pieces of about this size, so
// one odd article cannot make every row of the results costly.
const maxSnippetBytes = 600

// chunks cuts s into pieces of at most about max bytes, at spaces where it
// can and at rune boundaries where it cannot.
func chunks(s string, max int) []string {
	if len(s) <= max {
		return []string{s}
	}
	var out []string
	for len(s) > max {
		cut := strings.LastIndexByte(s[:max], ' ')
		if cut <= 0 {
			cut = max
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		out = append(out, strings.TrimSpace(s[:cut]))
		s = strings.TrimSpace(s[cut:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// Snippet returns the snippet of hit i: the body sentence that holds the
// most of the terms the hit matched (of two, the one with the rarer terms,
// then the better matches, then the earlier); the title or a metadata field
// only when it holds more of them than any body sentence. Without positive
// terms it is the lead.
func (r *Results) Snippet(i int) Snippet {
	r.snippetMu.Lock()
	defer r.snippetMu.Unlock()
	if sn, ok := r.snippets[i]; ok {
		return sn
	}
	sn := r.snippet(i)
	if r.snippets == nil {
		r.snippets = make(map[int]Snippet)
	}
	r.snippets[i] = sn
	return sn
}

// snippetGroups returns the query's groups of positive terms, each term
// with its bit among the positive terms.
func (r *Results) snippetGroups(matched uint64, all bool) [][]bitTerm {
	if r == nil || r.q == nil {
		return nil
	}
	var groups [][]bitTerm
	bit := 0
	for _, g := range r.q.groups {
		var pos []bitTerm
		for _, t := range g {
			if t.neg {
				continue
			}
			if all || matched&(1<<(bit%64)) != 0 {
				pos = append(pos, bitTerm{t, charMask(t.stem), t.typos()})
			}
			bit++
		}
		if len(pos) > 0 {
			groups = append(groups, pos)
		}
	}
	return groups
}

// bitTerm is a term with what a word must have to match it: the term's
// characters, but for as many as it forgives typos.
type bitTerm struct {
	term
	mask  uint64
	typos int
}

// mayMatch reports whether a word with the character mask wm may match:
// each edit takes at most one of the term's characters away.
func (bt *bitTerm) mayMatch(wm uint64) bool {
	missing := bt.mask &^ wm
	return missing == 0 || bits.OnesCount64(missing) <= bt.typos
}

// snippet computes Snippet(i). Only the terms the hit matched are looked
// for, so a long | chain costs a few terms per row, not all of them.
func (r *Results) snippet(i int) Snippet {
	h := r.Hits[i]
	a := h.Article
	groups := r.snippetGroups(h.terms, h.terms == 0)
	us := units(a)
	if len(groups) == 0 {
		for _, u := range us {
			if u.field == FieldBody && u.text != "" {
				return Snippet{Field: FieldBody, Text: u.text}
			}
		}
		return Snippet{Field: FieldTitle, Text: a.Title}
	}
	var tz tokenizer
	vals := make([][]uint8, len(us))
	in := make([]int, len(groups)) // units that hold each group: of two sentences, the one with the rarer terms says more
	for ui, u := range us {
		vals[ui] = make([]uint8, len(groups))
		v := vals[ui]
		tz.tokens(u.text, func(tok *token) {
			wm := charMask(string(tok.word))
			var word string
			for g, alts := range groups {
				for k := range alts {
					if !alts[k].mayMatch(wm) {
						continue
					}
					if word == "" {
						word = string(tok.word)
					}
					if q, _, _ := matchWord(&alts[k].term, word); q != qualNone {
						v[g] = max(v[g], q)
					}
				}
			}
		})
		for g, x := range v {
			if x != 0 {
				in[g]++
			}
		}
	}
	pick, pickKey := -1, [4]int{}
	for ui, u := range us {
		// Groups held, then the body, then rarity, then the quality of the
		// matches: a title or a country that matched gives way to a body
		// sentence that holds as many terms.
		var key [4]int
		for g, x := range vals[ui] {
			if x != 0 {
				key[0]++
				key[2] -= in[g]
				key[3] += int(x)
			}
		}
		if key[0] == 0 {
			continue
		}
		if u.field == FieldBody {
			key[1] = 1
		}
		if pick < 0 || slices.Compare(key[:], pickKey[:]) > 0 {
			pick, pickKey = ui, key
		}
	}
	if pick < 0 {
		return Snippet{Field: FieldTitle, Text: a.Title, Highlights: r.Match(a.Title)}
	}
	u := us[pick]
	return Snippet{Field: u.field, Text: u.text, Highlights: matchText(groups, u.text)}
}

// Match returns where the query's positive terms match words of text, as
// sorted, disjoint rune ranges: the tightest window of each match, the
// whole word for a typo. The UI uses it to mark titles.
func (r *Results) Match(text string) []Range {
	var rs []Range
	for m := range r.Matches(text) {
		rs = append(rs, m)
	}
	return rs
}

// Matches yields the ranges Match returns, in order, one at a time: it
// keeps only the matches of a few kilobytes of text at once, so that
// marking a long article costs a small buffer rather than a list of every
// match. The reader uses it.
func (r *Results) Matches(text string) iter.Seq[Range] {
	groups := r.allGroups()
	return func(yield func(Range) bool) {
		if len(groups) == 0 {
			return
		}
		var m matcher
		runeOff := 0
		for len(text) > 0 {
			piece := matchPiece(text)
			for _, rg := range m.match(groups, piece) {
				if !yield(Range{rg.Start + runeOff, rg.End + runeOff}) {
					return
				}
			}
			runeOff += utf8.RuneCountInString(piece)
			text = text[len(piece):]
		}
	}
}

// matchPieceBytes is about how much text Matches matches at once. A piece
// ends at a space, where no word, hyphenated run or possessive can go on, so
// that no match crosses two pieces and the pieces' ranges never touch.
const matchPieceBytes = 4096

// matchPiece returns the first piece of text: up to the first space after
// matchPieceBytes, or all of it.
func matchPiece(text string) string {
	if len(text) <= matchPieceBytes {
		return text
	}
	if sp := strings.IndexByte(text[matchPieceBytes:], ' '); sp >= 0 {
		return text[:matchPieceBytes+sp+1]
	}
	return text
}

// allGroups returns every positive term of the query, by group, computed
// once: the reader matches an article a piece at a time.
func (r *Results) allGroups() [][]bitTerm {
	if r == nil {
		return nil
	}
	r.groupsOnce.Do(func() { r.groups = r.snippetGroups(0, true) })
	return r.groups
}

func matchText(groups [][]bitTerm, text string) []Range {
	var m matcher
	rs := m.match(groups, text)
	if len(rs) == 0 {
		return nil
	}
	return rs
}

// matcher finds the matches of terms in texts, reusing its buffers: the
// ranges it returns are valid until the next call.
type matcher struct {
	tz           tokenizer
	rs           []Range
	starts, ends []int
}

// match returns where the terms of groups match words of text, as sorted,
// disjoint rune ranges.
func (m *matcher) match(groups [][]bitTerm, text string) []Range {
	if len(groups) == 0 {
		return nil
	}
	rs := m.rs[:0]
	m.tz.tokens(text, func(tok *token) {
		fw := string(tok.word)
		mapped := false
		for _, alts := range groups {
			for k := range alts {
				q, start, end := matchWord(&alts[k].term, fw)
				if q == qualNone {
					continue
				}
				if q == qualWhole || q == qualTypo1 || q == qualTypo2 {
					rs = append(rs, Range{tok.runeStart, tok.runeEnd})
					continue
				}
				if !mapped {
					m.starts, m.ends = foldedOffsets(text[tok.byteStart:tok.byteEnd], tok.runeStart, m.starts[:0], m.ends[:0])
					mapped = true
				}
				if start < end && end <= len(m.ends) {
					rs = append(rs, Range{m.starts[start], m.ends[end-1]})
				}
			}
		}
	})
	m.rs = rs
	slices.SortFunc(rs, func(a, b Range) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	merged := rs[:0]
	for _, r := range rs {
		if n := len(merged); n > 0 && r.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, r.End)
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// foldedOffsets maps the runes of a token's folded word to the runes of
// the text it came from: folded rune i is text runes [starts[i], ends[i]),
// which holds the combining marks that fold away with it. Hyphens join the
// parts of a word, and fold to nothing too.
func foldedOffsets(word string, runeStart int, starts, ends []int) ([]int, []int) {
	runeOff := runeStart
	for _, r := range word {
		runeOff++
		if fold.IsWordRune(r) && fold.Rune(r) != fold.Drop {
			starts, ends = append(starts, runeOff-1), append(ends, runeOff)
		} else if fold.IsWordRune(r) && len(ends) > 0 {
			ends[len(ends)-1] = runeOff
		}
	}
	return starts, ends
}
