#!/usr/bin/env python3
"""Golden files for the network tests, part 1 (networkx).

Exports networks that ship with networkx (Les Miserables co-appearance, Florentine families,
Davis Southern Women) as CSV edge lists or person-event pairs, and networkx's own measures where
its conventions differ from igraph's. Run from the analytics module before network_golden.R:

    /usr/bin/python3 src/test/python/network_golden.py
    Rscript src/test/r/network_golden.R
"""
import csv
import os

import networkx as nx

OUT = os.path.join("src", "test", "resources", "golden", "network")


def write_edges(g, name, weight=None):
    with open(os.path.join(OUT, name + ".edges.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for a, b, d in g.edges(data=True):
            w.writerow([a, b, d.get(weight, 1) if weight else 1])


def write_networkx(g, name, weight=None):
    """networkx's conventions, to document where they differ from igraph's."""
    closeness = nx.closeness_centrality(g, distance=weight)
    harmonic = nx.harmonic_centrality(g, distance=weight)
    pagerank = nx.pagerank(g, alpha=0.85, weight=weight, tol=1e-14, max_iter=10000)
    eigen = nx.eigenvector_centrality_numpy(g, weight=weight)
    top = max(eigen.values())
    betweenness = nx.betweenness_centrality(g, weight=weight, normalized=False)
    with open(os.path.join(OUT, name + ".networkx.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank"])
        for v in g.nodes():
            w.writerow(
                [
                    v,
                    repr(betweenness[v]),
                    repr(closeness[v]),
                    repr(harmonic[v]),
                    repr(eigen[v] / top),
                    repr(pagerank[v]),
                ]
            )


def main():
    os.makedirs(OUT, exist_ok=True)
    lesmis = nx.les_miserables_graph()
    write_edges(lesmis, "lesmis", weight="weight")
    write_networkx(lesmis, "lesmis")
    florentine = nx.florentine_families_graph()
    write_edges(florentine, "florentine")
    write_networkx(florentine, "florentine")
    davis = nx.davis_southern_women_graph()
    women = [n for n, d in davis.nodes(data=True) if d["bipartite"] == 0]
    with open(os.path.join(OUT, "davis.pairs.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["node", "event"])
        for woman in women:
            for event in davis.neighbors(woman):
                w.writerow([woman, event])


if __name__ == "__main__":
    main()
