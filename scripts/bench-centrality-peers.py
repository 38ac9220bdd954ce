#!/usr/bin/env python3
"""Time igraph and networkx on the centrality benchmark graphs of ergraph.

Usage:
  go test ./graph -run TestWriteCentralityEdgeLists -centrality.edges /tmp/ba
  python3 scripts/bench-centrality-peers.py [--no-networkx] /tmp/ba/ba-5000.edges

needs: pip install python-igraph networkx scipy
Compare with: go test ./graph -run x -bench 'BA-5000' -benchtime 3x
igraph runs on one core; ergraph uses GOMAXPROCS cores for betweenness
and closeness.
"""
import sys
import time

import igraph
import networkx as nx


def read_edges(path):
    nodes, edges, weights = [], [], []
    with open(path) as f:
        for line in f:
            fields = line.split("#", 1)[0].split()
            if len(fields) == 1:
                nodes.append(int(fields[0]))
            elif len(fields) == 3:
                edges.append((int(fields[0]), int(fields[1])))
                weights.append(float(fields[2]))
    return nodes, edges, weights


def timed(name, f):
    t, c = time.perf_counter(), time.process_time()
    f()
    print(f"{name:40s} {time.perf_counter() - t:9.3f} s  (cpu {time.process_time() - c:.3f} s)", flush=True)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    nodes, edges, weights = read_edges(args[0])
    index = {v: i for i, v in enumerate(nodes)}
    print(f"{args[0]}: {len(nodes)} nodes, {len(edges)} edges; igraph {igraph.__version__}, networkx {nx.__version__}")

    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in edges])
    g.es["weight"] = weights
    timed("igraph betweenness", lambda: g.betweenness(directed=False))
    timed("igraph closeness", lambda: g.closeness())
    timed("igraph pagerank (weighted)", lambda: g.pagerank(weights="weight"))
    timed("igraph eigenvector (weighted)", lambda: g.eigenvector_centrality(weights="weight"))
    timed("igraph multilevel (Louvain, weighted)", lambda: g.community_multilevel(weights="weight"))

    if "--no-networkx" in sys.argv:
        return
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
    timed("networkx betweenness", lambda: nx.betweenness_centrality(G, normalized=False))
    timed("networkx betweenness k=1000", lambda: nx.betweenness_centrality(G, k=1000, normalized=False, seed=1))
    timed("networkx closeness", lambda: nx.closeness_centrality(G))
    timed("networkx pagerank (weighted)", lambda: nx.pagerank(G, weight="weight", tol=1e-12))
    timed("networkx eigenvector (weighted)", lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-12))
    timed("networkx louvain (weighted)", lambda: nx.community.louvain_communities(G, weight="weight", seed=1))


if __name__ == "__main__":
    main()
