package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/ergraph/ergraph/extract"
)

// DefaultMaxBytes is the default limit on the size of one article.
const DefaultMaxBytes = 16 << 20

// MaxIDBytes bounds a document id, far below the 8 KB key limit of the
// Neo4j index on it; a JSON line with a longer id is skipped.
const MaxIDBytes = 512

// ErrSkipped marks an input item that was skipped; errors.Is(err,
// ErrSkipped) holds for every *SkipError.
var ErrSkipped = errors.New("skipped")

// SkipError reports an input item that could not be used.
type SkipError struct {
	Path   string
	Line   int // line of a JSON Lines file, or 0
	Reason string
}

func (e *SkipError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Reason)
}

var _ error = (*SkipError)(nil)

// Is makes errors.Is(err, ErrSkipped) true for a *SkipError.
func (e *SkipError) Is(target error) bool { return target == ErrSkipped }

// Options tune Read.
type Options struct {
	// MaxBytes is the largest article accepted (DefaultMaxBytes if 0).
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Skip is called for every skipped item. If it returns an error,
	// Read stops with that error. A nil Skip ignores skipped items.
	Skip func(*SkipError) error
	// Extracted is called with each document already extracted: a JSON
	// line that 'ergraph extract' wrote, recognised by its "entities" or
	// "relations" and no "text" (see readExtracted for what is checked).
	// If it returns an error, Read stops with that error. A nil Extracted
	// skips such lines: they are not articles.
	Extracted func(extract.Document) error
	// OnlyExtracted reads every JSON line as an extracted document, and
	// skips .txt files and text on standard input; directories are walked
	// for .jsonl files only.
	OnlyExtracted bool

	afterRead func(path string) // test hook: runs between reading a file and checking it did not change
}

// Read finds the articles in paths, in order, and calls fn with each,
// and opt.Extracted with each document already extracted. A path is a
// .txt file (one article, its id the file name without the extension), a
// .jsonl file (one article or extracted document a line), a directory
// (walked for .txt and .jsonl files in lexical order), or "-" for standard
// input (JSON Lines if it starts with "{", else one article with id
// "stdin"). Document ids are unique across articles and extracted
// documents: a later one with a seen id is skipped. Read stops at the
// first error from fn, opt.Extracted or opt.Skip, at an extracted document
// of another format than extract.Format (an error wrapping ErrFormat), or
// when ctx is done.
func Read(ctx context.Context, paths []string, opt Options, fn func(extract.Input) error) error {
	r := &reader{opt: opt, fn: fn, seen: map[string]string{}}
	if r.opt.MaxBytes <= 0 {
		r.opt.MaxBytes = DefaultMaxBytes
	}
	for _, p := range paths {
		if err := r.path(ctx, p); err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	opt  Options
	fn   func(extract.Input) error
	seen map[string]string // document id -> where it was first seen
}

func (r *reader) skip(path string, line int, format string, args ...any) error {
	if r.opt.Skip == nil {
		return nil
	}
	return r.opt.Skip(&SkipError{Path: path, Line: line, Reason: fmt.Sprintf(format, args...)})
}

func (r *reader) path(ctx context.Context, p string) error {
	if p == "-" {
		return r.stdin(ctx)
	}
	info, err := os.Stat(p)
	if err != nil {
		return r.skip(p, 0, "%s", describe(err))
	}
	if info.IsDir() {
		return r.dir(ctx, p)
	}
	return r.file(ctx, p, info)
}

// describe turns a file system error into a short reason without the path,
// which SkipError already names.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

func (r *reader) stdin(ctx context.Context) error {
	in := r.opt.Stdin
	if in == nil {
		in = os.Stdin
	}
	br := bufio.NewReader(in)
	head, _ := br.Peek(512)
	if r.opt.OnlyExtracted || bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\ufeff"), []byte("{")) {
		return r.jsonl(ctx, "-", br)
	}
	data, err := io.ReadAll(io.LimitReader(br, r.opt.MaxBytes+1))
	if err != nil {
		return r.skip("-", 0, "read: %s", describe(err))
	}
	return r.text(ctx, "-", "stdin", data)
}

func (r *reader) isInput(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".jsonl" || ext == ".txt" && !r.opt.OnlyExtracted
}

// dir walks root in lexical order. Symbolic links to directories are
// followed once; a link back to a directory being walked is skipped.
func (r *reader) dir(ctx context.Context, root string) error {
	found := 0
	err := r.walk(ctx, root, nil, &found)
	switch {
	case err == nil && found == 0 && r.opt.OnlyExtracted:
		return r.skip(root, 0, "no .jsonl files in directory")
	case err == nil && found == 0:
		return r.skip(root, 0, "no .txt or .jsonl files in directory")
	}
	return err
}

func (r *reader) walk(ctx context.Context, dir string, parents []os.FileInfo, found *int) error {
	info, err := os.Stat(dir)
	if err != nil {
		return r.skip(dir, 0, "%s", describe(err))
	}
	for _, p := range parents {
		if os.SameFile(p, info) {
			return r.skip(dir, 0, "symbolic link loop")
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return r.skip(dir, 0, "%s", describe(err))
	}
	parents = append(parents, info)
	for _, e := range entries { // ReadDir sorts by name
		if err := ctx.Err(); err != nil {
			return err
		}
		p := filepath.Join(dir, e.Name())
		fi, err := os.Stat(p) // follows links
		switch {
		case err != nil && r.isInput(p):
			*found++
			if err := r.skip(p, 0, "%s", describe(err)); err != nil {
				return err
			}
		case err != nil:
			// A dangling link that is not an input file: nothing lost.
		case fi.IsDir():
			if err := r.walk(ctx, p, parents, found); err != nil {
				return err
			}
		case fi.Mode().IsRegular() && r.isInput(p):
			*found++
			if err := r.file(ctx, p, fi); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *reader) file(ctx context.Context, p string, before os.FileInfo) error {
	if !before.Mode().IsRegular() {
		return r.skip(p, 0, "not a regular file")
	}
	if strings.EqualFold(filepath.Ext(p), ".jsonl") {
		f, err := os.Open(p)
		if err != nil {
			return r.skip(p, 0, "%s", describe(err))
		}
		defer f.Close()
		return r.jsonl(ctx, p, f)
	}
	if r.opt.OnlyExtracted {
		return r.skip(p, 0, "not JSON Lines of extracted documents (.jsonl)")
	}
	if before.Size() > r.opt.MaxBytes {
		return r.skip(p, 0, "%d bytes is over the %d-byte limit (see -max-bytes)", before.Size(), r.opt.MaxBytes)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return r.skip(p, 0, "%s", describe(err))
	}
	if r.opt.afterRead != nil {
		r.opt.afterRead(p)
	}
	after, err := os.Stat(p)
	if err != nil || after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) || int64(len(data)) != before.Size() {
		return r.skip(p, 0, "changed while being read")
	}
	id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	return r.text(ctx, p, id, data)
}

func (r *reader) text(ctx context.Context, p, id string, data []byte) error {
	if r.opt.OnlyExtracted {
		return r.skip(p, 0, "text, not JSON Lines of extracted documents")
	}
	if int64(len(data)) > r.opt.MaxBytes {
		return r.skip(p, 0, "over the %d-byte limit (see -max-bytes)", r.opt.MaxBytes)
	}
	text, err := Decode(data)
	if err != nil {
		return r.skip(p, 0, "%s", err)
	}
	return r.emit(ctx, p, 0, extract.Input{ID: id, Text: text, Path: p})
}

func (r *reader) emit(ctx context.Context, p string, line int, in extract.Input) error {
	return r.once(ctx, p, line, in.ID, func() error { return r.fn(in) })
}

// once calls fn unless a document with id was seen before, which is
// skipped.
func (r *reader) once(ctx context.Context, p string, line int, id string, fn func() error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	where := p
	if line > 0 {
		where = fmt.Sprintf("%s:%d", p, line)
	}
	if first, dup := r.seen[id]; dup {
		return r.skip(p, line, "duplicate document id %q (first in %s)", id, first)
	}
	r.seen[id] = where
	return fn()
}

// article is one line of a JSON Lines feed of articles.
type article struct {
	ID        *json.RawMessage `json:"id"`
	Text      *string          `json:"text"`
	Title     string           `json:"title"`
	Source    string           `json:"source"`
	URL       string           `json:"url"`
	Published string           `json:"published"`
}

// record is one line of JSON Lines: an article, or a document extracted
// before (extract.Document and its format).
type record struct {
	ID        *json.RawMessage    `json:"id"`
	Text      *string             `json:"text"`
	Title     string              `json:"title"`
	Source    string              `json:"source"`
	URL       string              `json:"url"`
	Published string              `json:"published"`
	Format    *int                `json:"format"`
	Doc       *string             `json:"doc"`
	Hash      *string             `json:"hash"`
	Path      string              `json:"path"`
	Tokens    int                 `json:"tokens"`
	Sentences int                 `json:"sentences"`
	Entities  *[]extract.Entity   `json:"entities"`
	Relations *[]extract.Relation `json:"relations"`
}

func (r *reader) jsonl(ctx context.Context, p string, in io.Reader) error {
	br := bufio.NewReaderSize(in, 64<<10)
	for line := 1; ; line++ {
		raw, limit, err := readLine(br, r.limit)
		if errors.Is(err, io.EOF) && len(raw) == 0 {
			return nil
		}
		if errors.Is(err, errTooLong) {
			if err := r.skip(p, line, "line is over the %d-byte limit (see -max-bytes)", limit); err != nil {
				return err
			}
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return r.skip(p, line, "read: %s", describe(err))
		}
		if line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		if err := r.line(ctx, p, line, raw); err != nil {
			return err
		}
	}
}

// line reads one JSON line: an article or an extracted document.
func (r *reader) line(ctx context.Context, p string, line int, raw []byte) error {
	var rec record
	err := json.Unmarshal(raw, &rec)
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te) && te.Field != "":
		// Decoding went on past the field; the record says what it is.
	case err != nil:
		return r.skip(p, line, "not a JSON object: %s", shorten(err.Error()))
	}
	if r.opt.OnlyExtracted || rec.Text == nil && (rec.Entities != nil || rec.Relations != nil) {
		return r.readExtracted(ctx, p, line, &rec, te)
	}
	if int64(len(raw)) > r.opt.MaxBytes { // let through by the limit of extracted documents
		return r.skip(p, line, "line is over the %d-byte limit (see -max-bytes)", r.opt.MaxBytes)
	}
	a := article{rec.ID, rec.Text, rec.Title, rec.Source, rec.URL, rec.Published}
	if te != nil {
		// A field of extracted documents may mean something else in a
		// feed of articles: only the article's fields count.
		if err := json.Unmarshal(raw, &a); err != nil {
			return r.skip(p, line, "%s", typeReason(err))
		}
	}
	in, reason := parseArticle(a)
	if reason != "" {
		return r.skip(p, line, "%s", reason)
	}
	in.Path = p
	return r.emit(ctx, p, line, in)
}

func parseArticle(rec article) (extract.Input, string) {
	id, ok := recordID(rec.ID)
	if !ok {
		return extract.Input{}, `missing or empty "id"`
	}
	if len(id) > MaxIDBytes {
		return extract.Input{}, fmt.Sprintf(`"id" of %d bytes is over the %d-byte limit`, len(id), MaxIDBytes)
	}
	if rec.Text == nil {
		return extract.Input{}, `missing "text"`
	}
	text, err := Decode([]byte(*rec.Text))
	if err != nil {
		return extract.Input{}, err.Error()
	}
	return extract.Input{ID: id, Text: text, Title: clean(rec.Title), Source: clean(rec.Source),
		URL: clean(rec.URL), Published: clean(rec.Published)}, ""
}

// recordID accepts a string or a number as a document id.
func recordID(raw *json.RawMessage) (string, bool) {
	if raw == nil {
		return "", false
	}
	var s string
	if err := json.Unmarshal(*raw, &s); err == nil {
		s = strings.TrimSpace(s)
		return s, s != ""
	}
	var n json.Number
	if err := json.Unmarshal(*raw, &n); err == nil {
		return n.String(), true
	}
	return "", false
}

func clean(s string) string { return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD")) }

func shorten(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

var errTooLong = errors.New("line too long")

// ExtractedFactor is how many times Options.MaxBytes a line of an
// extracted document may take: extraction writes up to about 34 times the
// bytes of its text (mentions with offsets, and evidence sentences for
// every relation, on the worst text measured), so the extraction of an
// article within the limit stays readable.
const ExtractedFactor = 64

// extractedPrefix starts every line 'ergraph extract' writes.
var extractedPrefix = []byte(`{"format":`)

// limit returns the longest line accepted, given its start: a line
// starting as 'ergraph extract' writes them, or any line under
// OnlyExtracted, may be ExtractedFactor times MaxBytes.
func (r *reader) limit(start []byte) int64 {
	if r.opt.OnlyExtracted || bytes.HasPrefix(bytes.TrimPrefix(start, []byte("\ufeff")), extractedPrefix) {
		return ExtractedFactor * r.opt.MaxBytes
	}
	return r.opt.MaxBytes
}

// readLine reads one line without its end, refusing (and draining) lines
// longer than limit(its first bytes) so one huge line cannot exhaust
// memory. It returns the limit it applied.
func readLine(br *bufio.Reader, limit func(start []byte) int64) ([]byte, int64, error) {
	var line []byte
	most := int64(-1)
	for {
		chunk, err := br.ReadSlice('\n')
		if most < 0 {
			most = limit(chunk)
		}
		if int64(len(line)+len(chunk)) > most {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return nil, most, errTooLong
		}
		line = append(line, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		return slices.Clip(line), most, err
	}
}
