package articles

import "golang.org/x/text/encoding/unicode"

// UTF16WithoutBOM decodes raw as UTF-16 when it reads as UTF-16 without a
// byte-order mark, told from binary as Decode tells it (most alternate
// bytes NUL); ok is false when it does not. For formats that decode
// themselves, such as web pages, whose charset sniffing does not know
// UTF-16 without a mark.
func UTF16WithoutBOM(raw []byte) (out []byte, ok bool) {
	switch utf16Order(raw) {
	case littleEndian:
		return decodeUTF16(raw, unicode.LittleEndian, unicode.IgnoreBOM), true
	case bigEndian:
		return decodeUTF16(raw, unicode.BigEndian, unicode.IgnoreBOM), true
	}
	return raw, false
}
