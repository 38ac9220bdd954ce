// Package text prepares an article for the extraction stages: it drops page
// furniture and joins hard-wrapped lines (Lines), cuts each line into
// sentences of at most MaxSentenceTokens tokens with wire datelines apart
// (Split), tokenises with byte offsets into the source (Tokenize), and
// reads a wire credit's agency (Credit). Its word-shape helpers (IsCapWord,
// IsAllCaps, DateAt, ...) serve the later stages too. It tags nothing and
// knows no entity; part-of-speech tags are set by the caller.
package text
