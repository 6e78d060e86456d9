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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"BOM dropped", "\xef\xbb\xbfhello", "hello"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"CR", "a\rb", "a\nb"},
		{"invalid UTF-8", "caf\xe9 \xff", "caf\uFFFD \uFFFD"},
		{"UTF-16LE", "\xff\xfeh\x00i\x00", "hi"},
		{"UTF-16BE", "\xfe\xff\x00h\x00i", "hi"},
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
		if r != '\n' && (unicode.IsControl(r) || isBidiControl(r)) {
			t.Fatalf("control character %U out: %q", r, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, seed := range []string{
		"plain", "\x1b[31mred", "\x1b]52;c;ZWNobw==\x07", "\u009b2J", "\x1b]8;;u\x1b\\l", "a\x08b\x07", "caf\xe9", "\x1b", "\u009d",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkClean(t, Sanitize(Decode([]byte(in))))
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
			checkClean(t, m.Name)
		}
	})
}
