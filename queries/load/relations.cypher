// Merges relationships: $rows is a list of {a, b (the element ids of the
// ends, from the entities statement of the same load), source, target, type, role,
// confidence, current, documents, docWeights, docRoles, docConfidence,
// docCurrent, weight, evidence, evidenceDocs}: docWeights, docRoles,
// docConfidence and docCurrent aligned with documents, evidenceDocs (the
// document of each sentence) with evidence, weight the sum of docWeights,
// current false if any document states the relation as past. A new relationship takes the
// row as it is. An existing one gains only the documents it does not list
// yet, and its weight is summed again from the stored docWeights, so a
// re-run or a retried transaction never counts a document twice. Each
// list is set before the list it is aligned with grows, and the weight in
// a SET of its own, after the lists have grown. Evidence stays at most
// $maxEvidence sentences. row.type comes from the loader's fixed list.
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.a
MATCH (b:Entity) WHERE elementId(b) = row.b
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r.documents = row.documents, r.docWeights = row.docWeights, r.weight = row.weight,
    r.docRoles = row.docRoles, r.docConfidence = row.docConfidence, r.docCurrent = row.docCurrent,
    r.evidence = row.evidence[0..$maxEvidence], r.evidenceDocs = row.evidenceDocs[0..$maxEvidence],
    r.confidence = row.confidence, r.role = row.role, r.current = row.current
ON MATCH SET
    r.docWeights = r.docWeights + [i IN range(0, size(row.documents) - 1) WHERE NOT row.documents[i] IN r.documents | row.docWeights[i]],
    r.docRoles = coalesce(r.docRoles, []) + [i IN range(0, size(row.documents) - 1) WHERE NOT row.documents[i] IN r.documents | row.docRoles[i]],
    r.docConfidence = coalesce(r.docConfidence, []) + [i IN range(0, size(row.documents) - 1) WHERE NOT row.documents[i] IN r.documents | row.docConfidence[i]],
    r.docCurrent = coalesce(r.docCurrent, []) + [i IN range(0, size(row.documents) - 1) WHERE NOT row.documents[i] IN r.documents | row.docCurrent[i]],
    r.documents = r.documents + [d IN row.documents WHERE NOT d IN r.documents],
    r.evidenceDocs = (coalesce(r.evidenceDocs, []) + [i IN range(0, size(row.evidence) - 1) WHERE NOT row.evidence[i] IN r.evidence | row.evidenceDocs[i]])[0..$maxEvidence],
    r.evidence = (r.evidence + [s IN row.evidence WHERE NOT s IN r.evidence])[0..$maxEvidence],
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.role = coalesce(r.role, row.role),
    r.current = coalesce(r.current, true) AND row.current
SET r.weight = reduce(t = 0, w IN r.docWeights | t + w)
