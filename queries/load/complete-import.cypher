// Completes a database imported by neo4j-admin from the CSV files of
// 'ergraph export' (store.WriteImport): sets the list properties CSV
// cannot carry. neo4j-admin reads an empty list, and a list of one empty
// string, as no property. A list aligned with another (mergedBy with
// aliases, docRoles with documents, evidenceDocs with evidence) has that
// one's length, in empty strings; the others are empty. Only unset
// properties are set, so a database 'ergraph load' wrote stays as it is.
// Run in auto-commit transactions; statements end with ";".
MATCH (e:Entity) WHERE e.aliases IS NULL OR e.mergedBy IS NULL OR e.roles IS NULL
CALL (e) {
  SET e.aliases = coalesce(e.aliases, []), e.roles = coalesce(e.roles, [])
  SET e.mergedBy = coalesce(e.mergedBy, [a IN e.aliases | ''])
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) WHERE m.names IS NULL OR m.roles IS NULL
CALL (m) {
  SET m.names = coalesce(m.names, []), m.roles = coalesce(m.roles, [])
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Entity)-[r]->(:Entity)
WHERE r.documents IS NULL OR r.docWeights IS NULL OR r.docRoles IS NULL OR r.docConfidence IS NULL
   OR r.docCurrent IS NULL OR r.evidence IS NULL OR r.evidenceDocs IS NULL
CALL (r) {
  SET r.documents = coalesce(r.documents, []), r.docWeights = coalesce(r.docWeights, []),
      r.docConfidence = coalesce(r.docConfidence, []), r.docCurrent = coalesce(r.docCurrent, []),
      r.evidence = coalesce(r.evidence, [])
  SET r.docRoles = coalesce(r.docRoles, [d IN r.documents | '']),
      r.evidenceDocs = coalesce(r.evidenceDocs, [s IN r.evidence | ''])
} IN TRANSACTIONS OF 10000 ROWS;
CALL db.awaitIndexes(3600);
