package articles

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Belarus and Việt Nam", "Belarus and Việt Nam"},
		{"newlines stay, tabs become spaces", "a\tb\nc", "a b\nc"},
		{"CSI cursor move", "a\x1b[2;5Hb", "ab"},
		{"clear screen", "\x1b[2Jtext\x1b[H", "text"},
		{"SGR colour", "\x1b[31mred\x1b[0m", "red"},
		{"OSC 0 title, BEL", "x\x1b]0;pwned\x07y", "xy"},
		{"OSC 8 link, ST", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"OSC 52 clipboard", "a\x1b]52;c;ZWNobyBoaQ==\x07b", "ab"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC with C1 ST", "a\u009d0;t\u009cb", "ab"},
		{"other C1", "a\u0085b\u0090", "ab"},
		{"BEL and backspace", "ding\x07 back\x08\x08", "ding back"},
		{"DEL and NUL", "a\x7fb\x00c", "abc"},
		{"ESC two-char", "a\x1bcb\x1b(Bc", "abc"},
		{"unterminated OSC stops at line end", "a\x1b]0;title\nnext", "a\nnext"},
		{"lone ESC at end", "abc\x1b", "abc"},
		{"bidi override", "abc\u202edef\u2066x\u2069", "abcdefx"},
		{"CJK and emoji stay", "東京 🇧🇾 café", "東京 🇧🇾 café"},
		{"right-to-left text stays", "مرحبا שלום", "مرحبا שלום"},
		{"zero-width space, BOM and word joiner in a word", "prop\u200baga\ufeffnda\u2060", "propaganda"},
		{"marks and invisible operators", "a\u200cb\u200ec\u200fd\u2061e\u2062f\u2063g\u2064h", "abcdefgh"},
		{"Arabic letter mark, Mongolian vowel separator, soft hyphen", "a\u061cb\u180ec\u00add", "abcd"},
		{"deprecated format controls, annotation anchors", "a\u206ab\u206fc\ufff9d\ufffbe", "abcde"},
		{"tag characters outside a flag", "tag\U000e0001\U000e0041\U000e007f", "tag"},
		{"joiner between letters", "Min\u200dsk", "Minsk"},
		{"joiner after an emoji before a letter", "👨\u200dx", "👨x"},
		{"variation selectors after letters", "a\ufe0fb\ufe0ec\ufe00d\U000e0100", "abcd"},
		{"family: joiners between pictographs", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"heart with VS16", "❤\ufe0f love", "❤\ufe0f love"},
		{"text presentation", "☎\ufe0e", "☎\ufe0e"},
		{"VS16 and joiner in one sequence", "❤\ufe0f\u200d🔥", "❤\ufe0f\u200d🔥"},
		{"skin tone and joiner", "👩🏽\u200d💻", "👩🏽\u200d💻"},
		{"keycap", "1\ufe0f\u20e3 #\ufe0f\u20e3", "1\ufe0f\u20e3 #\ufe0f\u20e3"},
		{"digit with VS16 but no keycap", "1\ufe0f", "1"},
		{"flag tag sequence", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f!", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f!"},
		{"tags after another emoji", "😀\U000e0067\U000e007f", "😀"},
		{"zero-width space inside an emoji sequence", "👨\u200b\u200d👩", "👨\u200d👩"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bytes like a UTF-16 BOM are not decoded", "\xff\xfeAAAA", "\ufffdAAAA"},
		{"big-endian too", "\xfe\xff\x00A", "\ufffdA"},
		{"UTF-8 BOM is a format character here", "\ufeffname", "name"},
		{"line breaks and tabs become spaces", "a\nb\r\nc\rd\te", "a b c d e"},
		{"an unterminated OSC stops at the line end", "a\x1b]0;title\nnext", "a next"},
		{"escapes and bidi controls", "--x\x1b]2;PWNED\x07end\u202e\u2066", "--xend"},
		{"C1 bytes that are not UTF-8", "x\x9b31m\x9d", "x\ufffd31m\ufffd"},
	}
	for _, tt := range tests {
		if got := SanitizeLine(tt.in); got != tt.want {
			t.Errorf("%s: SanitizeLine(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"BOM dropped", "\xef\xbb\xbfhello", "hello"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"CR", "a\rb", "a\nb"},
		{"not UTF-8: Windows-1252", "caf\xe9 \xff", "café ÿ"},
		{"Windows-1252 punctuation and the euro", "\x93Cr\xe8me\x94 \x96 Z\xfcrich \x97 \x8040m", "“Crème” – Zürich — €40m"},
		{"Windows-1252's undefined bytes", "a\x81b", "a\uFFFDb"},
		{"UTF-16LE", "\xff\xfeh\x00i\x00", "hi"},
		{"UTF-16BE", "\xfe\xff\x00h\x00i", "hi"},
		{"UTF-16LE without a BOM", "h\x00e\x00l\x00l\x00o\x00 \x00\xe9\x00", "hello é"},
		{"UTF-16BE without a BOM", "\x00h\x00e\x00l\x00l\x00o", "hello"},
		{"NUL bytes that are not UTF-16 stay", "\x00\x00\x00\x01\x7fELF\x00\x00", "\x00\x00\x00\x01\x7fELF\x00\x00"},
	}
	for _, tt := range tests {
		if got := Decode([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Decode = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// checkClean fails when s is not valid UTF-8 or holds a character a
// terminal would act on.
func checkClean(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8 out: %q", s)
	}
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || isBidiControl(r) || isFormat(r)) {
			t.Fatalf("control character %U out: %q", r, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, seed := range []string{
		"plain", "\x1b[31mred", "\x1b]52;c;ZWNobw==\x07", "\u009b2J", "\x1b]8;;u\x1b\\l", "a\x08b\x07", "caf\xe9", "\x1b", "\u009d",
		"prop\u200baga\ufeffnda", "👨\u200d👩\u200d👧 ❤\ufe0f", "a\u200d\ufe0f\U000e0041", "1\ufe0f\u20e3",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(Decode([]byte(in)))
		checkClean(t, out)
		if again := Sanitize(out); again != out {
			t.Fatalf("Sanitize is not idempotent: %q, then %q", out, again)
		}
		checkClean(t, SanitizeLine(in))
	})
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		" date 2025-07-04 Title here.\n\nBody.", "Baku, 21 April, AZERTAC\n\nText.", "HÀ NỘI — Text. — VNS",
		"Headline\nOutlet\n\nHome > News\n\nText.\n\nMore in News\n\nx", "United Nations (UN) – Text.", "# md\n\n## h\n\nt",
		"\xff\xfeA\x00", "\x1b]0;t\x07Title\n\nBody", strings.Repeat("word ", 100),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := Parse("fuzz", raw)
		if err != nil {
			return
		}
		if a.Title == "" {
			t.Fatal("empty title")
		}
		for _, s := range []string{a.Title, a.Source, a.Dateline, a.Credit} {
			checkClean(t, s)
			if strings.Contains(s, "\n") {
				t.Fatalf("line break in a one-line field: %q", s)
			}
		}
		for _, p := range a.Body {
			checkClean(t, p.Text)
		}
		for _, m := range a.Countries {
			checkClean(t, m.Name())
		}
	})
}
