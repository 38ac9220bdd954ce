// Merges mentions: $rows is a list of {entity, document, count, names,
// roles}: the names and roles the document uses for the entity, kept so
// that removing the document can take back exactly what it said. The
// count is set, not added, so a document loaded twice counts once; the
// entity's total is then summed from its MENTIONED_IN relationships.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.document})
MERGE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.names = row.names, m.roles = row.roles
WITH DISTINCT e
MATCH (e)-[m:MENTIONED_IN]->(:Document)
WITH e, sum(m.count) AS total, count(m) AS documents
SET e.mentions = total, e.documentCount = documents
