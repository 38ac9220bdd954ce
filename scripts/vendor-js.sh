#!/usr/bin/env bash
# Rebuilds graph/view/assets/viewer.min.js, the script that ergraph view
# embeds in graph.html: tools/viewer/src/main.js with sigma.js and
# graphology, at the versions pinned in tools/viewer/package-lock.json,
# bundled and minified by esbuild. The bundle is committed, so building
# ergraph needs no npm; run this after changing main.js or the versions.
set -euo pipefail
cd "$(dirname "$0")/../tools/viewer"
npm ci --no-audit --no-fund
out=../../graph/view/assets/viewer.min.js
# The licence notices of the bundled packages (NOTICE.txt) head the bundle.
npx esbuild src/main.js --bundle --minify --format=iife --target=es2020 \
  --legal-comments=none --charset=utf8 --banner:js="/*! $(cat NOTICE.txt) */" --outfile="$out.tmp"
# The bundle goes inside a <script> element: it must not close it.
if grep -qi '</script' "$out.tmp"; then echo "vendor-js: bundle contains </script" >&2; rm "$out.tmp"; exit 1; fi
mv "$out.tmp" "$out"
ls -l "$out"
