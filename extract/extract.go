package extract

import (
	"strings"

	"github.com/ergraph/ergraph/extract/ner"
	"github.com/ergraph/ergraph/extract/pos"
	"github.com/ergraph/ergraph/extract/relation"
	"github.com/ergraph/ergraph/extract/text"
)

// tagger finds the entity spans of a document's POS-tagged sentences.
type tagger interface {
	Tag(doc [][]ner.Token) [][]ner.Span
}

var _ tagger = (*ner.Model)(nil)

// Options configure an Extractor.
type Options struct {
	// Model finds entity spans; nil selects the default model.
	Model tagger
	// MinConfidence drops typed relations less likely to be right than
	// this (a probability; see package relation); 0 means
	// DefaultMinConfidence.
	MinConfidence float64
}

// DefaultMinConfidence is the default threshold on a typed relation's
// confidence: the smallest (in steps of 0.01) at which the relation
// classifier's held-out precision on CoNLL04 train (cross-fitted) reaches
// 0.8 (extract/relation/model/report.txt: 0.809 at 0.50; 0.798 at 0.49).
const DefaultMinConfidence = 0.50

// Extractor turns articles into entities and relations. It is safe for
// concurrent use by many goroutines.
type Extractor struct {
	ner     tagger
	pos     *pos.Tagger
	rel     *relation.Model
	minConf float64
}

// New prepares an extractor, loading its models once.
func New(opt Options) (*Extractor, error) {
	tagger, err := pos.Load()
	if err != nil {
		return nil, err
	}
	ner := opt.Model
	if ner == nil {
		if ner, err = defaultTagger(); err != nil {
			return nil, err
		}
	}
	rel, err := relation.Default()
	if err != nil {
		return nil, err
	}
	minConf := opt.MinConfidence
	if minConf == 0 {
		minConf = DefaultMinConfidence
	}
	return &Extractor{ner: ner, pos: tagger, rel: rel, minConf: minConf}, nil
}

// defaultTagger is the entity tagger used when Options.Model is nil: the
// trained model of this package. (prose's default NER, measured through
// the same interface, scored lower on the seed articles: entity F1 0.886
// vs 0.876 at the time but typed F1 0.686 vs 0.746, and runs ~10x slower.)
func defaultTagger() (tagger, error) {
	return ner.DefaultModel()
}

// Extract returns the entities and relations of one article.
//
// Mention offsets are byte offsets into in.Text. When in.Title is set and
// the text does not begin with it, the title is read as a sentence of its
// own before the text; mentions found only there have Start = End = -1 (the
// title is not part of in.Text) and Sentence 0.
func (x *Extractor) Extract(in Input) Document {
	d := Document{ID: in.ID, Hash: in.Hash(), Title: in.Title, Source: in.Source, URL: in.URL, Published: in.Published,
		Path: in.Path, Entities: []Entity{}, Relations: []Relation{}}
	sents := x.sentences(in)
	doc := &docState{x: x, sents: sents}
	if agency := text.Credit(in.Text); agency != "" && d.Source == "" {
		// "LONDON (Reuters) - ...": the agency is where the story comes
		// from, an organisation in no relation with what the story names.
		d.Source = agency
	}
	for i := range sents {
		d.Tokens += len(sents[i].Tokens)
	}
	d.Sentences = len(sents)
	doc.run()
	d.Entities = doc.entities()
	d.Relations = doc.relations()
	relationRoles(d.Entities, d.Relations)
	capEvidence(d.Relations)
	return d
}

// sentences cleans, splits, tokenises and tags the article.
func (x *Extractor) sentences(in Input) []text.Sentence {
	var sents []text.Sentence
	title := strings.TrimSpace(in.Title)
	if title != "" && !strings.HasPrefix(strings.TrimSpace(in.Text), title) {
		s, e := text.TrimSpace(in.Title, 0, len(in.Title))
		sents = append(sents, text.Split(in.Title, []text.Segment{{Start: s, End: e}}, true)...)
	}
	sents = append(sents, text.Split(in.Text, text.Lines(in.Text), false)...)
	for i := range sents {
		x.tagPOS(sents[i].Tokens)
	}
	return sents
}

// tagPOS sets the part-of-speech tag of each token of one sentence.
func (x *Extractor) tagPOS(toks []text.Token) {
	words := make([]string, len(toks))
	tags := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
		if words[i] == "" {
			words[i] = "_"
		}
	}
	x.pos.Tag(words, tags)
	for i := range toks {
		toks[i].Tag = tags[i]
	}
}
