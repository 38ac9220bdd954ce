// Creates relationships, for a load into a database that held no entity:
// $rows as for relations. Each (ends, type) comes once, so the new
// relationship takes the row as it is, as the merge does on create.
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row.a
MATCH (b:Entity) WHERE elementId(b) = row.b
CREATE (a)-[r:$(row.type)]->(b)
SET r.documents = row.documents, r.docWeights = row.docWeights, r.weight = row.weight,
    r.docRoles = row.docRoles, r.docConfidence = row.docConfidence, r.docCurrent = row.docCurrent,
    r.evidence = row.evidence[0..$maxEvidence], r.evidenceDocs = row.evidenceDocs[0..$maxEvidence],
    r.confidence = row.confidence, r.role = row.role, r.current = row.current
