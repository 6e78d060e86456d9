package worldmap

import (
	"math"
)

// Levels of the shading: 0 is a country no article mentions, 1..3 the
// scale of the counts. Each level is a density of dots, so the shading
// reads without colour too.
const levels = 4

// density is how many of the 16 dots of a 4×4 ordered-dither tile a level
// lights.
var density = [levels]uint8{8, 11, 14, 16}

// bayer is the 4×4 ordered-dither matrix: lighting the dots below a
// threshold spreads them evenly, and the same pattern carries on across
// cells and countries.
var bayer = [4][4]uint8{
	{0, 8, 2, 10},
	{12, 4, 14, 6},
	{3, 11, 1, 9},
	{15, 7, 13, 5},
}

func lit(level uint8, x, y int) bool { return bayer[y&3][x&3] < density[level] }

// Scale turns counts into levels: a geometric scale from 1 to the largest
// count, so that one country with thousands of articles leaves the others
// distinguishable.
type Scale struct {
	Max   int
	upper [levels]int // the largest count of each level; upper[0] is 0
}

// NewScale builds the scale for counts up to largest.
func NewScale(largest int) Scale {
	s := Scale{Max: max(largest, 0)}
	if s.Max == 0 {
		return s
	}
	u1 := int(math.Round(math.Cbrt(float64(s.Max))))
	u2 := int(math.Round(math.Pow(float64(s.Max), 2.0/3)))
	u2 = min(u2, s.Max-1)
	u1 = min(max(u1, 1), u2)
	s.upper = [levels]int{0, max(u1, 0), max(u2, 0), s.Max}
	return s
}

// Level returns the level of a count.
func (s Scale) Level(count int) uint8 {
	switch {
	case count <= 0:
		return 0
	case count > s.upper[2] || count >= s.Max:
		return 3
	case count > s.upper[1]:
		return 2
	default:
		return 1
	}
}

// Range returns the counts of a level as text ("1", "4–5"), or "" when no
// count falls in it.
func (s Scale) Range(level uint8) string {
	if level == 0 {
		return "0"
	}
	lo, hi := s.upper[level-1]+1, s.upper[level]
	if hi < lo {
		return ""
	}
	if lo == hi {
		return groupDigits(lo)
	}
	return groupDigits(lo) + "–" + groupDigits(hi)
}

// Glyph is a full cell of a level's dots, for the legend.
func Glyph(level uint8) string {
	var bits rune
	for dy := range dotsY {
		for dx := range dotsX {
			if lit(level, dx, dy) {
				bits |= dotBit[dy][dx]
			}
		}
	}
	return string(brailleBase + bits)
}

// brailleBase is the empty braille cell; dotBit is each dot's bit.
const brailleBase = '\u2800'

var dotBit = [dotsY][dotsX]rune{
	{0x01, 0x08},
	{0x02, 0x10},
	{0x04, 0x20},
	{0x40, 0x80},
}
