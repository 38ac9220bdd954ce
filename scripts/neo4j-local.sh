#!/usr/bin/env bash
# neo4j-local.sh — run a local Neo4j 5.26 community server (no Docker) for tests and CI.
#
# The server is tools/neo4j-server (Neo4j embedded in a small Java launcher: Bolt on
# 127.0.0.1, auth on, user neo4j, password ergraph-test-pw). Needs Java 17+ and Maven;
# the first build downloads Neo4j from Maven Central into ~/.m2.
#
# Usage:
#   eval "$(scripts/neo4j-local.sh start)"   build if needed, start, wait for Bolt, print exports
#   scripts/neo4j-local.sh start --keep-data  same, but reuse the previous data directory
#                                             (after `kill` or `stop --keep-data`), if any
#   scripts/neo4j-local.sh stop               SIGTERM (SIGKILL after a timeout), delete the data dir
#   scripts/neo4j-local.sh stop --keep-data   same, but keep the data dir for a later start --keep-data
#   scripts/neo4j-local.sh kill               SIGKILL, no cleanup: data dir kept (crash simulation)
#   scripts/neo4j-local.sh restart [--keep-data]
#   scripts/neo4j-local.sh status             "running ..." (exit 0) or "stopped"/"starting" (exit 1)
#   scripts/neo4j-local.sh env                print the exports only
#   scripts/neo4j-local.sh build              (re)build the launcher jar
#   scripts/neo4j-local.sh logs [N]           last N (50) lines of the launcher log
#
# Crash/recovery test recipe:
#   eval "$(scripts/neo4j-local.sh start)"; <load in background>; scripts/neo4j-local.sh kill
#   scripts/neo4j-local.sh start --keep-data >/dev/null; <re-run load>; scripts/neo4j-local.sh stop
#
# `start` prints only the export lines on stdout; progress and errors go to stderr.
# On failure or timeout it prints the last 50 lines of the launcher log and exits non-zero.
#
# Environment (all optional):
#   ERGRAPH_NEO4J_HOME           state dir: pid, log, data-dir record (default ~/.cache/ergraph-neo4j)
#   ERGRAPH_NEO4J_PORT           Bolt port on 127.0.0.1 (default 7687)
#   ERGRAPH_NEO4J_PASSWORD       password of user neo4j (default ergraph-test-pw, >= 8 chars)
#   ERGRAPH_NEO4J_KEEP_DATA=1    same as --keep-data (for start, stop, restart)
#   ERGRAPH_NEO4J_DATA           use this data dir (created if missing, never deleted by stop)
#   ERGRAPH_NEO4J_START_TIMEOUT  seconds to wait for Bolt (default 180)
#   ERGRAPH_NEO4J_STOP_TIMEOUT   seconds between SIGTERM and SIGKILL (default 60)
#   ERGRAPH_NEO4J_READ_ONLY=1    databases other than system are read-only (for error tests)
#   ERGRAPH_NEO4J_JAVA_OPTS      JVM options (default: -Xms256m -Xmx1g -XX:+UseG1GC
#                                -XX:TieredStopAtLevel=1 ...; replaces the whole default)
#   ERGRAPH_NEO4J_PAGECACHE      page cache size (default 256m)
#   JAVA, MVN                    java / mvn commands (default: java, mvn on PATH)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC_DIR="$ROOT/tools/neo4j-server"
JAR="$SRC_DIR/target/neo4j-server.jar"

STATE="${ERGRAPH_NEO4J_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/ergraph-neo4j}"
PORT="${ERGRAPH_NEO4J_PORT:-7687}"
PASSWORD="${ERGRAPH_NEO4J_PASSWORD:-ergraph-test-pw}"
START_TIMEOUT="${ERGRAPH_NEO4J_START_TIMEOUT:-180}"
STOP_TIMEOUT="${ERGRAPH_NEO4J_STOP_TIMEOUT:-60}"
JAVA="${JAVA:-java}"
MVN="${MVN:-mvn}"
# C1 only (TieredStopAtLevel=1): on 2 busy cores this cut start-up from ~45 s to ~15 s and the
# first loads several-fold; steady-state throughput for test-sized loads was about the same.
JAVA_OPTS="${ERGRAPH_NEO4J_JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseG1GC -XX:TieredStopAtLevel=1 -XX:-OmitStackTraceInFastThrow -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8}"

PID_FILE="$STATE/server.pid"
LOG_FILE="$STATE/server.log"
READY_FILE="$STATE/ready"
DATA_RECORD="$STATE/data-dir"     # path of the current/last data dir
OWNED_MARK="$STATE/data-owned"    # present if this script created that dir (stop may delete it)

KEEP_DATA=0
case "${ERGRAPH_NEO4J_KEEP_DATA:-0}" in 1|true|yes) KEEP_DATA=1 ;; esac

log() { echo "neo4j-local: $*" >&2; }
die() { log "$*"; exit 1; }

print_env() {
  echo "export NEO4J_URI=bolt://127.0.0.1:$PORT"
  echo "export NEO4J_USERNAME=neo4j"
  echo "export NEO4J_PASSWORD=$PASSWORD"
  echo "export NEO4J_DATABASE=neo4j"
}

# Serialise start/stop/kill between concurrent callers (e.g. parallel test packages).
lock() {
  mkdir -p "$STATE"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$STATE/lock"
    flock -w $((START_TIMEOUT + STOP_TIMEOUT + 600)) 9 || die "could not lock $STATE/lock"
  fi
}

# Prints the pid if our server process is alive (guards against a stale pid file / pid reuse).
server_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -p "$pid" -o args= 2>/dev/null | grep -q 'neo4j-server' || return 1
  echo "$pid"
}

bolt_answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

is_ready() {
  [[ -f "$READY_FILE" ]] && bolt_answers
}

show_log_tail() {
  local n="${1:-50}"
  if [[ -f "$LOG_FILE" ]]; then
    log "last $n lines of $LOG_FILE:"
    tail -n "$n" "$LOG_FILE" >&2 || true
  fi
  local d
  d="$(cat "$DATA_RECORD" 2>/dev/null || true)"
  if [[ -n "$d" && -f "$d/logs/debug.log" ]]; then
    log "(Neo4j's own log: $d/logs/debug.log)"
  fi
}

needs_build() {
  [[ -f "$JAR" && -d "$SRC_DIR/target/lib" ]] || return 0
  [[ -n "$(find "$SRC_DIR/pom.xml" "$SRC_DIR/src" -newer "$JAR" -type f -print -quit)" ]]
}

build() {
  command -v "$MVN" >/dev/null 2>&1 || die "maven ($MVN) not found; it is needed to build $SRC_DIR"
  log "building $SRC_DIR (first build downloads Neo4j from Maven Central) ..."
  local t0=$SECONDS
  # A server started by someone else may be running from this jar: move it aside so that
  # Maven writes a new file instead of rewriting the one that JVM has open. (Never `clean`.)
  if [[ -f "$JAR" ]]; then mv -f "$JAR" "$JAR.old"; fi
  # Maven's output goes to stderr so that stdout carries only the exports.
  if ! "$MVN" -B -q -Dstyle.color=never -f "$SRC_DIR/pom.xml" package 1>&2; then
    if [[ -f "$JAR.old" && ! -f "$JAR" ]]; then mv -f "$JAR.old" "$JAR"; fi
    die "build failed"
  fi
  rm -f "$JAR.old"
  touch "$JAR"
  log "built $JAR in $((SECONDS - t0))s"
}

remove_owned_data() {
  local d
  d="$(cat "$DATA_RECORD" 2>/dev/null || true)"
  if [[ -n "$d" && -f "$OWNED_MARK" && -d "$d" ]]; then
    rm -rf -- "$d"
    log "removed data dir $d"
  fi
  rm -f "$DATA_RECORD" "$OWNED_MARK"
}

# Sends TERM, waits up to STOP_TIMEOUT, then KILL. Returns when the process is gone.
terminate() {
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= STOP_TIMEOUT * 10 )); then
      log "pid $pid still alive after ${STOP_TIMEOUT}s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      wait_gone "$pid"
      return
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

wait_gone() {
  local pid="$1" i
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  die "pid $pid did not exit"
}

cmd_start() {
  lock
  local pid
  if pid="$(server_pid)"; then
    if is_ready; then
      log "already running (pid $pid) on bolt://127.0.0.1:$PORT"
      print_env
      return 0
    fi
    log "pid $pid is running but not ready yet; waiting"
  else
    rm -f "$PID_FILE" "$READY_FILE"
    if bolt_answers; then
      die "port $PORT on 127.0.0.1 is already in use by another process (not started by this script); set ERGRAPH_NEO4J_PORT"
    fi
    command -v "$JAVA" >/dev/null 2>&1 || die "java ($JAVA) not found; Java 17+ is needed"
    if needs_build; then build; fi

    local data=""
    if [[ -n "${ERGRAPH_NEO4J_DATA:-}" ]]; then
      data="$ERGRAPH_NEO4J_DATA"
      mkdir -p "$data"
      data="$(cd "$data" && pwd)"
      [[ "$(cat "$DATA_RECORD" 2>/dev/null || true)" == "$data" ]] || remove_owned_data
      rm -f "$OWNED_MARK"
    elif (( KEEP_DATA )) && [[ -d "$(cat "$DATA_RECORD" 2>/dev/null || echo /nonexistent)" ]]; then
      data="$(cat "$DATA_RECORD")"
      log "reusing data dir $data"
    else
      if (( KEEP_DATA )); then log "no previous data dir to keep; starting fresh"; fi
      remove_owned_data
      data="$(mktemp -d "${TMPDIR:-/tmp}/ergraph-neo4j-data.XXXXXX")"
      touch "$OWNED_MARK"
    fi
    echo "$data" >"$DATA_RECORD"

    if [[ -f "$LOG_FILE" ]]; then mv -f "$LOG_FILE" "$LOG_FILE.1"; fi
    log "starting Neo4j on bolt://127.0.0.1:$PORT (data $data, log $LOG_FILE)"
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of words on purpose
    nohup "$JAVA" $JAVA_OPTS -jar "$JAR" \
      -port "$PORT" -data "$data" -password "$PASSWORD" \
      -pagecache "${ERGRAPH_NEO4J_PAGECACHE:-256m}" -ready-file "$READY_FILE" \
      ${ERGRAPH_NEO4J_READ_ONLY:+-read-only} </dev/null >"$LOG_FILE" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi

  local t0=$SECONDS
  while ! is_ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE" "$READY_FILE"
      log "server exited during startup"
      show_log_tail 50
      exit 1
    fi
    if (( SECONDS - t0 >= START_TIMEOUT )); then
      log "Bolt not ready after ${START_TIMEOUT}s; stopping pid $pid"
      show_log_tail 50
      terminate "$pid"
      rm -f "$PID_FILE" "$READY_FILE"
      exit 1
    fi
    sleep 0.5
  done
  log "ready after $((SECONDS - t0))s (pid $pid)"
  print_env
}

cmd_stop() {
  lock
  local pid
  if pid="$(server_pid)"; then
    log "stopping pid $pid"
    terminate "$pid"
    log "stopped"
  else
    log "not running"
  fi
  rm -f "$PID_FILE" "$READY_FILE"
  if (( KEEP_DATA )); then
    local d
    d="$(cat "$DATA_RECORD" 2>/dev/null || true)"
    if [[ -n "$d" ]]; then log "kept data dir $d"; fi
  else
    remove_owned_data
  fi
}

cmd_kill() {
  lock
  local pid
  if pid="$(server_pid)"; then
    log "SIGKILL pid $pid (data dir kept: $(cat "$DATA_RECORD" 2>/dev/null || echo '?'))"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid"
  else
    log "not running"
  fi
  rm -f "$PID_FILE" "$READY_FILE"
}

cmd_status() {
  local pid
  if pid="$(server_pid)"; then
    if is_ready; then
      echo "running (pid $pid, bolt://127.0.0.1:$PORT, data $(cat "$DATA_RECORD" 2>/dev/null || echo '?'))"
      return 0
    fi
    echo "starting (pid $pid, Bolt not ready yet)"
    return 1
  fi
  echo "stopped"
  return 1
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  local rest=()
  for a in "$@"; do
    case "$a" in
      --keep-data) KEEP_DATA=1 ;;
      *) rest+=("$a") ;;
    esac
  done
  case "$cmd" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    kill) cmd_kill ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    env) print_env ;;
    build) lock; build ;;
    logs) tail -n "${rest[0]:-50}" "$LOG_FILE" ;;
    *)
      sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
      exit 2
      ;;
  esac
}

main "$@"
