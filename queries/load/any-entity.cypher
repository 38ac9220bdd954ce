// Whether the database holds any entity: a load into one that holds none
// creates its mentions and relationships instead of merging them.
MATCH (e:Entity) RETURN count(e) > 0 AS any
