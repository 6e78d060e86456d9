package store

import "dateline/articles"

// SummariseForBench packs arts as New does, for the benchmark of its cost.
func SummariseForBench(arts []*articles.Article) any { return summarise(arts) }
