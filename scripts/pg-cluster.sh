#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests.
#   pg-cluster.sh start DIR   creates and starts it in DIR, prints its superuser URL (also in DIR/url)
#   pg-cluster.sh stop DIR    stops it and removes DIR
# Trust authentication, listening on 127.0.0.1 only, on a free port in 20000-40000; socket, data
# and log (DIR/log) stay in DIR. Durability settings are PostgreSQL's defaults. initdb and
# postgres refuse to run as root, so as root DIR belongs to the `postgres` user.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
command=$1
dir=$(realpath -m "$2")
data=$dir/data

is_root() {
    [ "$(id -u)" -eq 0 ]
}

# Runs a PostgreSQL program as the cluster's owner, from a directory it may enter.
as_owner() {
    if is_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

running() {
    [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

fail() {
    echo "pg-cluster: $1" >&2
    [ -f "$dir/log" ] && tail -n 20 "$dir/log" >&2
    exit 1
}

start() {
    if running && [ -f "$dir/url" ]; then
        cat "$dir/url"
        return
    fi
    stop # whatever is left of an earlier cluster
    mkdir -p "$dir"
    chmod 700 "$dir"
    if is_root; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C \
        >"$dir/initdb.log" 2>&1 || fail "initdb failed, see $dir/initdb.log"
    printf '%s\n' 'local all all trust' 'host all all 127.0.0.1/32 trust' >"$data/pg_hba.conf"
    cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 300
EOF
    # Another cluster may take the port between the probe and the start: then try another.
    local port attempt
    for attempt in $(seq 20); do
        port=$((20000 + RANDOM % 20001))
        port_in_use "$port" && continue
        echo "port = $port" >"$data/postgresql.auto.conf"
        if is_root; then chown postgres: "$data/postgresql.auto.conf"; fi
        if as_owner "$bin/pg_ctl" -D "$data" -l "$dir/log" -w -t 60 start >/dev/null 2>&1; then
            "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || fail "the server does not accept connections"
            echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
            cat "$dir/url"
            return
        fi
    done
    fail "cannot start PostgreSQL after $attempt attempts"
}

stop() {
    if running; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case $command in
start) start ;;
stop) stop ;;
*) usage ;;
esac
