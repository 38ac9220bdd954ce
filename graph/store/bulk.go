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
	// Multiline lists the files with a value that spans lines, which
	// neo4j-admin must be told about (and reads more slowly).
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
		id := e["id"].(string)
		ids[id] = id
	}
	rels, err := relationRows(g.Edges(), ids, all)
	if err != nil {
		return st, err
	}
	docs := docRows(g, all)
	for i, d := range g.Documents() {
		docs[i]["hash"] = d.Hash // set by versions-set after a load
	}
	tables := []table{
		{ImportDocuments, documentHeader, documentRecords(docs, loadedAt)},
		{ImportEntities, entityHeader, entityRecords(entities, mentions, g)},
		{ImportMentions, mentionHeader, mentionRecords(mentions)},
		{ImportRelationships, relationshipHeader, relationshipRecords(rels)},
	}
	if st.ArrayDelimiter, err = arrayDelimiter(tables); err != nil {
		return st, err
	}
	counts := []*int{&st.Documents, &st.Entities, &st.Mentions, &st.Relationships}
	for i, t := range tables {
		w, err := create(t.name)
		if err != nil {
			return st, err
		}
		multiline, err := t.write(w, st.ArrayDelimiter)
		if err != nil {
			return st, fmt.Errorf("write %s: %w", t.name, err)
		}
		if multiline {
			st.Multiline = append(st.Multiline, t.name)
		}
		*counts[i] = len(t.records)
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
		lines = append(lines, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(st.Multiline, ","))
	}
	return strings.Join(lines, "\n") + "\n"
}

// table is one CSV file: its records are rows of values, each a string,
// nil (no property), int, float64, bool or a list ([]any of one of these).
type table struct {
	name    string
	header  []string
	records [][]any
}

// write writes the header and records and says whether a value spans lines.
func (t table) write(w io.Writer, delim rune) (multiline bool, err error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	bw.WriteString(strings.Join(t.header, ","))
	bw.WriteByte('\n')
	for _, rec := range t.records {
		for i, v := range rec {
			if i > 0 {
				bw.WriteByte(',')
			}
			multiline = writeValue(bw, v, delim) || multiline
		}
		bw.WriteByte('\n')
	}
	return multiline, bw.Flush()
}

// writeValue writes one field and says whether it spans lines. Strings
// and lists are quoted, quotes doubled; nil is an empty field, which
// neo4j-admin reads as no property.
func writeValue(w *bufio.Writer, v any, delim rune) bool {
	switch x := v.(type) {
	case nil:
		return false
	case string:
		return quote(w, x)
	case int:
		w.WriteString(strconv.Itoa(x))
	case float64:
		w.WriteString(formatFloat(x))
	case bool:
		w.WriteString(strconv.FormatBool(x))
	case []any:
		var b strings.Builder
		for i, item := range x {
			if i > 0 {
				b.WriteRune(delim)
			}
			switch y := item.(type) {
			case string:
				b.WriteString(y)
			case int:
				b.WriteString(strconv.Itoa(y))
			case float64:
				b.WriteString(formatFloat(y))
			case bool:
				b.WriteString(strconv.FormatBool(y))
			default:
				panic(fmt.Sprintf("store: list item of type %T", item))
			}
		}
		return quote(w, b.String())
	default:
		panic(fmt.Sprintf("store: value of type %T", v))
	}
	return false
}

func quote(w *bufio.Writer, s string) bool {
	w.WriteByte('"')
	w.WriteString(strings.ReplaceAll(s, `"`, `""`))
	w.WriteByte('"')
	return strings.ContainsAny(s, "\n\r")
}

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
// list that is one empty string, unless CompleteImport can tell it from
// an empty one by the list it is aligned with, is an error: neo4j-admin
// reads both as no property.
func arrayDelimiter(tables []table) (rune, error) {
	used := map[rune]bool{}
	for _, t := range tables {
		for _, rec := range t.records {
			for i, v := range rec {
				list, ok := v.([]any)
				if !ok {
					continue
				}
				if len(list) == 1 && list[0] == "" && !aligned[t.header[i]] {
					return 0, fmt.Errorf("%s: %s of %v is one empty string, which neo4j-admin import cannot tell from no list", t.name, t.header[i], rec[0])
				}
				for _, item := range list {
					if s, ok := item.(string); ok {
						for _, r := range arrayDelimiters {
							if strings.ContainsRune(s, r) {
								used[r] = true
							}
						}
					}
				}
			}
		}
	}
	for _, r := range arrayDelimiters {
		if !used[r] {
			return r, nil
		}
	}
	return 0, fmt.Errorf("every array delimiter candidate (%q) occurs in a list item", arrayDelimiters)
}

// aligned are the list columns CompleteImport rebuilds from the list they
// are aligned with when neo4j-admin left them unset.
var aligned = map[string]bool{"mergedBy:string[]": true, "docRoles:string[]": true, "evidenceDocs:string[]": true}

func documentRecords(rows []map[string]any, loadedAt time.Time) [][]any {
	at := loadedAt.UTC().Format("2006-01-02T15:04:05.000000000Z")
	out := make([][]any, len(rows))
	for i, r := range rows {
		out[i] = []any{r["id"], "Document", r["title"], r["source"], r["url"], r["published"], r["path"], r["hash"], at}
	}
	return out
}

// entityRecords does what the entities and mentions statements do on
// creating a node: an alias equal to the name or to an earlier alias is
// dropped with its reason; mentions and documentCount sum the entity's
// mentions. Scores are those of the nodes of g.
func entityRecords(rows, mentions []map[string]any, g *graph.Graph) [][]any {
	total, docs := map[string]int{}, map[string]int{}
	for _, m := range mentions {
		id := m["entity"].(string)
		total[id] += m["count"].(int)
		docs[id]++
	}
	out := make([][]any, len(rows))
	for i, r := range rows {
		id, name := r["id"].(string), r["name"].(string)
		names, reasons := r["aliases"].([]any), r["mergedBy"].([]any)
		aliases, why := []any{}, []any{}
		for k, a := range names {
			if a != name && !slices.Contains(aliases, a) {
				aliases, why = append(aliases, a), append(why, reasons[k])
			}
		}
		var text strings.Builder
		for _, a := range aliases {
			text.WriteString(" " + a.(string))
		}
		var mentions, count any
		if n, ok := docs[id]; ok {
			mentions, count = total[id], n
		}
		sc := g.Node(id).Scores
		out[i] = []any{id, []any{"Entity", r["type"]}, name, aliases, why, r["roles"], text.String(), mentions, count,
			sc.Degree, sc.WeightedDegree, sc.Betweenness, sc.Closeness, sc.PageRank, sc.Eigenvector, sc.CommunityID}
	}
	return out
}

func mentionRecords(rows []map[string]any) [][]any {
	out := make([][]any, len(rows))
	for i, r := range rows {
		out[i] = []any{r["entity"], r["document"], "MENTIONED_IN", r["count"], r["names"], r["roles"]}
	}
	return out
}

// relationshipRecords keeps at most extract.MaxEvidence sentences, as the
// relations statement does.
func relationshipRecords(rows map[string][]map[string]any) [][]any {
	var out [][]any
	for _, typ := range extract.RelationTypes {
		for _, r := range rows[typ] {
			ev, evDocs := r["evidence"].([]any), r["evidenceDocs"].([]any)
			out = append(out, []any{r["a"], r["b"], typ, r["role"], r["confidence"], r["current"], r["documents"],
				r["docWeights"], r["docRoles"], r["docConfidence"], r["docCurrent"], r["weight"],
				ev[:min(len(ev), extract.MaxEvidence)], evDocs[:min(len(evDocs), extract.MaxEvidence)]})
		}
	}
	return out
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
