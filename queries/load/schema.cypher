// Constraints and indexes, created before any write so every MERGE is an
// index seek. Community Edition syntax only. Statements end with ";".
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_pagerank IF NOT EXISTS FOR (e:Entity) ON (e.pagerank);
CREATE INDEX entity_community IF NOT EXISTS FOR (e:Entity) ON (e.communityId);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE CONSTRAINT load_lock IF NOT EXISTS FOR (l:ErgraphLock) REQUIRE l.name IS UNIQUE;
