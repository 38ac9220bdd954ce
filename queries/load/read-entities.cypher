// Reads every entity back for centrality and export.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
WITH e, collect(d.id) AS documents, collect(m.count) AS counts
RETURN e.id AS id, e.name AS name,
       [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.aliases AS aliases, coalesce(e.mergedBy, []) AS mergedBy, e.roles AS roles, coalesce(e.mentions, 0) AS mentions, documents, counts
