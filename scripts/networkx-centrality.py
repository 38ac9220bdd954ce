#!/usr/bin/env python3
"""Print networkx's centrality scores of a graph as JSON.

Usage: networkx-centrality.py GRAPH.edges > GRAPH.json

The edge list has one node id per line ("7"), or an undirected edge with
its weight ("7 10 3"); '#' starts a comment. The output is the golden
data of graph.TestCentralityMatchesNetworkx:

  betweenness  betweenness_centrality(G, normalized=False)
  closeness    closeness_centrality(G)  (Wasserman-Faust, wf_improved=True)
  pagerank     pagerank(G, alpha=0.85, weight="weight")
  eigenvector  eigenvector_centrality(G, weight="weight")

PageRank and eigenvector centrality run with much tighter tolerances than
networkx's defaults, so that they are accurate to well under 1e-9.
Regenerate every golden file with (needs pip install networkx scipy):

  for f in graph/testdata/centrality/*.edges; do
      python3 scripts/networkx-centrality.py "$f" > "${f%.edges}.json"
  done
"""
import json
import sys

import networkx as nx


def read_edges(path):
    g = nx.Graph()
    with open(path) as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if len(fields) == 1:
                g.add_node(int(fields[0]))
            elif len(fields) == 3:
                u, v, w = int(fields[0]), int(fields[1]), float(fields[2])
                if g.has_edge(u, v):
                    w = max(w, g[u][v]["weight"])
                g.add_edge(u, v, weight=w)
            elif fields:
                sys.exit(f"{path}: bad line {line!r}")
    return g


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    g = read_edges(sys.argv[1])

    def keyed(scores):
        return {str(k): float(v) for k, v in sorted(scores.items())}

    out = {
        "networkx": nx.__version__,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "betweenness": keyed(nx.betweenness_centrality(g, normalized=False)),
        "closeness": keyed(nx.closeness_centrality(g)),
        "pagerank": keyed(nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=10000)),
        "eigenvector": keyed(nx.eigenvector_centrality(g, weight="weight", tol=1e-15, max_iter=100000)),
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
