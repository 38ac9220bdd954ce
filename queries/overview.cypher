// A graph overview: counts of nodes by label and of relationships by type,
// largest first.
// Example output:
// kind   name          count
// label  Entity        42
// label  Organization  19
// label  Document      7
// label  Event         2
// … (14 rows)
CALL {
  MATCH (n)
  UNWIND labels(n) AS name
  RETURN 'label' AS kind, name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind, count DESC, name
