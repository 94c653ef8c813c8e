# Sourced by the load scripts once $port, $heap and $LEO_LOAD_DIR are set: starts Leo from $LEO_JAR (default
# app/target/leo-exec.jar, built if missing) on loopback with a fresh embedded database in $LEO_LOAD_DIR and a GC
# log, stops it when the script exits, and sets $pgport (the embedded PostgreSQL) and $base (Leo's address).
jar=${LEO_JAR:-app/target/leo-exec.jar}
[ -f "$jar" ] || ./mvnw -q -pl app package -DskipTests
java -Xmx"$heap" -Xlog:gc:file="$LEO_LOAD_DIR/gc.log" -jar "$jar" --server.port=$port \
  --leo.database.embedded.directory="$LEO_LOAD_DIR/data" --logging.level.root=WARN \
  --logging.level.org.leoprotocol.shared.ReadyMessage=INFO > "$LEO_LOAD_DIR/leo.log" 2>&1 &
leo=$!
trap 'kill $leo 2>/dev/null; wait $leo 2>/dev/null || true; rm -rf "$LEO_LOAD_DIR/data"' EXIT
for _ in $(seq 1 600); do grep -q "Leo is ready" "$LEO_LOAD_DIR/leo.log" && break; kill -0 $leo || exit 1; sleep 0.5; done
pgport=$(sed -n 4p "$LEO_LOAD_DIR/data/postgres/postmaster.pid")
# psql connects as the embedded cluster's superuser, whose password Leo generated at its first start
PGPASSWORD=$(sed -n 's/^superuser=//p' "$LEO_LOAD_DIR/data/database.credentials")
export PGPASSWORD
base="http://127.0.0.1:$port"
