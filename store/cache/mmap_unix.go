//go:build unix

package cache

import (
	"fmt"
	"os"
	"syscall"
)

// mapFile maps the snapshot open as f into memory, so that what is read
// of it is read in place and what is not is never copied. The mapping is
// private and writable: nothing writes to it, and a write would change
// this process's copy, never the file. It is never unmapped, because the
// articles' strings point into it for the life of the process; a
// snapshot is replaced by a rename, which leaves a mapped old one whole.
func mapFile(f *os.File) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := info.Size()
	switch {
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s is not a regular file", f.Name())
	case size == 0:
		return []byte{}, nil
	case size != int64(int(size)):
		return nil, fmt.Errorf("%s is too large to map", f.Name())
	}
	return syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
}
