//go:build unix

package articles

import (
	"errors"
	"os"
	"syscall"
)

// mapSpool maps size bytes of f, shared and read-only: what is written to
// the file is read through the mapping, and nothing writes through it.
func mapSpool(f *os.File, size int64) ([]byte, error) {
	if size != int64(int(size)) {
		return nil, errors.New("too large to map")
	}
	return syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
}
