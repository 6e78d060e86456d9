package worldmap

import (
	"math"
	"slices"

	"github.com/paulmach/orb"
)

// The map shows longitudes -180..180 and latitudes latMin..latMax in an
// equirectangular projection. A braille dot is as wide as it is tall; where
// the view is taller than the world at that scale, latitudes stretch, by up
// to maxStretch, so that the map fills more of it.
const (
	latMax     = 84.0
	latMin     = -58.0 // below Tierra del Fuego; Antarctica is not drawn
	maxStretch = 1.5

	dotsX = 2 // braille dots per cell
	dotsY = 4
)

// projection maps degrees to dots: x = (lon+180)·perLon + offX,
// y = (latMax-lat)·perLat + offY.
type projection struct {
	perLon, perLat, offX, offY float64
}

func newProjection(wDots, hDots int) projection {
	perLon := min(float64(wDots)/360, float64(hDots)/(latMax-latMin))
	perLat := min(float64(hDots)/(latMax-latMin), perLon*maxStretch)
	return projection{
		perLon: perLon,
		perLat: perLat,
		offX:   (float64(wDots) - 360*perLon) / 2,
		offY:   (float64(hDots) - (latMax-latMin)*perLat) / 2,
	}
}

func (p projection) dot(pt orb.Point) (x, y float64) {
	return (pt[0]+180)*p.perLon + p.offX, (latMax-pt[1])*p.perLat + p.offY
}

// Raster is the world rasterised at one size: which country owns each dot
// and each cell. It costs a few milliseconds to build and does not depend on
// the counts or the selection, so a Map builds one per size and keeps it.
type Raster struct {
	Cols, Rows int // in cells
	wDots      int
	hDots      int
	proj       projection
	owner      []int16 // per dot: index into World.Countries, or -1 for sea
	cell       []int16 // per cell: the country owning most of its dots, or -1
	dots       []int32 // per country: how many dots it owns
	cells      []int32 // per country: how many cells it owns
	box        []dotBox
}

// dotBox is the dots a country spans, max exclusive.
type dotBox struct{ x0, y0, x1, y1 int }

// Rasterize fills every country's outline at cols × rows cells.
func (w *World) Rasterize(cols, rows int) *Raster {
	cols, rows = max(cols, 0), max(rows, 0)
	r := &Raster{
		Cols: cols, Rows: rows,
		wDots: cols * dotsX, hDots: rows * dotsY,
		dots: make([]int32, len(w.Countries)),
		box:  make([]dotBox, len(w.Countries)),
	}
	r.proj = newProjection(r.wDots, r.hDots)
	r.owner = make([]int16, r.wDots*r.hDots)
	for i := range r.owner {
		r.owner[i] = -1
	}
	var xs []float64
	var ring [][2]float64
	for i, c := range w.Countries {
		for _, poly := range c.Shape {
			ring = ring[:0]
			y0, y1 := math.Inf(1), math.Inf(-1)
			var starts []int
			for _, rg := range poly {
				starts = append(starts, len(ring))
				for _, pt := range rg {
					x, y := r.proj.dot(pt)
					ring = append(ring, [2]float64{x, y})
					y0, y1 = min(y0, y), max(y1, y)
				}
			}
			starts = append(starts, len(ring))
			// Each row of dots is filled where its centre line is inside the
			// polygon, by the even-odd rule over all its rings.
			for row := max(0, int(math.Ceil(y0-0.5))); row < r.hDots && float64(row)+0.5 <= y1; row++ {
				yc := float64(row) + 0.5
				xs = xs[:0]
				for k := 0; k+1 < len(starts); k++ {
					pts := ring[starts[k]:starts[k+1]]
					for j := 1; j < len(pts); j++ {
						a, b := pts[j-1], pts[j]
						if (a[1] <= yc) != (b[1] <= yc) {
							xs = append(xs, a[0]+(yc-a[1])*(b[0]-a[0])/(b[1]-a[1]))
						}
					}
				}
				slices.Sort(xs)
				for k := 0; k+1 < len(xs); k += 2 {
					from := max(0, int(math.Ceil(xs[k]-0.5)))
					to := min(r.wDots, int(math.Ceil(xs[k+1]-0.5)))
					for x := from; x < to; x++ {
						r.owner[row*r.wDots+x] = int16(i)
					}
				}
			}
		}
	}
	r.claimDots(w)
	for i := range r.box {
		r.box[i] = dotBox{x0: r.wDots, y0: r.hDots}
	}
	for y := range r.hDots {
		for x := range r.wDots {
			if o := r.owner[y*r.wDots+x]; o >= 0 {
				r.dots[o]++
				b := &r.box[o]
				b.x0, b.y0 = min(b.x0, x), min(b.y0, y)
				b.x1, b.y1 = max(b.x1, x+1), max(b.y1, y+1)
			}
		}
	}
	r.cell = make([]int16, cols*rows)
	var tally [dotsX * dotsY]int16
	for row := range rows {
		for col := range cols {
			n := 0
			for dy := range dotsY {
				for dx := range dotsX {
					if o := r.owner[(row*dotsY+dy)*r.wDots+col*dotsX+dx]; o >= 0 {
						tally[n] = o
						n++
					}
				}
			}
			r.cell[row*cols+col] = mostCommon(tally[:n])
		}
	}
	r.claimCells()
	r.cells = make([]int32, len(w.Countries))
	for _, o := range r.cell {
		if o >= 0 {
			r.cells[o]++
		}
	}
	return r
}

// claimDots gives a country whose outline no dot's centre falls in the dot
// under its label point, or one beside it, so that it is drawn and can be
// reached from its neighbours; a dot is never taken from a country with
// only that one.
func (r *Raster) claimDots(w *World) {
	filled := make([]int32, len(w.Countries))
	for _, o := range r.owner {
		if o >= 0 {
			filled[o]++
		}
	}
	for i, c := range w.Countries {
		if c.Shape == nil || filled[i] > 0 {
			continue
		}
		fx, fy := r.proj.dot(c.Label)
		x0, y0 := int(math.Floor(fx)), int(math.Floor(fy))
		for _, d := range spiral[:9] {
			x, y := x0+d[0], y0+d[1]
			if x < 0 || y < 0 || x >= r.wDots || y >= r.hDots {
				continue
			}
			o := r.owner[y*r.wDots+x]
			if o >= 0 && filled[o] <= 1 {
				continue
			}
			if o >= 0 {
				filled[o]--
			}
			r.owner[y*r.wDots+x] = int16(i)
			filled[i]++
			break
		}
	}
}

// claimCells gives each country drawn with too few dots to own a cell by
// majority the cell holding most of its dots, so that a click can choose
// it: the smallest countries choose first, and no country loses its last
// cell.
func (r *Raster) claimCells() {
	owned := make([]int, len(r.dots))
	for _, o := range r.cell {
		if o >= 0 {
			owned[o]++
		}
	}
	var small []int
	for i, n := range r.dots {
		if n > 0 && owned[i] == 0 {
			small = append(small, i)
		}
	}
	slices.SortStableFunc(small, func(a, b int) int { return int(r.dots[a] - r.dots[b]) })
	for _, i := range small {
		b := r.box[i]
		best, bestN := -1, 0
		for row := b.y0 / dotsY; row <= (b.y1-1)/dotsY; row++ {
			for col := b.x0 / dotsX; col <= (b.x1-1)/dotsX; col++ {
				cell := row*r.Cols + col
				if o := r.cell[cell]; o >= 0 && owned[o] <= 1 {
					continue
				}
				n := 0
				for dy := range dotsY {
					for dx := range dotsX {
						if r.owner[(row*dotsY+dy)*r.wDots+col*dotsX+dx] == int16(i) {
							n++
						}
					}
				}
				if n > bestN {
					best, bestN = cell, n
				}
			}
		}
		if best >= 0 {
			if o := r.cell[best]; o >= 0 {
				owned[o]--
			}
			r.cell[best] = int16(i)
			owned[i]++
		}
	}
}

// mostCommon returns the value that occurs most often, the smallest on a
// tie, or -1 for none.
func mostCommon(vs []int16) int16 {
	best, bestN := int16(-1), 0
	for i, v := range vs {
		n := 0
		for _, u := range vs[i:] {
			if u == v {
				n++
			}
		}
		if n > bestN || n == bestN && v < best {
			best, bestN = v, n
		}
	}
	return best
}

// ownerAt returns the country owning the dot, or -1 outside the raster.
func (r *Raster) ownerAt(x, y int) int16 {
	if x < 0 || y < 0 || x >= r.wDots || y >= r.hDots {
		return -1
	}
	return r.owner[y*r.wDots+x]
}

// cellOf returns the cell holding a point, and whether it is on the map.
func (r *Raster) cellOf(pt orb.Point) (col, row int, ok bool) {
	x, y := r.proj.dot(pt)
	col, row = int(math.Floor(x/dotsX)), int(math.Floor(y/dotsY))
	return col, row, col >= 0 && row >= 0 && col < r.Cols && row < r.Rows
}
