package feed

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// xmlEncoding finds the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// toUTF8 decodes raw to UTF-8. A byte-order mark decides first; then the
// charset that contentType names; then the XML declaration; text with
// none of them that is not valid UTF-8 is read as Windows-1252, as a
// browser would. A header that says UTF-8 over bytes that are not gives
// way to the declaration. The declaration is rewritten to say UTF-8, so
// the XML parser does not decode a second time.
func toUTF8(raw []byte, contentType string) ([]byte, error) {
	out, err := decodeBytes(raw, contentType)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	if m := xmlEncoding.FindSubmatchIndex(head(out)); m != nil {
		fixed := make([]byte, 0, len(out))
		fixed = append(fixed, out[:m[2]]...)
		fixed = append(fixed, "UTF-8"...)
		out = append(fixed, out[m[3]:]...)
	}
	return out, nil
}

func decodeBytes(raw []byte, contentType string) ([]byte, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return raw[3:], nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), raw, "UTF-16")
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), raw, "UTF-16")
	}
	if label := headerCharset(contentType); label != "" {
		if enc, name := charset.Lookup(label); enc != nil {
			if name != "utf-8" {
				return decodeWith(enc, raw, name)
			}
			if utf8.Valid(raw) {
				return raw, nil
			}
		}
	}
	if m := xmlEncoding.FindSubmatch(head(raw)); m != nil {
		if enc, name := charset.Lookup(string(m[1])); enc != nil && name != "utf-8" {
			return decodeWith(enc, raw, name)
		}
	}
	if utf8.Valid(raw) {
		return raw, nil
	}
	return decodeWith(charmap.Windows1252, raw, "windows-1252")
}

func decodeWith(enc encoding.Encoding, raw []byte, name string) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, fmt.Errorf("decoding %s: %w", name, err)
	}
	return out, nil
}

// headerCharset is the charset parameter of a Content-Type, "" when it
// names none.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}
