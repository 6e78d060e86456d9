package feeds

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrBusy is TryLock's error while another fetch holds the lock.
var ErrBusy = errors.New("another dateline is fetching into this library")

// lockPath is the fetch lock beside the library at libPath.
func lockPath(libPath string) string { return libPath + ".fetch-lock" }

// TryLock takes the fetch lock of the library at libPath, or fails with
// ErrBusy at once if another process holds it. The lock is an flock(2) on
// a file beside the library: the system lets go of it when the process
// ends, however it ends, so no crash leaves a lock behind. The file itself
// stays; it holds nothing.
func TryLock(libPath string) (unlock func(), err error) {
	return lock(libPath, syscall.LOCK_EX|syscall.LOCK_NB)
}

// Lock is TryLock that waits for the other fetch to end.
func Lock(libPath string) (unlock func(), err error) {
	return lock(libPath, syscall.LOCK_EX)
}

func lock(libPath string, how int) (func(), error) {
	f, err := os.OpenFile(lockPath(libPath), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("taking the fetch lock: %w", err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrBusy
		}
		return nil, fmt.Errorf("taking the fetch lock: %w", err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
