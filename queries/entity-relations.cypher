// Everything the text states about one entity: its typed relations in both directions.
// :param name => 'Khalid Masood'
// Required: name
// Check: name a name
// Example output:
// entity         relation         other               role         confidence  evidence
// Khalid Masood  KILLED           Keith Palmer                     0.75        Masood killed PC Keith Palmer outside the…
// Khalid Masood  PARTICIPATED_IN  Westminster attack  perpetrator  0.6         Masood killed PC Keith Palmer outside the…
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
MATCH p = (e)-[r:WORKS_FOR|OWNS|KILLED|PARTICIPATED_IN|MEMBER_OF|LOCATED_IN|BASED_IN|LIVES_IN|BORN_IN]-(other:Entity)
RETURN e.name AS entity,
       CASE WHEN startNode(r) = e THEN type(r) ELSE '<-' + type(r) END AS relation,
       other.name AS other, r.role AS role, r.confidence AS confidence, r.evidence[0] AS evidence, p AS path
ORDER BY relation, other
