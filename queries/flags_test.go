package queries

import "flag"

// update is accepted so that go test ./... -update, which refreshes the
// golden files of other packages, runs here too; this package has none.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")
