package cache

import (
	"crypto/sha256"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"
	"strings"

	"dateline/articles"
)

// formatVersion is bumped when what the parser makes of the same bytes
// changes in a way the build stamp below cannot see.
const formatVersion = 1

// formatHash names the format of the articles in a snapshot: the format
// version, the shape of articles.Article as the type system describes it
// (a field added, renamed or retyped changes it), and the build that
// parsed them, since a new parser makes other articles of the same file.
var formatHash = sha256.Sum256([]byte(fmt.Sprintf("%d\n%s\n%s", formatVersion, describe(reflect.TypeFor[articles.Article]()), buildStamp())))

// describe writes out a type, recursively through structs, slices and
// pointers: every field's name and type.
func describe(t reflect.Type) string {
	var b strings.Builder
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		switch t.Kind() {
		case reflect.Struct:
			b.WriteString(t.String() + "{")
			for i := range t.NumField() {
				f := t.Field(i)
				b.WriteString(f.Name + " ")
				walk(f.Type)
				b.WriteString(";")
			}
			b.WriteString("}")
		case reflect.Slice, reflect.Pointer, reflect.Array:
			b.WriteString(t.Kind().String() + " ")
			walk(t.Elem())
		default:
			b.WriteString(t.String())
		}
	}
	walk(t)
	return b.String()
}

// buildStamp names the build: its module versions and, when it was built
// from a checkout, the commit and whether the tree was modified. A build
// from a modified tree cannot be told from another one built from the same
// commit, so then the executable's own size and time stand in for it.
func buildStamp() string {
	var b strings.Builder
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return executableStamp()
	}
	b.WriteString(info.GoVersion + " " + info.Main.Path + " " + info.Main.Version + "\n")
	for _, d := range info.Deps {
		b.WriteString(d.Path + " " + d.Version + " " + d.Sum + "\n")
	}
	clean := false
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			b.WriteString(s.Key + "=" + s.Value + "\n")
		}
		if s.Key == "vcs.modified" && s.Value == "false" {
			clean = true
		}
	}
	if !clean {
		b.WriteString(executableStamp())
	}
	return b.String()
}

func executableStamp() string {
	exe, err := os.Executable()
	if err != nil {
		return "no executable"
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "no executable"
	}
	return fmt.Sprintf("%s %d %d", exe, fi.Size(), fi.ModTime().UnixNano())
}
