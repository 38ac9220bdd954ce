// The documents that mention an entity, newest first.
// :param name => 'Amber Rudd'
// :param limit => 20
// Required: name
// Documents without a published date come last.
// Example output:
// EXAMPLE
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
MATCH (e)-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS document, d.title AS title, d.published AS published, d.source AS source,
       d.url AS url, m.count AS mentions, e.name AS entity
ORDER BY d.published IS NULL, d.published = '', d.published DESC, d.id
LIMIT $limit
