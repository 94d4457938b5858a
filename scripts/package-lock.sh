# Sourced by scripts/setup.sh: run an apt-get command, waiting while another program holds
# the package manager's lock.
#
# On a fresh Ubuntu laptop the automatic updates (unattended-upgrades, apt-daily) often
# hold dpkg's or apt's lock for minutes right after boot, exactly when someone runs
# scripts/run.sh for the first time; apt-get then fails at once with "Could not get lock".
# Instead we say so, wait and try again, up to AWRACH_APT_LOCK_WAIT seconds in all (600),
# every AWRACH_APT_LOCK_POLL seconds (10). Any other failure is reported at once. The
# messages go to stderr, which the callers leave on the terminal.
# tests/test_package_lock.py runs this with a stub apt-get and a lock file held by flock.

_apt_lock_held() {
    # apt and dpkg's words for a lock another process holds (apt 1.x to 2.x).
    grep -qiE "could not get lock|unable to lock|unable to acquire the dpkg frontend lock|is another process using it" "$1"
}

with_package_lock_wait() {
    local limit="${AWRACH_APT_LOCK_WAIT:-600}" poll="${AWRACH_APT_LOCK_POLL:-10}"
    local waited=0 status errors
    errors="$(mktemp)"
    while :; do
        status=0
        "$@" 2>"$errors" || status=$?
        if [ "$status" = 0 ]; then
            [ "$waited" = 0 ] || echo "The package manager is free again after ${waited} s;" \
                "carrying on." >&2
            cat "$errors" >&2
            rm -f "$errors"
            return 0
        fi
        if ! _apt_lock_held "$errors"; then
            cat "$errors" >&2
            rm -f "$errors"
            return "$status"
        fi
        if [ "$waited" -ge "$limit" ]; then
            cat "$errors" >&2
            echo "The package manager is still busy after ${waited} s (another installation" \
                 "or the automatic updates hold its lock). Let it finish, then run this" \
                 "command again." >&2
            rm -f "$errors"
            return "$status"
        fi
        echo "The package manager is busy: another program holds its lock" \
             "($(grep -iE -m1 'lock' "$errors" | sed 's/^E: //'))." \
             "Waiting ${poll} s and trying again (waited ${waited} s of at most ${limit} s)..." >&2
        sleep "$poll"
        waited=$((waited + poll))
    done
}
