// Merges relationships: $rows is a list of {source, target, type, role,
// confidence, documents, docWeights, evidence}, documents and docWeights
// aligned. Only documents not already on the relationship are added, and
// weight is summed from the stored docWeights, so a re-run or a retried
// transaction never counts a document twice. Evidence stays at most
// $maxEvidence sentences. row.type comes from the loader's fixed list.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.documents = [], r.docWeights = [], r.evidence = [], r.confidence = 0.0
WITH r, row, [i IN range(0, size(row.documents) - 1) WHERE NOT row.documents[i] IN r.documents] AS fresh
WITH r, row, r.documents + [i IN fresh | row.documents[i]] AS documents,
     r.docWeights + [i IN fresh | row.docWeights[i]] AS weights
SET r.documents = documents,
    r.docWeights = weights,
    r.weight = reduce(t = 0, w IN weights | t + w),
    r.evidence = (r.evidence + [s IN row.evidence WHERE NOT s IN r.evidence])[0..$maxEvidence],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = coalesce(r.role, row.role)
