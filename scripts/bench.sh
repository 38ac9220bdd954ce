#!/usr/bin/env bash
# Benchmarks ergraph end to end and prints the numbers BENCHMARKS.md holds.
#
#   scripts/bench.sh            extraction at 1x, 2x, 4x the GMB corpus, centrality, load
#   SIZES="1" scripts/bench.sh  only the 1x corpus
#   PEERS_NETWORKX=0 scripts/bench.sh   skip networkx (its betweenness takes minutes)
#   PARTS="extract build" scripts/bench.sh   only some of: extract build micro centrality load replace
#
# The corpus is ../shared/data/gmb/ner_dataset.csv joined into articles of
# 25 sentences (~1,900 articles, 1M tokens) by tools/gmbcorpus. Peak RSS
# comes from /usr/bin/time -v. Centrality is the go test benchmarks over a
# Barabasi-Albert graph (n=5000, m=5), with igraph and networkx on the same
# graph when pip can install them. The load rate needs Neo4j: NEO4J_URI, or
# a local server started here. "replace" loads the 1x corpus as
# ../shared/data/gmb-articles.py writes it (1,919 .txt files), then times
# replacing one edited article and deleting it, centrality apart.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${ERGRAPH_SHARED:-../shared}
gmb="$shared/data/gmb/ner_dataset.csv"
[ -f "$gmb" ] || { echo "bench: $gmb not found"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timer=(/usr/bin/time -v)
[ -x /usr/bin/time ] || { apt-get install -y -q time >/dev/null 2>&1 || true; }
[ -x /usr/bin/time ] || timer=()

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(go version | cut -d' ' -f3), $(date -u +%Y-%m-%d)"
go build -o "$work/ergraph" ./cmd/ergraph

echo
part() { [[ " ${PARTS:-extract build micro centrality load replace} " == *" $1 "* ]]; }
timed() { # timed OUT CMD...: run CMD with stdout to OUT; print "seconds rss"
  local out=$1; shift
  local start end
  start=$(date +%s.%N)
  "${timer[@]}" "$@" > "$out" 2> "$work/time.txt"
  end=$(date +%s.%N)
  python3 -c 'import sys; print(f"{float(sys.argv[2])-float(sys.argv[1]):.1f}")' "$start" "$end"
  awk -F': ' '/Maximum resident/{printf "%.0fMB", $2/1024}' "$work/time.txt"
}
for size in ${SIZES:-1 2 4}; do
  go run ./tools/gmbcorpus -times "$size" "$gmb" > "$work/gmb-$size.jsonl"
done

if part extract; then
echo "== extraction: ergraph extract on the GMB corpus (clean, tokenise, tag, entities, resolution, relations, JSON out)"
printf '%-6s %-8s %9s %10s %9s %12s %9s\n' size workers documents tokens seconds tokens/s peakRSS
for size in ${SIZES:-1 2 4}; do
  for workers in ${WORKERS:-1 2}; do
    [ "$size" != 1 ] && [ "$workers" = 1 ] && continue
    read -r secs rss < <(timed "$work/extract.jsonl" "$work/ergraph" extract -q -workers "$workers" "$work/gmb-$size.jsonl" | paste -sd' ')
    read -r docs tokens < <(python3 -c 'import json,sys
n=t=0
for l in open(sys.argv[1]):
    n+=1; t+=json.loads(l)["tokens"]
print(n, t)' "$work/extract.jsonl")
    python3 -c 'import sys; s,w,d,t,secs,rss=sys.argv[1:]; print(f"{s+chr(120):<6} {w:<8} {d:>9} {t:>10} {secs:>9} {int(t)/float(secs):>12,.0f} {rss:>9}")' \
      "$size" "$workers" "$docs" "$tokens" "$secs" "${rss:-n/a}"
  done
done
fi

if part build; then
echo
echo "== ergraph build (extraction, merge, resolution, centrality, GraphML and JSON Lines), 2 workers"
printf '%-6s %9s %9s %9s %9s\n' size entities edges seconds peakRSS
for size in ${SIZES:-1 2 4}; do
  read -r secs rss < <(timed "$work/summary.txt" "$work/ergraph" build -q -top 0 -o "$work/out" "$work/gmb-$size.jsonl" | paste -sd' ')
  ents=$(awk '/^entities/{print $2}' "$work/summary.txt" | tr -d :)
  rels=$(awk '/^relations/{print $2}' "$work/summary.txt" | tr -d :)
  printf '%-6s %9s %9s %9s %9s\n' "${size}x" "$ents" "$rels" "$secs" "${rss:-n/a}"
done
echo "(the graph is the same at every size: the corpus is repeated, so only extraction grows)"
fi

if part micro; then
echo
echo "== extraction alone (go test -bench Extract), merge and GraphML (go test -bench)"
go test ./extract -run '^$' -bench 'Extract' -benchtime 20x 2>/dev/null | grep -E '^Benchmark' || true
go test ./graph -run '^$' -bench 'Add|WriteGraphML' -benchtime 3x 2>/dev/null | grep -E '^Benchmark' || true
fi

if part centrality; then
echo
echo "== centrality on Barabasi-Albert graphs (go test -bench)"
go test ./graph -run '^$' -bench 'Betweenness/BA-5000|Closeness/BA-5000|PageRank/BA-5000|Eigenvector/BA-5000|Communities/BA-5000|Rank/BA-5000' -benchtime 3x \
  | grep -E '^Benchmark' || true
if python3 -c 'import igraph, networkx' 2>/dev/null || pip install -q python-igraph networkx scipy >/dev/null 2>&1; then
  go test ./graph -run TestWriteCentralityEdgeLists -centrality.edges "$work/ba" >/dev/null
  echo "peers on the same graph:"
  peer_args=()
  [ "${PEERS_NETWORKX:-1}" = 0 ] && peer_args=(--no-networkx)
  python3 scripts/bench-centrality-peers.py "${peer_args[@]}" "$work/ba/ba-5000.edges" || true
else
  echo "peers: pip could not install python-igraph and networkx; skipped"
fi
fi

started=
neo4j_up() {
  [ -n "${NEO4J_URI:-}" ] && return
  # A server of its own, with the JIT's full optimisation (the test default
  # trades it for a faster start) and a larger page cache.
  export ERGRAPH_NEO4J_HOME="$work/neo4j" ERGRAPH_NEO4J_PORT=7689 ERGRAPH_NEO4J_PAGECACHE=512m
  export ERGRAPH_NEO4J_JAVA_OPTS="${ERGRAPH_NEO4J_JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseG1GC -Dfile.encoding=UTF-8}"
  eval "$(scripts/neo4j-local.sh start)"
  started=1
}

if part load; then
echo
echo "== Neo4j load (go test -bench Load)"
neo4j_up
echo "server: $NEO4J_URI"
go test ./graph/store -run '^$' -bench 'Load' -benchtime 1x | grep -E '^Benchmark' || true
echo "GMB corpora (gmb-articles.py K): ergraph's load against the Python driver, same rows, same server"
python3 -c 'import neo4j' 2>/dev/null || pip install -q neo4j >/dev/null 2>&1 || echo "pip install neo4j failed: no peer"
for k in ${LOAD_SIZES:-1 4}; do
  python3 "$shared/data/gmb-articles.py" "$work/gmbload$k" "$k" > /dev/null
  "$work/ergraph" extract -q "$work/gmbload$k" > "$work/extload$k.jsonl"
  for run in 1 2; do
    ERGRAPH_BENCH_ROWS="$work/rows$k.json" ERGRAPH_BENCH_EXTRACTED="$work/extload$k.jsonl" \
      go test ./graph/store -run '^$' -bench LoadCorpus -benchtime 1x | grep -E '^Benchmark' || true
    python3 -c 'import neo4j' 2>/dev/null && python3 scripts/load-peer.py "$work/rows$k.json" | tail -1
  done
done
echo "seed corpus: ergraph load (all stages, 5 articles)"
if [ -d "$shared/corpus/seeds" ]; then
  for run in 1 2; do
    "$work/ergraph" load -q -top 0 -clear -o "$work/seeds" "$shared/corpus/seeds" > "$work/load.txt"
    sed -n 1p "$work/load.txt"
  done
fi
fi

if part replace; then
echo
echo "== replacing one edited article in a database of the 1x GMB corpus (ergraph load of that file)"
neo4j_up
python3 "$shared/data/gmb-articles.py" "$work/gmb1" 1 > /dev/null
"$work/ergraph" load -q -top 0 -clear -o "$work/out" "$work/gmb1" | grep -E '^loaded'
doc="$work/gmb1/c00_gmb00100.txt"
for sentence in "Nadia Okafor, a spokeswoman for the United Nations, said the talks would resume in Geneva." \
  "Ayo Bello, an adviser to the World Bank, welcomed the plan." "Lina Haddad of Oxfam said aid would arrive in May."; do
  printf '\n%s\n' "$sentence" >> "$doc"
  read -r secs rss < <(timed "$work/replace.txt" "$work/ergraph" load -q -top 0 -o "$work/out1" "$doc" | paste -sd' ')
  grep -E '^(documents  0|loaded|centrality)' "$work/replace.txt" || true
  echo "whole command: $secs s"
done
read -r secs rss < <(timed "$work/delete.txt" "$work/ergraph" delete -q -top 0 c00_gmb00100 | paste -sd' ')
grep -E '^(deleted|centrality)' "$work/delete.txt" || true
echo "whole command: $secs s"
fi
if [ -n "$started" ]; then scripts/neo4j-local.sh stop >/dev/null 2>&1 || true; fi
