package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain points the XDG directories at a folder of its own, so that no
// test reads or writes the library of the person running them; the
// binaries the tests start inherit it.
//
// The go command finds its build cache and its settings through the same
// variables: they are pinned first, or the binaries the end-to-end tests
// build would be built from nothing.
func TestMain(m *testing.M) {
	if cache, err := os.UserCacheDir(); err == nil && os.Getenv("GOCACHE") == "" {
		os.Setenv("GOCACHE", filepath.Join(cache, "go-build"))
	}
	if config, err := os.UserConfigDir(); err == nil && os.Getenv("GOENV") == "" {
		os.Setenv("GOENV", filepath.Join(config, "go", "env"))
	}
	dir, err := os.MkdirTemp("", "dateline-xdg")
	if err != nil {
		panic(err)
	}
	for _, v := range []string{"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
		os.Setenv(v, filepath.Join(dir, strings.ToLower(strings.TrimPrefix(v, "XDG_"))))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// xdgTemp points the XDG directories at empty folders of the test's own,
// and returns their parent.
func xdgTemp(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, v := range []string{"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
		sub := filepath.Join(dir, strings.ToLower(strings.TrimPrefix(v, "XDG_")))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		t.Setenv(v, sub)
	}
	return dir
}

// listMarks runs list --json with args and returns read and saved by ID.
func listMarks(t *testing.T, args ...string) map[string][2]bool {
	t.Helper()
	code, out, stderr := runCLI(t, append([]string{"list", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("list --json: status %d, stderr %q", code, stderr)
	}
	var recs []struct {
		ID    string
		Read  *bool
		Saved *bool
	}
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err)
	}
	got := map[string][2]bool{}
	for _, r := range recs {
		if r.Read == nil || r.Saved == nil {
			t.Fatalf("%s: no read or saved in %s", r.ID, out)
		}
		got[r.ID] = [2]bool{*r.Read, *r.Saved}
	}
	return got
}

func TestMarkCommand(t *testing.T) {
	xdg := xdgTemp(t)
	const a, b = "004_c3b72c7bc053c981", "000_0cda61d1e04e42d7"
	steps := []struct {
		args []string
		code int
		want map[string][2]bool
	}{
		{[]string{a, "--read"}, 0, map[string][2]bool{a: {true, false}, b: {false, false}}},
		{[]string{a, b, "--save"}, 0, map[string][2]bool{a: {true, true}, b: {false, true}}},
		{[]string{a, "--unread", "--unsave"}, 0, map[string][2]bool{a: {false, false}, b: {false, true}}},
		{[]string{b, "no-such-id", "--read"}, 2, map[string][2]bool{a: {false, false}, b: {false, true}}},
		{[]string{a, "--read", "--unread"}, 2, map[string][2]bool{a: {false, false}, b: {false, true}}},
		{[]string{a}, 2, map[string][2]bool{a: {false, false}, b: {false, true}}},
		{[]string{"--read"}, 2, map[string][2]bool{a: {false, false}, b: {false, true}}},
		{[]string{a, "--read", "--no-state"}, 2, map[string][2]bool{a: {false, false}, b: {false, true}}},
	}
	for _, step := range steps {
		code, _, stderr := runCLI(t, append([]string{"mark"}, step.args...)...)
		if code != step.code {
			t.Errorf("mark %s: status %d, want %d (stderr %q)", strings.Join(step.args, " "), code, step.code, stderr)
		}
		got := listMarks(t)
		for id, w := range step.want {
			if got[id] != w {
				t.Errorf("after mark %s: %s read, saved = %v, want %v", strings.Join(step.args, " "), id, got[id], w)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(xdg, "data_home", "dateline", "library.db")); err != nil {
		t.Errorf("no library in XDG_DATA_HOME: %v", err)
	}
	// show --json says the same, and --no-state sees no marks.
	code, out, _ := runCLI(t, "show", b, "--json")
	if code != 0 || !strings.Contains(out, `"saved": true`) || !strings.Contains(out, `"read": false`) {
		t.Errorf("show --json: %d %s", code, out)
	}
	if got := listMarks(t, "--no-state"); got[b] != [2]bool{} {
		t.Errorf("--no-state: %s = %v, want no marks", b, got[b])
	}
}

func TestLibraryFlag(t *testing.T) {
	xdg := xdgTemp(t)
	lib := filepath.Join(t.TempDir(), "elsewhere", "my.db")
	const a = "002_cf0d204396dcba2c"
	if code, _, stderr := runCLI(t, "mark", a, "--save", "--library", lib); code != 0 {
		t.Fatalf("mark --library: %d %s", code, stderr)
	}
	if got := listMarks(t, "--library", lib); !got[a][1] {
		t.Errorf("--library: %s not saved", a)
	}
	if got := listMarks(t); got[a][1] {
		t.Errorf("the default library has the mark written to --library")
	}
	if _, err := os.Stat(lib); err != nil {
		t.Error(err)
	}
	_ = xdg
}

// TestNoStateWritesNothing runs every command with --no-state and checks
// that the XDG directories stay empty.
func TestNoStateWritesNothing(t *testing.T) {
	xdg := xdgTemp(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte("Talks in Minsk\n\nMinisters met in Minsk on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"list", "--no-state"},
		{"list", "--json", "--no-state", "--dir", dir},
		{"--no-state", "show", "x", "--json", "--dir", dir},
		{"countries", "--no-state"},
		{"search", "minsk", "--no-state", "--dir", dir},
	} {
		if code, _, stderr := runCLI(t, args...); code != 0 {
			t.Errorf("%s: status %d (stderr %q)", strings.Join(args, " "), code, stderr)
		}
	}
	assertEmptyXDG(t, xdg)
}

// assertEmptyXDG fails the test if anything was written below the XDG
// directories under xdg.
func assertEmptyXDG(t *testing.T, xdg string) {
	t.Helper()
	err := filepath.WalkDir(xdg, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if rel, _ := filepath.Rel(xdg, path); strings.Count(rel, string(filepath.Separator)) > 0 || !d.IsDir() {
			t.Errorf("--no-state wrote %s", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestUnusableLibrary: a library that cannot be opened costs the marks,
// never the command, and says so once.
func TestUnusableLibrary(t *testing.T) {
	xdgTemp(t)
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(file, "library.db") // below a file: cannot be made
	code, out, stderr := runCLI(t, "list", "--json", "--library", lib)
	if code != 0 || !strings.HasPrefix(out, "[") {
		t.Errorf("list with an unusable library: status %d, out %.40q", code, out)
	}
	if strings.Count(stderr, "marks will not be kept") != 1 {
		t.Errorf("stderr %q: want one line that says marks will not be kept", stderr)
	}
	if code, _, stderr := runCLI(t, "mark", "004_c3b72c7bc053c981", "--read", "--library", lib); code != 2 || !strings.Contains(stderr, "cannot be kept") {
		t.Errorf("mark with an unusable library: status %d, stderr %q", code, stderr)
	}
}
