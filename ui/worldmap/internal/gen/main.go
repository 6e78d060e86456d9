// Command gen converts the world-atlas TopoJSON of Natural Earth's 1:110m
// countries into the map's embedded world.json: one line per country keyed
// by ISO 3166-1 alpha-2, with its outline quantised to hundredths of a
// degree and delta-encoded, a label point, and a point on each land border
// it shares, plus a point for each country too small to have an outline at
// this scale.
//
//	npm install --prefix /tmp/atlas world-atlas@2.0.2
//	go run ./ui/worldmap/internal/gen -atlas /tmp/atlas/node_modules/world-atlas/countries-110m.json -o ui/worldmap/world.json
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"

	bc "github.com/biter777/countries"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"
)

// scale is the quantisation of the output: hundredths of a degree, about a
// kilometre, well below what 1:110m resolves.
const scale = 100

// minRing is the fewest points of a closed ring: a triangle and its first
// point again.
const minRing = 4

func main() {
	atlas := flag.String("atlas", "", "countries-110m.json of the npm package world-atlas 2.0.2")
	out := flag.String("o", "world.json", "output file")
	flag.Parse()
	if *atlas == "" {
		fmt.Fprintln(os.Stderr, "gen: -atlas is required")
		os.Exit(2)
	}
	if err := run(*atlas, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// topology is the part of a TopoJSON file the conversion reads.
type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Countries struct {
			Geometries []struct {
				Type       string          `json:"type"`
				ID         string          `json:"id"`
				Arcs       json.RawMessage `json:"arcs"`
				Properties struct {
					Name string `json:"name"`
				} `json:"properties"`
			} `json:"geometries"`
		} `json:"countries"`
	} `json:"objects"`
}

// unnumbered gives the code of the features Natural Earth leaves without an
// ISO number: Kosovo has its user-assigned code; the breakaway regions are
// drawn as part of the country the gazetteer tags for them.
var unnumbered = map[string]string{
	"Kosovo":     "XK",
	"N. Cyprus":  "CY",
	"Somaliland": "SO",
}

// split moves the polygons of a country that lie inside a box to a
// territory with a code of its own, which Natural Earth draws as part of it.
var split = []struct {
	from, to string
	box      orb.Bound
}{
	{"FR", "GF", orb.Bound{Min: orb.Point{-60, 0}, Max: orb.Point{-50, 10}}},
	{"NO", "SJ", orb.Bound{Min: orb.Point{0, 74}, Max: orb.Point{40, 82}}},
}

// dropped are features the map never shows: its projection stops short of
// the far south.
var dropped = map[string]bool{"AQ": true}

// point is a country without an outline at 1:110m, at its capital or centre.
// always marks the sovereign states, whose marker shows even when no article
// mentions them; a territory's shows only when it has articles or is
// selected.
type point struct {
	code     string
	lon, lat float64
	always   bool
}

var points = []point{
	{"AD", 1.52, 42.51, true},
	{"AG", -61.80, 17.08, true},
	{"BB", -59.54, 13.16, true},
	{"BH", 50.56, 26.07, true},
	{"CV", -23.60, 15.10, true},
	{"DM", -61.37, 15.41, true},
	{"FM", 158.20, 6.90, true},
	{"GD", -61.68, 12.12, true},
	{"KI", 173.00, 1.42, true},
	{"KM", 43.87, -11.70, true},
	{"KN", -62.75, 17.30, true},
	{"LC", -60.98, 13.90, true},
	{"LI", 9.55, 47.16, true},
	{"MC", 7.42, 43.74, true},
	{"MH", 171.18, 7.10, true},
	{"MT", 14.45, 35.90, true},
	{"MU", 57.55, -20.35, true},
	{"MV", 73.50, 4.18, true},
	{"NR", 166.93, -0.52, true},
	{"PW", 134.58, 7.50, true},
	{"SC", 55.45, -4.62, true},
	{"SG", 103.82, 1.35, true},
	{"SM", 12.46, 43.94, true},
	{"ST", 6.60, 0.30, true},
	{"TO", -175.20, -21.18, true},
	{"TV", 179.20, -8.52, true},
	{"VA", 12.45, 41.90, true},
	{"VC", -61.20, 13.25, true},
	{"WS", -172.10, -13.75, true},

	{"AI", -63.05, 18.22, false},
	{"AS", -170.70, -14.30, false},
	{"AW", -69.97, 12.52, false},
	{"AX", 19.95, 60.20, false},
	{"BL", -62.83, 17.90, false},
	{"BM", -64.75, 32.30, false},
	{"BQ", -68.26, 12.18, false},
	{"BV", 3.40, -54.42, false},
	{"CC", 96.87, -12.16, false},
	{"CK", -159.78, -21.24, false},
	{"CW", -68.99, 12.17, false},
	{"CX", 105.69, -10.45, false},
	{"FO", -6.90, 62.00, false},
	{"GG", -2.58, 49.45, false},
	{"GI", -5.35, 36.14, false},
	{"GP", -61.55, 16.25, false},
	{"GS", -36.60, -54.40, false},
	{"GU", 144.79, 13.44, false},
	{"HK", 114.17, 22.32, false},
	{"HM", 73.50, -53.10, false},
	{"IM", -4.55, 54.23, false},
	{"IO", 72.42, -7.32, false},
	{"JE", -2.13, 49.21, false},
	{"KY", -81.25, 19.31, false},
	{"MF", -63.07, 18.07, false},
	{"MO", 113.55, 22.16, false},
	{"MP", 145.75, 15.18, false},
	{"MQ", -61.02, 14.64, false},
	{"MS", -62.19, 16.74, false},
	{"NF", 167.95, -29.04, false},
	{"NU", -169.87, -19.05, false},
	{"PF", -149.40, -17.65, false},
	{"PM", -56.30, 46.90, false},
	{"PN", -130.10, -25.07, false},
	{"RE", 55.53, -21.12, false},
	{"SH", -5.71, -15.96, false},
	{"SX", -63.05, 18.04, false},
	{"TC", -71.80, 21.80, false},
	{"TK", -171.85, -9.20, false},
	{"UM", 166.60, 19.30, false},
	{"VG", -64.62, 18.43, false},
	{"VI", -64.90, 18.34, false},
	{"WF", -176.20, -13.30, false},
	{"YT", 45.17, -12.83, false},
}

// country is one line of the output. Coordinates are in hundredths of a
// degree; each ring is x0, y0, then the differences to the previous point.
type country struct {
	Code     string            `json:"code"`
	Label    [2]int            `json:"label"`
	Always   bool              `json:"always,omitempty"`
	Borders  map[string][2]int `json:"borders,omitempty"`
	Polygons [][][]int         `json:"polygons,omitempty"`
	geometry orb.MultiPolygon  `json:"-"`
	arcs     [][]int           `json:"-"` // the arcs of each polygon
}

func run(atlasPath, outPath string) error {
	data, err := os.ReadFile(atlasPath)
	if err != nil {
		return err
	}
	var topo topology
	if err := json.Unmarshal(data, &topo); err != nil {
		return fmt.Errorf("reading %s: %w", atlasPath, err)
	}
	arcs := decodeArcs(topo)
	byCode := map[string]*country{}
	for _, g := range topo.Objects.Countries.Geometries {
		code, err := codeOf(g.ID, g.Properties.Name)
		if err != nil {
			return err
		}
		if dropped[code] {
			continue
		}
		var polys [][][]int // arc indices per ring per polygon
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return fmt.Errorf("%s: %w", g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return fmt.Errorf("%s: %w", g.Properties.Name, err)
			}
		default:
			return fmt.Errorf("%s: unexpected geometry %s", g.Properties.Name, g.Type)
		}
		c := byCode[code]
		if c == nil {
			c = &country{Code: code}
			byCode[code] = c
		}
		for _, p := range polys {
			poly := make(orb.Polygon, len(p))
			var used []int
			for i, ring := range p {
				poly[i] = ringOf(arcs, ring)
				for _, a := range ring {
					used = append(used, arcIndex(a))
				}
			}
			c.geometry = append(c.geometry, poly)
			c.arcs = append(c.arcs, used)
		}
	}
	for _, s := range split {
		from := byCode[s.from]
		if from == nil {
			return fmt.Errorf("split: no %s", s.from)
		}
		to := &country{Code: s.to}
		var keep orb.MultiPolygon
		var keepArcs [][]int
		for i, p := range from.geometry {
			if s.box.Contains(p.Bound().Center()) {
				to.geometry = append(to.geometry, p)
				to.arcs = append(to.arcs, from.arcs[i])
			} else {
				keep = append(keep, p)
				keepArcs = append(keepArcs, from.arcs[i])
			}
		}
		if len(to.geometry) == 0 {
			return fmt.Errorf("split: nothing of %s in the box of %s", s.from, s.to)
		}
		from.geometry, from.arcs = keep, keepArcs
		byCode[s.to] = to
	}
	borders(byCode, arcs)
	for _, p := range points {
		if byCode[p.code] != nil {
			return fmt.Errorf("%s has an outline and a point", p.code)
		}
		if bc.ByName(p.code) == bc.Unknown {
			return fmt.Errorf("%s is not an ISO 3166-1 code", p.code)
		}
		byCode[p.code] = &country{Code: p.code, Always: p.always, Label: quantise(orb.Point{p.lon, p.lat})}
	}

	codes := make([]string, 0, len(byCode))
	for code := range byCode {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	var buf bytes.Buffer
	buf.WriteString("{\"source\":\"world-atlas 2.0.2 countries-110m.json: Natural Earth 1:110m countries, public domain\",\n")
	fmt.Fprintf(&buf, "\"scale\":%d,\n\"countries\":[\n", scale)
	for i, code := range codes {
		c := byCode[code]
		if len(c.geometry) > 0 {
			orb.Round(c.geometry, scale)
			c.Label = quantise(labelPoint(c.geometry))
			for _, p := range c.geometry {
				var rings [][]int
				for k, r := range p {
					enc := encodeRing(r)
					if len(enc) < 2*minRing {
						if k == 0 {
							break // an island smaller than the quantum
						}
						continue
					}
					rings = append(rings, enc)
				}
				if len(rings) > 0 {
					c.Polygons = append(c.Polygons, rings)
				}
			}
		}
		line, err := json.Marshal(c)
		if err != nil {
			return err
		}
		buf.Write(line)
		if i < len(codes)-1 {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("]}\n")
	return os.WriteFile(outPath, buf.Bytes(), 0o644)
}

func codeOf(id, name string) (string, error) {
	if id == "" {
		code, ok := unnumbered[name]
		if !ok {
			return "", fmt.Errorf("%s has no ISO number and no code here", name)
		}
		return code, nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return "", fmt.Errorf("%s: id %q: %w", name, id, err)
	}
	c := bc.ByNumeric(n)
	if c == bc.Unknown {
		return "", fmt.Errorf("%s: no alpha-2 code for ISO number %d", name, n)
	}
	return c.Alpha2(), nil
}

// decodeArcs undoes TopoJSON's quantisation and delta encoding.
func decodeArcs(t topology) [][]orb.Point {
	sx, sy := t.Transform.Scale[0], t.Transform.Scale[1]
	tx, ty := t.Transform.Translate[0], t.Transform.Translate[1]
	out := make([][]orb.Point, len(t.Arcs))
	for i, arc := range t.Arcs {
		var x, y float64
		pts := make([]orb.Point, len(arc))
		for j, d := range arc {
			x += d[0]
			y += d[1]
			pts[j] = orb.Point{x*sx + tx, y*sy + ty}
		}
		out[i] = pts
	}
	return out
}

// arcIndex reads TopoJSON's arc reference: ~i is arc i reversed.
func arcIndex(a int) int {
	if a < 0 {
		return ^a
	}
	return a
}

// ringOf joins arcs into a ring; consecutive arcs share their end point.
func ringOf(arcs [][]orb.Point, refs []int) orb.Ring {
	var r orb.Ring
	for k, a := range refs {
		pts := slices.Clone(arcs[arcIndex(a)])
		if a < 0 {
			slices.Reverse(pts)
		}
		if k > 0 {
			pts = pts[1:]
		}
		r = append(r, pts...)
	}
	return r
}

// borders gives each pair of countries that share an arc a point on it:
// the shared vertex nearest the mean of all their shared vertices, so that
// the point lies on the border itself.
func borders(byCode map[string]*country, arcs [][]orb.Point) {
	users := map[int][]string{}
	for code, c := range byCode {
		seen := map[int]bool{}
		for _, used := range c.arcs {
			for _, a := range used {
				if !seen[a] {
					seen[a] = true
					users[a] = append(users[a], code)
				}
			}
		}
	}
	shared := map[[2]string][]orb.Point{}
	for a, codes := range users {
		if len(codes) != 2 || codes[0] == codes[1] {
			continue
		}
		slices.Sort(codes)
		k := [2]string{codes[0], codes[1]}
		shared[k] = append(shared[k], arcs[a]...)
	}
	for k, pts := range shared {
		var mean orb.Point
		for _, p := range pts {
			mean[0] += p[0] / float64(len(pts))
			mean[1] += p[1] / float64(len(pts))
		}
		best := pts[0]
		for _, p := range pts {
			if planar.DistanceSquared(p, mean) < planar.DistanceSquared(best, mean) {
				best = p
			}
		}
		q := quantise(best)
		for i, code := range k {
			c := byCode[code]
			if c.Borders == nil {
				c.Borders = map[string][2]int{}
			}
			c.Borders[k[1-i]] = q
		}
	}
}

// labelPoint is where a country's name belongs: the centroid of its largest
// polygon, or, when that falls outside it (a crescent), the middle of the
// widest stretch of the polygon along the centroid's parallel.
func labelPoint(mp orb.MultiPolygon) orb.Point {
	var largest orb.Polygon
	best := -1.0
	for _, p := range mp {
		if a := math.Abs(planar.Area(p)); a > best {
			best, largest = a, p
		}
	}
	c, _ := planar.CentroidArea(largest)
	if planar.PolygonContains(largest, c) {
		return c
	}
	var xs []float64
	for _, r := range largest {
		for i := 1; i < len(r); i++ {
			a, b := r[i-1], r[i]
			if (a[1] <= c[1]) != (b[1] <= c[1]) {
				xs = append(xs, a[0]+(c[1]-a[1])*(b[0]-a[0])/(b[1]-a[1]))
			}
		}
	}
	slices.Sort(xs)
	width := -1.0
	for i := 0; i+1 < len(xs); i += 2 {
		if xs[i+1]-xs[i] > width {
			width = xs[i+1] - xs[i]
			c[0] = (xs[i] + xs[i+1]) / 2
		}
	}
	return c
}

func quantise(p orb.Point) [2]int {
	return [2]int{int(math.Round(p[0] * scale)), int(math.Round(p[1] * scale))}
}

// encodeRing writes a ring as its first point and the differences after it,
// dropping points that round onto the one before.
func encodeRing(r orb.Ring) []int {
	var out []int
	var px, py int
	for i, p := range r {
		q := quantise(p)
		if i > 0 && q[0] == px && q[1] == py {
			continue
		}
		if i == 0 {
			out = append(out, q[0], q[1])
		} else {
			out = append(out, q[0]-px, q[1]-py)
		}
		px, py = q[0], q[1]
	}
	return out
}
