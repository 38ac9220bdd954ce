// Merges documents: $rows is a list of {id, title, source, url, published,
// path, hash}. The hash is not set here but by versions-set, after the
// document's mentions and relationships are in, so that a load cut short
// leaves a document without a hash, which the next load replaces.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.title = row.title, d.source = row.source, d.url = row.url,
    d.published = row.published, d.path = row.path, d.loadedAt = datetime()
REMOVE d.hash
