package articles

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"dateline/articles/articlestest"
)

// TestParsedKeepsNoFile checks that an article parsed from a file a load
// read keeps nothing of the file's bytes: the load gives the buffer away
// (the decoded text shares it), and an article that held on to a piece
// of it would keep the whole file in memory beside its own copy of the
// text, for as long as the article lives.
func TestParsedKeepsNoFile(t *testing.T) {
	files := articlestest.Generate(60)
	files = append(files, articlestest.File{Name: "wire.txt", Data: []byte(
		"Potash prices rise\n\nBy Jane Doe\n\nPotash prices rose in Canada on Monday.\n\n" +
			"Farmers in Brazil said the rise would hurt.\n\n(Reporting by Jane Doe; Editing by John Roe)\n")})
	var freed atomic.Int64
	kept := make([]*Article, 0, len(files))
	for i, f := range files {
		raw := make([]byte, len(f.Data))
		copy(raw, f.Data)
		runtime.AddCleanup(&raw[0], func(int) { freed.Add(1) }, i)
		a, err := parseFile(fmt.Sprint(i), f.Name, raw, nil)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		kept = append(kept, a)
	}
	deadline := time.Now().Add(10 * time.Second)
	for freed.Load() < int64(len(files)) && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if n := freed.Load(); n != int64(len(files)) {
		t.Errorf("the parsed articles keep %d of %d files' bytes in memory", int64(len(files))-n, len(files))
	}
	runtime.KeepAlive(kept)
}
