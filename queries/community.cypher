// The members of one entity's community (Louvain), and the community's most central entity.
// :param name => 'WhatsApp'
// :param limit => 50
// Required: name
// Check: name a name
// Check: limit >= 1
// Example output:
// community  mostCentral  member           type          pagerank
// 5          WhatsApp     WhatsApp         Organization  0.06832
// 5          WhatsApp     Facebook         Organization  0.03985
// 5          WhatsApp     California       Place         0.01688
// 5          WhatsApp     Mark Zuckerberg  Person        0.01688
// … (7 rows)
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
WITH e ORDER BY e.pagerank DESC LIMIT 1
MATCH (m:Entity {communityId: e.communityId})
WITH e, m ORDER BY m.pagerank DESC, m.name
WITH e, collect(m) AS members
UNWIND members AS m
RETURN e.communityId AS community, members[0].name AS mostCentral, m.name AS member,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS type, m.pagerank AS pagerank, m AS node
LIMIT $limit
