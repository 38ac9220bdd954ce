// A graph overview: counts of nodes by label and of relationships by type.
// Example output:
// kind   name          count
// label  Document      7
// label  Entity        42
// label  Event         2
// label  Organization  19
// … (14 rows)
MATCH (n)
UNWIND labels(n) AS name
RETURN 'label' AS kind, name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
