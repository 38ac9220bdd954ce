// All typed relations of one kind: who works for whom, who owns what, who killed whom.
// :param type => 'WORKS_FOR'
// :param limit => 50
// Check: type one of WORKS_FOR, OWNS, KILLED, PARTICIPATED_IN, MEMBER_OF, LOCATED_IN, BASED_IN, LIVES_IN, BORN_IN
// Check: limit >= 1
// Example output:
// subject          relation   role             object               confidence  documents  evidence
// Mark Zuckerberg  WORKS_FOR  founder          Facebook             0.8         1          Mark Zuckerberg, the founder of Facebook,…
// Rob Wainwright   WORKS_FOR  director         Europol              0.8         1          Rob Wainwright, director of Europol, said…
// Tim Cook         WORKS_FOR  chief executive  Apple                0.8         1          Tim Cook, chief executive of Apple, said …
// Cressida Dick    WORKS_FOR  commissioner     Metropolitan Police  0.75        1          Cressida Dick, the Metropolitan Police co…
// … (5 rows)
MATCH p = (a:Entity)-[r]->(b:Entity)
WHERE type(r) = $type
RETURN a.name AS subject, type(r) AS relation, r.role AS role, b.name AS object,
       r.confidence AS confidence, size(r.documents) AS documents, r.evidence[0] AS evidence, p AS path
ORDER BY documents DESC, confidence DESC, subject, object
LIMIT $limit
