// The ids of the documents whose title, source or URL contains $text, in
// any case, sorted.
MATCH (d:Document)
WHERE toLower(coalesce(d.title, '')) CONTAINS toLower($text)
   OR toLower(coalesce(d.source, '')) CONTAINS toLower($text)
   OR toLower(coalesce(d.url, '')) CONTAINS toLower($text)
RETURN d.id AS id
ORDER BY id
