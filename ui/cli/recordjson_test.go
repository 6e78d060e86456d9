package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"dateline/articles"
	"dateline/store"
)

// TestWriteRecords: the fast writer prints what encoding/json prints, byte
// for byte, for every shape of record and every kind of character.
func TestWriteRecords(t *testing.T) {
	bundled, err := articles.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var all []articles.Record
	for _, a := range bundled {
		all = append(all, articles.NewRecord(a))
	}
	odd := articles.Record{
		ID: "a\"b\\c", Title: "tab\there\nnew\rret\bbs\fff\x01\x1f\x7f <html> & \u2028\u2029 é 🇫🇷",
		Source: "bad \xff\xfe utf-8 \xe2\x80", Date: "--04-21", TitleDerived: true, Read: true, Saved: true,
		Paths: []string{}, Countries: nil, Words: -3,
	}
	tests := []struct {
		name    string
		records []articles.Record
	}{
		{"none", nil},
		{"empty", []articles.Record{}},
		{"bundled", all},
		{"odd", []articles.Record{odd}},
		{"nil paths", []articles.Record{{ID: "x", Countries: []articles.MentionRecord{}}}},
		{"mixed", append([]articles.Record{odd}, all...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := writeJSON(&want, tt.records); err != nil {
				t.Fatal(err)
			}
			if err := writeRecords(&got, tt.records); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("differs:\n got %q\nwant %q", got.String(), want.String())
			}
		})
	}
}

func FuzzWriteRecords(f *testing.F) {
	f.Add("title", "\xff\u2028\x00\"")
	f.Fuzz(func(t *testing.T, a, b string) {
		recs := []articles.Record{{ID: a, Title: b, Paths: []string{a, b},
			Countries: []articles.MentionRecord{{Code: a, Name: b}}}}
		var want, got bytes.Buffer
		writeJSON(&want, recs)
		writeRecords(&got, recs)
		if got.String() != want.String() {
			t.Fatalf("differs:\n got %q\nwant %q", got.String(), want.String())
		}
	})
}

// TestListJSONAsRecords: list --json, which prints a record at a time,
// prints what encoding/json prints for the records NewRecord makes, byte
// for byte.
func TestListJSONAsRecords(t *testing.T) {
	bundled, err := articles.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var records []articles.Record
	for _, a := range store.New(bundled).All() {
		records = append(records, articles.NewRecord(a))
	}
	var want bytes.Buffer
	if err := writeJSON(&want, records); err != nil {
		t.Fatal(err)
	}
	code, got, errOut := runCLI(t, "list", "--json", "--no-state")
	if code != 0 || got != want.String() {
		t.Fatalf("status %d (%s), output:\n%s\nwant:\n%s", code, errOut, got, want.String())
	}
}

// TestAppendJSONStringEveryPlace: a character that needs a look is seen
// wherever it falls in a string, within a word of eight bytes read at
// once or after it, as encoding/json quotes it.
func TestAppendJSONStringEveryPlace(t *testing.T) {
	for _, odd := range []string{"\"", "\\", "\x00", "\x1f", "\n", "\x7f", "é", "\u2028", "\xff", " ", "~"} {
		for n := range 20 {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("a", at) + odd + strings.Repeat("b", n-at)
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(s); err != nil {
					t.Fatal(err)
				}
				if got := string(appendJSONString(nil, s)) + "\n"; got != want.String() {
					t.Fatalf("%q: %s, want %s", s, got, want.String())
				}
			}
		}
	}
}
