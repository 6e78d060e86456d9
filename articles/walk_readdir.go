//go:build !linux

package articles

import "os"

// readEntries reads the entries of the open folder f, with the types the
// folder gives them. What was read before an error is returned with it.
func readEntries(f *os.File) ([]dirEntry, error) {
	des, err := f.ReadDir(-1)
	entries := make([]dirEntry, len(des))
	for i, d := range des {
		entries[i] = dirEntry{name: d.Name(), typ: d.Type()}
	}
	return entries, err
}
