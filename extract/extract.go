package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// tagger finds entity spans in one POS-tagged sentence. The trained model
// of this package and prose's default NER both satisfy it.
type tagger interface {
	Spans(sent []Token) []Span
}

// Options configure an Extractor.
type Options struct {
	// Model finds entity spans; nil selects the default model.
	Model tagger
}

// Extractor turns articles into entities and relations. It is safe for
// concurrent use by many goroutines.
type Extractor struct {
	ner tagger
	pos *posTagger
}

// New prepares an extractor, loading its models once.
func New(opt Options) (*Extractor, error) {
	pos, err := loadPOS()
	if err != nil {
		return nil, err
	}
	ner := opt.Model
	if ner == nil {
		if ner, err = defaultTagger(); err != nil {
			return nil, err
		}
	}
	return &Extractor{ner: ner, pos: pos}, nil
}

// defaultTagger is the entity tagger used when Options.Model is nil.
func defaultTagger() (tagger, error) {
	return DefaultModel()
}

// Extract returns the entities and relations of one article.
//
// Mention offsets are byte offsets into in.Text. When in.Title is set and
// the text does not begin with it, the title is read as a sentence of its
// own before the text; mentions found only there have Start = End = -1 (the
// title is not part of in.Text) and Sentence 0.
func (x *Extractor) Extract(in Input) Document {
	d := Document{ID: in.ID, Title: in.Title, Source: in.Source, URL: in.URL, Published: in.Published, Path: in.Path,
		Entities: []Entity{}, Relations: []Relation{}}
	sents := x.sentences(in)
	doc := &docState{x: x, sents: sents}
	for i := range sents {
		d.Tokens += len(sents[i].toks)
	}
	d.Sentences = len(sents)
	doc.run()
	d.Entities = doc.entities()
	d.Relations = doc.relations()
	return d
}

// sentences cleans, splits, tokenises and tags the article.
func (x *Extractor) sentences(in Input) []sentence {
	var sents []sentence
	title := strings.TrimSpace(in.Title)
	if title != "" && !strings.HasPrefix(strings.TrimSpace(in.Text), title) {
		s, e := trimSpace(in.Title, 0, len(in.Title))
		sents = append(sents, splitSentences(in.Title, []segment{{s, e}}, true)...)
	}
	sents = append(sents, splitSentences(in.Text, cleanLines(in.Text), false)...)
	for i := range sents {
		x.pos.tag(sents[i].toks)
	}
	return sents
}

// proseTagger adapts prose's default named-entity model to tagger.
type proseTagger struct{ model *prose.Model }

var (
	proseOnce  sync.Once
	proseModel *prose.Model
	proseErr   error
)

func proseNER() (*proseTagger, error) {
	proseOnce.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				proseErr = fmt.Errorf("extract: loading prose model: %v", r)
			}
		}()
		d, err := prose.NewDocument("Load.", prose.WithSegmentation(false))
		if err != nil {
			proseErr = err
			return
		}
		proseModel = d.Model
	})
	if proseErr != nil {
		return nil, proseErr
	}
	return &proseTagger{proseModel}, nil
}

var proseTypes = map[string]Type{"PERSON": Person, "GPE": Place, "LOCATION": Place, "FACILITY": Place, "GSP": Place, "ORGANIZATION": Organization}

// Spans runs prose on the sentence and maps its IOB labels back to tokens.
func (p *proseTagger) Spans(sent []Token) []Span {
	var b strings.Builder
	starts := make([]int, len(sent))
	for i, t := range sent {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t.Text)
	}
	text := b.String()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(p.model))
	if err != nil {
		return nil
	}
	labels := make([]string, len(sent))
	cur := 0
	for _, pt := range doc.Tokens() {
		k := strings.Index(text[cur:], pt.Text)
		if k < 0 {
			continue
		}
		pos := cur + k
		cur = pos + len(pt.Text)
		i := sort.Search(len(starts), func(i int) bool { return starts[i] > pos }) - 1
		if i >= 0 && labels[i] == "" {
			labels[i] = pt.Label
		}
	}
	var spans []Span
	for i := 0; i < len(labels); {
		l := labels[i]
		if len(l) < 3 || l == "O" {
			i++
			continue
		}
		typ, ok := proseTypes[l[2:]]
		j := i + 1
		for j < len(labels) && len(labels[j]) > 2 && labels[j][0] == 'I' && labels[j][2:] == l[2:] {
			j++
		}
		if ok {
			spans = append(spans, Span{Start: i, End: j, Type: typ, Score: 0.6})
		}
		i = j
	}
	return spans
}
