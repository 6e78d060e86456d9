//go:build !unix

package articles

import (
	"errors"
	"os"
)

// mapSpool fails where there is no mapping at hand: the text stays in the
// heap.
func mapSpool(*os.File, int64) ([]byte, error) { return nil, errors.New("no mapping") }
