// Writes centrality back: $rows is a list of {id, scores}, scores a map of
// the Graph Data Science property names.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.scores
