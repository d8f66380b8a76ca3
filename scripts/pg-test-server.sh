#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benches, on 127.0.0.1 only.
#
#   scripts/pg-test-server.sh start DIR [PORT]   initdb + start in DIR (created, must be empty or absent);
#                                                prints the connection URL on stdout
#   scripts/pg-test-server.sh stop DIR           stops the server and removes DIR
#
# Uses Debian's binaries (/usr/lib/postgresql/*/bin, the newest) or initdb on PATH. PostgreSQL
# refuses to run as root, so under root the server runs as the `postgres` user and DIR is handed
# to it. fsync is off: the data is thrown away. Exit 4 means PostgreSQL is not installed.
# $RIKSDOC_PG_BINDIR picks the binaries (e.g. /usr/lib/postgresql/16/bin).
set -euo pipefail

usage() { echo "usage: $0 start DIR [PORT] | stop DIR" >&2; exit 2; }
[ $# -ge 2 ] || usage
command=$1
dir=$2

pg_bin() {
  local d
  # RIKSDOC_PG_BINDIR names the binaries' folder (and only it: a folder without them means "not installed").
  if [ -n "${RIKSDOC_PG_BINDIR:-}" ]; then
    if [ -x "$RIKSDOC_PG_BINDIR/initdb" ] && [ -x "$RIKSDOC_PG_BINDIR/pg_ctl" ]; then echo "$RIKSDOC_PG_BINDIR"; return 0; fi
    return 1
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

# Run as the server's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

case "$command" in
  start)
    bin=$(pg_bin) || { echo "PostgreSQL is not installed (no initdb/pg_ctl in ${RIKSDOC_PG_BINDIR:-/usr/lib/postgresql/*/bin or on PATH})" >&2; exit 4; }
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
      echo "running as root and there is no 'postgres' user to run the server as" >&2
      exit 4
    fi
    port=${3:-$(free_port)}
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" > "$dir/pwfile"
    if [ "$(id -u)" = 0 ]; then
      chown -R postgres "$dir"
      runuser -u postgres -- test -w "$dir" \
        || { echo "$dir: the postgres user cannot reach it (a parent folder is private); use a folder directly under /tmp" >&2; exit 1; }
    fi
    # Trust on the Unix socket (the script's own use), passwords on TCP (what riksdoc sees).
    as_owner "$bin/initdb" -D "$dir/data" -U riksdoc --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
      start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$dir" -p "$port" -U riksdoc -d postgres -qAt -c 'CREATE DATABASE riksdoc' >/dev/null
    echo "$bin" > "$dir/bin"
    echo "postgres://riksdoc:$password@127.0.0.1:$port/riksdoc"
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    if [ -f "$dir/bin" ] && [ -d "$dir/data" ]; then
      as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) usage ;;
esac
