package articles

import (
	"bytes"
	"errors"
	"testing"
	"testing/iotest"
)

// TestReadAll reads whole files whatever size their Stat gave: a file
// that grew or shrank since, or a size of 0 (a file in /proc says 0).
func TestReadAll(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 1000)
	for _, tt := range []struct {
		name string
		size int64
	}{{"exact", 10000}, {"grew", 100}, {"zero", 0}, {"shrank", 50000}, {"negative", -1}} {
		got, err := readAll(iotest.OneByteReader(bytes.NewReader(data)), tt.size)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s, one byte at a time: %d bytes, %v", tt.name, len(got), err)
		}
		got, err = readAll(bytes.NewReader(data), tt.size)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s: %d bytes, %v", tt.name, len(got), err)
		}
		if tt.name == "exact" && cap(got) != len(data)+1 {
			t.Errorf("exact: capacity %d for %d bytes", cap(got), len(data))
		}
	}
	big := make([]byte, MaxFileSize+10)
	if got, err := readAll(bytes.NewReader(big), 10); err != nil || len(got) != MaxFileSize+1 {
		t.Errorf("a file past the limit: %d bytes, %v; want %d", len(got), err, MaxFileSize+1)
	}
	boom := errors.New("boom")
	if _, err := readAll(iotest.ErrReader(boom), 10); !errors.Is(err, boom) {
		t.Errorf("a failing read: %v", err)
	}
}
