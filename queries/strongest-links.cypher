// Entities that appear together in many documents: the strongest links overall.
// :param minDocuments => 2
// :param limit => 20
// Example output:
// EXAMPLE
MATCH p = (a:Entity)-[r:CO_OCCURS]->(b:Entity)
WHERE size(r.documents) >= $minDocuments
RETURN a.name AS a, b.name AS b, size(r.documents) AS documents, r.weight AS sentences,
       r.evidence[0] AS evidence, p AS path
ORDER BY documents DESC, sentences DESC, a, b
LIMIT $limit
