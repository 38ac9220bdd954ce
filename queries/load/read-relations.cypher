// Reads every relationship between entities back for centrality and export.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.role AS role,
       r.weight AS weight, r.documents AS documents, r.docWeights AS docWeights,
       r.evidence AS evidence, r.confidence AS confidence,
       coalesce(r.current, true) AS current
