// Deletes entities merged into others: $rows is a list of {id}. Their
// mentions and relationships have been loaded onto the entity that
// absorbed them first, so nothing is lost; deleting an absent id is a no-op.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
DETACH DELETE e
