package articles

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// readEntries reads the entries of the open folder f with the types the
// folder gives them (getdents64), as os.File.ReadDir reads them, but
// with one string for all the names and no value made for each entry.
// An entry whose type the file system does not give is stat'ed for it.
// What was read before an error is returned with it.
func readEntries(f *os.File) ([]dirEntry, error) {
	rc, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	type raw struct {
		off, n int
		typ    fs.FileMode
	}
	var (
		names   []byte
		raws    []raw
		readErr error
	)
	buf := make([]byte, 32<<10)
	err = rc.Control(func(fd uintptr) {
		for {
			n, err := unix.Getdents(int(fd), buf)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				readErr = &fs.PathError{Op: "readdirent", Path: f.Name(), Err: err}
				break
			}
			if n <= 0 {
				break
			}
			// Each record, a struct linux_dirent64: the inode (8 bytes),
			// an offset (8), the record's length (2), the type (1), and
			// the name with a NUL after it.
			for b := buf[:n]; len(b) >= 19; {
				ino := binary.NativeEndian.Uint64(b[0:8])
				reclen := int(binary.NativeEndian.Uint16(b[16:18]))
				if reclen < 19 || reclen > len(b) {
					break
				}
				typ, name := b[18], b[19:reclen]
				b = b[reclen:]
				if i := bytes.IndexByte(name, 0); i >= 0 {
					name = name[:i]
				}
				if ino == 0 || string(name) == "." || string(name) == ".." {
					continue // an entry no longer there, or the folder and its parent
				}
				t, known := direntType(typ)
				if !known {
					var st unix.Stat_t
					s := fstatat(int(fd), string(name), &st)
					if errors.Is(s.err, fs.ErrNotExist) {
						continue // gone since, as ReadDir has it
					}
					t = s.mode // a stat that failed leaves a regular file, whose read says why
				}
				raws = append(raws, raw{off: len(names), n: len(name), typ: t})
				names = append(names, name...)
			}
		}
	})
	if err == nil {
		err = readErr
	}
	all := string(names)
	entries := make([]dirEntry, len(raws))
	for i, r := range raws {
		entries[i] = dirEntry{name: all[r.off : r.off+r.n], typ: r.typ}
	}
	return entries, err
}

// direntType is the type of a directory entry's d_type, and false for
// DT_UNKNOWN, which some file systems give for every entry.
func direntType(t byte) (fs.FileMode, bool) {
	switch t {
	case unix.DT_REG:
		return 0, true
	case unix.DT_DIR:
		return fs.ModeDir, true
	case unix.DT_LNK:
		return fs.ModeSymlink, true
	case unix.DT_FIFO:
		return fs.ModeNamedPipe, true
	case unix.DT_SOCK:
		return fs.ModeSocket, true
	case unix.DT_CHR:
		return fs.ModeDevice | fs.ModeCharDevice, true
	case unix.DT_BLK:
		return fs.ModeDevice, true
	}
	return 0, false
}
