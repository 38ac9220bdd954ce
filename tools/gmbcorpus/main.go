// Command gmbcorpus turns the GMB named-entity corpus (ner_dataset.csv) into
// a JSON Lines news corpus for throughput benchmarks: its sentences joined
// into articles of -sentences sentences each, repeated -times times with
// distinct ids so the corpus can be scaled.
//
//	go run ./tools/gmbcorpus -times 2 ../shared/data/gmb/ner_dataset.csv > gmb-2x.jsonl
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// article is one line of the JSON Lines feed ergraph reads.
type article struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gmbcorpus:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gmbcorpus", flag.ContinueOnError)
	per := fs.Int("sentences", 25, "sentences per article")
	times := fs.Int("times", 1, "write the corpus this many times, with distinct ids")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("usage: gmbcorpus [-sentences N] [-times K] ner_dataset.csv")
	}
	sents, err := readSentences(fs.Arg(0))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	for k := range *times {
		for i := 0; i < len(sents); i += *per {
			end := min(i+*per, len(sents))
			in := article{ID: fmt.Sprintf("gmb-%d-%05d", k, i / *per), Text: strings.Join(sents[i:end], " ")}
			if err := enc.Encode(in); err != nil {
				return err
			}
		}
	}
	return w.Flush()
}

// readSentences reads the tokens of each sentence and joins them into text.
func readSentences(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(cp1252(bufio.NewReader(f)))
	r.FieldsPerRecord = -1
	var sents []string
	var cur []string
	for line := 0; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if line == 0 || len(rec) < 2 {
			continue
		}
		if strings.HasPrefix(rec[0], "Sentence:") && len(cur) > 0 {
			sents = append(sents, detokenize(cur))
			cur = cur[:0]
		}
		cur = append(cur, rec[1])
	}
	if len(cur) > 0 {
		sents = append(sents, detokenize(cur))
	}
	return sents, nil
}

// detokenize joins tokens with spaces, but not before punctuation and
// clitics, so the text reads like ordinary prose.
func detokenize(toks []string) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !strings.ContainsAny(t[:1], ".,;:!?)%") && t != "'s" && t != "n't" && toks[i-1] != "(" && toks[i-1] != "$" {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// cp1252 decodes Windows-1252 to UTF-8 (the bytes 0x80-0x9F map to
// punctuation, not to C1 controls).
func cp1252(r *bufio.Reader) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for {
			c, err := r.ReadByte()
			if err != nil {
				w.Flush()
				pw.CloseWithError(err)
				return
			}
			if c < 0x80 {
				w.WriteByte(c)
			} else if c < 0xA0 {
				w.WriteRune(win1252[c-0x80])
			} else {
				w.WriteRune(rune(c))
			}
		}
	}()
	return pr
}

var win1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}
