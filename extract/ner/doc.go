// Package ner is the named-entity tagger of ergraph: an averaged perceptron
// that labels the tokens of a document's sentences with BILOU tags over four
// classes (Person, Organization, Place, Misc, as CoNLL-2003's PER, ORG, LOC
// and MISC), its features, its training and its evaluation.
//
// Features follow Ratinov and Roth (2009), "Design Challenges and
// Misconceptions in Named Entity Recognition": the words, shapes, affixes
// and part-of-speech tags around a token; word classes from k-means
// clusters of GloVe vectors at three sizes; gazetteer matches (GeoNames
// places, census given names and surnames); the casing of the sentence
// (headlines and capitals lines); and the labels given earlier in the same
// document to the same word (non-local features). The shipped model was
// trained on the CoNLL-2003 English training set and the Groningen Meaning
// Bank (scripts/train-model.sh reproduces it).
package ner
