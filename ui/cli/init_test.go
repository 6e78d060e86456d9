package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestInitIsSmall runs the built binary with the runtime's init trace and
// adds up what every package's init allocates: a command that prints one
// line must not pay for data it never reads (go-dateparser's locales alone
// took 78 MB and 0.2 s before they were loaded on first use, and its
// timezone patterns 5 MB and 18 ms before they were compiled on first use).
func TestInitIsSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "dateline")
	if out, err := exec.Command("go", "build", "-o", bin, "dateline").CombinedOutput(); err != nil {
		t.Fatalf("building dateline: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	line := regexp.MustCompile(`(?m)^init (\S+) @[^,]+, [^,]+, (\d+) bytes`)
	const budget = 16 << 20 // the whole init, every package
	total := 0
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[2])
		total += n
		if n > 4<<20 {
			t.Errorf("init of %s allocates %d bytes", m[1], n)
		}
	}
	if total == 0 {
		t.Fatalf("no init trace in the output:\n%s", out)
	}
	if total > budget {
		t.Errorf("the packages' init allocates %d bytes in all, want at most %d", total, budget)
	}
}
