// All typed relations of one kind: who works for whom, who owns what, who killed whom.
// :param type => 'WORKS_FOR'
// :param limit => 50
// type is WORKS_FOR, OWNS, KILLED, PARTICIPATED_IN, MEMBER_OF, LOCATED_IN, BASED_IN, LIVES_IN or BORN_IN.
// Example output:
// EXAMPLE
MATCH p = (a:Entity)-[r]->(b:Entity)
WHERE type(r) = $type
RETURN a.name AS subject, type(r) AS relation, r.role AS role, b.name AS object,
       r.confidence AS confidence, size(r.documents) AS documents, r.evidence[0] AS evidence, p AS path
ORDER BY documents DESC, confidence DESC, subject, object
LIMIT $limit
