#!/usr/bin/env python3
"""Refresh the "Example output:" block of every queries/*.cypher header by
running the query, with its :param defaults, against a database loaded with
testdata/ (NEO4J_* settings from the environment):

    go run ./cmd/ergraph load -clear -q testdata
    python3 scripts/query-examples.py
"""
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

ROWS, WIDTH = 4, 42


def example(name, params):
    args = ["go", "run", "./cmd/ergraph", "query", name, "-format", "csv"]
    for k, v in params:
        args += ["-param", f"{k}={v}"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    rows = list(csv.reader(io.StringIO(out)))
    header, body = rows[0], rows[1:]
    keep = [i for i, c in enumerate(header) if c not in ("path", "node")]
    cells = [[r[i] if len(r[i]) <= WIDTH else r[i][:WIDTH - 1] + "…" for i in keep] for r in [header] + body[:ROWS]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(keep))]
    lines = ["// " + "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    if len(body) > ROWS:
        lines.append(f"// … ({len(body)} rows)")
    if not body:
        lines.append("// (no rows)")
    return lines


def main():
    for f in sorted(Path("queries").glob("*.cypher")):
        text = f.read_text().splitlines()
        params = []
        for l in text:
            m = re.match(r"^//\s*:param\s+(\w+)\s*=>\s*(.+?)\s*;?\s*$", l)
            if m:
                v = m.group(2)
                if v[:1] in "'\"":
                    v = v[1:-1]
                params.append((m.group(1), v))
        start = text.index("// Example output:") + 1
        end = start
        while end < len(text) and text[end].startswith("//"):
            end += 1
        text[start:end] = example(f.stem, params)
        f.write_text("\n".join(text) + "\n")
        print(f"{f}: refreshed")


if __name__ == "__main__":
    sys.exit(main())
