#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a database: ops/restore.sh FILE
# The target (from the same variables as backup.sh, see ops/db-env.sh) is created if missing and must hold no
# tables: restoring never overwrites a live database by accident. To replace one, stop the app, drop and recreate
# the database (or restore into a new one and point SPRING_DATASOURCE_URL at it), then start the app: Flyway sees
# the restored schema history and applies only newer migrations.
set -euo pipefail
source "$(dirname "$0")/db-env.sh"

file="${1:?usage: ops/restore.sh BACKUP-FILE}"
[[ -r "$file" ]] || { echo "Cannot read $file" >&2; exit 2; }
client="$(find_program mariadb mysql)"
use_program_libs "$client"

"$client" --defaults-extra-file="$DB_OPTIONS" -e \
    "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables="$("$client" --defaults-extra-file="$DB_OPTIONS" -N -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
if [[ "$tables" != "0" ]]; then
    echo "Database $DB_NAME already has $tables tables: restore into an empty database." >&2
    exit 3
fi

# Definers are dropped: the audit trail's append-only triggers (and any routine) then belong to the user that
# restores, who exists on this server; the original definer may not (or, on an embedded server, may be empty).
case "$file" in
    *.gz) gzip -dc "$file" ;;
    *) cat "$file" ;;
esac | sed -E 's#/\*!50017 DEFINER=`[^`]*`(@`[^`]*`)?\*/##g; s#DEFINER=`[^`]*`(@`[^`]*`)? ##g' | "$client" --defaults-extra-file="$DB_OPTIONS" --default-character-set=utf8mb4 "$DB_NAME"

tables="$("$client" --defaults-extra-file="$DB_OPTIONS" -N -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
version="$("$client" --defaults-extra-file="$DB_OPTIONS" -N -e \
    "SELECT MAX(version) FROM \`$DB_NAME\`.flyway_schema_history WHERE success" 2>/dev/null || echo '?')"
echo "Restored $file into $DB_NAME: $tables tables, schema version $version"
