// Package eval scores extraction against gold annotations: document-level
// entity sets in the format of ergraph's shared gold files (the measure of
// score.py: an extracted entity matches a gold entity when its normalised
// name is one of the gold entity's aliases; a second match of the same gold
// entity is a split and counts as a false positive; optional gold entities
// count neither way), with and without types.
package eval
