package store

import (
	"fmt"
	"runtime"
	"strings"
	"sync"

	"dateline/articles"
	"dateline/articles/articlestest"
)

// convert parses generated files with articles.Parse, on every core.
func convert(files []articlestest.File) []*articles.Article {
	arts := make([]*articles.Article, len(files))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(files); i += workers {
				a, err := articles.Parse(strings.TrimSuffix(files[i].Name, ".txt"), files[i].Data)
				if err != nil {
					panic(fmt.Sprintf("parsing generated %s: %v", files[i].Name, err))
				}
				arts[i] = a
			}
		})
	}
	wg.Wait()
	return arts
}
