// Reads every entity back for centrality, export and resolution, with what
// each document said of it (mention count, names and roles), documents in
// id order. Mentions stored without names (before versions) give none.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, m, d ORDER BY d.id
WITH e, collect(d.id) AS documents, collect(m.count) AS counts,
     collect(m.names) AS names, collect(m.roles) AS docRoles
RETURN e.id AS id, e.name AS name,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.aliases AS aliases, coalesce(e.mergedBy, []) AS mergedBy, e.roles AS roles, coalesce(e.mentions, 0) AS mentions,
       documents, counts, names, docRoles
