// Merges relationships: $rows is a list of {a, b (the element ids of the
// ends, from the entities statement of the same load), source, target, type, role,
// confidence, current, documents, docWeights, weight, evidence}, documents and
// docWeights aligned and weight their sum. A new relationship takes the
// row as it is. An existing one gains only the documents it does not list
// yet, and its weight is summed again from the stored docWeights, so a
// re-run or a retried transaction never counts a document twice. The
// weight is summed in a SET of its own, after the lists have grown.
// Evidence stays at most $maxEvidence sentences. row.type comes from the
// loader's fixed list.
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.a
MATCH (b:Entity) WHERE elementId(b) = row.b
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.documents = row.documents, r.docWeights = row.docWeights, r.weight = row.weight,
    r.evidence = row.evidence[0..$maxEvidence], r.confidence = row.confidence, r.role = row.role,
    r.current = row.current
ON MATCH SET
    r.docWeights = r.docWeights + [i IN range(0, size(row.documents) - 1) WHERE NOT row.documents[i] IN r.documents | row.docWeights[i]],
    r.documents = r.documents + [d IN row.documents WHERE NOT d IN r.documents],
    r.evidence = (r.evidence + [s IN row.evidence WHERE NOT s IN r.evidence])[0..$maxEvidence],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = coalesce(r.role, row.role),
    r.current = coalesce(r.current, true) AND row.current
SET r.weight = reduce(t = 0, w IN r.docWeights | t + w)
