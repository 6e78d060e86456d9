package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"dateline/articles/articlestest"
)

// hostileArgs are the bytes an untrusted argument may carry: 7-bit and C1
// escape sequences (a title change, a clipboard write, a screen clear, a
// terminal reset), bare C0 and C1 controls, DEL, a byte that is not UTF-8,
// bidi overrides and invisible format characters.
var hostileArgs = []string{
	"x\x1b]2;PWNED\x07end",
	"x\x1b]52;c;cm0gLXJmIH4=\x07end",
	"x\x1b[2J\x1b[Hend\x1bc",
	"x\u009d0;t\u009cend\u009b6n",
	"x\x9b31m\x9d0;t\x07end",
	"x\x07\x08\x7f\x00\rend",
	"x\u202eend\u2066\u200b\ufeff",
}

// checkPrintable fails when s holds a control character, an escape
// sequence other than styling (CSI … m) or a bidi or format control.
func checkPrintable(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8 in %q", what, s)
		return
	}
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "\x1b[") {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j + 1
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\n' && (unicode.IsControl(r) || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 ||
			r >= 0x200B && r <= 0x200F || r == 0xFEFF || r >= 0x2060 && r <= 0x2064) {
			t.Errorf("%s: control or format character %U at byte %d of %q", what, r, i, s)
			return
		}
		i += size
	}
}

// commandPaths lists every command below the root, nested ones too
// ("feeds remove"), as the command line names them.
func commandPaths() [][]string {
	var paths [][]string
	var walk func(c *cobra.Command, path []string)
	walk = func(c *cobra.Command, path []string) {
		for _, sub := range c.Commands() {
			p := append(slices.Clone(path), sub.Name())
			paths = append(paths, p)
			walk(sub, p)
		}
	}
	walk(rootCmd(), nil)
	return append(paths, []string{"help"}, []string{"completion"}, []string{"man"}) // which fang and cobra add at run time
}

// mayReachNetwork are the commands that take an address as an argument:
// given one, they would go out to fetch it.
var mayReachNetwork = map[string]bool{"feeds add": true}

// errorPathArgs are the command lines that take every error path of every
// subcommand with bad as the untrusted part: an unknown flag and shorthand,
// a flag's value, an argument, an ID, a folder. lib is a library file for
// the commands that keep one.
func errorPathArgs(bad, dir, lib string) [][]string {
	var runs [][]string
	for _, path := range commandPaths() {
		runs = append(runs, append(slices.Clone(path), "--"+bad), append(slices.Clone(path), "-Z"+bad))
		if !mayReachNetwork[strings.Join(path, " ")] {
			runs = append(runs, append(slices.Clone(path), bad, bad, "--library", lib))
		}
	}
	for _, sub := range []string{"list", "show", "countries", "search"} {
		runs = append(runs, []string{sub, "--dir", bad}, []string{sub, "--dir", dir, "--json=" + bad})
	}
	runs = append(runs,
		[]string{bad},
		[]string{"--dir", bad},
		[]string{"--" + bad},
		[]string{"--no-mouse=" + bad},
		[]string{"show", bad, "--dir", dir},
		[]string{"show", "--dir", dir},
		[]string{"search", bad, "--country", bad, "--dir", dir},
		[]string{"search", "minsk", "--limit", bad, "--dir", dir},
		[]string{"search", "minsk", "-n", bad, "--dir", dir},
		[]string{"search", "minsk", "-c", bad, "--dir", dir},
		[]string{"search", "'", "$", "--dir", dir, bad},
		[]string{"search", "--dir", dir},
		[]string{"list", "--dir"},
		[]string{"fetch", "--timeout", bad, "--library", lib},
		[]string{"feeds", "remove", bad, "--library", lib},
		[]string{"feeds", "import", bad, "--library", lib},
	)
	return runs
}

// TestErrorPathsPrintNoControls runs every subcommand's error path with
// escape sequences and control bytes in its flags, arguments and IDs: the
// status says the error, and neither stdout nor stderr holds a control
// byte, whether the output is taken for a terminal (CLICOLOR_FORCE, so
// fang styles it and passes sequences through) or not.
func TestErrorPathsPrintNoControls(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/minsk.txt", []byte("Talks in Minsk\n\nOfficials in Minsk said the talks would go on.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(t.TempDir(), "library.db")
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	for _, force := range []string{"", "1"} {
		t.Setenv("CLICOLOR_FORCE", force)
		for _, bad := range hostileArgs {
			for _, args := range errorPathArgs(bad, dir, lib) {
				code, stdout, stderr := runCLI(t, args...)
				// help, completion and a command with subcommands show their
				// help; a search for bad is a search.
				shows := args[0] == "help" || args[0] == "completion" || args[0] == "feeds" && args[1] == bad || args[0] == "search" && args[1] == bad
				if code == 0 && !shows {
					t.Errorf("dateline %q: status 0, want an error", args)
				}
				checkPrintable(t, fmt.Sprintf("stdout of dateline %q", args), stdout)
				checkPrintable(t, fmt.Sprintf("stderr of dateline %q", args), stderr)
			}
		}
	}
}

// TestBoolFlagValue checks that a bad value for a flag that is on or off
// says what it takes, not that it is not a number.
func TestBoolFlagValue(t *testing.T) {
	for _, args := range [][]string{{"list", "--json=maybe"}, {"--no-mouse=sometimes"}} {
		code, _, stderr := runCLI(t, args...)
		said := strings.ToLower(strings.Join(strings.Fields(stderr), " "))
		if code != 2 || !strings.Contains(said, "give true or false") || strings.Contains(said, "number") {
			t.Errorf("dateline %q: status %d, stderr %q; want 2 and what the flag takes", args, code, stderr)
		}
	}
}

// fuzzCommands are the subcommands FuzzRun drives; never the bare root,
// which would open the app, nor man, which writes to the real stdout.
var fuzzCommands = []string{"list", "show", "countries", "search", "help", "feeds", "fetch"}

// FuzzRun runs the command line in-process with fuzzed arguments after a
// subcommand, with the output taken for a terminal so that nothing is
// stripped on the way: whatever the arguments, neither stdout nor stderr
// holds a control character or an escape sequence other than styling, and
// run returns a status (it does not panic).
func FuzzRun(f *testing.F) {
	for _, bad := range hostileArgs {
		f.Add(uint8(0), "--"+bad, "", "")
		f.Add(uint8(1), bad, "--json="+bad, "")
		f.Add(uint8(3), bad, "-c", bad)
	}
	f.Add(uint8(3), "potash", "-n", "x")
	f.Add(uint8(3), "belarus !ukraine", "--json", "--limit=2")
	f.Add(uint8(2), "--json", "-Z", "")
	f.Add(uint8(1), "003_70e6484cb0a3bd25", "", "")
	f.Add(uint8(5), "remove", "x\x1b]2;t\x07", "")
	f.Add(uint8(6), "--timeout", "x\x1b]2;t\x07", "")
	f.Setenv("CLICOLOR_FORCE", "1")
	f.Setenv("XDG_DATA_HOME", f.TempDir()) // the library the feeds commands open
	f.Fuzz(func(t *testing.T, sub uint8, a, b, c string) {
		args := []string{fuzzCommands[int(sub)%len(fuzzCommands)]}
		for _, arg := range []string{a, b, c} {
			// --dir is left out, or a fuzzed "/" would load the whole disk;
			// --library, or it would write a library anywhere; feeds add, or
			// it would go out to the network; feeds import, which reads any file.
			if strings.HasPrefix(arg, "--d") || strings.HasPrefix(arg, "--l") || arg == "add" || arg == "import" ||
				strings.HasPrefix(arg, "-") && !strings.HasPrefix(arg, "--") && strings.Contains(arg, "d") {
				t.Skip()
			}
			if arg != "" {
				args = append(args, arg)
			}
		}
		_, stdout, stderr := runCLI(t, args...)
		checkPrintable(t, fmt.Sprintf("stdout of dateline %q", args), stdout)
		checkPrintable(t, fmt.Sprintf("stderr of dateline %q", args), stderr)
	})
}

// TestInvisibleCharactersInWords checks that words with invisible
// characters inside them are found by search, and kept out by !, whether
// the characters are in the article or in the query.
func TestInvisibleCharactersInWords(t *testing.T) {
	dir := t.TempDir()
	articlestest.WriteHostile(t, dir)
	ids := func(args ...string) map[string]bool {
		t.Helper()
		code, out, stderr := runCLI(t, append(args, "--json", "--dir", dir)...)
		if code > 1 {
			t.Fatalf("dateline %q: status %d: %s", args, code, stderr)
		}
		var hits []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("dateline %q: %v", args, err)
		}
		got := map[string]bool{}
		for _, h := range hits {
			got[h.ID] = true
		}
		return got
	}
	const hidden = "hidden"
	tests := []struct {
		query []string
		found bool
	}{
		{[]string{"propaganda"}, true},
		{[]string{"'propaganda"}, true},
		{[]string{"propaganda", "campaign"}, true},
		{[]string{"prop\u200baga\u2060nda"}, true},
		{[]string{"\u202epropaganda\u2066"}, true},
		{[]string{"minsk"}, true},
		{[]string{"minsk", "!propaganda"}, false},
		{[]string{"minsk", "!campaign"}, false},
		{[]string{"minsk", "!prop\ufeffaganda"}, false},
	}
	for _, tt := range tests {
		if got := ids(append([]string{"search"}, tt.query...)...); got[hidden] != tt.found {
			t.Errorf("search %q: found the article with hidden characters: %v, want %v", tt.query, got[hidden], tt.found)
		}
	}
}
