// Package pos tags the words of a sentence with Penn Treebank
// part-of-speech tags. It runs prose's averaged-perceptron tagger (the
// weights shipped with github.com/jdkato/prose/v2 and its feature
// templates) over tokens the caller cut, so that offsets stay the caller's
// and no feature maps are allocated per call.
package pos
