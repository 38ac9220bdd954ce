// Every stored document with the number of entities it mentions, newest
// first; documents without a published date last.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source, d.published AS published,
       COUNT { (d)<-[:MENTIONED_IN]-(:Entity) } AS entities, d.loadedAt AS loaded
ORDER BY d.published IS NULL OR d.published = '', d.published DESC, id
