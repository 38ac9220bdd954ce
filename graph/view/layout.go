package view

import "math"

// goldenAngle spreads successive points of the spiral evenly.
var goldenAngle = math.Pi * (3 - math.Sqrt(5))

// start returns where the node ranked i by PageRank starts the page's
// force-directed layout: on a sunflower spiral of unit spacing, the most
// central nodes in the middle. The page runs ForceAtlas2 from these
// points for a fixed number of iterations, so the same input always gives
// the same picture.
func start(i int) (x, y float64) {
	r, a := math.Sqrt(float64(i)+0.5), float64(i)*goldenAngle
	return r * math.Cos(a), r * math.Sin(a)
}
