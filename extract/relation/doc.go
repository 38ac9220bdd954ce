// Package relation finds typed, directed relations between the entity
// mentions of one sentence.
//
// Five types are learned from data: a linear classifier (multinomial
// logistic regression over sparse features of each ordered mention pair:
// the words, tags and verbs between and around the mentions, their types,
// order and distance, voice and trigger words) trained on the CoNLL04
// corpus (Roth and Yih 2004) gives WORKS_FOR, KILLED, LOCATED_IN,
// BASED_IN and LIVES_IN with a probability calibrated by Platt scaling on
// cross-fitted held-out scores. Types without training data (OWNS,
// MEMBER_OF, PARTICIPATED_IN, BORN_IN) come from a table of patterns,
// each with an example sentence that is a test.
//
// A relation stated under negation, denial, acquittal, allegation or a
// hypothetical ("not", "never", "denied", "acquitted of", "accused of",
// "would", "plans to") is dropped; a former role ("the former chief
// executive of Apple") is kept with Current false.
//
// The package knows nothing of documents or entities: it reads one
// sentence's tokens and mention spans and returns relations between
// mention indexes.
package relation
