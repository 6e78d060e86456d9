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
// their counts, as the app does at the start and after r.
func BenchmarkFolderTree(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		arts, roots := folderCorpus(n)
		s := store.New(arts)
		b.Run(fmt.Sprint("n=", n), func(b *testing.B) {
			for b.Loop() {
				newFolderTree(s, roots, nil)
			}
		})
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
