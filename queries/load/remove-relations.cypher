// Takes the documents $ids out of every relationship between entities they
// mention: their entries of documents, docWeights, docRoles,
// docConfidence and docCurrent and their evidence sentences go; weight,
// confidence, role and current are worked out again from what is left, and a relationship left
// with no document is deleted. Every relationship a document contributed
// joins two entities it mentions, so the MENTIONED_IN relationships find
// them; run it before remove-mentions.
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:MENTIONED_IN]-(:Entity)-[r]-(:Entity)
WHERE id IN r.documents
WITH DISTINCT r
WITH r, [i IN range(0, size(r.documents) - 1) WHERE NOT r.documents[i] IN $ids] AS keep,
     [i IN range(0, size(r.evidence) - 1) WHERE NOT coalesce(r.evidenceDocs[i], '') IN $ids] AS keepEvidence
WITH r, [i IN keep | r.documents[i]] AS documents, [i IN keep | r.docWeights[i]] AS weights,
     [i IN keep | coalesce(r.docRoles[i], '')] AS roles, [i IN keep | coalesce(r.docConfidence[i], r.confidence)] AS confidence,
     [i IN keep | coalesce(r.docCurrent[i], r.current, true)] AS current,
     [i IN keepEvidence | r.evidence[i]] AS evidence, [i IN keepEvidence | coalesce(r.evidenceDocs[i], '')] AS evidenceDocs
SET r.documents = documents, r.docWeights = weights, r.docRoles = roles, r.docConfidence = confidence,
    r.docCurrent = current, r.current = all(c IN current WHERE c),
    r.evidence = evidence, r.evidenceDocs = evidenceDocs,
    r.weight = reduce(t = 0, w IN weights | t + w),
    r.confidence = reduce(m = 0.0, c IN confidence | CASE WHEN c > m THEN c ELSE m END),
    r.role = head([x IN roles WHERE x <> ''])
WITH r, documents WHERE size(documents) = 0
DELETE r
