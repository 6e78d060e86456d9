package cli

import (
	"context"
	"io"
	"os"
	"testing"
)

func TestZZProfileList(t *testing.T) {
	dir := os.Getenv("ZZ_DIR")
	if dir == "" {
		t.Skip()
	}
	code := run(context.Background(), []string{"list", "--json", "--no-cache", "--dir", dir}, io.Discard, os.Stderr)
	if code != 0 {
		t.Fatal(code)
	}
}
