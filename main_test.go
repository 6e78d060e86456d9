package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"dateline/articles"
	"dateline/articles/articlestest"
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
	if err := writeColumns(&b, [][]string{{"東京", "x", "end"}, {"ab", "🇧🇾y", "end"}}); err != nil {
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
				if r != '\n' && unicode.IsControl(r) {
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
