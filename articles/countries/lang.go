package countries

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dateline/articles/fold"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// languages are the languages whose country names the tagger reads, from
// the CLDR names in golang.org/x/text.
var languages = []*display.Dictionary{
	display.German, display.French, display.Spanish, display.Russian,
	display.Chinese, display.Japanese, display.Arabic,
}

// foreignExtras are names in common use that CLDR's names leave out, one
// country a line as in aliasTable: the short forms news writes.
const foreignExtras = `
US|USA|США|Америка|Штаты|アメリカ|米国|أمريكا|امريكا
KR|Южная Корея|南韩|大韓民国|كوريا
KP|Северная Корея|北韩
GB|Англия|Britannien|英国
BY|Белоруссия|白俄罗斯|ベラルーシ
RU|Российская Федерация|ロシア連邦
CN|中华人民共和国|中華人民共和国|الصين
SA|السعودية
AE|الإمارات
CZ|Tschechien|Чехия
`

// foreignSkip are names in another language that are common words or
// names in English text: German Island (Iceland), French Grenade
// (Grenada), Maurice and Dominique; Spanish Granada and Mauricio.
var foreignSkip = map[string]bool{
	"Island": true, "Grenade": true, "Granada": true, "Maurice": true, "Mauricio": true,
	"Dominique": true, "Man": true, "Malte": true,
}

// foreign files the countries' names in the other languages.
func (b *builder) foreign() {
	g := b.g
	for _, dict := range languages {
		regions := dict.Regions()
		for idx, c := range g.list {
			region, err := language.ParseRegion(c.Code)
			if err != nil {
				continue
			}
			b.foreignName(regions.Name(region), int16(idx))
		}
	}
	for line := range strings.SplitSeq(foreignExtras, "\n") {
		code, names, ok := strings.Cut(line, "|")
		if !ok {
			continue
		}
		idx := g.index(code)
		for name := range strings.SplitSeq(names, "|") {
			b.foreignName(name, idx)
		}
	}
}

// foreignName files one name in another language by its script: Latin
// names as any other; Cyrillic and Arabic ones by their folded first word;
// Chinese and Japanese ones to be found inside runs of text, which have no
// spaces between words.
func (b *builder) foreignName(name string, idx int16) {
	if name == "" || idx < 0 || foreignSkip[name] {
		return
	}
	r, _ := utf8.DecodeRuneInString(name)
	switch {
	case isCJK(r):
		if strings.ContainsAny(name, " ,") {
			return
		}
		b.g.cjk[r] = append(b.g.cjk[r], cjkName{name: name, country: idx})
	case unicode.Is(unicode.Cyrillic, r):
		b.addOther(name, idx, flagInflect)
	case unicode.Is(unicode.Arabic, r):
		b.addOther(name, idx, 0)
	case unicode.Is(unicode.Latin, r):
		if strings.ContainsAny(name, "(),") {
			return
		}
		folded := fold.String(name)
		b.add(name, folded, idx, false, 0, kindForeign)
		if !strings.Contains(name, " ") && !strings.HasSuffix(folded, "s") {
			b.add(name+"s", folded+"s", idx, false, 0, kindForeign) // German genitive: Deutschlands
		}
	}
}

// addOther files a name whose first word is not in Latin letters. An
// inflected name is filed by the stems of its words.
func (b *builder) addOther(name string, idx int16, flags phraseFlags) {
	if strings.ContainsAny(name, "()") {
		return
	}
	p := phrase{country: idx, kind: kindForeign, flags: flags}
	n := 0
	fold.Words(name, func(w fold.Word) {
		if n < 32 && isAllUpper(w.Text) {
			p.upper |= 1 << n
		}
		f := fold.String(w.Text)
		if flags&flagInflect != 0 && p.upper>>n&1 == 0 {
			f = stem(f)
		}
		p.words = append(p.words, f)
		n++
	})
	if n == 0 || n > maxPhraseWords {
		return
	}
	if n == 1 && utf8.RuneCountInString(p.words[0]) < 2 {
		return
	}
	key := p.words[0]
	list := b.g.other[key]
	for _, o := range list {
		if strings.Join(o.words, " ") == strings.Join(p.words, " ") {
			return
		}
	}
	// Longest first, so that the first match is the longest.
	i := 0
	for i < len(list) && len(list[i].words) >= n {
		i++
	}
	list = append(list, phrase{})
	copy(list[i+1:], list[i:])
	list[i] = p
	b.g.other[key] = list
}

// stem cuts a Russian word's ending: the vowels, й and ь at its end.
func stem(w string) string {
	for {
		r, size := utf8.DecodeLastRuneInString(w)
		if size == 0 || !strings.ContainsRune("аяоеёиыйьую", r) || utf8.RuneCountInString(w) <= 3 {
			return w
		}
		w = w[:len(w)-size]
	}
}

// russianEndings are the case endings a Russian name's stem may take,
// folded as the text is (й folds to и).
var russianEndings = func() map[string]bool {
	m := map[string]bool{"": true}
	for _, e := range strings.Fields(`а я у ю е и ы о ой ей ий ым им ом ем ам ям ах ях ов ев ью ию ии ия
		ией ых их ые ие ую ая ое ь й ай ае аю аем`) {
		m[fold.String(e)] = true
	}
	return m
}()

// inflects reports whether the folded word w is the stem with a case ending.
func inflects(w, stem string) bool {
	rest, ok := strings.CutPrefix(w, stem)
	return ok && russianEndings[rest]
}

// arabicPrefixes are the letters Arabic writes joined to the front of a
// word: and, so, with/in, for/to, like.
var arabicPrefixes = []string{"و", "ف", "ب", "ل", "ك"}

// otherCandidates returns the names whose first word the folded word f
// begins, and the key they were filed under, trying what Arabic writes
// before a word and Russian after it.
func (g *gazetteer) otherCandidates(f string) []phrase {
	if ps := g.other[f]; ps != nil {
		return ps
	}
	r, _ := utf8.DecodeRuneInString(f)
	if unicode.Is(unicode.Cyrillic, r) {
		for cut := 1; cut <= 3 && len(f) > 0; cut++ {
			_, size := utf8.DecodeLastRuneInString(f)
			f = f[:len(f)-size]
			if ps := g.other[f]; ps != nil {
				return ps
			}
		}
		return nil
	}
	for range 2 {
		stripped := false
		for _, p := range arabicPrefixes {
			if rest, ok := strings.CutPrefix(f, p); ok && len(rest) > 2 {
				f, stripped = rest, true
				if strings.HasPrefix(f, "ل") {
					// لل is ل before ال, whose alif is dropped: للولايات.
					if ps := g.other["ا"+f]; ps != nil {
						return ps
					}
				}
				if ps := g.other[f]; ps != nil {
					return ps
				}
				break
			}
		}
		if !stripped {
			break
		}
	}
	return nil
}

// cjkName is a Chinese or Japanese name, found without word boundaries.
type cjkName struct {
	name    string
	country int16
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r)
}

func isKatakana(r rune) bool {
	return unicode.Is(unicode.Katakana, r) || r == 'ー'
}

// sortCJK orders each rune's names longest first.
func (g *gazetteer) sortCJK() {
	for r, list := range g.cjk {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].name) > len(list[j-1].name); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
		g.cjk[r] = list
	}
}

// scanCJK finds the Chinese and Japanese names in the word w, a run of
// letters at s[start:], and calls fn for each with its offsets in s. A name
// in katakana must be a whole katakana run: マリ (Mali) is not in マリア.
func (g *gazetteer) scanCJK(s string, start int, w string, fn func(c int16, from, to int)) {
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		matched := 0
		for _, n := range g.cjk[r] {
			if !strings.HasPrefix(w[i:], n.name) {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(n.name)
			if isKatakana(last) {
				if next, _ := utf8.DecodeRuneInString(w[i+len(n.name):]); isKatakana(next) {
					continue
				}
			}
			if isKatakana(r) && i > 0 {
				if prev, _ := utf8.DecodeLastRuneInString(w[:i]); isKatakana(prev) {
					continue
				}
			}
			fn(n.country, start+i, start+i+len(n.name))
			matched = len(n.name)
			break
		}
		if matched > 0 {
			i += matched
		} else {
			i += size
		}
	}
}
