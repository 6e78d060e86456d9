package store

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"dateline/articles"
)

// folderStore holds one article per path, its ID the path's last name.
func folderStore(paths ...[]string) *Store {
	var arts []*articles.Article
	for i, ps := range paths {
		arts = append(arts, &articles.Article{
			ID:    ps[0][len(ps[0])-5:],
			Title: "Report " + ps[0],
			Body:  []articles.Paragraph{{Text: "Talks went on."}},
			Date:  articles.Date{Year: 2025, Month: time.May, Day: 20 - i, Precision: articles.DateFull},
			Path:  ps[0], Paths: ps,
		})
	}
	return New(arts)
}

func TestInFolder(t *testing.T) {
	s := folderStore(
		[]string{"news/world/a.txt"},
		[]string{"news/world/europe/b.txt"},
		[]string{"news/Économie/c.txt"},
		[]string{"newsletters/d.txt"},
		[]string{"/srv/wire/e.txt"},
		[]string{"other/news/world/f.txt"},
		[]string{"blogs/g.txt", "news/world/g.txt"}, // one article, two copies
		[]string{"my news/h.txt"},
	)
	tests := []struct {
		query string
		want  []string
	}{
		{"in:world", []string{"a.txt", "b.txt", "f.txt", "g.txt"}},
		{"in:news/world", []string{"a.txt", "b.txt", "f.txt", "g.txt"}},
		{"in:news/world/", []string{"a.txt", "b.txt", "f.txt", "g.txt"}},
		{"in:./news/world", []string{"a.txt", "b.txt", "g.txt"}}, // the folder given, not other/news/world
		{"in:./other", []string{"f.txt"}},
		{"in:/srv/wire/", []string{"e.txt"}},
		{"in:./", []string{"a.txt", "b.txt", "c.txt", "d.txt", "f.txt", "g.txt", "h.txt"}},
		{"in:/", []string{"e.txt"}},
		{"in:europe", []string{"b.txt"}},
		{"in:world/europe", []string{"b.txt"}},
		{"in:news", []string{"a.txt", "b.txt", "c.txt", "f.txt", "g.txt"}}, // not newsletters
		{"in:NEWS/economie", []string{"c.txt"}},                            // folded, as every qualifier
		{"in:newsletters", []string{"d.txt"}},
		{"in:/srv", []string{"e.txt"}},
		{"in:/srv/wire", []string{"e.txt"}},
		{"in:srv", []string{"e.txt"}},
		{"in:blogs", []string{"g.txt"}},
		{`in:"my news"`, []string{"h.txt"}},
		{"!in:news", []string{"d.txt", "e.txt", "h.txt"}},
		{"in:news !in:world", []string{"c.txt"}},
		{"talks in:europe", []string{"b.txt"}},
		{"in:", []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt"}}, // still typing
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r, err := s.Search(context.Background(), tt.query, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.Article.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("hits %v, want %v", got, tt.want)
			}
		})
	}
}

// TestInFolderAgreesWithSearch holds the app's list (InFolder) to what the
// search's in: finds, folder by folder.
func TestInFolderAgreesWithSearch(t *testing.T) {
	s := folderStore(
		[]string{"news/world/a.txt"},
		[]string{"news/world/europe/b.txt"},
		[]string{"/srv/wire/e.txt"},
		[]string{"blogs/g.txt", "news/world/g.txt"},
	)
	for _, folder := range []string{"news", "news/world", "world", "europe", "/srv/wire", "srv", "blogs"} {
		r, err := s.Search(context.Background(), `in:"`+folder+`"`, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var bySearch, byList []string
		for _, h := range r.Hits {
			bySearch = append(bySearch, h.Article.ID)
		}
		for _, a := range s.All() {
			if InFolder(a, folder) {
				byList = append(byList, a.ID)
			}
		}
		slices.Sort(bySearch)
		slices.Sort(byList)
		if len(byList) == 0 || !slices.Equal(bySearch, byList) {
			t.Errorf("%s: search %v, InFolder %v", folder, bySearch, byList)
		}
	}
}

func TestInFolderErrors(t *testing.T) {
	s := folderStore([]string{"news/world/a.txt"})
	for _, q := range []string{"in:sport", "in:./world", "in:./news/europe", "in:wor", "in:/news", "!in:sport", "talks in:newsworld"} {
		_, err := s.Search(context.Background(), q, Options{})
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Msg == "" {
			t.Errorf("%q: error %v, want a QueryError", q, err)
		}
	}
	// A Searcher reads in: as Search does.
	if _, err := NewSearcher(s).Search(context.Background(), "in:sport", Options{}); err == nil {
		t.Error("Searcher: in:sport gave no error")
	}
	if r, err := NewSearcher(s).Search(context.Background(), "in:world", Options{}); err != nil || len(r.Hits) != 1 {
		t.Errorf("Searcher: in:world: %v, %v", r, err)
	}
}

// TestInFolderPrintedForm: an in: qualifier prints as a query that reads
// back as itself.
func TestInFolderPrintedForm(t *testing.T) {
	for _, v := range []string{"in:news/world", `in:"my news"`, "in:/srv/wire", "!in:Économie", "in:./news", "in:.", "in:/", `in:"./a b/c"`} {
		q, err := parseQuery(v)
		if err != nil || len(q.quals) != 1 {
			t.Fatalf("%s: %v %v", v, q, err)
		}
		printed := q.quals[0].String()
		again, err := parseQuery(printed)
		if err != nil || len(again.quals) != 1 || again.quals[0].String() != printed {
			t.Errorf("%s printed as %s, which reads back as %v (%v)", v, printed, again, err)
		}
	}
}
