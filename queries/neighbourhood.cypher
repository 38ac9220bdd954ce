// What is linked to one entity, how strongly, and the sentences that say so.
// :param name => 'Amber Rudd'
// :param limit => 25
// Required: name
// Check: name a name
// Check: limit >= 1
// name matches an entity's name, an alias or a role ("Home Secretary"), in any case.
// Example output:
// entity      relation   neighbour      type          weight  documents  evidence
// Amber Rudd  CO_OCCURS  WhatsApp       Organization  3       2          Amber Rudd later cited the case when she …
// Amber Rudd  CO_OCCURS  Khalid Masood  Person        3       1          Speaking to the BBC, Ms Rudd said the att…
// Amber Rudd  CO_OCCURS  London         Place         2       2          Amber Rudd welcomed his remarks and said …
// Amber Rudd  CO_OCCURS  Keith Palmer   Person        2       1          Masood killed PC Keith Palmer outside the…
// … (12 rows)
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name)
   OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
   OR any(r IN e.roles WHERE toLower(r) = toLower($name))
WITH e ORDER BY e.pagerank DESC LIMIT 1
MATCH p = (e)-[r:CO_OCCURS|WORKS_FOR|OWNS|KILLED|PARTICIPATED_IN|MEMBER_OF|LOCATED_IN|BASED_IN|LIVES_IN|BORN_IN]-(other:Entity)
RETURN e.name AS entity, type(r) AS relation, other.name AS neighbour,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS type,
       r.weight AS weight, size(r.documents) AS documents, r.evidence[0] AS evidence, p AS path
ORDER BY weight DESC, documents DESC, neighbour, relation
LIMIT $limit
