package articles

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
)

//go:embed corpus/*.txt
var corpus embed.FS

// Bundled parses the articles that ship inside the binary.
func Bundled() ([]*Article, error) {
	entries, err := fs.ReadDir(corpus, "corpus")
	if err != nil {
		return nil, fmt.Errorf("reading the bundled corpus: %w", err)
	}
	out := make([]*Article, 0, len(entries))
	for _, e := range entries {
		raw, err := corpus.ReadFile(path.Join("corpus", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("reading the bundled corpus: %w", err)
		}
		id := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		a, err := Parse(id, raw)
		if err != nil {
			return nil, fmt.Errorf("parsing bundled %s: %w", e.Name(), err)
		}
		a.Key = ContentKey(a)
		out = append(out, a)
	}
	return out, nil
}
