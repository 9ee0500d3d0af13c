#!/usr/bin/env bash
# Backs up the portal's database to one compressed SQL file: ops/backup.sh [FILE]
# (default: backups/portal-<UTC time>.sql.gz). A consistent snapshot taken inside one transaction
# (--single-transaction, InnoDB): the app keeps running. See ops/db-env.sh for the connection variables.
set -euo pipefail
source "$(dirname "$0")/db-env.sh"

out="${1:-backups/portal-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"
mkdir -p "$(dirname "$out")"
dump="$(find_program mariadb-dump mysqldump)"
use_program_libs "$dump"

umask 077 # a backup holds health information: readable by its owner only
"$dump" --defaults-extra-file="$DB_OPTIONS" --single-transaction --quick --routines --triggers --hex-blob \
    --default-character-set=utf8mb4 --no-tablespaces "$DB_NAME" | gzip -c > "$out.partial"
mv "$out.partial" "$out"
echo "Backup of $DB_NAME written to $out ($(du -h "$out" | cut -f1))"
