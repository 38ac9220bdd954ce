package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ergraph/ergraph/extract"
	"github.com/ergraph/ergraph/graph"
	"github.com/ergraph/ergraph/queries"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The files WriteImport writes, in the order neo4j-admin reads them.
const (
	ImportDocuments     = "documents.csv"
	ImportEntities      = "entities.csv"
	ImportMentions      = "mentions.csv"
	ImportRelationships = "relationships.csv"
	// ImportArgs holds the options of 'neo4j-admin database import full'
	// for the files, one a line, paths relative to the directory.
	ImportArgs = "import.args"
)

// The headers: the properties Load sets, with the types it gives them.
// Documents and entities are two ID spaces, so an entity id never clashes
// with a document id.
var (
	documentHeader = []string{"id:ID(Document)", ":LABEL", "title", "source", "url", "published", "path", "hash", "loadedAt:datetime"}
	entityHeader   = []string{"id:ID(Entity)", ":LABEL", "name", "aliases:string[]", "mergedBy:string[]", "roles:string[]", "aliasText",
		"mentions:long", "documentCount:long", "degree:long", "weightedDegree:double", "betweenness:double", "closeness:double",
		"pagerank:double", "eigenvector:double", "communityId:long"}
	mentionHeader      = []string{":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "count:long", "names:string[]", "roles:string[]"}
	relationshipHeader = []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "role", "confidence:double", "current:boolean",
		"documents:string[]", "docWeights:long[]", "docRoles:string[]", "docConfidence:double[]", "docCurrent:boolean[]", "weight:long",
		"evidence:string[]", "evidenceDocs:string[]"}
)

// ImportStats counts what WriteImport wrote: nodes (documents and
// entities) and relationships (mentions, and relationships between
// entities).
type ImportStats struct {
	Documents, Entities, Mentions, Relationships int
	// ArrayDelimiter separates the items of a list in one CSV field: a
	// character no item contains.
	ArrayDelimiter rune
	// Multiline lists the files with a value that spans lines: if there
	// is one, neo4j-admin must be told, and reads every file more slowly.
	Multiline []string
}

// arrayDelimiters are the candidates for ImportStats.ArrayDelimiter:
// control characters that text rarely holds, then private-use ones.
var arrayDelimiters = []rune{'\x1f', '\x1e', '\x1d', '\x1c', '\uE000', '\uE001', '\uF8FF'}

// WriteImport writes g, with the centrality scores of its nodes, as the
// CSV files of 'neo4j-admin database import full' (RFC 4180, UTF-8, every
// string quoted), each to a writer from create, and their import options
// to ImportArgs. A database imported from them holds what Load and
// WriteScores store for g in an empty one, loadedAt being loadedAt,
// except what the CSV format cannot say, which CompleteImport sets: a list
// that is empty, or holds one empty string. Errors: an entity or relation
// of a type ergraph does not know, a relation with an end not in g, an
// unaligned list that is one empty string, no free array delimiter, or
// create's and the writers' errors.
func WriteImport(create func(name string) (io.Writer, error), g *graph.Graph, loadedAt time.Time) (ImportStats, error) {
	var st ImportStats
	all := func(string) bool { return true }
	entities, mentions, err := entityRows(g.Nodes(), all)
	if err != nil {
		return st, err
	}
	ids := make(map[string]string, len(entities))
	for _, e := range entities {
		ids[e.id] = e.id
	}
	byType, err := relationRows(g.Edges(), ids, all)
	if err != nil {
		return st, err
	}
	var rels []relationRow
	for _, typ := range extract.RelationTypes {
		rels = append(rels, byType[typ]...)
	}
	if st.ArrayDelimiter, err = arrayDelimiter(entities, mentions, rels); err != nil {
		return st, err
	}
	st.Documents, st.Entities, st.Mentions, st.Relationships = len(g.Documents()), len(entities), len(mentions), len(rels)
	files := []struct {
		name   string
		header []string
		rows   func(w *csvWriter)
	}{
		{ImportDocuments, documentHeader, func(w *csvWriter) { writeDocuments(w, g, loadedAt) }},
		{ImportEntities, entityHeader, func(w *csvWriter) { writeEntities(w, entities, mentions, g) }},
		{ImportMentions, mentionHeader, func(w *csvWriter) { writeMentions(w, mentions) }},
		{ImportRelationships, relationshipHeader, func(w *csvWriter) { writeRelationships(w, rels) }},
	}
	for _, f := range files {
		out, err := create(f.name)
		if err != nil {
			return st, err
		}
		w := &csvWriter{w: bufio.NewWriterSize(out, 1<<20), delim: st.ArrayDelimiter}
		w.w.WriteString(strings.Join(f.header, ","))
		w.w.WriteByte('\n')
		f.rows(w)
		if err := w.w.Flush(); err != nil {
			return st, fmt.Errorf("write %s: %w", f.name, err)
		}
		if w.multiline {
			st.Multiline = append(st.Multiline, f.name)
		}
	}
	w, err := create(ImportArgs)
	if err != nil {
		return st, err
	}
	if _, err := io.WriteString(w, importArgs(st)); err != nil {
		return st, fmt.Errorf("write %s: %w", ImportArgs, err)
	}
	return st, nil
}

// importArgs gives the options of neo4j-admin database import full for
// the files, one a line, as picocli reads an @file.
func importArgs(st ImportStats) string {
	lines := []string{
		"--nodes=" + ImportDocuments,
		"--nodes=" + ImportEntities,
		"--relationships=" + ImportMentions,
		"--relationships=" + ImportRelationships,
		fmt.Sprintf("--array-delimiter=U+%04X", st.ArrayDelimiter),
		"--id-type=string",
		"--strict=true",
		"--bad-tolerance=0",
	}
	if len(st.Multiline) > 0 {
		// Format v2, which takes the files by name, failed on a value
		// spanning lines in a file it was given (5.26.31): "found CR
		// outside a text cell".
		lines = append(lines, "--multiline-fields=true")
	}
	return strings.Join(lines, "\n") + "\n"
}

// csvWriter writes the fields of one file. Strings and lists are quoted,
// quotes doubled; an empty field is no property. Write errors stay in the
// bufio.Writer until Flush.
type csvWriter struct {
	w         *bufio.Writer
	delim     rune
	multiline bool
	started   bool // a field of the current record is written
}

func (c *csvWriter) sep() {
	if c.started {
		c.w.WriteByte(',')
	}
	c.started = true
}

// end ends a record.
func (c *csvWriter) end() {
	c.w.WriteByte('\n')
	c.started = false
}

func (c *csvWriter) null() { c.sep() }

func (c *csvWriter) str(s string) {
	c.sep()
	c.w.WriteByte('"')
	c.text(s)
	c.w.WriteByte('"')
}

// text writes s inside quotes.
func (c *csvWriter) text(s string) {
	for {
		i := strings.IndexAny(s, "\"\n\r")
		if i < 0 {
			c.w.WriteString(s)
			return
		}
		c.w.WriteString(s[:i+1])
		if s[i] == '"' {
			c.w.WriteByte('"')
		} else {
			c.multiline = true
		}
		s = s[i+1:]
	}
}

func (c *csvWriter) int(n int) {
	c.sep()
	c.w.WriteString(strconv.Itoa(n))
}

func (c *csvWriter) float(f float64) {
	c.sep()
	c.w.WriteString(formatFloat(f))
}

func (c *csvWriter) bool(b bool) {
	c.sep()
	c.w.WriteString(strconv.FormatBool(b))
}

// list writes a quoted list of n items, item(i) writing the i-th.
func (c *csvWriter) list(n int, item func(i int)) {
	c.sep()
	c.w.WriteByte('"')
	for i := range n {
		if i > 0 {
			c.w.WriteRune(c.delim)
		}
		item(i)
	}
	c.w.WriteByte('"')
}

func (c *csvWriter) strs(l []string) { c.list(len(l), func(i int) { c.text(l[i]) }) }

// formatFloat writes f as Java's Double.parseDouble reads it back exactly.
func formatFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// arrayDelimiter returns the first candidate no list item contains. A
// list that is one empty string is an error, unless CompleteImport can
// tell it from an empty one by the list it is aligned with (mergedBy,
// docRoles, evidenceDocs): neo4j-admin reads both as no property.
func arrayDelimiter(entities []entityRow, mentions []mentionRow, rels []relationRow) (rune, error) {
	used := map[rune]bool{}
	var bad string
	scan := func(what string, l []string, aligned bool) {
		if len(l) == 1 && l[0] == "" && !aligned && bad == "" {
			bad = what
		}
		for _, s := range l {
			// One pass over s for all candidates: they are below U+0020
			// or in the private use area.
			for _, r := range s {
				if (r < ' ' || r >= 0xE000) && slices.Contains(arrayDelimiters, r) {
					used[r] = true
				}
			}
		}
	}
	for _, e := range entities {
		scan("aliases of "+e.id, e.aliases, false)
		scan("", e.mergedBy, true)
		scan("roles of "+e.id, e.roles, false)
	}
	for _, m := range mentions {
		scan("names of "+m.entity+" in "+m.document, m.names, false)
		scan("roles of "+m.entity+" in "+m.document, m.roles, false)
	}
	for _, r := range rels {
		what := r.source + "-" + r.typ + "-" + r.target
		scan("documents of "+what, r.documents, false)
		scan("", r.docRoles, true)
		scan("evidence of "+what, r.evidence, false)
		scan("", r.evidenceDocs, true)
	}
	if bad != "" {
		return 0, fmt.Errorf("%s is one empty string, which neo4j-admin import cannot tell from no list", bad)
	}
	for _, r := range arrayDelimiters {
		if !used[r] {
			return r, nil
		}
	}
	return 0, fmt.Errorf("every array delimiter candidate (%q) occurs in a list item", arrayDelimiters)
}

func writeDocuments(w *csvWriter, g *graph.Graph, loadedAt time.Time) {
	at := loadedAt.UTC().Format("2006-01-02T15:04:05.000000000Z")
	for _, d := range g.Documents() {
		for _, v := range []string{d.ID, "Document", d.Title, d.Source, d.URL, d.Published, d.Path, d.Hash} {
			w.str(v)
		}
		w.str(at)
		w.end()
	}
}

// writeEntities does what the entities and mentions statements do on
// creating a node: an alias equal to the name or to an earlier alias is
// dropped with its reason; mentions and documentCount sum the entity's
// mentions. Scores are those of the nodes of g.
func writeEntities(w *csvWriter, entities []entityRow, mentions []mentionRow, g *graph.Graph) {
	total, docs := map[string]int{}, map[string]int{}
	for _, m := range mentions {
		total[m.entity] += m.count
		docs[m.entity]++
	}
	for _, e := range entities {
		var aliases, why []string
		for k, a := range e.aliases {
			if a != e.name && !slices.Contains(aliases, a) {
				aliases, why = append(aliases, a), append(why, e.mergedBy[k])
			}
		}
		w.str(e.id)
		w.list(2, func(i int) { w.text([]string{"Entity", e.typ}[i]) })
		w.str(e.name)
		w.strs(aliases)
		w.strs(why)
		w.strs(e.roles)
		w.sep()
		w.w.WriteByte('"')
		for _, a := range aliases {
			w.w.WriteByte(' ')
			w.text(a)
		}
		w.w.WriteByte('"')
		if n, ok := docs[e.id]; ok {
			w.int(total[e.id])
			w.int(n)
		} else {
			w.null()
			w.null()
		}
		sc := g.Node(e.id).Scores
		w.int(sc.Degree)
		for _, f := range []float64{sc.WeightedDegree, sc.Betweenness, sc.Closeness, sc.PageRank, sc.Eigenvector} {
			w.float(f)
		}
		w.int(sc.CommunityID)
		w.end()
	}
}

func writeMentions(w *csvWriter, mentions []mentionRow) {
	for _, m := range mentions {
		w.str(m.entity)
		w.str(m.document)
		w.str("MENTIONED_IN")
		w.int(m.count)
		w.strs(m.names)
		w.strs(m.roles)
		w.end()
	}
}

// writeRelationships keeps at most extract.MaxEvidence sentences, as the
// relations statement does.
func writeRelationships(w *csvWriter, rels []relationRow) {
	for _, r := range rels {
		w.str(r.a)
		w.str(r.b)
		w.str(r.typ)
		if r.role == "" {
			w.null()
		} else {
			w.str(r.role)
		}
		w.float(r.confidence)
		w.bool(r.current)
		w.strs(r.documents)
		w.list(len(r.docWeights), func(i int) { w.w.WriteString(strconv.Itoa(r.docWeights[i])) })
		w.strs(r.docRoles)
		w.list(len(r.docConfidence), func(i int) { w.w.WriteString(formatFloat(r.docConfidence[i])) })
		w.list(len(r.docCurrent), func(i int) { w.w.WriteString(strconv.FormatBool(r.docCurrent[i])) })
		w.int(r.weight)
		w.strs(r.evidence[:min(len(r.evidence), extract.MaxEvidence)])
		w.strs(r.evidenceDocs[:min(len(r.evidenceDocs), extract.MaxEvidence)])
		w.end()
	}
}

// CompleteImport makes a database imported by neo4j-admin from the files
// of WriteImport what Load would have made: it creates the constraints and
// indexes (Setup), sets the lists the CSV files could not carry, and waits
// for the indexes to come online. It changes nothing on a database Load
// wrote, so running it twice is harmless.
func (s *Store) CompleteImport(ctx context.Context) error {
	if err := s.Setup(ctx); err != nil {
		return err
	}
	for _, stmt := range statements(queries.Load("complete-import")) {
		if err := s.autocommit(ctx, stmt); err != nil {
			return s.wrap("complete the import", err)
		}
	}
	return nil
}

// autocommit runs one statement in an auto-commit transaction, which
// CALL { } IN TRANSACTIONS needs, and waits for it to finish. Its
// transactions are short, so no timeout bounds the statement.
func (s *Store) autocommit(ctx context.Context, cypher string) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, cypher, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return cause(ctx, err)
}
