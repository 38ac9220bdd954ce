// Package lexicon holds the word lists of the extraction stages (packages
// extract, relation, ner and name) in one embedded file, words.txt: kinds
// of things (titles and honorifics, the head words of organisations' and
// places' names, event nouns, the trigger words and cues of relations),
// never particular entities. The gazetteers and word classes of the entity
// tagger are data of package ner, built by scripts/build-lexicon.py.
package lexicon
