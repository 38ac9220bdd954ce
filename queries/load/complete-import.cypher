// Completes a database imported by neo4j-admin from the CSV files of
// 'ergraph export' (store.WriteImport): sets the list properties CSV
// cannot carry. neo4j-admin reads an empty list, and a list of one empty
// string, as no property. A list aligned with another (mergedBy with
// aliases, docRoles with documents, evidenceDocs with evidence) has that
// one's length, in empty strings; the others are empty. Only unset
// properties are set, so a database 'ergraph load' wrote stays as it is;
// one statement a property, as setting a property rewrites it even to the
// same value. Run in auto-commit transactions; statements end with ";".
MATCH (e:Entity) WHERE e.aliases IS NULL
CALL (e) { SET e.aliases = [] } IN TRANSACTIONS OF 10000 ROWS;
MATCH (e:Entity) WHERE e.mergedBy IS NULL
CALL (e) { SET e.mergedBy = [a IN e.aliases | ''] } IN TRANSACTIONS OF 10000 ROWS;
MATCH (e:Entity) WHERE e.roles IS NULL
CALL (e) { SET e.roles = [] } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[m:MENTIONED_IN]->() WHERE m.names IS NULL
CALL (m) { SET m.names = [] } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[m:MENTIONED_IN]->() WHERE m.roles IS NULL
CALL (m) { SET m.roles = [] } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN'
  AND (r.documents IS NULL OR r.docWeights IS NULL OR r.docConfidence IS NULL OR r.docCurrent IS NULL OR r.evidence IS NULL)
CALL (r) {
  SET r.documents = coalesce(r.documents, []), r.docWeights = coalesce(r.docWeights, []),
      r.docConfidence = coalesce(r.docConfidence, []), r.docCurrent = coalesce(r.docCurrent, []),
      r.evidence = coalesce(r.evidence, [])
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' AND r.docRoles IS NULL
CALL (r) { SET r.docRoles = [d IN r.documents | ''] } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' AND r.evidenceDocs IS NULL
CALL (r) { SET r.evidenceDocs = [s IN r.evidence | ''] } IN TRANSACTIONS OF 10000 ROWS;
CALL db.awaitIndexes(3600);
