// Package corpus reads articles from files, directories, JSON Lines feeds
// and standard input, and hands them on one at a time as extract.Input.
//
// It decides what ergraph accepts. A bad item (an empty, binary or
// oversized file, a broken JSON line, a duplicate id, a missing path) is
// reported as a *SkipError and skipped; the caller decides whether to go
// on. Text is handed on as valid UTF-8: a UTF-8 byte order mark is
// dropped, UTF-16 with a byte order mark is decoded, invalid bytes become
// U+FFFD, and HTML is reduced to its text. Mention offsets found later are
// offsets into that text.
package corpus
