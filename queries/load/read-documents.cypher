// Reads every document back.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source, d.url AS url,
       d.published AS published, d.path AS path
