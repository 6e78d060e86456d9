package articles

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on first use. The parser's
// patterns cost a process several milliseconds to compile, and a start
// that takes every article from its snapshot parses nothing.
type lazyRE struct {
	src  string
	once sync.Once
	rx   *regexp.Regexp
}

// lazyRegexps are all of them, for the test that compiles each.
var lazyRegexps []*lazyRE

// lazyRegexp is regexp.MustCompile(src), compiled on first use.
func lazyRegexp(src string) *lazyRE {
	l := &lazyRE{src: src}
	lazyRegexps = append(lazyRegexps, l)
	return l
}

func (l *lazyRE) re() *regexp.Regexp {
	l.once.Do(func() { l.rx = regexp.MustCompile(l.src) })
	return l.rx
}
