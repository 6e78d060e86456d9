package articlestest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Hostile is one file of the hostile-input suite.
type Hostile struct {
	Name  string // what the case tries
	Path  string // where it was written
	Loads bool   // whether it should load (sanitised) rather than be skipped
	Title string // for a file that loads: the title it should get, or "" for any
	ID    string // for a file that loads: the ID it should get, or "" for any
}

// HostileTitle is a headline that smuggles escape sequences of every kind.
const HostileTitle = "Safe \x1b[2J\x1b[H\x1b[31mheadline\x1b[0m\x1b]0;pwned\x07 \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\" +
	"\x1b]52;c;cm0gLXJmIH4=\x07\u009b6n\u009d0;t\u009c\x07\x08\x08 ok"

// HostileHidden is a headline whose words hide invisible characters: a
// zero-width space, a U+FEFF that is no byte-order mark, a word joiner, a
// soft hyphen, a right-to-left mark and a zero-width joiner that joins no
// emoji. It reads "The propaganda campaign in Minsk" on screen.
const HostileHidden = "The prop\u200baga\ufeffnda\u2060 cam\u00adpaign\u200f in Min\u200dsk"

// HostileEmoji is a headline of emoji sequences whose joiners and
// selectors must stay: a family (ZWJ), a heart with VS16, a keycap and
// Scotland's flag (a tag sequence).
const HostileEmoji = "Family 👨\u200d👩\u200d👧 and ❤\ufe0f, 1\ufe0f\u20e3 and 🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"

// Hidden reports whether r is one of the invisible characters the suite
// hides in words, or a bidi control: none may reach any output, since
// loading removes them (the zero-width joiner, which emoji keep, is not
// one of them).
func Hidden(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F && r != 0x200D, r >= 0x2060 && r <= 0x2064, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xFEFF, r == 0x00AD, r == 0x061C, r == 0x180E, r == 0xE0001:
		return true
	}
	return false
}

// WriteHostile writes the hostile-input suite under dir and returns its
// cases: escape sequences, NUL bytes, invalid UTF-8, a 20 MiB file, a 1 MiB
// line without spaces, empty and blank files, right-to-left text, combining
// marks, CJK and emoji, invisible format characters inside words, bidi
// controls, emoji sequences, thousands of country mentions, deep folders, a
// symlink loop, a file gone before it is read, and names with spaces and
// newlines or that start like UTF-16. Nothing binary is committed: the
// files are made here.
func WriteHostile(tb testing.TB, dir string) []Hostile {
	tb.Helper()
	var cases []Hostile
	writeID := func(name, rel string, data []byte, loads bool, title, id string) {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			tb.Fatal(err)
		}
		cases = append(cases, Hostile{Name: name, Path: path, Loads: loads, Title: title, ID: id})
	}
	write := func(name, rel string, data []byte, loads bool, title string) {
		writeID(name, rel, data, loads, title, "")
	}
	body := "\n\nOfficials in Minsk said the talks with Russia would go on.\n"

	write("escape sequences of every kind", "escapes.txt",
		[]byte(HostileTitle+"\n\nText \x1b[1A\x1b[2K\x1b7\x1b8\x1bc moved \x1bP1$r\x1b\\ the cursor.\r\nOverwrite\rEVIL\n\n"+
			"A bell\x07 and a backspace\x08 and a raw C1 CSI \x9b31m byte.\n"),
		true, "Safe headline link ok")
	write("NUL bytes", "nul.txt", []byte("Title\n\nText\x00with\x00NULs.\n"), false, "")
	write("Windows-1252", "latin1.txt", []byte("Caf\xe9 society in Paris\n\nThe caf\xe9s of Paris reopened.\n"), true, "Café society in Paris")
	write("a file of only whitespace", "blank.txt", []byte(" \n\t\n\u00a0\u00a0\n\n"), false, "")
	write("an empty file", "empty.txt", nil, false, "")
	write("a 1 MiB line with no spaces", "longline.txt", []byte(strings.Repeat("x", 1<<20)+body), true, "")
	write("right-to-left text", "rtl.txt", []byte("مرحبا بالعالم — שלום עולם\n\nالعربية والعبرية in Cairo and Jerusalem.\n"), true, "مرحبا بالعالم — שלום עולם")
	write("combining marks", "zalgo.txt", []byte("Z\u0351\u0352a\u036a\u0364l\u0310g\u0300\u0301o attacks\n\nHe\u0301llo\u0308 from Pa\u0301ris.\n"), true, "")
	write("CJK and emoji headline", "cjk.txt", []byte("東京で首脳会談 🇯🇵🤝🇰🇷 開催\n\nJapanese and South Korean leaders met in Tokyo.\n"), true, "東京で首脳会談 🇯🇵🤝🇰🇷 開催")
	write("invisible characters inside words", "hidden.txt",
		[]byte(HostileHidden+"\n\nOfficials in Minsk said the prop\u200baganda\u2063 cam\u2060paign would go on.\n"),
		true, "The propaganda campaign in Minsk")
	write("bidi and format controls of every kind", "bidi.txt",
		[]byte("Left\u202e\u2066 to\u2069 right\u061c and\u180e back\u206a\U000e0001\U000e0041 again\n\nText\u202d\u200e here.\n"),
		true, "Left to right and back again")
	write("emoji sequences", "emoji.txt", []byte(HostileEmoji+"\n\nA family met in Paris.\n"), true, HostileEmoji)
	writeID("a name that starts like UTF-16", "\xff\xfeAAAA.txt", []byte("Named in bytes"+body), true, "Named in bytes", "\ufffdAAAA")
	write("thousands of countries in one article", "countries.txt", []byte("Every country\n\n"+manyCountries()+"\n"), true, "Every country")
	deep := ""
	for i := range 60 {
		deep = filepath.Join(deep, "d"+string(rune('a'+i%26)))
	}
	write("deeply nested folders", filepath.Join(deep, "deep.txt"), []byte("Deep in the tree"+body), true, "Deep in the tree")
	write("a name with spaces", "with spaces in name.txt", []byte("Spaced out"+body), true, "Spaced out")
	write("a name with a newline", "new\nline.txt", []byte("Broken name"+body), true, "Broken name")

	// A 20 MiB file, sparse so it costs no disk.
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		tb.Fatal(err)
	}
	if err := f.Truncate(20 << 20); err != nil {
		tb.Fatal(err)
	}
	f.Close()
	cases = append(cases, Hostile{Name: "a 20 MiB file", Path: big})

	// A symlink loop: a folder that links to its parent.
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		tb.Fatal(err)
	}
	// A file listed but gone before it is read: a link whose target is missing.
	gone := filepath.Join(dir, "gone.txt")
	if err := os.Symlink(filepath.Join(dir, "removed-before-reading.txt"), gone); err != nil {
		tb.Fatal(err)
	}
	cases = append(cases, Hostile{Name: "a file removed between listing and reading", Path: gone})
	return cases
}

// manyCountries mentions every country the gazetteer knows by its common
// English name, many times over.
func manyCountries() string {
	names := []string{"France", "Germany", "Belarus", "Russia", "China", "Japan", "Brazil", "Nigeria", "Egypt", "Kenya",
		"Peru", "Chile", "Canada", "Mexico", "India", "Pakistan", "Iran", "Iraq", "Syria", "Turkey", "Poland", "Ukraine",
		"Vietnam", "Thailand", "Indonesia", "Australia", "Argentina", "Spain", "Italy", "Sweden", "Norway", "Finland"}
	var b strings.Builder
	for i := range 3000 {
		b.WriteString(names[i%len(names)])
		b.WriteString(" and ")
	}
	b.WriteString("Belarus met.")
	return b.String()
}
