package articles

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestLoadListing loads a folder twice: by walking it, and from the
// listing of that walk, kept as bytes and read back. The two loads must be
// the same, and a change to the folder must make the listings differ.
func TestLoadListing(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/one.txt", "First headline\n\nMINSK, 3 May (Reuters) - A first story about Belarus and its potash.\n")
	write("a.b/two.md", "# Second headline\n\nA second story, about Kenya.\n")
	write("copy.txt", "First headline\n\nMINSK, 3 May (Reuters) - A first story about Belarus and its potash.\n")
	write("empty.txt", "")
	ctx := context.Background()

	walked, err := Load(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if walked.Listing == nil || walked.Listing.Len() != 4 {
		t.Fatalf("listing of %v, want 4 files", walked.Listing)
	}
	b, err := walked.Listing.AppendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := ParseListing(b)
	if err != nil {
		t.Fatal(err)
	}
	if !kept.Equal(walked.Listing) {
		t.Fatal("the listing read back differs from the one written")
	}
	if !walked.Listing.Encodes(b) || !kept.Encodes(b) {
		t.Fatal("a listing is not what its own encoding encodes")
	}
	again, err := LoadListing(ctx, kept, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(summary(again), summary(walked)) {
		t.Errorf("from the listing:\n%v\nby walking:\n%v", summary(again), summary(walked))
	}

	for i := range len(b) {
		if _, err := ParseListing(b[:i]); err == nil {
			t.Fatalf("a listing cut to %d of %d bytes was read", i, len(b))
		}
		if walked.Listing.Encodes(b[:i]) {
			t.Fatalf("the listing is encoded by %d of its %d bytes", i, len(b))
		}
	}

	// A touched file, a new one, a removed one: each is a different listing.
	later := time.Now().Add(time.Hour)
	changes := []func(){
		func() { os.Chtimes(filepath.Join(dir, "a", "one.txt"), later, later) },
		func() { write("three.txt", "Third headline\n\nA third story.\n") },
		func() { os.Remove(filepath.Join(dir, "copy.txt")) },
	}
	prev := walked.Listing
	for i, change := range changes {
		change()
		now, err := List(ctx, []string{dir})
		if err != nil {
			t.Fatal(err)
		}
		if now.Equal(prev) {
			t.Errorf("change %d: the listing is the same", i)
		}
		if prevBytes, _ := prev.AppendBinary(nil); now.Encodes(prevBytes) {
			t.Errorf("change %d: the new listing is what the old one's bytes encode", i)
		}
		prev = now
	}
}

// summary is what a load shows: each article's ID, title and paths, and
// each skipped file.
func summary(l *Loaded) []string {
	var out []string
	for _, a := range l.Articles {
		out = append(out, a.ID+" | "+a.Title+" | "+a.Path+" | "+filepath.Join(a.Paths...))
	}
	for _, s := range l.Skipped {
		out = append(out, "skipped "+s.Path+": "+s.Reason)
	}
	return out
}
