// Creates mentions, for a load into a database that held no entity: $rows
// as for mentions. Every (entity, document) pair is new and comes once,
// so there is nothing to merge; the entities' totals are set afterwards
// by entity-totals.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.document})
CREATE (e)-[m:MENTIONED_IN]->(d)
SET m.count = row.count, m.names = row.names, m.roles = row.roles
