// Reads every document back, with the hash of the version stored.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url,
       d.published AS published, d.path AS path, coalesce(d.hash, '') AS hash
