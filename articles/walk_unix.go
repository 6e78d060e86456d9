//go:build unix

package articles

import (
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// statAt stats the files of the open folder dir (at dirPath) with the
// given names, into stats, relative to the folder: the kernel looks up
// one name, not the whole path again, and no FileInfo is made.
func statAt(dir *os.File, dirPath string, names []string, stats []fileStat) {
	rc, err := dir.SyscallConn()
	if err == nil {
		err = rc.Control(func(fd uintptr) {
			statEach(len(names), func(lo, hi int) {
				var st unix.Stat_t
				for i := lo; i < hi; i++ {
					stats[i] = fstatat(int(fd), names[i], &st)
				}
			})
		})
	}
	if err != nil {
		for i, name := range names {
			stats[i] = lstatPath(childPath(dirPath, name))
		}
	}
}

func fstatat(fd int, name string, st *unix.Stat_t) fileStat {
	for {
		err := unix.Fstatat(fd, name, st, unix.AT_SYMLINK_NOFOLLOW)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return fileStat{err: err}
		}
		return fileStat{
			size: st.Size,
			mod:  st.Mtim.Nano(),
			mode: modeType(uint32(st.Mode)),
			id:   fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)},
		}
	}
}

// modeType is the type bits of a stat's mode, as fs.FileMode has them.
func modeType(mode uint32) fs.FileMode {
	switch mode & unix.S_IFMT {
	case unix.S_IFREG:
		return 0
	case unix.S_IFDIR:
		return fs.ModeDir
	case unix.S_IFLNK:
		return fs.ModeSymlink
	case unix.S_IFIFO:
		return fs.ModeNamedPipe
	case unix.S_IFSOCK:
		return fs.ModeSocket
	case unix.S_IFCHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case unix.S_IFBLK:
		return fs.ModeDevice
	}
	return fs.ModeIrregular
}

// idOf is the device and inode of what os.Stat returned.
func idOf(info fs.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}, true
}
