package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ergraph/ergraph/extract"
)

// result is what one Read call produced.
type result struct {
	ids     []string
	texts   map[string]string
	skipped []string // "base name: reason"
}

func read(t *testing.T, paths []string, opt Options) (result, error) {
	t.Helper()
	res := result{texts: map[string]string{}}
	opt.Skip = func(e *SkipError) error {
		res.skipped = append(res.skipped, fmt.Sprintf("%s: %s", filepath.Base(e.Path), e.Reason))
		return nil
	}
	err := Read(context.Background(), paths, opt, func(in extract.Input) error {
		res.ids = append(res.ids, in.ID)
		res.texts[in.ID] = in.Text
		return nil
	})
	return res, err
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadFiles(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	zip := append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 32)...)
	utf16le := []byte{0xFF, 0xFE, 'H', 0, 'i', 0, ' ', 0, 0xE9, 0, '\n', 0}
	utf16be := []byte{0xFE, 0xFF, 0, 'H', 0, 'i'}
	tests := []struct {
		name     string
		data     []byte
		wantText string // "" when the file is skipped
		wantSkip string
	}{
		{"plain", []byte("Tim Cook runs Apple."), "Tim Cook runs Apple.", ""},
		{"empty", nil, "", "empty: no text"},
		{"blank", []byte(" \n\t\r\n"), "", "empty: no text"},
		{"png", png, "", "binary data, not text"},
		{"zip", zip, "", "binary data, not text"},
		{"bom", []byte("\xEF\xBB\xBFAmber Rudd spoke."), "Amber Rudd spoke.", ""},
		{"utf16le", utf16le, "Hi é\n", ""},
		{"utf16be", utf16be, "Hi", ""},
		{"latin-1", []byte("Jos\xe9 Garc\xeda works for Acme in M\xe1laga."), "José García works for Acme in Málaga.", ""},
		{"windows-1252", []byte("\x93Yes,\x94 said Ren\xe9e."), "\u201cYes,\u201d said Renée.", ""},
		{"invalid utf8", []byte("Caf\xc3\xa9 in Paris\xff."), "Café in Paris\uFFFD.", ""},
		{"crlf", []byte("Line one.\r\nLine two.\r\n"), "Line one.\r\nLine two.\r\n", ""},
		{"html", []byte("<!DOCTYPE html><html><head><style>p{}</style><script>var x='<b>';</script></head>" +
			"<body><h1>Rudd &amp; WhatsApp</h1><p>The Home Secretary spoke.</p></body></html>"),
			"Rudd & WhatsApp\nThe Home Secretary spoke.", ""},
		{"other language", []byte("Die Innenministerin sprach mit WhatsApp über Verschlüsselung."),
			"Die Innenministerin sprach mit WhatsApp über Verschlüsselung.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, "a.txt", tt.data)
			res, err := read(t, []string{p}, Options{})
			if err != nil {
				t.Fatalf("Read(%q) error %v", tt.name, err)
			}
			if got := res.texts["a"]; got != tt.wantText {
				t.Errorf("Read(%q) text = %q; want %q", tt.name, got, tt.wantText)
			}
			var want []string
			if tt.wantSkip != "" {
				want = []string{"a.txt: " + tt.wantSkip}
			}
			if !slices.Equal(res.skipped, want) {
				t.Errorf("Read(%q) skipped = %q; want %q", tt.name, res.skipped, want)
			}
		})
	}
}

func TestReadLarge(t *testing.T) {
	dir := t.TempDir()
	big := write(t, dir, "big.txt", bytes.Repeat([]byte("The minister spoke again. "), 2<<20)) // 52 MB
	line := write(t, dir, "line.txt", bytes.Repeat([]byte("word "), 1<<20))                    // one 5 MB line
	res, err := read(t, []string{big, line}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"line"}; !slices.Equal(res.ids, want) {
		t.Errorf("Read ids = %q; want %q", res.ids, want)
	}
	if len(res.skipped) != 1 || !strings.HasPrefix(res.skipped[0], "big.txt: 54525952 bytes is over") {
		t.Errorf("Read skipped = %q; want big.txt over the limit", res.skipped)
	}
	res, err = read(t, []string{big}, Options{MaxBytes: 64 << 20})
	if err != nil || len(res.texts["big"]) != 54525952 {
		t.Errorf("Read(big, MaxBytes 64 MiB) = %d bytes, %v; want 54525952", len(res.texts["big"]), err)
	}
}

func TestReadJSONL(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "feed.jsonl", []byte(strings.Join([]string{
		`{"id":"a1","text":"First story.","title":"One","url":"https://example.com/1","published":"2017-03-26"}`,
		`{"id":"a2","text":"Second`,
		``,
		`{"id":"a3"}`,
		`{"id":"a1","text":"Same id again."}`,
		`{"id":17,"text":"Numeric id."}`,
		`["not","an","object"]`,
		`{"id":"","text":"No id."}`,
		`{"id":"` + strings.Repeat("x", MaxIDBytes+1) + `","text":"An id over the limit."}`,
		`{"id":"a4","text":"Last line without newline."}`,
	}, "\n")))
	var inputs []extract.Input
	var skipped []string
	err := Read(context.Background(), []string{p}, Options{Skip: func(e *SkipError) error {
		skipped = append(skipped, fmt.Sprintf("%d: %s", e.Line, e.Reason))
		return nil
	}}, func(in extract.Input) error { inputs = append(inputs, in); return nil })
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, in := range inputs {
		ids = append(ids, in.ID)
	}
	if want := []string{"a1", "17", "a4"}; !slices.Equal(ids, want) {
		t.Errorf("Read(feed.jsonl) ids = %q; want %q", ids, want)
	}
	if in := inputs[0]; in.Title != "One" || in.URL != "https://example.com/1" || in.Published != "2017-03-26" || in.Path != p {
		t.Errorf("Read(feed.jsonl) first = %+v; want title, url, published and path kept", in)
	}
	wantSkip := []string{
		"2: not a JSON object: unexpected end of JSON input",
		`4: missing "text"`,
		`5: duplicate document id "a1" (first in ` + p + `:1)`,
		"7: not a JSON object: json: cannot unmarshal array into Go value of type corpus.record",
		`8: missing or empty "id"`,
		`9: "id" of 513 bytes is over the 512-byte limit`,
	}
	if !slices.Equal(skipped, wantSkip) {
		t.Errorf("Read(feed.jsonl) skipped =\n%q\nwant\n%q", skipped, wantSkip)
	}
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b/2.txt", []byte("Two."))
	write(t, dir, "a/1.txt", []byte("One."))
	write(t, dir, "a/notes.md", []byte("Not an article."))
	write(t, dir, "c.TXT", []byte("Three."))
	if err := os.Symlink(dir, filepath.Join(dir, "a", "loop")); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty")
	os.Mkdir(empty, 0o755)
	unreadable := write(t, dir, "x/locked.txt", []byte("secret"))
	if os.Geteuid() == 0 {
		// root reads any file; a link to a file whose read fails stands in.
		os.Remove(unreadable)
		if err := os.Symlink("/proc/self/mem", unreadable); err != nil {
			t.Fatal(err)
		}
	} else {
		os.Chmod(unreadable, 0)
	}
	res, err := read(t, []string{dir, filepath.Join(dir, "missing.txt"), empty}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"1", "2", "c"}; !slices.Equal(res.ids, want) {
		t.Errorf("Read ids = %q; want %q (lexical order)", res.ids, want)
	}
	want := []string{"loop: symbolic link loop", "locked.txt: ", "missing.txt: no such file or directory",
		"empty: no .txt or .jsonl files in directory"}
	if len(res.skipped) != len(want) {
		t.Fatalf("Read skipped = %q; want %q", res.skipped, want)
	}
	for i := range want {
		if !strings.HasPrefix(res.skipped[i], want[i]) {
			t.Errorf("Read skipped[%d] = %q; want prefix %q", i, res.skipped[i], want[i])
		}
	}
}

func TestReadManyFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 10000 {
		write(t, dir, fmt.Sprintf("d%02d/%05d.txt", i%50, i), []byte("Short story about Paris."))
	}
	res, err := read(t, []string{dir}, Options{})
	if err != nil || len(res.ids) != 10000 || len(res.skipped) != 0 {
		t.Fatalf("Read(10,000 files) = %d ids, %d skipped, %v; want 10000, 0, nil", len(res.ids), len(res.skipped), err)
	}
	var want []string
	for d := range 50 {
		for i := d; i < 10000; i += 50 {
			want = append(want, fmt.Sprintf("%05d", i))
		}
	}
	if !slices.Equal(res.ids, want) {
		t.Errorf("Read(10,000 files) ids not in lexical path order: %q...", res.ids[:5])
	}
}

func TestReadChangedFile(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "live.txt", []byte("Version one."))
	res, err := read(t, []string{p}, Options{afterRead: func(p string) {
		os.WriteFile(p, []byte("Version two, longer."), 0o644)
		os.Chtimes(p, time.Now().Add(time.Hour), time.Now().Add(time.Hour))
	}})
	if err != nil || len(res.ids) != 0 || !slices.Equal(res.skipped, []string{"live.txt: changed while being read"}) {
		t.Errorf("Read(changing file) = %q, skipped %q, %v; want it skipped as changed", res.ids, res.skipped, err)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"text", "Apple's chief executive spoke.", []string{"stdin"}},
		{"jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n", []string{"x", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := read(t, []string{"-"}, Options{Stdin: strings.NewReader(tt.in)})
			if err != nil || !slices.Equal(res.ids, tt.want) {
				t.Errorf("Read(-) = %q, %v; want %q", res.ids, err, tt.want)
			}
		})
	}
}

func TestReadStopsOnSkipError(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", nil)
	write(t, dir, "b.txt", []byte("Fine."))
	stop := errors.New("strict")
	var ids []string
	err := Read(context.Background(), []string{dir}, Options{Skip: func(e *SkipError) error { return stop }},
		func(in extract.Input) error { ids = append(ids, in.ID); return nil })
	if !errors.Is(err, stop) || len(ids) != 0 {
		t.Errorf("Read with failing Skip = %q, %v; want nothing read and %v", ids, err, stop)
	}
	if e := (&SkipError{Path: "p", Reason: "r"}); !errors.Is(e, ErrSkipped) {
		t.Errorf("errors.Is(%v, ErrSkipped) = false; want true", e)
	}
}
