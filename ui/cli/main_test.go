package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"dateline/articles"
	"dateline/articles/articlestest"
	"dateline/ui/plain"
)

// runCLI runs the command line in-process and returns its status and output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExitStatuses(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"list"}, 0},
		{[]string{"countries", "--json"}, 0},
		{[]string{"show", "003_70e6484cb0a3bd25"}, 0},
		{[]string{"search", "potash"}, 0},
		{[]string{"search", "bkru"}, 1},
		{[]string{"list", "--dir", empty}, 1},
		{[]string{"list", "--dir", filepath.Join(empty, "missing")}, 2},
		{[]string{"show", "no-such-id"}, 2},
		{[]string{"list", "--no-such-flag"}, 2},
		{[]string{"search"}, 2},
		{[]string{"search", "$"}, 2},                         // no words to search for
		{[]string{"search", "'"}, 2},                         //
		{[]string{"search", "!ukraine"}, 0},                  // a negation alone is a query
		{[]string{"search", "potash", "--country", "XX"}, 2}, // not an ISO code
		{[]string{"search", "potash", "--country", "by"}, 0}, // case does not matter
		{[]string{"search", "potash", "--country", "AZ"}, 1}, // scoped: nothing matches
		{[]string{"search", "potash", "--limit", "-1"}, 2},   //
		{[]string{"--version"}, 0},
	}
	for _, tt := range tests {
		if code, _, stderr := runCLI(t, tt.args...); code != tt.want {
			t.Errorf("dateline %s: status %d, want %d (stderr %q)", strings.Join(tt.args, " "), code, tt.want, stderr)
		}
	}
}

func TestListJSON(t *testing.T) {
	code, out, _ := runCLI(t, "list", "--json")
	if code != 0 {
		t.Fatalf("status %d", code)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("%d entries, want 5", len(got))
	}
	wantKeys := []string{"id", "title", "title_derived", "date", "source", "dateline", "countries", "words", "reading_minutes"}
	for _, k := range wantKeys {
		if _, ok := got[0][k]; !ok {
			t.Errorf("list entry has no %q", k)
		}
	}
	var dates []string
	for _, e := range got {
		dates = append(dates, e["date"].(string))
	}
	if want := "2025-09-09 2025-07-04 2025-05-11 --04-21 "; strings.Join(dates, " ") != want {
		t.Errorf("dates in order %q, want %q", strings.Join(dates, " "), want)
	}
}

func TestSearchJSON(t *testing.T) {
	code, out, _ := runCLI(t, "search", "ha", "noi", "--json")
	if code != 0 {
		t.Fatalf("status %d", code)
	}
	var got []struct {
		ID         string   `json:"id"`
		Field      string   `json:"field"`
		Snippet    string   `json:"snippet"`
		Highlights [][2]int `json:"highlights"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 || !strings.HasPrefix(got[0].ID, "002") || got[0].Field != "dateline" || got[0].Snippet != "HÀ NỘI" ||
		len(got[0].Highlights) != 2 || got[0].Highlights[0] != [2]int{0, 2} || got[0].Highlights[1] != [2]int{3, 6} {
		t.Errorf("first result %+v, want 002 by its dateline HÀ NỘI with [[0,2],[3,6]]", got)
	}
	_, plain, _ := runCLI(t, "search", "potash")
	if !strings.Contains(plain, "[potash]") {
		t.Errorf("plain output does not mark the match:\n%s", plain)
	}
}

// TestColumnsByDisplayWidth checks that plain output lines up by display
// width, so flags, CJK and emoji do not shift the columns.
func TestColumnsByDisplayWidth(t *testing.T) {
	var b bytes.Buffer
	if err := plain.Columns(&b, [][]string{{"東京", "x", "end"}, {"ab", "🇧🇾y", "end"}}); err != nil {
		t.Fatal(err)
	}
	want := "東京  x    end\nab    🇧🇾y  end\n"
	if b.String() != want {
		t.Errorf("columns:\n%q\nwant\n%q", b.String(), want)
	}
}

// TestHostileOutput runs every subcommand over the hostile-input suite:
// each works, skipped files are named on stderr with a reason, and no
// output holds a control byte that came from a file.
func TestHostileOutput(t *testing.T) {
	dir := t.TempDir()
	cases := articlestest.WriteHostile(t, dir)
	loaded, err := articles.Load(context.Background(), []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	runs := [][]string{
		{"list", "--dir", dir}, {"list", "--json", "--dir", dir}, {"countries", "--dir", dir}, {"countries", "--json", "--dir", dir},
		{"search", "headline", "--dir", dir}, {"search", "paris", "--json", "--dir", dir},
	}
	for _, a := range loaded.Articles {
		runs = append(runs, []string{"show", a.ID, "--dir", dir}, []string{"show", a.ID, "--json", "--dir", dir})
	}
	for _, args := range runs {
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 {
			t.Errorf("dateline %q: status %d: %s", args, code, stderr)
		}
		for name, s := range map[string]string{"stdout": stdout, "stderr": stderr} {
			for _, r := range s {
				if r != '\n' && unicode.IsControl(r) || articlestest.Hidden(r) {
					t.Errorf("dateline %q: %s holds control character %U", args, name, r)
					break
				}
			}
		}
		if args[0] == "list" {
			for _, c := range cases {
				if !c.Loads && !strings.Contains(stderr, articles.SanitizeLine(c.Path)) {
					t.Errorf("stderr does not name skipped %s (%s):\n%s", c.Path, c.Name, stderr)
				}
			}
		}
	}
}

// TestUsageErrors checks that a usage error says what to do instead, on
// stderr, with status 2.
func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want []string // in stderr
	}{
		{[]string{"list", "corpus"}, []string{`list takes no arguments, but got "corpus"`, "--dir DIR", "dateline DIR"}},
		{[]string{"countries", "a", "b"}, []string{`countries takes no arguments, but got "a" "b"`, "--dir DIR"}},
		{[]string{"show"}, []string{"show needs an article ID", "`dateline list` shows the IDs"}},
		{[]string{"search"}, []string{"search needs a query"}},
		{[]string{"search", "potash", "--limit", "abc"}, []string{`invalid argument "abc" for --limit: not a number`}},
		{[]string{"search", "potash", "-n", "99999999999999999999"}, []string{`for --limit: out of range`}},
		{[]string{"list", "--no-such-flag"}, []string{"unknown flag: --no-such-flag"}},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCLI(t, tt.args...)
		if code != 2 || stdout != "" {
			t.Errorf("dateline %s: status %d and stdout %q, want 2 and nothing", strings.Join(tt.args, " "), code, stdout)
		}
		// fang capitalises the message, and may wrap it on a terminal.
		said := strings.ToLower(strings.Join(strings.Fields(stderr), " "))
		for _, w := range tt.want {
			if !strings.Contains(said, strings.ToLower(w)) {
				t.Errorf("dateline %s: stderr %q does not say %q", strings.Join(tt.args, " "), stderr, w)
			}
		}
		if strings.Contains(stderr, "strconv") {
			t.Errorf("dateline %s: stderr %q speaks Go", strings.Join(tt.args, " "), stderr)
		}
	}
}

// TestSearchJSONNoMatch checks that a search with no match prints an empty
// JSON array, so that jq can read it, and still exits 1.
func TestSearchJSONNoMatch(t *testing.T) {
	code, out, _ := runCLI(t, "search", "bkru", "--json")
	if code != 1 {
		t.Errorf("status %d, want 1", code)
	}
	var got []any
	if err := json.Unmarshal([]byte(out), &got); err != nil || got == nil || len(got) != 0 {
		t.Errorf("stdout %q, want an empty JSON array (%v)", out, err)
	}
	if code, out, _ := runCLI(t, "search", "bkru"); code != 1 || out != "" {
		t.Errorf("plain: status %d, stdout %q; want 1 and nothing", code, out)
	}
}

// TestUnknownDateBlank checks that list and search both leave the date of
// an undated article blank, as the JSON gives it as "".
func TestUnknownDateBlank(t *testing.T) {
	const undated = "003_70e6484cb0a3bd25"
	_, list, _ := runCLI(t, "list")
	_, search, _ := runCLI(t, "search", "aleinik")
	for name, out := range map[string]string{"list": list, "search": search} {
		var line string
		for l := range strings.Lines(out) {
			if strings.Contains(l, undated) {
				line = l
				break
			}
		}
		// list puts the ID last, search first: either way the date is blank.
		if !strings.HasPrefix(line, strings.Repeat(" ", 12)) || strings.HasPrefix(line, strings.Repeat(" ", 13)) && name == "list" {
			t.Errorf("%s: the undated article's line is %q, want a blank date", name, line)
		}
	}
}

// TestListTitlesComeFirst: plain list gives one line per article, in the
// order of --json, the title within the first 40 columns however long the
// IDs, and the ID last.
func TestListTitlesComeFirst(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("a-very-long-file-name-of-a-real-news-site-", 3)
	for i, a := range []string{"Minsk, 2 May 2025 — Belarus and Vietnam signed a deal.", "Baku — Azerbaijan and Belarus, China, Russia, Ukraine and Lithuania met."} {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s%d.txt", long, i)), []byte("Headline number "+fmt.Sprint(i)+"\n\n"+a+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, out, _ := runCLI(t, "list", "--dir", dir)
	_, js, _ := runCLI(t, "list", "--dir", dir, "--json")
	var recs []struct {
		ID    string `json:"id"`
		Title string `json:"title"`
	}
	if err := json.Unmarshal([]byte(js), &recs); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(recs) {
		t.Fatalf("%d lines for %d articles:\n%s", len(lines), len(recs), out)
	}
	for i, l := range lines {
		at := strings.Index(l, recs[i].Title)
		if at < 0 || ansi.StringWidth(l[:at]) >= 40 || !strings.HasSuffix(l, "  "+recs[i].ID) {
			t.Errorf("line %d: %q, want %q within 40 columns and %q last", i, l, recs[i].Title, recs[i].ID)
		}
	}
}

// TestDirOverlap checks that a folder given twice, or given with a folder
// inside it, lists and counts each article once, and that hidden files are
// neither listed nor reported.
func TestDirOverlap(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "2024")
	for name, text := range map[string]string{
		"a.txt":           "Ministers meet in Paris\n\nFrench ministers met on Monday.\n",
		"2024/b.txt":      "Talks in Berlin\n\nGerman officials met on Tuesday.\n",
		".hidden.txt":     "Hidden in Rome\n\nItalian officials met.\n",
		".git/x.md":       "Hidden in Madrid\n\nSpanish officials met.\n",
		"2024/.empty.txt": "",
		".cache/bad.txt":  "\x00",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, once, _ := runCLI(t, "countries", "--json", "--dir", dir)
	if !strings.Contains(once, `"FR"`) || !strings.Contains(once, `"DE"`) || strings.Contains(once, `"IT"`) || strings.Contains(once, `"ES"`) {
		t.Errorf("countries of %s:\n%s", dir, once)
	}
	for _, dirs := range [][]string{{dir, dir}, {dir, sub}, {sub, dir}} {
		args := []string{"list", "--dir", dirs[0], "--dir", dirs[1]}
		code, out, stderr := runCLI(t, args...)
		if n := strings.Count(out, "\n"); code != 0 || n != 2 || stderr != "" {
			t.Errorf("dateline %q: status %d, %d articles, stderr %q; want 0, 2 and nothing:\n%s", args, code, n, stderr, out)
		}
		if _, twice, _ := runCLI(t, "countries", "--json", "--dir", dirs[0], "--dir", dirs[1]); twice != once {
			t.Errorf("countries of %q:\n%s\nwant\n%s", dirs, twice, once)
		}
	}
}

// runCLIWithin is runCLI with a context, failing the test rather than
// hanging it when dateline has not returned after a few seconds.
func runCLIWithin(t *testing.T, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, args, &out, &errOut) }()
	select {
	case code = <-done:
		return code, out.String(), errOut.String()
	case <-time.After(10 * time.Second):
		t.Fatalf("dateline %s: still running after 10s", strings.Join(args, " "))
		return 0, "", ""
	}
}

// TestNamedPipeSkipped checks that a named pipe called x.txt is skipped
// with its reason, not opened (which waits for a writer for ever), while
// the rest loads.
func TestNamedPipeSkipped(t *testing.T) {
	if _, err := exec.LookPath("mkfifo"); err != nil {
		t.Skip("no mkfifo here")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Headline\n\nSome text here.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if out, err := exec.Command("mkfifo", fifo).CombinedOutput(); err != nil {
		t.Skipf("mkfifo: %v: %s", err, out)
	}
	t.Cleanup(func() { // lets a broken loader that opened the pipe return
		if w, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	code, out, stderr := runCLIWithin(t, ctx, "--dir", dir, "list")
	if code != 0 || !strings.Contains(out, "Headline") {
		t.Errorf("status %d, stdout %q; want 0 and the article", code, out)
	}
	if want := "dateline: skipped " + fifo + ": not a regular file (named pipe)\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
}

// TestInterruptedLoad checks that a load (or a search) stopped by ctrl+c
// exits with status 130, as shells report a SIGINT, and says so on one
// line, with nothing on stdout.
func TestInterruptedLoad(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Headline\n\nSome text here.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // as a SIGINT does
	for _, args := range [][]string{{dir}, {"list", "--dir", dir}, {"search", "text", "--dir", dir}, {"search", "potash"}} {
		code, stdout, stderr := runCLIWithin(t, ctx, args...)
		if code != 130 || stdout != "" || stderr != "dateline: interrupted\n" {
			t.Errorf("dateline %s, interrupted: status %d, stdout %q, stderr %q; want 130, nothing and one line",
				strings.Join(args, " "), code, stdout, stderr)
		}
	}
}

// TestNothingToRead checks the message for a load with no articles: the
// hint about file types only when there were no article files at all, and
// otherwise each skipped file's reason on stderr first, for the app too.
func TestNothingToRead(t *testing.T) {
	top := t.TempDir()
	allBad := filepath.Join(top, "allbad")
	files := map[string]string{"allbad/e.txt": "", "allbad/nul.txt": "Title\n\n\x00", "one/e1.txt": "", "none/image.png": "x"}
	for name, text := range files {
		path := filepath.Join(top, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	e1 := filepath.Join(top, "one", "e1.txt")
	tests := []struct {
		args []string
		want []string // in stderr, in order
	}{
		{[]string{allBad}, []string{
			"dateline: skipped " + filepath.Join(allBad, "e.txt") + ": empty",
			"dateline: skipped " + filepath.Join(allBad, "nul.txt") + ": not text",
			"nothing to read in " + allBad + ": all 2 files were skipped"}},
		{[]string{"list", "--dir", allBad}, []string{"skipped " + filepath.Join(allBad, "e.txt"), "skipped " + filepath.Join(allBad, "nul.txt"), "all 2 files were skipped"}},
		{[]string{e1}, []string{"dateline: skipped " + e1 + ": empty", "nothing to read in " + e1 + ": the only file was skipped"}},
		{[]string{filepath.Join(top, "none")}, []string{"no articles in " + filepath.Join(top, "none") + ": dateline reads .txt and .md files"}},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCLIWithin(t, context.Background(), tt.args...)
		if code != 1 || stdout != "" {
			t.Errorf("dateline %s: status %d, stdout %q; want 1 and nothing", strings.Join(tt.args, " "), code, stdout)
		}
		said := strings.ToLower(strings.Join(strings.Fields(stderr), " ")) // fang capitalises and may wrap
		rest := said
		for _, w := range tt.want {
			i := strings.Index(rest, strings.ToLower(strings.Join(strings.Fields(w), " ")))
			if i < 0 {
				t.Errorf("dateline %s: stderr does not say %q (in this order):\n%s", strings.Join(tt.args, " "), w, stderr)
				break
			}
			rest = rest[i:]
		}
		if hint := strings.Contains(said, ".txt and .md"); hint != strings.HasSuffix(tt.args[0], "none") {
			t.Errorf("dateline %s: the hint about .txt and .md files is wrongly there or missing:\n%s", strings.Join(tt.args, " "), stderr)
		}
	}
}

// TestE2EInterruptApp checks that a SIGINT from outside the app (inside
// it, ctrl+c is a key that quits) ends it with status 130 and gives the
// terminal back. When the context that a SIGINT cancels was handed to
// Bubble Tea as well, its shutdown deadlocked and the app froze.
func TestE2EInterruptApp(t *testing.T) {
	bin := e2eBinary(t)
	if _, err := exec.LookPath("pgrep"); err != nil {
		t.Skip("no pgrep here")
	}
	term := e2eStart(t, bin, 100, 30)
	term.waitText("Articles")
	shell := strings.TrimSpace(term.tmux("list-panes", "-t", term.name, "-F", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell).Output()
	if err != nil {
		t.Fatalf("finding dateline below the shell %s: %v", shell, err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(out)))
	if err != nil {
		t.Fatalf("pgrep -P %s: %q", shell, out)
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	status := regexp.MustCompile(`e2e-exit=(\d+)`)
	s := term.waitFor("dateline to exit", status.MatchString)
	if code := status.FindStringSubmatch(s)[1]; code != "130" || !strings.Contains(s, "dateline: interrupted") {
		t.Errorf("interrupted: status %s; want 130 and dateline: interrupted:\n%s", code, s)
	}
}

// TestShowWrapsTextWithoutSpaces: plain show wraps at 80 columns even text
// written without spaces, as Japanese is.
func TestShowWrapsTextWithoutSpaces(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("日米首脳会談、防衛協力の強化で一致した。", 20)
	if err := os.WriteFile(filepath.Join(dir, "ja.txt"), []byte("日米首脳会談\n\n"+body+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "show", "ja", "--dir", dir)
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("a line of %d columns: %q", w, l)
		}
	}
	if !strings.Contains(strings.ReplaceAll(out, "\n", ""), body) {
		t.Error("the text lost characters when it was wrapped")
	}
}

// TestShowSeveral: show takes several IDs; with --json and more than one it
// prints an array, with one the object it always printed.
func TestShowSeveral(t *testing.T) {
	code, out, errOut := runCLI(t, "show", "--json", "004_c3b72c7bc053c981", "002_cf0d204396dcba2c")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	var many []map[string]any
	if err := json.Unmarshal([]byte(out), &many); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	if len(many) != 2 || many[0]["id"] != "004_c3b72c7bc053c981" || many[1]["id"] != "002_cf0d204396dcba2c" {
		t.Errorf("got %d records: %v", len(many), many)
	}
	for _, field := range []string{"author", "url", "lang", "paths", "body"} {
		if _, ok := many[0][field]; !ok {
			t.Errorf("record has no %q", field)
		}
	}
	_, out, _ = runCLI(t, "show", "--json", "004_c3b72c7bc053c981")
	var one map[string]any
	if err := json.Unmarshal([]byte(out), &one); err != nil {
		t.Errorf("one ID: not a JSON object: %v", err)
	}
	code, out, _ = runCLI(t, "show", "004_c3b72c7bc053c981", "000_0cda61d1e04e42d7")
	if code != 0 || !strings.Contains(out, "Baku") || !strings.Contains(out, "Chernetsky") {
		t.Errorf("plain show of two: status %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "show", "004_c3b72c7bc053c981", "nope"); code != 2 {
		t.Errorf("an unknown ID among several: status %d, want 2", code)
	}
}

// TestShowExplain: --explain names the rule of each removed line, for a
// bundled article and for a file.
func TestShowExplain(t *testing.T) {
	code, out, errOut := runCLI(t, "show", "--explain", "001_9616c320ade9d501")
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	for _, want := range []string{"breadcrumb", "“Home > National > North Korea”", "masthead", "won", "lost", "countries"} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	dir := t.TempDir()
	text := "Floods close the valley road\n\nBy Jane Doe\n\nThe road through the valley was closed on Monday after a night of heavy rain.\n\nAdvertisement\n"
	if err := os.WriteFile(filepath.Join(dir, "floods.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCLI(t, "show", "--explain", "floods", "--dir", dir)
	if code != 0 {
		t.Fatalf("status %d: %s", code, errOut)
	}
	for _, want := range []string{"byline", "“By Jane Doe”", "inline-furniture", "“Advertisement”", "author"} {
		if !strings.Contains(out, want) {
			t.Errorf("explanation lacks %q:\n%s", want, out)
		}
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Wire</title><link>https://planet.example/</link>` +
		`<item><title>Storm hits the coast</title><link>https://planet.example/storm</link><guid>storm-1</guid>` +
		`<description><![CDATA[<p>Advertisement</p><p>A storm hit the coast on Monday, cutting power to thousands of homes.</p>]]></description></item></channel></rss>`
	feedDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(feedDir, "wire.xml"), []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCLI(t, "show", "--explain", "wire/storm-hits-the-coast", "--dir", feedDir)
	if code != 0 || !strings.Contains(out, "“Advertisement”") || !strings.Contains(out, "parts") {
		t.Errorf("a feed item: status %d\n%s%s", code, out, errOut)
	}
}

// TestWindows1252Search: a file in Windows-1252 reads correctly, and a
// search for one of its accented words finds it.
func TestWindows1252Search(t *testing.T) {
	dir := t.TempDir()
	raw := []byte("Caf\xe9 owners in Z\xfcrich fear a \x8040m rent rise\n\nThe owners of the caf\xe9s on the lake said rents had doubled since the spring.\n")
	if err := os.WriteFile(filepath.Join(dir, "cafe.txt"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "search", "café", "--json", "--dir", dir)
	if code != 0 || !strings.Contains(out, `"id": "cafe"`) {
		t.Fatalf("search café: status %d\n%s%s", code, out, errOut)
	}
	_, out, _ = runCLI(t, "show", "cafe", "--dir", dir)
	if !strings.Contains(out, "Café owners in Zürich fear a €40m rent rise") {
		t.Errorf("show:\n%s", out)
	}
}

// TestSearchQualifiers runs the qualifiers through the command line on the
// bundled corpus.
func TestSearchQualifiers(t *testing.T) {
	ids := func(query string) []string {
		t.Helper()
		code, out, stderr := runCLI(t, "search", query, "--json")
		if code != 0 && code != 1 {
			t.Fatalf("search %q: status %d (%s)", query, code, stderr)
		}
		var got []struct {
			ID  string `json:"id"`
			Why string `json:"why"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		var short []string
		for _, h := range got {
			if h.Why == "" {
				t.Errorf("search %q: %s has no why", query, h.ID)
			}
			short = append(short, h.ID[:3])
		}
		return short
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"c:AZ", []string{"004"}},
		{"src:azertac", []string{"004"}},
		{"date:2025-05..2025-07", []string{"000", "002"}},
		{"date:2025", []string{"001", "000", "002"}},
		{"c:belarus", []string{"001", "000", "002", "004", "003"}},
		{"c:BY", []string{"001", "000", "002", "004", "003"}},
		{"c:uk", nil},
	}
	for _, tt := range tests {
		if got := ids(tt.query); !slices.Equal(got, tt.want) {
			t.Errorf("search %q: %v, want %v", tt.query, got, tt.want)
		}
	}
	for _, id := range ids("belarus !c:RU") {
		if id == "001" || id == "003" { // the articles tagged RU
			t.Errorf("belarus !c:RU finds %s, which is tagged RU", id)
		}
	}
	for _, q := range []string{"c:narnia", "date:2025-13", "is:later"} {
		code, out, stderr := runCLI(t, "search", q)
		if code != 2 || out != "" || !strings.Contains(stderr, q) {
			t.Errorf("search %q: status %d, stdout %q, stderr %q; want 2 and a message naming it", q, code, out, stderr)
		}
	}
}

// TestProgressBarNoColor: under NO_COLOR the load's bar has no colour.
func TestProgressBarNoColor(t *testing.T) {
	if v := progressBar(true).ViewAs(0.5); strings.Contains(v, "\x1b[") || !strings.Contains(v, "░") {
		t.Errorf("NO_COLOR bar %q", v)
	}
	if v := progressBar(false).ViewAs(0.5); !strings.Contains(v, "\x1b[38") {
		t.Errorf("colour bar %q has no colour", v)
	}
}

// TestCountryByName: --country takes the names people use, as the
// countries filter does.
func TestCountryByName(t *testing.T) {
	for _, c := range []struct {
		country string
		code    int
	}{{"BY", 0}, {"belarus", 0}, {"UK", 1}, {"britain", 1}, {"holland", 1}, {"narnia", exitError}} {
		code, _, stderr := runCLI(t, "search", "minsk", "--country", c.country)
		if code != c.code {
			t.Errorf("--country %s: status %d, want %d; %s", c.country, code, c.code, stderr)
		}
	}
}

// TestCLISlips: a near miss of a subcommand is named, ~ in --dir= is
// expanded, completion of an unknown shell is a usage error, and the app
// does not start without a terminal.
func TestCLISlips(t *testing.T) {
	code, _, stderr := runCLI(t, "lst")
	if code != exitError || !strings.Contains(stderr, "dateline list") {
		t.Errorf("dateline lst: status %d, %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "completion", "tcsh"); code != exitError || !strings.Contains(stderr, "tcsh") {
		t.Errorf("completion tcsh: status %d, %q", code, stderr)
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	if err := os.MkdirAll(filepath.Join(home, "news"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "news", "a.txt"), []byte("A headline here\n\nMinsk, 2 May 2025 — Text about Belarus.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := runCLI(t, "--no-state", "list", "--dir=~/news"); code != 0 || !strings.Contains(out, "A headline here") {
		t.Errorf("--dir=~/news: status %d, %q, %q", code, out, stderr)
	}
	code, out, stderr := runCLI(t, "--no-state")
	if code != exitError || out != "" || !strings.Contains(stderr, "needs a terminal") || !strings.Contains(stderr, "dateline list") ||
		strings.Count(strings.TrimSpace(ansi.Strip(stderr)), "\n") > 4 {
		t.Errorf("the app without a terminal: status %d, stdout %q, stderr %q", code, out, stderr)
	}
}

// TestShowByPath: show takes the file's path, as given or relative to the
// folder, as well as the ID; the completions offer IDs and country codes.
func TestShowByPath(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "sub", "story.txt")
	if err := os.WriteFile(path, []byte("A story from Minsk\n\nMinsk, 2 May 2025 — Belarus and Vietnam signed a deal.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, arg := range []string{"sub/story", path, filepath.Join("sub", "story.txt")} {
		code, out, stderr := runCLI(t, "--no-state", "show", "--dir", dir, arg)
		if code != 0 || !strings.Contains(out, "A story from Minsk") {
			t.Errorf("show %s: status %d, %q, %q", arg, code, out, stderr)
		}
	}
	if code, _, _ := runCLI(t, "--no-state", "show", "--dir", dir, "sub/nothing.txt"); code != exitError {
		t.Errorf("show of a file not loaded: status %d, want %d", code, exitError)
	}
	_, ids, _ := runCLI(t, "--no-state", "__complete", "show", "--dir", dir, "")
	_, codes, _ := runCLI(t, "--no-state", "__complete", "search", "x", "--dir", dir, "--country", "")
	if !strings.Contains(ids, "sub/story\t") || !strings.Contains(codes, "BY\t") {
		t.Errorf("completions: ids %q, codes %q", ids, codes)
	}
}

// TestManPageAndHelp: the man page has the keys, the search syntax and the
// exit statuses, flags as -d, --dir, and a description in one piece; the
// help shows no backticks.
func TestManPageAndHelp(t *testing.T) {
	code, man, stderr := runCLI(t, "man")
	if code != 0 {
		t.Fatalf("man: status %d, %s", code, stderr)
	}
	for _, want := range []string{".SH KEYS", ".SH SEARCH SYNTAX", ".SH EXIT STATUS", `\fB-d, --dir\fP`, "ctrl+c  quit anywhere", "c:BY"} {
		if !strings.Contains(man, want) {
			t.Errorf("the man page lacks %q", want)
		}
	}
	desc := man[strings.Index(man, ".SH DESCRIPTION"):strings.Index(man, ".SH OPTIONS")]
	if strings.Contains(man, "--d --dir") || strings.Contains(desc, ".PP") {
		t.Errorf("flags or description broken:\n%s", desc)
	}
	_, help, _ := runCLI(t, "--help")
	if strings.Contains(help, "`") {
		t.Errorf("backticks in --help:\n%s", help)
	}
}

// TestSearchInFolder: dateline search reads in: as the app's Sources pane
// narrows, and a folder that holds nothing is a usage error.
func TestSearchInFolder(t *testing.T) {
	root := t.TempDir()
	for rel, text := range map[string]string{
		"news/world/a.txt": "Grain corridor talks resume\n\nNegotiators met on Monday to discuss grain.\n",
		"news/b.txt":       "Council passes the budget\n\nThe council voted on grain subsidies.\n",
		"blogs/c.md":       "# Grain in the garden\n\nThe grain is up.\n",
	} {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(root, "news")
	blogs := filepath.Join(root, "blogs")
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"grain in:world", []string{"Grain corridor talks resume"}},
		{"in:news", []string{"Council passes the budget", "Grain corridor talks resume"}},
		{"grain !in:world", []string{"Council passes the budget", "Grain in the garden"}},
		{"in:" + blogs, []string{"Grain in the garden"}},
	} {
		code, out, stderr := runCLI(t, "search", tt.query, "--json", "--no-state", "--dir", dir, "--dir", blogs)
		if code != 0 {
			t.Fatalf("search %q: status %d (%s)", tt.query, code, stderr)
		}
		var got []struct {
			Title string `json:"title"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, h := range got {
			titles = append(titles, h.Title)
		}
		slices.Sort(titles)
		if !slices.Equal(titles, tt.want) {
			t.Errorf("search %q: %v, want %v", tt.query, titles, tt.want)
		}
	}
	for _, q := range []string{"in:sport", "grain in:./world"} {
		code, out, stderr := runCLI(t, "search", q, "--no-state", "--dir", dir)
		if code != 2 || out != "" || !strings.Contains(strings.ToLower(stderr), "no folder called") {
			t.Errorf("search %q: status %d, stdout %q, stderr %q; want 2 and a message", q, code, out, stderr)
		}
	}
}
