# Shared by backup.sh and restore.sh (sourced, not run). Works out how to reach the database and where the
# MariaDB client programs are.
#
# Connection: SPRING_DATASOURCE_URL (jdbc:mariadb://host:port/database), SPRING_DATASOURCE_USERNAME and
# SPRING_DATASOURCE_PASSWORD, the same variables the app reads; or DB_HOST, DB_PORT, DB_NAME, DB_USER and
# DB_PASSWORD, which win when set.
# Programs: MARIADB_BIN (a folder with mariadb and mariadb-dump), else the PATH (Debian: mariadb-client), else the
# embedded server's own copies under ./data/mariadb-base/bin (after ./mvnw spring-boot:run has run once).

url="${SPRING_DATASOURCE_URL:-}"
url_host="" url_port="" url_db=""
if [[ "$url" =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    url_host="${BASH_REMATCH[2]}"
    url_port="${BASH_REMATCH[4]}"
    url_db="${BASH_REMATCH[5]}"
fi
DB_HOST="${DB_HOST:-${url_host:-127.0.0.1}}"
DB_PORT="${DB_PORT:-${url_port:-3306}}"
DB_NAME="${DB_NAME:-${url_db:-}}"
DB_USER="${DB_USER:-${SPRING_DATASOURCE_USERNAME:-}}"
DB_PASSWORD="${DB_PASSWORD:-${SPRING_DATASOURCE_PASSWORD:-}}"
if [[ -z "$DB_NAME" || -z "$DB_USER" ]]; then
    echo "Set SPRING_DATASOURCE_URL and SPRING_DATASOURCE_USERNAME (or DB_NAME and DB_USER)." >&2
    exit 2
fi

find_program() { # name...
    local name dir
    for name in "$@"; do
        if [[ -n "${MARIADB_BIN:-}" && -x "$MARIADB_BIN/$name" ]]; then echo "$MARIADB_BIN/$name"; return; fi
    done
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
    done
    dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/data/mariadb-base/bin"
    for name in "$@"; do
        if [[ -x "$dir/$name" ]]; then echo "$dir/$name"; return; fi
    done
    echo "No $1 found: set MARIADB_BIN, or install Debian's mariadb-client." >&2
    exit 2
}

# The embedded server's programs keep their libraries beside bin/.
use_program_libs() { # program
    local libs
    libs="$(dirname "$1")/../libs"
    if [[ -d "$libs" ]]; then export LD_LIBRARY_PATH="$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"; fi
}

# The password goes in a private options file, never on the command line (ps would show it).
DB_OPTIONS="$(mktemp)"
chmod 600 "$DB_OPTIONS"
trap 'rm -f "$DB_OPTIONS"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" \
    > "$DB_OPTIONS"
