// Deletes the Document nodes $ids, once their mentions and relationship
// entries are gone, and says how many there were.
UNWIND $ids AS id
MATCH (d:Document {id: id})
DETACH DELETE d
RETURN count(d) AS n
