// Brokers: entities with high betweenness but few direct links, which join otherwise separate groups.
// :param maxDegree => 5
// :param limit => 10
// Check: maxDegree >= 0
// Check: limit >= 1
// Example output:
// name                 type          betweenness  degree  betweennessPerLink  community
// Tim Cook             Person        13           3       4.333               0
// Metropolitan Police  Organization  5            4       1.25                1
// Westminster attack   Event         4.75         4       1.188               1
// Facebook             Organization  1.5          5       0.3                 5
MATCH (e:Entity)
WHERE e.degree <= $maxDegree AND e.betweenness > 0
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e.betweenness AS betweenness, e.degree AS degree,
       e.betweenness / e.degree AS betweennessPerLink, e.communityId AS community
ORDER BY betweenness DESC, name
LIMIT $limit
