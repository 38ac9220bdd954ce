// The most central entities, by PageRank or betweenness, optionally of one type.
// :param type => ''
// :param by => 'pagerank'
// :param limit => 10
// Check: type one of '', Person, Organization, Place, Event
// Check: by one of pagerank, betweenness, closeness, eigenvector, degree, weightedDegree
// Check: limit >= 1
// Example output:
// name           type          score    pagerank  betweenness  degree  community
// WhatsApp       Organization  0.06832  0.06832   189.8        11      5
// Amber Rudd     Person        0.06487  0.06487   198.5        12      2
// Khalid Masood  Person        0.05409  0.05409   127.7        11      1
// Keith Palmer   Person        0.04935  0.04935   58.5         9       1
// … (10 rows)
MATCH (e:Entity)
WHERE $type = '' OR $type IN labels(e)
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS type,
       e[$by] AS score, e.pagerank AS pagerank, e.betweenness AS betweenness,
       e.degree AS degree, e.communityId AS community
ORDER BY score DESC, name
LIMIT $limit
