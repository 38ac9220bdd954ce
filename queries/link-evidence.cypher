// The evidence for one link: the documents and sentences that connect two entities.
// :param a => 'Tim Cook'
// :param b => 'Apple'
// Required: a, b
// a and b match a name or an alias, in any case.
// Example output:
// EXAMPLE
MATCH (x:Entity) WHERE toLower(x.name) = toLower($a) OR any(s IN x.aliases WHERE toLower(s) = toLower($a))
MATCH (y:Entity) WHERE toLower(y.name) = toLower($b) OR any(s IN y.aliases WHERE toLower(s) = toLower($b))
MATCH p = (x)-[r]-(y)
UNWIND r.evidence AS sentence
RETURN x.name AS from, type(r) AS relation, y.name AS to, r.role AS role,
       r.weight AS weight, r.documents AS documents, sentence, r.confidence AS confidence, p AS path
ORDER BY relation, sentence
