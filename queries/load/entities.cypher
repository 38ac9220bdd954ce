// Merges entities: $rows is a list of {id, type, name, aliases, roles}.
// Returns each entity's element id, which the relationship rows use.
// A node keeps the name it was created with; aliases and roles only grow,
// so loading the same rows again changes nothing. row.type is one of the
// four entity types, checked by the loader before sending.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = [], e.roles = []
SET e:$(row.type)
WITH e, row, [a IN row.aliases + [row.name] WHERE a <> e.name AND NOT a IN e.aliases] AS newAliases
SET e.aliases = e.aliases + newAliases,
    e.roles = e.roles + [r IN row.roles WHERE NOT r IN e.roles]
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
RETURN e.id AS id, elementId(e) AS node
