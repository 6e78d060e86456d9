package articles

import (
	"math"
	"testing"
	"unsafe"
)

// TestMention: a mention names its country by code, name and flag, and
// takes 8 bytes: a load holds one for every country of every article.
func TestMention(t *testing.T) {
	m, ok := NewMention("kp", 3, true)
	if !ok || m.Code() != "KP" || m.Name() != "North Korea" || m.Flag() != "🇰🇵" || m.Count != 3 || !m.Primary {
		t.Errorf("NewMention(kp) = %+v, %v: %q %q %q", m, ok, m.Code(), m.Name(), m.Flag())
	}
	if m, ok := NewMention("XX", 1, false); ok || m.Code() != "" || m.Name() != "" || m.Flag() != "" {
		t.Errorf("NewMention(XX) = %+v, %v", m, ok)
	}
	if m, _ := NewMention("FR", math.MaxInt, false); m.Count != math.MaxInt32 {
		t.Errorf("a count past int32: %d", m.Count)
	}
	if m, _ := NewMention("FR", -2, false); m.Count != 0 {
		t.Errorf("a negative count: %d", m.Count)
	}
	if n := unsafe.Sizeof(Mention{}); n != 8 {
		t.Errorf("a Mention takes %d bytes, want 8", n)
	}
}
