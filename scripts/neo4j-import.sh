#!/usr/bin/env bash
# neo4j-import.sh — bulk-import the CSV files of `ergraph export` into a new Neo4j store.
#
# Runs `neo4j-admin database import full` of the same Neo4j 5.26 that scripts/neo4j-local.sh
# runs (its classes come from tools/neo4j-server/target/lib, built from Maven Central if
# needed), with the options the export wrote to EXPORT_DIR/import.args, into database neo4j of
# the Neo4j home DATA_DIR: the layout scripts/neo4j-local.sh serves with ERGRAPH_NEO4J_DATA.
#
# Usage:
#   scripts/neo4j-import.sh EXPORT_DIR DATA_DIR
#
# then:
#   ERGRAPH_NEO4J_DATA=DATA_DIR eval "$(scripts/neo4j-local.sh start)"
#   ergraph setup            # constraints, indexes, and the lists CSV cannot carry
#
# DATA_DIR must not hold a database neo4j yet (the import refuses to overwrite one).
#
# Environment (all optional):
#   ERGRAPH_IMPORT_MEMORY   off-heap memory for the import (default 2g; neo4j-admin's own
#                           default, 90% of RAM, is too greedy on a shared machine)
#   ERGRAPH_IMPORT_JAVA_OPTS  JVM options (default -Xms256m -Xmx1g -XX:+UseG1GC)
#   ERGRAPH_IMPORT_VERBOSE=1  neo4j-admin --verbose: the Java causes of a failed import
#   JAVA                    java command (default java on PATH)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$ROOT/tools/neo4j-server/target"
JAVA="${JAVA:-java}"
JAVA_OPTS="${ERGRAPH_IMPORT_JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseG1GC -Dfile.encoding=UTF-8}"

die() { echo "neo4j-import: $*" >&2; exit 1; }

if [[ $# -ne 2 ]]; then
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
export_dir="$1" data="$2"
[[ -f "$export_dir/import.args" ]] || die "$export_dir/import.args not found: not a directory 'ergraph export' wrote"
[[ ! -e "$data/data/databases/neo4j" ]] || die "$data already holds a database neo4j; give a new directory"
command -v "$JAVA" >/dev/null 2>&1 || die "java ($JAVA) not found; Java 17+ is needed"
if [[ ! -f "$LIB/neo4j-server.jar" || ! -d "$LIB/lib" ]]; then
  "$ROOT/scripts/neo4j-local.sh" build
fi
mkdir -p "$data"
data="$(cd "$data" && pwd)"
export_dir="$(cd "$export_dir" && pwd)"

# The file names in import.args are relative to the export directory.
cd "$export_dir"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of words on purpose
NEO4J_HOME="$data" exec "$JAVA" $JAVA_OPTS -cp "$LIB/neo4j-server.jar:$LIB/lib/*" org.neo4j.cli.AdminTool \
  database import full ${ERGRAPH_IMPORT_VERBOSE:+--verbose} @import.args \
  --max-off-heap-memory="${ERGRAPH_IMPORT_MEMORY:-2g}" --report-file="$data/import.report" neo4j
