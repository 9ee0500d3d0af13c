#!/usr/bin/env bash
# Start-up benchmark: time to ready of the production jar against an external MariaDB, plain and with the JDK's
# AOT cache (Spring Boot's "AOT Cache" packaging docs: extract the jar, one training run with
# -XX:AOTCacheOutput and -Dspring.context.exit=onRefresh, then -XX:AOTCache). Prints a Markdown report.
#
#   bench/startup.sh            build the production jar (./mvnw -Pproduction -DskipTests clean package), then measure
#   RUNS=5 bench/startup.sh     runs per variant (default 5)
#   JAR=path bench/startup.sh   measure an already built production jar instead of building one
#
# "Ready" = the first HTTP 200 from / (polled every 100 ms), measured from the moment the JVM is launched; the
# log's "Started Application in … seconds" (Spring's own figure) is reported too. The database is Debian's
# mariadb-server (installed if missing; root needed for that), started by this script on a free port with a
# throw-away data directory and stopped at the end. The first start (Flyway creates the schema) is not counted.
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), curl.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
RUNS="${RUNS:-5}"
DB_PORT="${DB_PORT:-3327}"
APP_PORT="${APP_PORT:-18427}"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
WORK="$(mktemp -d /tmp/startup-bench.XXXXXX)"
chmod 755 "$WORK"
DB_DIR="$WORK/db"
APP_PID=""
DB_STARTED=""

log() { echo "$*" >&2; }

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$DB_STARTED" ]; then
    mariadb-admin --socket="$DB_DIR/sock" -uroot shutdown 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- the jar -------------------------------------------------------------------------------------------------------
if [ -z "${JAR:-}" ]; then
  log "Building the production jar (./mvnw -Pproduction -DskipTests clean package) …"
  ./mvnw -q -o -Pproduction -DskipTests clean package >&2 || ./mvnw -q -Pproduction -DskipTests clean package >&2
  JAR="$(ls target/medication-portal-*.jar | grep -v -- '-plain' | head -1)"
fi
log "Jar: $JAR ($(du -h "$JAR" | cut -f1))"

# --- the external database -----------------------------------------------------------------------------------------
if ! command -v mariadbd >/dev/null && ! [ -x /usr/sbin/mariadbd ]; then
  log "Installing Debian's mariadb-server …"
  apt-get install -y -q mariadb-server >&2
fi
MARIADBD="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
mkdir -p "$DB_DIR"
chown mysql:mysql "$DB_DIR" 2>/dev/null || true
mariadb-install-db --no-defaults --user=mysql --datadir="$DB_DIR/data" --auth-root-authentication-method=socket \
  >"$WORK/install-db.log" 2>&1
chown -R mysql:mysql "$DB_DIR" 2>/dev/null || true
"$MARIADBD" --no-defaults --user=mysql --datadir="$DB_DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
  --socket="$DB_DIR/sock" --pid-file="$DB_DIR/mariadbd.pid" --character-set-server=utf8mb4 \
  --collation-server=utf8mb4_unicode_ci >"$WORK/mariadbd.log" 2>&1 &
DB_STARTED=1
for _ in $(seq 1 100); do
  mariadb-admin --socket="$DB_DIR/sock" -uroot ping >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --socket="$DB_DIR/sock" -uroot -e "
  create database portal character set utf8mb4 collate utf8mb4_unicode_ci;
  create user 'portal'@'127.0.0.1' identified by 'bench-only';
  grant all on portal.* to 'portal'@'127.0.0.1';"
DB_VERSION="$(mariadb --socket="$DB_DIR/sock" -uroot -N -e 'select version()')"
log "MariaDB $DB_VERSION on 127.0.0.1:$DB_PORT"

export SPRING_PROFILES_ACTIVE=prod
export SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/portal"
export SPRING_DATASOURCE_USERNAME=portal
export SPRING_DATASOURCE_PASSWORD=bench-only
export SPRING_MAIL_HOST=127.0.0.1
export SPRING_MAIL_PORT=2599
export CLINIC_PUBLIC_BASE_URL=https://portal.bench.invalid
export PORTAL_MAIL_FROM=no-reply@bench.invalid
export SERVER_PORT="$APP_PORT"

# --- one start: prints "<ms to first 200 from /> <Spring's started-in seconds>" -----------------------------------
start_once() { # $1 = directory to run in, rest = java arguments
  local dir="$1"; shift
  local out="$WORK/app.log"
  local t0 t1
  t0=$(date +%s%N)
  (cd "$dir" && exec "$JAVA" "$@" >"$out" 2>&1) &
  APP_PID=$!
  while true; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      log "The application stopped before it was ready:"; tail -30 "$out" >&2; exit 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/" || true)" = "200" ]; then
      t1=$(date +%s%N); break
    fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 900 ]; then log "Not ready after 900 s"; tail -20 "$out" >&2; exit 1; fi
    sleep 0.1
  done
  local spring
  spring="$(grep -o 'Started Application in [0-9.]* seconds' "$out" | grep -o '[0-9.]*' | head -1 || true)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo "$(( (t1 - t0) / 1000000 )) ${spring:-?}"
}

# --- the extracted form and the AOT cache --------------------------------------------------------------------------
EXTRACTED="$WORK/application"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >&2
APP_JAR="$(basename "$JAR")"

log "First start (Flyway creates the schema; not counted) …"
start_once "$EXTRACTED" -jar "$APP_JAR" >/dev/null

log "Training run for the AOT cache (-XX:AOTCacheOutput, -Dspring.context.exit=onRefresh) …"
t0=$(date +%s%N)
(cd "$EXTRACTED" && "$JAVA" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
  >"$WORK/training.log" 2>&1) || { tail -30 "$WORK/training.log" >&2; exit 1; }
TRAINING_S=$(awk "BEGIN { printf \"%.1f\", ($(date +%s%N) - $t0) / 1e9 }")
AOT_SIZE="$(du -h "$EXTRACTED/app.aot" | cut -f1)"
log "AOT cache: $AOT_SIZE, training run and cache creation took $TRAINING_S s"

declare -A READY SPRING
VARIANTS=("fat jar, plain" "extracted, plain" "extracted, AOT cache")
for variant in "${VARIANTS[@]}"; do READY[$variant]=""; SPRING[$variant]=""; done
# Interleaved, so a change in the machine's load touches every variant alike.
for run in $(seq 1 "$RUNS"); do
  for variant in "${VARIANTS[@]}"; do
    case "$variant" in
      "fat jar, plain") result="$(start_once "$(dirname "$JAR")" -jar "$(basename "$JAR")")" ;;
      "extracted, plain") result="$(start_once "$EXTRACTED" -jar "$APP_JAR")" ;;
      "extracted, AOT cache") result="$(start_once "$EXTRACTED" -XX:AOTCache=app.aot -jar "$APP_JAR")" ;;
    esac
    log "run $run, $variant: ready after ${result% *} ms (Spring: ${result#* } s)"
    READY[$variant]+="${result% *} "
    SPRING[$variant]+="${result#* } "
  done
done

stats() { # numbers -> "median min max"
  tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END {
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%s %s %s", m, a[1], a[NR] }'
}

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo
echo "## Start-up: results"
echo
echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average (1, 5, 15 min) at the start: $LOAD_START, at the end:" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
echo "- Machine: $cpu, $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; $(uname -sr)"
echo "- JVM: $("$JAVA" -version 2>&1 | sed -n 2p)"
echo "- Database: MariaDB $DB_VERSION (Debian package), external process on 127.0.0.1, schema already migrated"
echo "- Jar: $(basename "$JAR"), $(du -h "$JAR" | cut -f1); AOT cache $AOT_SIZE (training run $TRAINING_S s)"
echo "- $RUNS starts per variant, interleaved; ready = first HTTP 200 from / after the JVM was launched"
echo
echo "| variant | ready p50 (ms) | min | max | Spring's \"Started in\" p50 (s) | ready vs fat jar |"
echo "|---|---:|---:|---:|---:|---:|"
base="$(echo "${READY["fat jar, plain"]}" | stats | cut -d' ' -f1)"
for variant in "${VARIANTS[@]}"; do
  read -r median min max <<<"$(echo "${READY[$variant]}" | stats)"
  spring_median="$(echo "${SPRING[$variant]}" | stats | cut -d' ' -f1)"
  ratio=$(awk "BEGIN { printf \"%.2f\", $median / $base }")
  echo "| $variant | $median | $min | $max | $spring_median | $ratio |"
done
plain="$(echo "${READY["extracted, plain"]}" | stats | cut -d' ' -f1)"
aot="$(echo "${READY["extracted, AOT cache"]}" | stats | cut -d' ' -f1)"
echo
echo "AOT cache vs the same extracted application without it: $(awk "BEGIN { printf \"%.2f\", $aot / $plain }")" \
  "of the time to ready ($(awk "BEGIN { printf \"%.1f\", $plain / $aot }") times as fast)."
