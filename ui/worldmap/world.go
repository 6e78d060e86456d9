// Package worldmap draws the world in a terminal with braille dots: each
// country shaded by a count on a scale, the selected one outlined, markers
// for the countries too small to draw, a hit test for the mouse and moves to
// the neighbouring country by direction. The outlines are Natural Earth's
// 1:110m countries (public domain) from the npm package world-atlas 2.0.2,
// converted once by internal/gen into world.json.
package worldmap

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/paulmach/orb"

	"dateline/articles/countries"
)

//go:generate sh -c "npm install --prefix ${TMPDIR:-/tmp}/world-atlas world-atlas@2.0.2 && go run ./internal/gen -atlas ${TMPDIR:-/tmp}/world-atlas/node_modules/world-atlas/countries-110m.json -o world.json"

//go:embed world.json
var worldJSON []byte

// Country is one place on the map: an outline, or only a point for a
// country too small to have one at 1:110m.
type Country struct {
	Code    string // ISO 3166-1 alpha-2
	Name    string // the project's short name
	Flag    string
	Shape   orb.MultiPolygon // nil for a point
	Bound   orb.Bound
	Label   orb.Point // where its marker or name goes
	Always  bool      // a sovereign state without an outline: its marker always shows
	Borders map[string]orb.Point
}

// World is every country of the map, by code.
type World struct {
	Countries []Country // by code
	index     map[string]int
}

// Lookup returns the index of the country with code in Countries.
func (w *World) Lookup(code string) (int, bool) {
	i, ok := w.index[strings.ToUpper(code)]
	return i, ok
}

// Load returns the embedded world, parsed on first use.
var Load = sync.OnceValues(func() (*World, error) { return parse(worldJSON) })

type worldFile struct {
	Scale     float64 `json:"scale"`
	Countries []struct {
		Code     string            `json:"code"`
		Label    [2]int            `json:"label"`
		Always   bool              `json:"always"`
		Borders  map[string][2]int `json:"borders"`
		Polygons [][][]int         `json:"polygons"`
	} `json:"countries"`
}

func parse(data []byte) (*World, error) {
	var f worldFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("reading the world map: %w", err)
	}
	if f.Scale <= 0 {
		return nil, fmt.Errorf("reading the world map: scale %v", f.Scale)
	}
	pt := func(q [2]int) orb.Point { return orb.Point{float64(q[0]) / f.Scale, float64(q[1]) / f.Scale} }
	w := &World{index: make(map[string]int, len(f.Countries))}
	for _, fc := range f.Countries {
		c := Country{Code: fc.Code, Name: fc.Code, Label: pt(fc.Label), Always: fc.Always}
		if k, ok := countries.Lookup(fc.Code); ok {
			c.Name, c.Flag = k.Name, k.Flag
		}
		for _, p := range fc.Polygons {
			poly := make(orb.Polygon, 0, len(p))
			for _, ring := range p {
				if len(ring)%2 != 0 || len(ring) < 8 {
					return nil, fmt.Errorf("reading the world map: %s: a ring of %d numbers", fc.Code, len(ring))
				}
				r := make(orb.Ring, 0, len(ring)/2+1)
				var x, y int
				for i := 0; i < len(ring); i += 2 {
					x, y = x+ring[i], y+ring[i+1]
					r = append(r, pt([2]int{x, y}))
				}
				poly = append(poly, r)
			}
			c.Shape = append(c.Shape, poly)
		}
		if c.Shape != nil {
			c.Bound = c.Shape.Bound()
		} else {
			c.Bound = c.Label.Bound()
		}
		if len(fc.Borders) > 0 {
			c.Borders = make(map[string]orb.Point, len(fc.Borders))
			for code, q := range fc.Borders {
				c.Borders[code] = pt(q)
			}
		}
		w.Countries = append(w.Countries, c)
	}
	slices.SortFunc(w.Countries, func(a, b Country) int { return strings.Compare(a.Code, b.Code) })
	for i, c := range w.Countries {
		if _, dup := w.index[c.Code]; dup {
			return nil, fmt.Errorf("reading the world map: %s twice", c.Code)
		}
		w.index[c.Code] = i
	}
	return w, nil
}
