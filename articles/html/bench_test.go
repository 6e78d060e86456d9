package html

import (
	"os"
	"path/filepath"
	"testing"

	"dateline/articles"
)

// BenchmarkRead extracts one page of the extraction set at a time and
// turns it into an article, as a load does.
func BenchmarkRead(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("testdata", "eval", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages: %v", err)
	}
	pages := make([][]byte, len(paths))
	var total int64
	for i, p := range paths {
		if pages[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
		total += int64(len(pages[i]))
	}
	b.SetBytes(total / int64(len(pages)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p, err := Read(pages[i%len(pages)])
		if err != nil {
			b.Fatal(err)
		}
		if _, err := articles.FromParts("bench", p); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
