// Brokers: entities with high betweenness but few direct links, which join otherwise separate groups.
// :param maxDegree => 5
// :param limit => 10
// Example output:
// EXAMPLE
MATCH (e:Entity)
WHERE e.degree <= $maxDegree AND e.betweenness > 0
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.betweenness AS betweenness, e.degree AS degree,
       e.betweenness / e.degree AS betweennessPerLink, e.communityId AS community
ORDER BY betweenness DESC, name
LIMIT $limit
