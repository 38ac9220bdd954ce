// The evidence for one link: the documents and sentences that connect two entities.
// :param a => 'Tim Cook'
// :param b => 'Apple'
// Required: a, b
// Check: a a name
// Check: b a name
// a and b match a name or an alias, in any case.
// Example output:
// from      relation   to     role             weight  documents        sentence                                    confidence
// Tim Cook  CO_OCCURS  Apple                   1       [cook-backdoor]  Tim Cook, chief executive of Apple, said …  1
// Tim Cook  WORKS_FOR  Apple  chief executive  1       [cook-backdoor]  Tim Cook, chief executive of Apple, said …  0.8
MATCH (x:Entity) WHERE toLower(x.name) = toLower($a) OR any(s IN x.aliases WHERE toLower(s) = toLower($a))
MATCH (y:Entity) WHERE toLower(y.name) = toLower($b) OR any(s IN y.aliases WHERE toLower(s) = toLower($b))
MATCH p = (x)-[r]-(y)
UNWIND r.evidence AS sentence
RETURN x.name AS from, type(r) AS relation, y.name AS to, r.role AS role,
       r.weight AS weight, r.documents AS documents, sentence, r.confidence AS confidence, p AS path
ORDER BY relation, sentence
