// Merges entities: $rows is a list of {id, type, name, aliases, mergedBy,
// roles}, mergedBy[i] saying why aliases[i] names the entity.
// Returns each entity's element id, which the relationship rows use.
// A node keeps the name it was created with; aliases and roles only grow,
// so loading the same rows again changes nothing. row.type is one of the
// four entity types, checked by the loader before sending.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.roles = [], e.mergedBy = []
SET e:$(row.type)
WITH e, row, row.aliases + [row.name] AS names, row.mergedBy + ['same-id'] AS reasons
WITH e, row, names, reasons,
     [i IN range(0, size(names) - 1) WHERE names[i] <> e.name AND NOT names[i] IN e.aliases
        AND NOT names[i] IN names[0..i]] AS fresh
WITH e, row, [i IN fresh | names[i]] AS newAliases, [i IN fresh | reasons[i]] AS newReasons
SET e.mergedBy = coalesce(e.mergedBy, [a IN e.aliases | '']) + newReasons,
    e.aliases = e.aliases + newAliases,
    e.roles = e.roles + [r IN row.roles WHERE NOT r IN e.roles]
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
RETURN e.id AS id, elementId(e) AS node
