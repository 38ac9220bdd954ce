#!/usr/bin/env python3
"""Open a GraphML file with networkx (and igraph, if installed) and check
that they see as many nodes and edges as the file declares.

Usage: scripts/check-graphml.py FILE.graphml
"""
import sys
import xml.etree.ElementTree as ET

import networkx as nx


def main(path):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    graph = root.find("g:graph", ns)
    want_nodes = len(graph.findall("g:node", ns))
    want_edges = len(graph.findall("g:edge", ns))
    g = nx.read_graphml(path)
    got = (g.number_of_nodes(), g.number_of_edges())
    ok = got == (want_nodes, want_edges)
    print(f"networkx {nx.__version__}: {got[0]} nodes, {got[1]} edges"
          f" (file: {want_nodes}, {want_edges}) {'ok' if ok else 'MISMATCH'}")
    for _, d in list(g.nodes(data=True))[:1]:
        for k in ("name", "type", "pagerank", "betweenness", "communityId"):
            if k not in d:
                print(f"networkx: node attribute {k!r} missing")
                ok = False
    try:
        import igraph
    except ImportError:
        print("igraph: not installed, skipped")
    else:
        ig = igraph.Graph.Read_GraphML(path)
        igot = (ig.vcount(), ig.ecount())
        iok = igot == (want_nodes, want_edges)
        print(f"igraph {igraph.__version__}: {igot[0]} nodes, {igot[1]} edges {'ok' if iok else 'MISMATCH'}")
        ok = ok and iok
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
