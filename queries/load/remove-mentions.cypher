// Deletes the MENTIONED_IN relationships of the documents $ids and returns
// the element id of every entity they mentioned, for remove-entities.
UNWIND $ids AS id
MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document {id: id})
DELETE m
RETURN DISTINCT elementId(e) AS entity
