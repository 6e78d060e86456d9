package cache

import (
	"crypto/sha256"
	"debug/elf"
	"fmt"
	"io"
	"os"
	"reflect"
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

// buildStamp names the build: the Go build ID of the running executable,
// which the go command derives from everything that went into it, so an
// unchanged build keeps it (go run's cached executable, under whatever
// path or time, included) and any change to the code changes it. Without
// one (a build ID stripped at link time), the hash of the executable's
// bytes stands in.
func buildStamp() string {
	exe, err := os.Executable()
	if err != nil {
		return "no executable"
	}
	if id := buildID(exe); id != "" {
		return "go build ID " + id
	}
	f, err := os.Open(exe)
	if err != nil {
		return "no executable"
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "no executable"
	}
	return fmt.Sprintf("executable %x", h.Sum(nil))
}

// buildID reads the Go build ID of the executable at path: from its ELF
// note, or else from the marker the linker writes near the start of the
// text (Mach-O, PE); "" when it has none.
func buildID(path string) string {
	if f, err := elf.Open(path); err == nil {
		defer f.Close()
		s := f.Section(".note.go.buildid")
		if s == nil {
			return ""
		}
		note, err := s.Data()
		// namesz, descsz, type, "Go\x00\x00", the ID
		if err != nil || len(note) < 16 || string(note[12:16]) != "Go\x00\x00" {
			return ""
		}
		n := f.ByteOrder.Uint32(note[4:])
		if uint64(n) > uint64(len(note)-16) {
			return ""
		}
		return strings.TrimRight(string(note[16:16+n]), "\x00")
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	const start, end = "\xff Go build ID: \"", "\"\n \xff"
	_, rest, ok := strings.Cut(string(head[:n]), start)
	if !ok {
		return ""
	}
	id, _, ok := strings.Cut(rest, end)
	if !ok {
		return ""
	}
	return id
}
