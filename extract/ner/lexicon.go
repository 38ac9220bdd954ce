package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word classes and gazetteers the features read, built offline by
// scripts/build-lexicon.py from open data (GloVe 6B, GeoNames, ISO 3166,
// the 1990 US census name lists).
var (
	//go:embed data/clusters.tsv.gz
	clusterData []byte
	//go:embed data/gazetteer.tsv.gz
	gazetteerData []byte
)

// Gazetteer classes, one bit each. The first gazClasses are features of
// the tagger; the sexes of given names and the main names of places serve
// name resolution. ORG holds
// the legal forms of companies ("Inc.", "GmbH", "plc"), COMPANY the names
// of listed companies ("Microsoft", "Deutsche Bank").
const (
	gazLOC = 1 << iota
	gazFirst
	gazLast
	gazOrg
	gazCompany
	gazMale
	gazFemale
	gazPlaceName
	gazClasses = 5
)

var gazClassBits = map[string]uint8{"LOC": gazLOC, "FIRST": gazFirst, "LAST": gazLast, "ORG": gazOrg,
	"COMPANY": gazCompany, "MALE": gazMale, "FEMALE": gazFemale, "PLACENAME": gazPlaceName}

// gazMaxWords is the longest gazetteer phrase looked up, in tokens.
const gazMaxWords = 5

// lexicon holds the word classes and the gazetteer phrases.
type lexicon struct {
	clusterKeys table       // lower-case word hash -> index into clusterIDs
	clusterIDs  [][3]uint16 // cluster id + 1 at 64, 256 and 1,024 clusters
	phraseKeys  table       // hash of the lower-case words joined by spaces -> index into phraseBits
	phraseBits  []uint8     // class bits
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon decodes the embedded tables once per process.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = readLexicon(clusterData, gazetteerData) })
	return lex, lexErr
}

// readLexicon decodes the word classes and the gazetteer, the two at once
// (they are most of a process's start-up).
func readLexicon(clusters, gazetteer []byte) (*lexicon, error) {
	l := &lexicon{}
	var wg sync.WaitGroup
	var errC, errG error
	wg.Add(1)
	go func() {
		defer wg.Done()
		errC = l.readClusters(clusters)
	}()
	errG = l.readGazetteer(gazetteer)
	wg.Wait()
	if errC != nil {
		return nil, fmt.Errorf("ner clusters: %w", errC)
	}
	if errG != nil {
		return nil, fmt.Errorf("ner gazetteer: %w", errG)
	}
	return l, nil
}

// readClusters reads lines of a word and its three cluster ids, tab-separated.
func (l *lexicon) readClusters(clusters []byte) error {
	keys := make([]uint64, 0, len(clusters)/6)
	l.clusterIDs = make([][3]uint16, 0, len(clusters)/6)
	err := eachLine(clusters, func(line []byte) error {
		word, rest, ok := bytes.Cut(line, []byte{'\t'})
		if !ok {
			return fmt.Errorf("want 4 fields: %q", line)
		}
		var ids [3]uint16
		for i := range ids {
			var f []byte
			f, rest, _ = bytes.Cut(rest, []byte{'\t'})
			v, err := strconv.ParseUint(string(f), 10, 15)
			if err != nil {
				return err
			}
			ids[i] = uint16(v) + 1
		}
		keys = append(keys, hashBytes(word))
		l.clusterIDs = append(l.clusterIDs, ids)
		return nil
	})
	l.clusterKeys = newTable(keys)
	return err
}

// readGazetteer reads lines of a phrase and its classes (comma-separated).
func (l *lexicon) readGazetteer(gazetteer []byte) error {
	var keys []uint64
	err := eachLine(gazetteer, func(line []byte) error {
		phrase, classes, ok := bytes.Cut(line, []byte{'\t'})
		if !ok || len(phrase) == 0 {
			return fmt.Errorf("bad line %q", line)
		}
		var bits uint8
		for c := range bytes.SplitSeq(classes, []byte{','}) {
			bit, known := gazClassBits[string(c)]
			if !known {
				return fmt.Errorf("unknown class %q", c)
			}
			bits |= bit
		}
		keys = append(keys, hashBytes(phrase))
		l.phraseBits = append(l.phraseBits, bits)
		return nil
	})
	l.phraseKeys = newTable(keys)
	return err
}

func eachLine(gz []byte, f func([]byte) error) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return err
	}
	defer zr.Close()
	sc := bufio.NewScanner(zr)
	for n := 1; sc.Scan(); n++ {
		if err := f(sc.Bytes()); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// phrase returns the class bits of a phrase hash.
func (l *lexicon) phrase(h uint64) uint8 {
	if i := l.phraseKeys.get(h); i >= 0 {
		return l.phraseBits[i]
	}
	return 0
}

// lowerHash hashes the lower-case form of word, as the tables are keyed.
func lowerHash(h uint64, word string) uint64 {
	for _, r := range word {
		r = unicode.ToLower(r)
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		for _, c := range b[:n] {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	return h
}

// cluster returns the word classes of word (zeros when unknown).
func (l *lexicon) cluster(word string) [3]uint16 {
	if i := l.clusterKeys.get(lowerHash(fnvOffset, word)); i >= 0 {
		return l.clusterIDs[i]
	}
	return [3]uint16{}
}

// gazetteer marks each token of sent with the gazetteer phrases covering
// it: per class c, byte c of out[i] is 0 outside any phrase, else 4 plus
// the token's BILOU position (0 B, 1 I, 2 L, 3 U) in the longest phrase of
// that class covering it. An ORG or COMPANY phrase counts only when it
// starts with a capital: "as" and "co" are legal forms, "next" and
// "target" companies, and common words in lower case.
// cover is scratch space of len(sent)*gazClasses.
func (l *lexicon) gazetteer(sent []Token, out []uint64, cover []uint8) {
	clear(out)
	clear(cover)
	for i := range sent {
		var longest [gazClasses]int
		first, _ := utf8.DecodeRuneInString(sent[i].Text)
		capital := unicode.IsUpper(first)
		h := uint64(fnvOffset)
		for n := 1; n <= gazMaxWords && i+n <= len(sent); n++ {
			if n > 1 {
				h ^= ' '
				h *= fnvPrime
			}
			h = lowerHash(h, sent[i+n-1].Text)
			bits := l.phrase(h)
			if !capital {
				bits &^= gazOrg | gazCompany
			}
			for c := range gazClasses {
				if bits&(1<<c) != 0 {
					longest[c] = n
				}
			}
		}
		for c, n := range longest {
			for k := i; k < i+n; k++ {
				if n <= int(cover[k*gazClasses+c]) {
					continue
				}
				cover[k*gazClasses+c] = uint8(n)
				pos := uint64(1)
				switch {
				case n == 1:
					pos = 3
				case k == i:
					pos = 0
				case k == i+n-1:
					pos = 2
				}
				shift := 8 * c
				out[k] = out[k]&^(0xff<<shift) | (4|pos)<<shift
			}
		}
	}
}

// GivenName reports whether word is a given name of the census lists
// the gazetteer holds (case-insensitive).
func GivenName(word string) bool {
	l, err := loadLexicon()
	return err == nil && l.phrase(lowerHash(fnvOffset, word))&gazFirst != 0
}

// GivenNameSex reports whether word is a given name of the census lists
// of men, of women, or both (case-insensitive).
func GivenNameSex(word string) (male, female bool) {
	l, err := loadLexicon()
	if err != nil {
		return false, false
	}
	bits := l.phrase(lowerHash(fnvOffset, word))
	return bits&gazMale != 0, bits&gazFemale != 0
}

// KnownPlace reports whether phrase (words separated by single spaces) is
// a place of the gazetteer (case-insensitive).
func KnownPlace(phrase string) bool {
	l, err := loadLexicon()
	return err == nil && l.phrase(lowerHash(fnvOffset, phrase))&gazLOC != 0
}

// KnownCompany reports whether phrase (words separated by single spaces)
// is a company's name of the gazetteer: the stock indices' companies and
// the brands of simple-icons (case-insensitive).
func KnownCompany(phrase string) bool {
	l, err := loadLexicon()
	return err == nil && l.phrase(lowerHash(fnvOffset, phrase))&gazCompany != 0
}

// PlaceName reports whether phrase (words separated by single spaces) is
// the main name of a country, a US state or a city of 15,000 people or
// more in GeoNames (case-insensitive). Alternate names do not count: among
// them GeoNames lists "Hamas" and "Google".
func PlaceName(phrase string) bool {
	l, err := loadLexicon()
	return err == nil && l.phrase(lowerHash(fnvOffset, phrase))&gazPlaceName != 0
}

// LegalForm reports whether phrase (words separated by single spaces) is
// the legal form of a company, such as "Inc.", "GmbH" or "S.A."
// (case-insensitive; the gazetteer's ORG class, from the cleanco package).
func LegalForm(phrase string) bool {
	l, err := loadLexicon()
	return err == nil && l.phrase(lowerHash(fnvOffset, phrase))&gazOrg != 0
}

// WordClasses returns the word classes of word (case-insensitive) that
// the tagger reads: its k-means cluster of GloVe vectors among 64, 256 and
// 1,024 clusters, each id plus one, zero where the word is unknown. Other
// stages read them to carry what they learnt of a word to words of like
// use ("Denver" to "Boston", "Germany" to "France").
func WordClasses(word string) [3]int {
	l, err := loadLexicon()
	if err != nil {
		return [3]int{}
	}
	c := l.cluster(word)
	return [3]int{int(c[0]), int(c[1]), int(c[2])}
}
