// Marks documents as completely loaded: $rows is a list of {id, hash}.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d.hash = row.hash
