//go:build !unix

package cache

import (
	"io"
	"os"
)

// mapFile reads the snapshot open as f whole, where no mapping is at hand.
func mapFile(f *os.File) ([]byte, error) { return io.ReadAll(f) }
