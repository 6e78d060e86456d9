package store

import (
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
		us = append(us, unit{FieldCountry, m.Name})
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
// best matches of the most terms or, when every term's best match is in the
// title or the metadata, that field (a derived title counts as the body).
// Without positive terms it is the lead.
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

// snippet computes Snippet(i).
func (r *Results) snippet(i int) Snippet {
	a := r.Hits[i].Article
	us := units(a)
	var groups [][]term
	q := r.q
	if q == nil {
		q = &query{}
	}
	for _, g := range q.groups {
		var pos []term
		for _, t := range g {
			if !t.neg {
				pos = append(pos, t)
			}
		}
		if len(pos) > 0 {
			groups = append(groups, pos)
		}
	}
	if len(groups) == 0 {
		for _, u := range us {
			if u.field == FieldBody && u.text != "" {
				return Snippet{Field: FieldBody, Text: u.text}
			}
		}
		return Snippet{Field: FieldTitle, Text: a.Title}
	}

	// vals[u][g]: the value of group g's best match in unit u.
	var masks [][]uint64
	for _, alts := range groups {
		m := make([]uint64, len(alts))
		for k := range alts {
			m[k] = charMask(alts[k].text)
		}
		masks = append(masks, m)
	}
	vals := make([][]uint8, len(us))
	best := make([]uint8, len(groups))
	var buf []byte
	for ui, u := range us {
		v := make([]uint8, len(groups))
		buf = fold.FoldedWords(u.text, buf, func(w []byte) {
			wm := charMask(string(w))
			var word string // made only when some term may match
			for g, alts := range groups {
				for k := range alts {
					if wm&masks[g][k] != masks[g][k] {
						continue
					}
					if word == "" {
						word = string(w)
					}
					if q, _, _ := matchWord(&alts[k], word); q != qualNone {
						v[g] = max(v[g], matchValue(q, u.field.rank()))
					}
				}
			}
		})
		vals[ui] = v
		for g := range groups {
			best[g] = max(best[g], v[g])
		}
	}
	// Is some term's best match in the body? A derived title is the lead's
	// own words, so its matches count as the body's, where the lead shows
	// them in context.
	inBody := false
	for ui, u := range us {
		if u.field == FieldBody || (u.field == FieldTitle && a.TitleDerived) {
			for g, v := range vals[ui] {
				if v != 0 && v == best[g] {
					inBody = true
				}
			}
		}
	}
	// Among the candidates, the best match of each group there.
	bestThere := make([]uint8, len(groups))
	for ui, u := range us {
		if (u.field == FieldBody) == inBody {
			for g := range groups {
				bestThere[g] = max(bestThere[g], vals[ui][g])
			}
		}
	}
	// How many candidates hold each group's best match: of two that hold as
	// many, the one with the rarer terms says more.
	atBest := make([]int, len(groups))
	for ui, u := range us {
		if (u.field == FieldBody) == inBody {
			for g, v := range vals[ui] {
				if v != 0 && v == bestThere[g] {
					atBest[g]++
				}
			}
		}
	}
	pick, pickKey := -1, [4]int{}
	for ui, u := range us {
		if (u.field == FieldBody) != inBody {
			continue
		}
		// Groups at their best here, groups matched, rarity, total value.
		var key [4]int
		for g, v := range vals[ui] {
			if v != 0 && v == bestThere[g] {
				key[0]++
				key[2] -= atBest[g]
			}
			if v != 0 {
				key[1]++
			}
			key[3] += int(v)
		}
		if pick < 0 || slices.Compare(key[:], pickKey[:]) > 0 {
			pick, pickKey = ui, key
		}
	}
	if pick < 0 {
		return Snippet{Field: FieldTitle, Text: a.Title, Highlights: r.Match(a.Title)}
	}
	u := us[pick]
	return Snippet{Field: u.field, Text: u.text, Highlights: r.Match(u.text)}
}

// Match returns where the query's positive terms match words of text, as
// sorted, disjoint rune ranges: the tightest window of each match. The UI
// uses it to mark titles and an opened article's paragraphs.
func (r *Results) Match(text string) []Range {
	if r == nil || r.q == nil {
		return nil
	}
	return matchText(r.q.positive(), text)
}

func matchText(terms []term, text string) []Range {
	if len(terms) == 0 {
		return nil
	}
	var rs []Range
	var offs []int
	var folded []byte
	fold.Words(text, func(w fold.Word) {
		// Fold the word, noting where each folded rune came from.
		folded, offs = folded[:0], offs[:0]
		runeOff := w.RuneStart
		for _, r := range w.Text {
			if f := fold.Rune(r); f != fold.Drop {
				folded = utf8.AppendRune(folded, f)
				offs = append(offs, runeOff)
			}
			runeOff++
		}
		offs = append(offs, w.RuneStart+w.RuneLen)
		fw := string(folded)
		for i := range terms {
			if q, start, end := matchWord(&terms[i], fw); q != qualNone {
				rs = append(rs, Range{offs[start], offs[end]})
			}
		}
	})
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
	if len(merged) == 0 {
		return nil
	}
	return merged
}
