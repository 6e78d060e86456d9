package articlestest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(300), Generate(50)
	for i := range b {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs between two runs", i)
		}
	}
	if a[0].Name != "gen/00001.txt" || a[299].Name != "gen/00300.txt" {
		t.Errorf("names %q … %q", a[0].Name, a[299].Name)
	}
	if bytes.Equal(a[0].Data, a[1].Data) {
		t.Error("two files are the same")
	}
}

func TestGenerateShape(t *testing.T) {
	files := Generate(2000)
	total, dated, credited := 0, 0, 0
	words := map[string]bool{}
	for _, f := range files {
		total += len(f.Data)
		if !utf8.Valid(f.Data) {
			t.Fatalf("%s is not UTF-8", f.Name)
		}
		s := string(f.Data)
		if strings.HasPrefix(s, " date ") {
			dated++
		}
		if strings.Contains(s, " — Reuters") || strings.Contains(s, "\n\nYonhap") {
			credited++
		}
		if !strings.Contains(s, "\n\n") {
			t.Fatalf("%s has no paragraphs", f.Name)
		}
		for _, w := range strings.Fields(s) {
			words[strings.ToLower(strings.Trim(w, ",.“”"))] = true
		}
	}
	if avg := float64(total) / float64(len(files)); avg < 2200 || avg > 2600 {
		t.Errorf("average %.0f bytes a file, want 2200–2600", avg)
	}
	if dated < 400 || dated > 1200 {
		t.Errorf("%d of 2000 files have a date line", dated)
	}
	if credited == 0 {
		t.Error("no file ends with a credit")
	}
	if len(words) < 10000 {
		t.Errorf("only %d distinct words in 2000 files", len(words))
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	WriteDir(t, dir, 3)
	data, err := os.ReadFile(filepath.Join(dir, "gen", "00003.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, Generate(3)[2].Data) {
		t.Error("written file differs from the generated one")
	}
}
