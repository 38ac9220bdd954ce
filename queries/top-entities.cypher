// The most central entities, by PageRank or betweenness, optionally of one type.
// :param type => ''
// :param by => 'pagerank'
// :param limit => 10
// type is Person, Organization, Place, Event, or '' for all; by is pagerank,
// betweenness, closeness, eigenvector, degree or weightedDegree.
// Example output:
// EXAMPLE
MATCH (e:Entity)
WHERE $type = '' OR $type IN labels(e)
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e[$by] AS score, e.pagerank AS pagerank, e.betweenness AS betweenness,
       e.degree AS degree, e.communityId AS community
ORDER BY score DESC, name
LIMIT $limit
