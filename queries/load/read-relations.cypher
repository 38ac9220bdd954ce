// Reads every relationship between entities back for centrality and export;
// the evidence sentences only if $evidence (an export needs them, centrality
// does not).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS source, b.id AS target, type(r) AS type, r.role AS role,
       r.weight AS weight, r.documents AS documents, r.docWeights AS docWeights,
       CASE WHEN $evidence THEN r.evidence END AS evidence, r.confidence AS confidence,
       coalesce(r.current, true) AS current
