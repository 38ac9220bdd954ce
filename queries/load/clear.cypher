// Deletes up to 5,000 nodes with their relationships and says how many;
// run until it says 0, so that no transaction grows large. The load lock
// stays: the load that clears holds it.
MATCH (n) WHERE NOT n:ErgraphLock
WITH n LIMIT 5000
DETACH DELETE n
RETURN count(*) AS n
