// Reads the stored content hash of each document in $ids that is stored;
// a document whose load was cut short has a null hash.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash
