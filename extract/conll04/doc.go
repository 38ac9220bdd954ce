// Package conll04 decodes the CoNLL04 corpus of entities and relations
// (Roth and Yih 2004, "A Linear Programming Formulation for Global
// Inference in Natural Language Tasks") in the JSON form it is shipped in
// for relation extraction: a list of sentences, each with its tokens, its
// entity spans and the relations between them. It only decodes and checks
// the data; the entity tagger (package ner) and the relation classifier
// (package relation) each map its types to theirs.
package conll04
