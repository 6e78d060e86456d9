package cache

import "syscall"

// release tells the kernel that the mapped pages of b are not needed for
// now: they leave the process's resident set, and come back from the page
// cache when they are read again. b starts on a page.
func release(b []byte) { _ = syscall.Madvise(b, syscall.MADV_DONTNEED) }
