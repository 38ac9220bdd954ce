#!/usr/bin/env python3
"""The peer for ergraph's Bolt load rate: the same rows, loaded with the
official Neo4j Python driver in plain `UNWIND $rows ... MERGE` batches.

Usage: load-peer.py ROWS.json [BATCH]   (BATCH default 5000)

ROWS.json is what BenchmarkLoadCorpus writes with ERGRAPH_BENCH_ROWS
(documents, entities, mentions, relationships by type). The connection
comes from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE. The
database is emptied first. Each stage runs its batches one after another in
managed write transactions (execute_write), ends found by the same
uniqueness constraints ergraph creates. Prints one line per stage and the
relationship rate (mentions not counted), as BenchmarkLoadCorpus reports.
Needs `pip install neo4j`.
"""
import json
import os
import sys
import time

from neo4j import GraphDatabase

REL_PROPS = ("weight", "documents", "docWeights", "docRoles", "docConfidence",
             "docCurrent", "role", "confidence", "current", "evidence", "evidenceDocs")


def batches(session, cypher, rows, size):
    for i in range(0, len(rows), size):
        chunk = rows[i:i + size]
        session.execute_write(lambda tx: tx.run(cypher, rows=chunk).consume())


def main():
    path = sys.argv[1]
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    rows = json.load(open(path))
    uri = os.environ.get("NEO4J_URI", "bolt://localhost:7687")
    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ["NEO4J_PASSWORD"])
    db = os.environ.get("NEO4J_DATABASE", "neo4j")
    with GraphDatabase.driver(uri, auth=auth) as driver, driver.session(database=db) as s:
        while s.execute_write(lambda tx: tx.run(
                "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n").single()["n"]):
            pass
        for stmt in ("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
                     "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE"):
            s.run(stmt).consume()
        stages = [("documents", "UNWIND $rows AS row MERGE (d:Document {id: row.id}) "
                   "SET d.title = row.title, d.source = row.source, d.url = row.url, "
                   "d.published = row.published, d.path = row.path", rows["documents"])]
        for typ in sorted({e["type"] for e in rows["entities"]}):
            stages.append((f"entities {typ}", f"UNWIND $rows AS row MERGE (e:Entity {{id: row.id}}) SET e:{typ}, "
                           "e.name = row.name, e.aliases = row.aliases, e.mergedBy = row.mergedBy, e.roles = row.roles",
                           [e for e in rows["entities"] if e["type"] == typ]))
        stages.append(("mentions", "UNWIND $rows AS row MATCH (e:Entity {id: row.entity}) "
                       "MATCH (d:Document {id: row.document}) MERGE (e)-[m:MENTIONED_IN]->(d) "
                       "SET m.count = row.count, m.names = row.names, m.roles = row.roles", rows["mentions"]))
        sets = ", ".join(f"r.{p} = row.{p}" for p in REL_PROPS)
        for typ, rels in sorted(rows["relationships"].items()):
            stages.append((f"relationships {typ}", "UNWIND $rows AS row MATCH (a:Entity {id: row.source}) "
                           f"MATCH (b:Entity {{id: row.target}}) MERGE (a)-[r:{typ}]->(b) SET {sets}", rels))
        rel_time = rel_count = 0
        for name, cypher, stage_rows in stages:
            start = time.perf_counter()
            batches(s, cypher, stage_rows, size)
            took = time.perf_counter() - start
            print(f"{name:<28} {len(stage_rows):>8} rows {took:8.2f} s")
            if name.startswith("relationships"):
                rel_time += took
                rel_count += len(stage_rows)
        print(f"python driver: {rel_count} relationships in {rel_time:.2f} s: {rel_count / rel_time:,.0f} relationships/s")


if __name__ == "__main__":
    main()
