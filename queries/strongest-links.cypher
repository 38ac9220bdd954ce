// Entities that appear together in many documents: the strongest links overall.
// :param minDocuments => 2
// :param limit => 20
// Check: minDocuments >= 1
// Check: limit >= 1
// Example output:
// a             b              documents  sentences  evidence
// Facebook      WhatsApp       3          7          Facebook completes purchase of WhatsApp
// WhatsApp      Amber Rudd     2          3          Amber Rudd later cited the case when she …
// Amber Rudd    London         2          2          Amber Rudd welcomed his remarks and said …
// Keith Palmer  Khalid Masood  2          2          Palmer, a member of the Metropolitan Poli…
// … (5 rows)
MATCH p = (a:Entity)-[r:CO_OCCURS]->(b:Entity)
WHERE size(r.documents) >= $minDocuments
RETURN a.name AS a, b.name AS b, size(r.documents) AS documents, r.weight AS sentences,
       r.evidence[0] AS evidence, p AS path
ORDER BY documents DESC, sentences DESC, a, b
LIMIT $limit
