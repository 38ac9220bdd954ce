// Package view writes an entity graph as one self-contained HTML page, an
// explorer that opens offline in any browser: the graph data, a layout
// computed here, and the vendored drawing library (sigma.js over
// graphology, bundled by scripts/vendor-js.sh) are all inside the file.
package view
