// Works out again the mentions, documentCount, aliases and roles of the
// entities $entities (element ids) from the MENTIONED_IN relationships they
// have left, and deletes those left with none. Aliases are the names the
// remaining documents use, other than the entity's name; an entity whose
// mentions predate stored names keeps its aliases. Each alias left keeps
// the reason it was merged for (mergedBy stays aligned with aliases).
UNWIND $entities AS eid
MATCH (e:Entity) WHERE elementId(e) = eid
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Document)
WITH e, sum(m.count) AS total, count(m) AS documents, collect(m.names) AS names, collect(m.roles) AS roles
WITH e, total, documents,
     CASE WHEN size(names) < documents THEN e.aliases
          ELSE reduce(acc = [], l IN names | acc + [x IN l WHERE x <> e.name AND NOT x IN acc]) END AS aliases,
     CASE WHEN size(roles) < documents THEN e.roles
          ELSE reduce(acc = [], l IN roles | acc + [x IN l WHERE NOT x IN acc]) END AS roles
WITH e, total, documents, aliases, roles,
     [a IN aliases | head([i IN range(0, size(e.aliases) - 1) WHERE e.aliases[i] = a | coalesce(coalesce(e.mergedBy, [])[i], '')] + [''])] AS reasons
SET e.mentions = total, e.documentCount = documents, e.aliases = aliases, e.roles = roles, e.mergedBy = reasons,
    e.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
WITH e, documents WHERE documents = 0
DETACH DELETE e
