// All typed relations of one kind: who works for whom, who owns what, who killed whom.
// :param type => 'WORKS_FOR'
// :param currentOnly => false
// :param limit => 50
// type is WORKS_FOR, OWNS, KILLED, PARTICIPATED_IN, MEMBER_OF, LOCATED_IN, BASED_IN, LIVES_IN or BORN_IN.
// currentOnly true leaves out relations stated as past ("the former chief executive of Apple").
// Example output:
// subject          relation   role             object               current  confidence  documents  evidence
// Mark Zuckerberg  WORKS_FOR  founder          Facebook             true     0.8         1          Mark Zuckerberg, the founder of Facebook,…
// Rob Wainwright   WORKS_FOR  director         Europol              true     0.8         1          Rob Wainwright, director of Europol, said…
// Tim Cook         WORKS_FOR  chief executive  Apple                true     0.8         1          Tim Cook, chief executive of Apple, said …
// Cressida Dick    WORKS_FOR  commissioner     Metropolitan Police  true     0.75        1          Cressida Dick, the Metropolitan Police co…
// … (5 rows)
MATCH p = (a:Entity)-[r]->(b:Entity)
WHERE type(r) = $type AND (NOT $currentOnly OR coalesce(r.current, true))
RETURN a.name AS subject, type(r) AS relation, r.role AS role, b.name AS object,
       coalesce(r.current, true) AS current, r.confidence AS confidence, size(r.documents) AS documents, r.evidence[0] AS evidence, p AS path
ORDER BY documents DESC, confidence DESC, subject, object
LIMIT $limit
