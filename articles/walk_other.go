//go:build !unix

package articles

import (
	"io/fs"
	"os"
)

// statAt stats the files of the folder at dirPath with the given names,
// into stats, each by its path.
func statAt(_ *os.File, dirPath string, names []string, stats []fileStat) {
	statEach(len(names), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			stats[i] = lstatPath(childPath(dirPath, names[i]))
		}
	})
}

// idOf gives no identity: os.SameFile compares the files.
func idOf(fs.FileInfo) (fileID, bool) { return fileID{}, false }
