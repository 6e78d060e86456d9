package cli

import (
	"bufio"
	"io"
	"strconv"
	"unicode/utf8"

	"dateline/articles"
)

// writeRecords prints records as writeJSON does, byte for byte, without
// reflection and a record at a time: `list --json` over a large folder
// spends noticeably less on its output.
func writeRecords(w io.Writer, records []articles.Record) error {
	if records == nil {
		_, err := io.WriteString(w, "null\n")
		return err
	}
	return writeRecordsOf(w, len(records), func(i int, r *articles.Record) { *r = records[i] })
}

// writeRecordsOf prints the array of the n records that record sets, as
// writeRecords prints it, making each as it is printed into the one
// record it gives: `list --json` over a large folder holds one record at
// a time, not every article's, and makes none.
func writeRecordsOf(w io.Writer, n int, record func(i int, r *articles.Record)) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if n == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	var b []byte
	var r articles.Record
	b = append(b, "[\n"...)
	for i := range n {
		if i > 0 {
			b = append(b, ",\n"...)
		}
		record(i, &r)
		b = appendRecord(b, &r)
		if len(b) > 32<<10 {
			if _, err := bw.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
	}
	b = append(b, "\n]\n"...)
	bw.Write(b)
	return bw.Flush()
}

// appendRecord appends r as an element of an indented top-level array.
func appendRecord(b []byte, r *articles.Record) []byte {
	const in = "    "
	str := func(name, v string) {
		b = append(b, in+`"`...)
		b = append(b, name...)
		b = append(b, `": `...)
		b = appendJSONString(b, v)
		b = append(b, ",\n"...)
	}
	boolean := func(name string, v bool, last bool) {
		b = append(b, in+`"`...)
		b = append(b, name...)
		b = append(b, `": `...)
		b = strconv.AppendBool(b, v)
		if !last {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	num := func(name string, v int) {
		b = append(b, in+`"`...)
		b = append(b, name...)
		b = append(b, `": `...)
		b = strconv.AppendInt(b, int64(v), 10)
		b = append(b, ",\n"...)
	}
	b = append(b, "  {\n"...)
	str("id", r.ID)
	str("title", r.Title)
	boolean("title_derived", r.TitleDerived, false)
	str("date", r.Date)
	str("source", r.Source)
	str("dateline", r.Dateline)
	str("author", r.Author)
	str("url", r.URL)
	str("lang", r.Lang)
	b = append(b, in+`"paths": `...)
	switch {
	case r.Paths == nil:
		b = append(b, "null"...)
	case len(r.Paths) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, "[\n"...)
		for i, p := range r.Paths {
			if i > 0 {
				b = append(b, ",\n"...)
			}
			b = append(b, in+"  "...)
			b = appendJSONString(b, p)
		}
		b = append(b, "\n"+in+"]"...)
	}
	b = append(b, ",\n"...)
	b = append(b, in+`"countries": `...)
	switch {
	case r.Countries == nil:
		b = append(b, "null"...)
	case len(r.Countries) == 0:
		b = append(b, "[]"...)
	default:
		const in2 = in + "    "
		b = append(b, "[\n"...)
		for i, c := range r.Countries {
			if i > 0 {
				b = append(b, ",\n"...)
			}
			b = append(b, in+"  {\n"...)
			b = append(b, in2+`"code": `...)
			b = appendJSONString(b, c.Code)
			b = append(b, ",\n"+in2+`"name": `...)
			b = appendJSONString(b, c.Name)
			b = append(b, ",\n"+in2+`"flag": `...)
			b = appendJSONString(b, c.Flag)
			b = append(b, ",\n"+in2+`"mentions": `...)
			b = strconv.AppendInt(b, int64(c.Mentions), 10)
			b = append(b, ",\n"+in2+`"primary": `...)
			b = strconv.AppendBool(b, c.Primary)
			b = append(b, "\n"+in+"  }"...)
		}
		b = append(b, "\n"+in+"]"...)
	}
	b = append(b, ",\n"...)
	num("words", r.Words)
	num("reading_minutes", r.ReadingMinutes)
	boolean("read", r.Read, false)
	boolean("saved", r.Saved, true)
	b = append(b, "  }"...)
	return b
}

const hexDigits = "0123456789abcdef"

// load64 is the first eight bytes of s as one little-endian word, which
// the compiler makes one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainASCII8 reports whether each of the eight bytes of x is ASCII from
// 0x20 up, other than '"' and '\\': what JSON takes as it is.
func plainASCII8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zeroIn := func(v uint64) uint64 { return (v - ones) &^ v & highs } // a zero byte in v
	below20 := (x - 0x20*ones) &^ x & highs                            // a byte below 0x20 (x has no high bits here)
	return x&highs == 0 && below20 == 0 && zeroIn(x^('"'*ones)) == 0 && zeroIn(x^('\\'*ones)) == 0
}

// appendJSONString appends s quoted as encoding/json quotes it with HTML
// escaping off: invalid UTF-8 becomes U+FFFD, and U+2028 and U+2029 are
// escaped, for JavaScript.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look: the text of a
		// record is mostly plain ASCII.
		for i+8 <= len(s) && plainASCII8(load64(s[i:i+8])) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
