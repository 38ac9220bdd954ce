#!/usr/bin/env bash
# Runs every check of the project, integration tests against a real Neo4j
# included. It installs and starts what they need itself:
#   - a local Neo4j 5.26 community server (scripts/neo4j-local.sh; Java 17
#     and Maven fetch it from Maven Central, cached in ~/.m2),
#   - networkx (pip), to open the GraphML ergraph writes,
#   - Debian's chromium (apt-get), for the browser test of graph.html; its
#     screenshot is kept in $ERGRAPH_ARTIFACTS/view/ (default ergraph-out/ci).
#
#   scripts/test.sh            everything
#   FUZZTIME=60s scripts/test.sh   longer fuzzing (default 20s a target)
set -euo pipefail
cd "$(dirname "$0")/.."
export CI=${CI:-}
step() { printf '\n== %s\n' "$*"; }

step "format and vet"
bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$bad" ]; then echo "gofmt would change: $bad"; exit 1; fi
go vet ./...
go build ./...

step "local Neo4j"
started=
if [ -z "${NEO4J_URI:-}" ]; then
  eval "$(scripts/neo4j-local.sh start)"
  started=1
  # The server is ours: the kill-and-restart test may stop and start it.
  export ERGRAPH_NEO4J_LOCAL=1
fi
cleanup() { if [ -n "$started" ]; then scripts/neo4j-local.sh stop >/dev/null 2>&1 || true; fi; }
trap cleanup EXIT
echo "Neo4j at $NEO4J_URI as $NEO4J_USERNAME"

step "chromium for the browser test"
if ! command -v chromium >/dev/null 2>&1; then
  sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
chromium --version
export ERGRAPH_ARTIFACTS=${ERGRAPH_ARTIFACTS:-$PWD/ergraph-out/ci}
mkdir -p "$ERGRAPH_ARTIFACTS"

step "go test (unit and integration)"
# -p 1: the integration tests of several packages share one database.
go test -p 1 -count=1 -timeout 40m ./...
echo "browser screenshot: $ERGRAPH_ARTIFACTS/view/view.png"

step "GraphML opens in networkx"
python3 -c 'import networkx' 2>/dev/null || pip install -q networkx || python3 -m pip install -q networkx
out=$(mktemp -d)
go run ./cmd/ergraph build -q -o "$out" testdata > "$out/summary.txt"
python3 scripts/check-graphml.py "$out/graph.graphml"
rm -rf "$out"

step "fuzz (${FUZZTIME:-20s} a target)"
scripts/fuzz.sh "${FUZZTIME:-20s}"

step "seed corpus quality"
scripts/eval-seeds.sh --gate

echo
echo "all checks passed"
