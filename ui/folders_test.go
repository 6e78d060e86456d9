package ui

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"dateline/articles"
	"dateline/store"
	"dateline/store/library"
)

// folderArticle is an article read from the files at paths.
func folderArticle(id, title string, day int, paths ...string) *articles.Article {
	return &articles.Article{
		ID: id, Key: "key-" + id, Title: title, Source: "Wire",
		Date:  articles.Date{Year: 2025, Month: time.May, Day: day, Precision: articles.DateFull},
		Body:  []articles.Paragraph{{Text: title + ": talks went on into the night."}},
		Words: 8, Path: paths[0], Paths: paths,
	}
}

// twoFolders is a run over news and /srv/blogs: news has world (with
// europe below it) and a file of its own; the article e has a copy in each.
func twoFolders() []*articles.Article {
	return []*articles.Article{
		folderArticle("a", "Grain deal in Geneva", 20, "news/world/a.txt"),
		folderArticle("b", "Border talks in Brussels", 19, "news/world/europe/b.txt"),
		folderArticle("c", "Budget vote", 18, "news/c.txt"),
		folderArticle("d", "Garden diary", 17, "/srv/blogs/d.md"),
		folderArticle("e", "Harvest report", 16, "/srv/blogs/e.md", "news/world/e.txt"),
	}
}

func TestFolderTree(t *testing.T) {
	s := store.New(twoFolders())
	marks, _ := library.LoadMarkSet(context.Background(), nil)
	marks.Update("key-b", func(m *library.Mark) { m.Read = true })
	tree := newFolderTree(s, []string{"news/", "/srv/blogs", "news"}, marks)
	type row struct {
		dir, name        string
		depth, all, left int
	}
	want := []row{
		{"news", "news", 0, 4, 3},
		{"news/world", "world", 1, 3, 2},
		{"news/world/europe", "europe", 2, 1, 0},
		{"/srv/blogs", "/srv/blogs", 0, 2, 2},
	}
	var got []row
	for _, r := range tree.rows {
		got = append(got, row{r.dir, r.name, r.depth, r.articles, r.unread})
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%v\nwant\n%v", got, want)
	}
	// A mark changes the counts of every folder the article is in.
	tree.countUnread(s.All()[4], -1) // e: news, news/world, /srv/blogs
	if tree.rows[0].unread != 2 || tree.rows[1].unread != 1 || tree.rows[3].unread != 1 || tree.rows[2].unread != 0 {
		t.Errorf("after marking e read: %+v", tree.rows)
	}
}

func TestFolderTreeOfTheCurrentFolder(t *testing.T) {
	s := store.New([]*articles.Article{
		folderArticle("a", "Grain deal", 20, "a.txt"),
		folderArticle("b", "Border talks", 19, "world/b.txt"),
	})
	tree := newFolderTree(s, []string{"."}, nil)
	if len(tree.rows) != 2 || tree.rows[0].dir != "." || tree.rows[0].articles != 2 || tree.rows[1].dir != "world" || tree.rows[1].depth != 1 {
		t.Fatalf("rows %+v", tree.rows)
	}
	for _, r := range tree.rows {
		n := 0
		for _, a := range s.All() {
			if store.InFolder(a, folderValue(r.dir)) {
				n++
			}
		}
		if n != r.articles {
			t.Errorf("%s: %d articles, in: finds %d", r.dir, r.articles, n)
		}
	}
}

// folderSources re-reads "folders" that are a slice of articles a test
// changes.
type folderSources struct {
	mu    sync.Mutex
	arts  []*articles.Article
	calls int
}

func (f *folderSources) List(context.Context) ([]Source, error) { return nil, nil }

func (f *folderSources) Refresh(_ context.Context, progress func(done, total int)) (*Refreshed, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	progress(1, 2)
	progress(2, 2)
	return &Refreshed{Articles: slices.Clone(f.arts), New: 1}, nil
}

func folderDriver(t *testing.T, src Sources, marks *library.MarkSet) *driver {
	t.Helper()
	arts := twoFolders()
	m := New(store.New(arts), Options{Folders: []string{"news", "/srv/blogs"}, Sources: src, Marks: marks})
	return newDriver(t, m, 120, 40)
}

func shownIDs(d *driver) []string {
	var ids []string
	for _, a := range d.m.list.items {
		ids = append(ids, a.ID)
	}
	return ids
}

func searchIDs(d *driver) []string {
	var ids []string
	if d.m.search.results != nil {
		for _, h := range d.m.search.results.Hits {
			ids = append(ids, h.Article.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// ctrl+s lists the folders with their counts; choosing one narrows the list
// and the search underneath to its articles, as in: does.
func TestSourcesPaneFolders(t *testing.T) {
	d := folderDriver(t, nil, nil)
	d.keys("ctrl+s")
	if d.m.focus != paneSources {
		t.Fatalf("ctrl+s: focus %v", d.m.focus)
	}
	scr := d.screen()
	for _, want := range []string{"Sources · 4 folders", "news", "world", "europe", "/srv/blogs", "4/4", "3/3", "2/2", "news/world/europe"} {
		if !strings.Contains(scr, want) {
			t.Errorf("no %q in\n%s", want, scr)
		}
	}
	d.keys("down down enter") // All, news, world
	if d.m.focus != paneList {
		t.Errorf("after choosing: focus %v", d.m.focus)
	}
	if got := shownIDs(d); !slices.Equal(got, []string{"a", "b", "e"}) {
		t.Errorf("list in world: %v", got)
	}
	if !strings.Contains(d.screen(), `in:"./news/world"`) {
		t.Errorf("the header does not say the folder:\n%s", d.screen())
	}
	d.keys("/").typ("talks")
	if got := searchIDs(d); !slices.Equal(got, []string{"a", "b", "e"}) {
		t.Errorf("search for talks in world: %v", got)
	}
	d.keys("esc esc shift+tab down down down down enter") // back to the Sources pane, to /srv/blogs
	if got := shownIDs(d); !slices.Equal(got, []string{"d", "e"}) {
		t.Errorf("list in /srv/blogs: %v", got)
	}
	d.keys("shift+tab g enter") // All
	if got := shownIDs(d); len(got) != 5 {
		t.Errorf("list of all: %v", got)
	}
}

// The folder counts follow the marks: opening an article counts it read in
// every folder it lies in.
func TestSourcesPaneFolderCountsFollowMarks(t *testing.T) {
	marks, _ := library.LoadMarkSet(context.Background(), nil)
	d := folderDriver(t, nil, marks)
	d.keys("enter esc") // a, the newest: news/world/a.txt
	if r := d.m.sources.folders.rows; r[0].unread != 3 || r[1].unread != 2 || r[2].unread != 1 || r[3].unread != 2 {
		t.Errorf("after reading a: %+v", r)
	}
	d.keys("ctrl+s")
	if scr := d.screen(); !strings.Contains(scr, "3/4") || !strings.Contains(scr, "2/3") {
		t.Errorf("counts not shown:\n%s", scr)
	}
}

// r reads the folders again in the background: a new file appears, the
// chosen folder and the selection stay.
func TestSourcesPaneFolderRefresh(t *testing.T) {
	marks, _ := library.LoadMarkSet(context.Background(), nil)
	src := &folderSources{arts: twoFolders()}
	d := folderDriver(t, src, marks)
	d.keys("ctrl+s down down enter down") // world; b selected
	if a := d.m.list.selected(); a == nil || a.ID != "b" {
		t.Fatalf("selected %v", a)
	}
	src.mu.Lock()
	src.arts = append(src.arts, folderArticle("f", "Ceasefire in the north", 21, "news/world/f.txt"),
		folderArticle("g", "Recipe", 22, "news/g.txt"))
	src.mu.Unlock()
	d.keys("r")
	if src.calls != 1 {
		t.Fatalf("r: %d refreshes", src.calls)
	}
	if got := shownIDs(d); !slices.Equal(got, []string{"f", "a", "b", "e"}) {
		t.Errorf("world after r: %v", got)
	}
	if a := d.m.list.selected(); a == nil || a.ID != "b" {
		t.Errorf("selection after r: %v", a)
	}
	if d.m.sources.chosen.folder != "news/world" {
		t.Errorf("chosen after r: %+v", d.m.sources.chosen)
	}
	if r := d.m.sources.folders.rows; r[0].articles != 6 || r[1].articles != 4 || r[1].unread != 4 {
		t.Errorf("counts after r: %+v", r)
	}
	if !strings.Contains(d.screen(), "1 new article") || !strings.Contains(d.screen(), "7 articles · 7 unread") {
		t.Errorf("after r:\n%s", d.screen())
	}
	if d.m.list.marks == nil || d.m.countries.marks == nil {
		t.Error("the panes over the new store lost the marks")
	}
}

// A run over folders and a library of feeds shows both, folders first.
func TestSourcesPaneFoldersAndFeeds(t *testing.T) {
	arts := append(twoFolders(), &articles.Article{ID: "wire/x", Key: "feed:x", Title: "Item", Source: "Wire Feed", Words: 3,
		Date: articles.Date{Year: 2025, Month: time.May, Day: 1, Precision: articles.DateFull}})
	m := New(store.New(arts), Options{Folders: []string{"news"}, Feeds: []Source{{Name: "wire", Title: "Wire Feed", URL: "http://wire.test/feed", Articles: 1, Unread: 1}}})
	d := newDriver(t, m, 120, 40)
	d.keys("ctrl+s")
	scr := d.screen()
	if d.m.sources.title() != "Sources · 3 folders · 1 feed" || !strings.Contains(scr, "http://wire.test/feed") {
		t.Errorf("both not shown:\n%s", scr)
	}
	d.keys("G enter")
	if got := shownIDs(d); !slices.Equal(got, []string{"wire/x"}) {
		t.Errorf("the feed: %v", got)
	}
	if !strings.Contains(d.screen(), `src:"Wire Feed"`) {
		t.Errorf("header:\n%s", d.screen())
	}
}

// Names from the file system reach the pane as text, never as escapes.
func TestSourcesPaneFolderNamesAreText(t *testing.T) {
	arts := []*articles.Article{folderArticle("a", "Grain", 20, articles.SanitizeLine("news/\x1b[31mred/a.txt"))}
	m := New(store.New(arts), Options{Folders: []string{"news"}})
	d := newDriver(t, m, 120, 40)
	d.keys("ctrl+s")
	if v := d.m.View().Content; strings.Contains(v, "\x1b[31m") {
		t.Errorf("an escape from a folder's name reached the terminal")
	}
}

// TestStaleWaitsForTheFirstFrame: the walk that tells whether the folders
// changed since the snapshot starts only once the first frame is drawn,
// not while it is being drawn.
func TestStaleWaitsForTheFirstFrame(t *testing.T) {
	asked := make(chan struct{})
	m := New(store.New(twoFolders()), Options{
		Folders: []string{"news", "/srv/blogs"},
		Sources: &folderSources{},
		Stale:   func(context.Context) bool { close(asked); return false },
	})
	done := make(chan tea.Msg)
	go func() { done <- m.checkStale()() }()
	select {
	case <-asked:
		t.Fatal("the folders were walked before the first frame")
	case <-time.After(100 * time.Millisecond):
	}
	m.View() // no size yet: not the app's frame
	select {
	case <-asked:
		t.Fatal("the folders were walked before the first frame")
	case <-time.After(50 * time.Millisecond):
	}
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	m.View()
	select {
	case <-asked:
	case <-time.After(5 * time.Second):
		t.Fatal("the folders were not walked after the first frame")
	}
	if msg := <-done; msg != nil {
		t.Fatalf("unchanged folders gave %T", msg)
	}
}

// TestFolderTreeCountsRuns: the counts are the same whether the articles
// of a folder come together in the store's order or interleaved with
// others' (the tree counts runs of neighbours in one folder at once).
func TestFolderTreeCountsRuns(t *testing.T) {
	arts, roots := folderCorpus(600) // days 1–28 against folders by i%3, i%10, i%5: interleaved
	tree := newFolderTree(store.New(arts), roots, nil)
	if len(tree.rows) == 0 {
		t.Fatal("no rows")
	}
	for _, r := range tree.rows {
		want := 0
		for _, a := range arts {
			if strings.HasPrefix(a.Path, r.dir+"/") {
				want++
			}
		}
		if r.articles != want || r.unread != want {
			t.Errorf("%s: %d articles, %d unread; want %d of each", r.dir, r.articles, r.unread, want)
		}
	}
}
