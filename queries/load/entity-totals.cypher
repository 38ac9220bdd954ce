// Sets the mention totals of entities whose mentions were created by
// mentions-new: $rows is a list of {id, mentions, documents}, summed by
// the loader from the same rows.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.mentions = row.mentions, e.documentCount = row.documents
