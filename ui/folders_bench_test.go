package ui

import (
	"fmt"
	"testing"

	"dateline/articles"
	"dateline/store"
)

// folderCorpus is n articles in 3 given folders, each with 10 subfolders
// of 5 more.
func folderCorpus(n int) ([]*articles.Article, []string) {
	arts := make([]*articles.Article, n)
	for i := range n {
		p := fmt.Sprintf("news%d/region%d/topic%d/a%06d.txt", i%3, i%10, i%5, i)
		arts[i] = folderArticle(fmt.Sprintf("a%06d", i), "Story", 1+i%28, p)
	}
	return arts, []string{"news0", "news1", "news2"}
}

// BenchmarkFolderTree: listing the folders of a run over folders, with
// their counts, as the app does at the start and after r: over articles
// whose folders interleave in the store's order (spread), and over one
// folder of them all (one, as a folder of saved news most often is).
func BenchmarkFolderTree(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		spread, roots := folderCorpus(n)
		one := make([]*articles.Article, n)
		for i := range n {
			one[i] = folderArticle(fmt.Sprintf("a%06d", i), "Story", 1+i%28, fmt.Sprintf("news0/gen/a%06d.txt", i))
		}
		for _, layout := range []struct {
			name string
			arts []*articles.Article
		}{{"spread", spread}, {"one", one}} {
			s := store.New(layout.arts)
			b.Run(fmt.Sprintf("n=%d/%s", n, layout.name), func(b *testing.B) {
				for b.Loop() {
					newFolderTree(s, roots, nil)
				}
			})
		}
	}
}

// BenchmarkChooseFolder: narrowing the list to a folder, on the event loop.
func BenchmarkChooseFolder(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		arts, _ := folderCorpus(n)
		s := store.New(arts)
		p := newListPane(s, defaultKeyMap(), newStyles(true, true))
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			for b.Loop() {
				p.setSource("", "./news1/region3")
			}
		})
	}
}
