#!/usr/bin/env bash
# Two portal servers behind nginx against one MariaDB, checked end to end, in one command:
#   ops/two-instances.sh
# Builds the production jar (-Pproduction; SKIP_BUILD=1 reuses target/medication-portal-*.jar), then runs
# TwoInstancesCheck (src/test/java/.../ops): one MariaDB, one SMTP server, instances a and b (demo data), nginx with
# ops/nginx/portal.conf, and real Chromium. Prints PASS/FAIL lines and writes target/two-instances/summary.txt;
# logs of both servers and nginx are beside it. Exit status 0 only if every check passed.
# Needs: nginx (Debian: apt-get install nginx; it is not started as a service), chromium, a JDK 21+.
# Extra Maven flags (e.g. -o for offline) via MVNW_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
    if [[ "$(id -u)" == 0 ]]; then
        apt-get install -y nginx-light || apt-get install -y nginx
    else
        echo "nginx is needed: sudo apt-get install nginx" >&2
        exit 2
    fi
fi

flags=(${MVNW_FLAGS:-})
jar=target/medication-portal-0.1.0-SNAPSHOT.jar
if [[ "${SKIP_BUILD:-}" != 1 || ! -f "$jar" ]]; then
    ./mvnw "${flags[@]}" -q -Pproduction -DskipTests package
fi
./mvnw "${flags[@]}" -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/two-instances.classpath
# Copies of the jar and the check's classes, so a build in the same folder cannot change them during the run.
rm -rf target/two-instances-classes && cp -r target/test-classes target/two-instances-classes
cp "$jar" target/two-instances-app.jar
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec "$java" -cp "target/two-instances-classes:$(cat target/two-instances.classpath)" \
    com.milestonerecovery.portal.ops.TwoInstancesCheck target/two-instances-app.jar
