// The shortest paths between two entities, with the sentence behind each hop.
// :param from => 'Amber Rudd'
// :param to => 'Tim Cook'
// :param limit => 5
// Required: from, to
// Check: from a name
// Check: to a name
// Check: limit >= 1
// from and to match a name, an alias or a role, in any case. Paths have at most 6 hops.
// Heaviest first; paths of the same weight in the order of their entities'
// ids and relation types, never in the order the database stores them.
// Example output:
// entities                       relations               evidence                                    hops
// [Amber Rudd; Apple; Tim Cook]  [CO_OCCURS; CO_OCCURS]  [Amber Rudd later cited the case when she…  2
// [Amber Rudd; Apple; Tim Cook]  [CO_OCCURS; WORKS_FOR]  [Amber Rudd later cited the case when she…  2
MATCH (a:Entity)
WHERE toLower(a.name) = toLower($from)
   OR any(x IN a.aliases WHERE toLower(x) = toLower($from))
   OR any(x IN a.roles WHERE toLower(x) = toLower($from))
WITH a ORDER BY a.pagerank DESC LIMIT 1
MATCH (b:Entity)
WHERE toLower(b.name) = toLower($to)
   OR any(x IN b.aliases WHERE toLower(x) = toLower($to))
   OR any(x IN b.roles WHERE toLower(x) = toLower($to))
WITH a, b ORDER BY b.pagerank DESC LIMIT 1
MATCH p = allShortestPaths((a)-[:CO_OCCURS|WORKS_FOR|OWNS|KILLED|PARTICIPATED_IN|MEMBER_OF|LOCATED_IN|BASED_IN|LIVES_IN|BORN_IN*..6]-(b))
WHERE a <> b
RETURN [n IN nodes(p) | n.name] AS entities,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidence[0]] AS evidence,
       length(p) AS hops, p AS path
ORDER BY reduce(w = 0, r IN relationships(p) | w - r.weight), [n IN nodes(p) | n.id], relations
LIMIT $limit
