//go:build !unix

package cache

import "os"

// mapFile reads the snapshot at path whole, where no mapping is at hand.
func mapFile(path string) ([]byte, error) { return os.ReadFile(path) }
