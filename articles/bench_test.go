package articles_test

import (
	"context"
	"fmt"
	"testing"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// BenchmarkLoad reads, parses and tags a generated folder of wire copy
// (about 2.4 KB an article) from disk, on every core.
func BenchmarkLoad(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			articlestest.WriteDir(b, dir, n)
			var bytes int64
			for b.Loop() {
				got, err := articles.Load(context.Background(), []string{dir}, nil)
				if err != nil {
					b.Fatal(err)
				}
				if len(got.Articles) != n {
					b.Fatalf("loaded %d of %d articles; skipped %v", len(got.Articles), n, got.Skipped)
				}
				bytes = got.Bytes
			}
			b.SetBytes(bytes)
		})
	}
}

// BenchmarkParse parses one generated article at a time, in memory.
func BenchmarkParse(b *testing.B) {
	files := articlestest.Generate(200)
	var total int64
	for _, f := range files {
		total += int64(len(f.Data))
	}
	b.SetBytes(total / int64(len(files)))
	i := 0
	for b.Loop() {
		f := files[i%len(files)]
		if _, err := articles.Parse(f.Name, f.Data); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
