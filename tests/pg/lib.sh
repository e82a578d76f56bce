# tests/pg/lib.sh - sourced by the PostgreSQL suites: a throwaway cluster (scripts/pg-cluster)
# in a temporary folder, stopped and removed on exit; the suite SKIPS (exit 77, one line) when
# PostgreSQL is not installed or cannot start here. Sets K (the command), T (the folder), the
# PG* variables, and the helpers check, has and q (psql: one value per line).
cd "$(dirname "$0")/../.."
K=${KHALDUN:-./khaldun}
case $K in /*) ;; *) K=$(pwd)/$K ;; esac
T=$(mktemp -d)
chmod 711 "$T"   # the cluster's user must reach its folder inside
trap 'scripts/pg-cluster stop "$T/pg" >/dev/null 2>&1; rm -rf "$T"' EXIT
if ! scripts/pg-cluster start "$T/pg" > "$T/pgenv" 2> "$T/pgerr"; then
	echo "skipped: PostgreSQL cannot be started here: $(tail -n 1 "$T/pgerr")"
	exit 77
fi
for l in $(cat "$T/pgenv"); do export "$l"; done
unset PGPASSWORD PGSERVICE PGOPTIONS
pass=0
fail=0
check() {   # check NAME CONDITION-COMMAND...
	name=$1
	shift
	if "$@"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $name"
		[ -f "$T/err" ] && sed 's/^/    stderr: /' "$T/err" | head -n 6
	fi
}
has() { grep -q -- "$1" "$2"; }
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
finish() {   # the suite's last line and status
	echo "$pass passed, $fail failed"
	[ $fail -eq 0 ]
}
