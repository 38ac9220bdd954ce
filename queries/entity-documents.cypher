// The documents that mention an entity, newest first.
// :param name => 'Amber Rudd'
// :param limit => 20
// Required: name
// Check: name a name
// Check: limit >= 1
// Documents without a published date come last.
// Example output:
// document            title                                      published   source             url                                   mentions  entity
// brief-2017-03-30    Talks end without agreement on encryption  2017-03-30  ergraph test feed  https://example.org/briefs/talks      1         Amber Rudd
// brief-2017-03-27    Rudd to meet technology firms              2017-03-27  ergraph test feed  https://example.org/briefs/rudd-tech  2         Amber Rudd
// cook-backdoor                                                                                                                       1         Amber Rudd
// europol-encryption                                                                                                                  1         Amber Rudd
// … (5 rows)
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name))
MATCH (e)-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS document, d.title AS title, d.published AS published, d.source AS source,
       d.url AS url, m.count AS mentions, e.name AS entity
ORDER BY d.published IS NULL, d.published = '', d.published DESC, d.id
LIMIT $limit
