// Finds entities by part of a name or alias, in any case, with the full-text index.
// :param term => 'rud'
// :param limit => 10
// Required: term
// Check: term a search term
// Check: limit >= 1
// Lucene's special characters in term are escaped, so it is matched as typed;
// a term without a letter or digit finds nothing.
// Example output:
// name            type    aliases  score   pagerank
// Amber Rudd      Person  [Rudd]   3.286   0.06487
// Rob Wainwright  Person  []       0.4606  0.02381
WITH $term AS term WHERE term =~ '(?s).*[\\p{L}\\p{N}].*'
WITH reduce(s = toLower(term), c IN ['\\', '+', '-', '!', '(', ')', ':', '^', '[', ']', '"', '{', '}', '~', '*', '?', '|', '&', '/'] |
            replace(s, c, '\\' + c)) AS escaped
CALL db.index.fulltext.queryNodes('entity_names', escaped + '* OR ' + escaped + '~') YIELD node, score
RETURN node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS type,
       node.aliases AS aliases, score, node.pagerank AS pagerank
ORDER BY score DESC, pagerank DESC, name
LIMIT $limit
