#!/usr/bin/env bash
# Compares the smoothness of sigma.js (what graph.html uses) and
# cytoscape.js on the same graph: frames per second while the camera pans
# and zooms, in headless chromium. PAGE is a graph.html from ergraph view
# (its -initial sets how many nodes both draw).
#
#   scripts/bench-viewers.sh /tmp/gmb1-out/graph-10000.html
set -euo pipefail
cd "$(dirname "$0")/.."
page=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd tools/viewer && npm ci --no-audit --no-fund >/dev/null &&
  npx esbuild bench/cytoscape.js --bundle --minify --format=iife --outfile="$tmp/cy.js" --log-level=warning)
# The same page and data, the viewer script swapped for the cytoscape one.
python3 - "$page" "$tmp/cy.js" "$tmp/cytoscape.html" <<'PY'
import re, sys
page, js, out = sys.argv[1:]
html = open(page, encoding="utf-8").read()
head, _, rest = html.rpartition("<script>")
_, _, tail = rest.rpartition("</script>")
open(out, "w", encoding="utf-8").write(head + "<script>" + open(js, encoding="utf-8").read() + "</script>" + tail)
PY
go test -c -o "$tmp/ergraph.test" ./cmd/ergraph
for p in "$page" "$tmp/cytoscape.html"; do
  echo "== $(basename "$p")"
  ERGRAPH_VIEW_PAGE=$p "$tmp/ergraph.test" -test.run '^$' -test.bench 'BenchmarkView(FrameRate|Interactive)' -test.benchtime 1x | grep -E '^Benchmark'
done
