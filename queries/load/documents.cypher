// Merges documents: $rows is a list of {id, title, source, url, published, path}.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.source = row.source, d.url = row.url,
    d.published = row.published, d.path = row.path
