# Sourced by test.sh: start a throwaway PostgreSQL cluster on loopback when the server
# binaries are there, and export AWRACH_TEST_PG_URL for the tests marked `postgres`.
# Without a server those tests are skipped, never failed.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "${AWRACH_TEST_PG_URL:-}" ] && [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
    pg_dir=$(mktemp -d /tmp/awrach-pg.XXXXXX)
    pg_port=$(( 20000 + RANDOM % 20000 ))
    pg_run=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$pg_dir"
        pg_run=(runuser -u postgres --)
    fi
    if "${pg_run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U awrach -A trust >/dev/null \
        && "${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
            -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null; then
        export AWRACH_TEST_PG_URL="postgresql+psycopg://awrach@127.0.0.1:$pg_port/postgres"
        trap '"${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
    else
        echo "PostgreSQL could not start; its tests will be skipped" >&2
    fi
fi
