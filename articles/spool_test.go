package articles

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	"dateline/articles/articlestest"
)

// TestSpool: a load whose bodies go to a spool loads what a load without
// one loads, and every body it parsed lies in the spool's file, whole and
// in order, where ReadAt reads it back.
func TestSpool(t *testing.T) {
	dir := t.TempDir()
	articlestest.WriteDir(t, dir, 40)
	ctx := context.Background()
	want, err := Load(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sp := NewSpool(t.TempDir() + "/cache")
	got, err := LoadReusing(ctx, []string{dir}, nil, &Reuse{Spool: sp})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != len(want.Articles) {
		t.Fatalf("%d articles with a spool, %d without", len(got.Articles), len(want.Articles))
	}
	for i, a := range got.Articles {
		if !reflect.DeepEqual(a, want.Articles[i]) {
			t.Fatalf("article %d differs with a spool:\n%+v\n%+v", i, *a, *want.Articles[i])
		}
		off, n, ok := sp.Body(a)
		if !ok {
			t.Fatalf("%s: its body is not in the spool", a.ID)
		}
		var text strings.Builder
		for _, p := range a.Body {
			text.WriteString(p.Text)
		}
		b := make([]byte, n)
		if k, err := sp.ReadAt(b, off); k != int(n) || err != nil || string(b) != text.String() {
			t.Fatalf("%s: the spool holds %q (%v), want %q", a.ID, b[:k], err, text.String())
		}
		if _, _, ok := sp.Body(want.Articles[i]); ok {
			t.Fatalf("%s: a body in the heap taken for one in the spool", a.ID)
		}
	}
}

// TestSpoolFull: a body that no longer fits the spool stays in the heap,
// whole, and so does one when the spool could not be made; a spool
// nothing was put in makes no file.
func TestSpoolFull(t *testing.T) {
	idle := NewSpool(t.TempDir() + "/idle")
	idle.expect(100)
	if _, err := os.Stat(idle.dir); !os.IsNotExist(err) || idle.data != nil {
		t.Fatalf("a spool nothing was put in made its file: %v", err)
	}

	sp := NewSpool(t.TempDir())
	sp.expect(0) // room for 1 MiB
	small := []Paragraph{{Text: "Potash prices rose."}, {Kind: KindHeading}, {Text: "Farmers said so."}}
	if !sp.put(small) || small[1].Text != "" || small[0].Text+small[2].Text != "Potash prices rose.Farmers said so." {
		t.Fatalf("a small body: %q", small)
	}
	big := []Paragraph{{Text: strings.Repeat("potash ", 1<<18)}}
	text := big[0].Text
	if sp.put(big) || big[0].Text != text {
		t.Fatal("a body larger than the room went to the spool")
	}
	a := &Article{Body: big}
	if _, _, ok := sp.Body(a); ok {
		t.Fatal("a body in the heap taken for one in the spool")
	}
	var none *Spool
	if none.put(small) {
		t.Fatal("a nil spool took a body")
	}
	blocked := NewSpool(t.TempDir() + "/file/dir")
	writeFile(t, blocked.dir[:len(blocked.dir)-4], nil)
	blocked.expect(100)
	if blocked.put([]Paragraph{{Text: "x"}}) {
		t.Fatal("a spool that could not be made took a body")
	}
}
