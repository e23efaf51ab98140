#!/usr/bin/env bash
# Sets up and drives the Payara Server that Maven unpacked under ear/target.
#   run              start domain1 on port 8080 with the application and demo data,
#                    in the foreground until Ctrl-C
#   test-start       create and start the test domain (ports MARKET_IT_PORTBASE+, 20000)
#   test-deploy DB   point jdbc/market at DB (h2|postgres) and (re)deploy the EAR
#   test-stop        stop the test domain
# Environment: PAYARA_HOME, EAR_FILE, SERVER_LIB (set by the Maven build);
# MARKET_DB=h2|postgres for run; PGHOST, PGPORT, PGDATABASE, PGUSER for PostgreSQL.
set -euo pipefail

: "${PAYARA_HOME:?set by the Maven build}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
PG_HOST=${PGHOST:-127.0.0.1}
PG_PORT=${PGPORT:-5432}
PG_DB=${PGDATABASE:-test}
PG_USER=${PGUSER:-postgres}

log() { echo "[payara] $*" >&2; }

# The test domain's ports follow MARKET_IT_PORTBASE (default 20000), so that two
# checkouts can run their suites side by side.
TEST_PORTBASE=${MARKET_IT_PORTBASE:-20000}
TEST_DOMAIN=itest-$TEST_PORTBASE
admin_port() { [ "$1" = "$TEST_DOMAIN" ] && echo $((TEST_PORTBASE + 48)) || echo 4848; }
http_port() { [ "$1" = "$TEST_DOMAIN" ] && echo $((TEST_PORTBASE + 80)) || echo 8080; }

asadmin_for() {
  local domain=$1; shift
  "$ASADMIN" --port "$(admin_port "$domain")" "$@"
}

# The PostgreSQL driver goes into the domain's own lib folder before it starts.
install_driver() {
  local domain_dir="$PAYARA_HOME/glassfish/domains/$1"
  mkdir -p "$domain_dir/lib"
  cp "$SERVER_LIB/postgresql.jar" "$domain_dir/lib/"
}

# Answers name no server software or version (no Server or X-Powered-By headers).
hide_server_identity() {
  local domain=$1 http=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
  asadmin_for "$domain" set "$http.server-header=false" "$http.xpowered-by=false" >/dev/null
}

configure_pools() {
  local domain=$1
  local db_dir="$PAYARA_HOME/glassfish/domains/$domain/lib/databases"
  local pools
  pools=$(asadmin_for "$domain" list-jdbc-connection-pools)
  if ! grep -q '^marketH2$' <<<"$pools"; then
    asadmin_for "$domain" create-jdbc-connection-pool \
      --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
      --property "url=jdbc\:h2\:${db_dir}/market" marketH2 >/dev/null
  fi
  if ! grep -q '^marketPg$' <<<"$pools"; then
    asadmin_for "$domain" create-jdbc-connection-pool \
      --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
      --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 32 \
      --property "serverName=${PG_HOST}:portNumber=${PG_PORT}:databaseName=${PG_DB}:user=${PG_USER}:password=${PGPASSWORD:-unused}:currentSchema=market" \
      marketPg >/dev/null
  fi
  if ! asadmin_for "$domain" list-jdbc-resources | grep -q '^jdbc/market$'; then
    asadmin_for "$domain" create-jdbc-resource --connectionpoolid marketH2 jdbc/market >/dev/null
  fi
}

select_database() {
  local domain=$1 db=$2 pool=marketH2
  [ "$db" = postgres ] && pool=marketPg
  asadmin_for "$domain" set "resources.jdbc-resource.jdbc/market.pool-name=$pool" >/dev/null
  log "jdbc/market now uses $pool"
}

# The password the server generated for the bootstrap accounts, if it logged one.
generated_password() {
  grep -ho 'created with the generated password [A-Za-z0-9_-]*' \
    "$PAYARA_HOME/glassfish/domains/$1/logs/"server.log* 2>/dev/null \
    | tail -n 1 | awk '{print $NF}'
}

wait_ready() {
  local port=$1 seconds=${2:-180}
  for _ in $(seq 1 "$seconds"); do
    # Both web modules: the console's readiness and the API's first resource.
    if curl -fs -o /dev/null "http://localhost:$port/health/ready" \
        && curl -fs -o /dev/null "http://localhost:$port/api/v1/agreements/current"; then
      return 0
    fi
    sleep 1
  done
  log "the application did not become ready on port $port"
  return 1
}

# Whether the HTTP port refuses connections for 20 s in a row (curl's exit code 7).
listener_closed() {
  local port=$1 code
  for _ in $(seq 1 20); do
    code=0
    curl -s -o /dev/null -m 5 "http://localhost:$port/" || code=$?
    [ "$code" -ne 7 ] && return 1
    sleep 1
  done
  return 0
}

# Changing the listener's settings restarts it, and a first deployment that meets that
# restart can leave the HTTP listener closed while the server runs on. A restart of the
# domain opens it again, with the application still deployed.
deploy() {
  local domain=$1 port
  port=$(http_port "$domain")
  asadmin_for "$domain" deploy --force=true --name market "$EAR_FILE" >/dev/null
  if listener_closed "$port"; then
    log "the HTTP listener on port $port stayed closed; restarting the domain"
    asadmin_for "$domain" restart-domain "$domain" >/dev/null
  fi
  wait_ready "$port"
}

case "${1:-}" in
  run)
    install_driver domain1
    asadmin_for domain1 start-domain domain1 >/dev/null
    # Ctrl-C reaches Maven, this script and tail alike; stop the server on any of them.
    stop_run() { trap - EXIT INT TERM; log "stopping"; asadmin_for domain1 stop-domain domain1 >/dev/null; }
    trap stop_run EXIT
    trap 'stop_run; exit 0' INT TERM
    configure_pools domain1
    hide_server_identity domain1
    select_database domain1 "${MARKET_DB:-h2}"
    start=$(date +%s)
    deploy domain1
    log "ready on http://localhost:8080/ after $(( $(date +%s) - start )) s; Ctrl-C stops"
    staff_password=${MARKET_BOOTSTRAP_PASSWORD:-$(generated_password domain1)}
    if [ -n "$staff_password" ]; then
      bash "$(dirname "$0")/demo-data.sh" http://localhost:8080/api/v1 "$staff_password" \
        || log "demo data could not be loaded"
    else
      log "demo data needs the staff password: set MARKET_BOOTSTRAP_PASSWORD"
    fi
    tail -n 0 -F "$PAYARA_HOME/glassfish/domains/domain1/logs/server.log" &
    wait $!
    ;;
  test-start)
    # Failsafe merges into existing summaries; a new run starts without them.
    rm -f "${REPORTS_DIR:-/nonexistent}"/*-summary.xml
    if [ ! -d "$PAYARA_HOME/glassfish/domains/$TEST_DOMAIN" ]; then
      "$ASADMIN" create-domain --nopassword=true --portbase "$TEST_PORTBASE" "$TEST_DOMAIN" >/dev/null
    fi
    install_driver "$TEST_DOMAIN"
    # The test server runs with a movable clock and known bootstrap passwords.
    export MARKET_CLOCK=adjustable
    export MARKET_BOOTSTRAP_PASSWORD=${MARKET_BOOTSTRAP_PASSWORD:-itest-Bootstrap-2026}
    if ! asadmin_for "$TEST_DOMAIN" list-applications >/dev/null 2>&1; then
      # Every test run starts from an empty H2 database. Only the application's files
      # go: the container's timer store lives beside them and must stay.
      rm -f "$PAYARA_HOME/glassfish/domains/$TEST_DOMAIN/lib/databases"/market.*
      asadmin_for "$TEST_DOMAIN" start-domain "$TEST_DOMAIN" >/dev/null
    fi
    configure_pools "$TEST_DOMAIN"
    hide_server_identity "$TEST_DOMAIN"
    log "test domain started"
    ;;
  test-deploy)
    select_database "$TEST_DOMAIN" "${2:?h2 or postgres}"
    deploy "$TEST_DOMAIN"
    log "application deployed on the test domain"
    ;;
  test-stop)
    asadmin_for "$TEST_DOMAIN" undeploy market >/dev/null 2>&1 || true
    asadmin_for "$TEST_DOMAIN" stop-domain "$TEST_DOMAIN" >/dev/null || true
    ;;
  *)
    echo "usage: $0 run|test-start|test-deploy h2|postgres|test-stop" >&2
    exit 2
    ;;
esac
