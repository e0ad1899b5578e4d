#!/usr/bin/env bash
# Runs the inference benchmark against a real server, from the repository root (on a shared machine under
# /work/tools/with-payara, which serialises Payara runs):
#   scripts/bench-inference.sh [secondsPerCell=5] [soakSeconds=300] [out=docs/benchmarks/inference.json]
# Builds (tests skipped), starts a domain in FER_HOME (default /tmp/fer-bench) with one PyTorch thread, trains a
# tiny model through the job, runs dev.compoundfer.it.bench.InferenceBenchmarkProgram from inside the Payara
# installation (gf-client.jar's manifest class path is relative), and stops the domain.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
CELL_SECONDS="${1:-5}"
SOAK_SECONDS="${2:-300}"
OUT="$(realpath -m "${3:-docs/benchmarks/inference.json}")"
export FER_HOME="${FER_HOME:-/tmp/fer-bench}"
# The first administrator's password on a fresh FER_HOME: the one the benchmark program's REST client (it/Api,
# from it/src/test/resources/system-properties.properties) logs in with.
export FER_ADMIN_INITIAL_PASSWORD="${FER_ADMIN_INITIAL_PASSWORD:-it-admin-password-0}"
AUTH="admin:$FER_ADMIN_INITIAL_PASSWORD"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
BASE=http://localhost:8080/compound-fer/api/v1

mvn -B -q -o package -DskipTests
./fer stop >/dev/null 2>&1 || true
./fer start >/dev/null
# By path: the program below runs from inside the Payara installation.
trap '"$ROOT/fer" stop >/dev/null 2>&1 || true' EXIT
ASADMIN="$FER_HOME/payara6/bin/asadmin"
"$ASADMIN" create-jvm-options '-Dai.djl.pytorch.num_threads=1:-Dai.djl.pytorch.num_interop_threads=1' >/dev/null 2>&1 || true
"$ASADMIN" restart-domain domain1 >/dev/null
until curl -sf -u "$AUTH" "$BASE/models" >/dev/null; do sleep 2; done

echo "Training a tiny model (6 subjects, 24 px, 1 epoch)..."
id=$(curl -sf -u "$AUTH" -H 'Content-Type: application/json' -d '{"name":"bench","subjects":6,"imageSize":24,"teacherEpochs":1,"incrementEpochs":1,"increments":1,"device":"cpu","seed":5}' "$BASE/experiments" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
# The teacher model is all the benchmark needs; the job's later steps may still run or fail.
while curl -sf -u "$AUTH" "$BASE/experiments/$id" | grep -Eq '"status":"(CREATED|RUNNING|STOPPING)"'; do sleep 2; done
teacher=$(curl -sf -u "$AUTH" "$BASE/models" | tr '{' '\n' | grep "\"experimentId\":$id," | grep '"stage":"teacher"' | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1)
curl -sf -u "$AUTH" -X POST "$BASE/models/$teacher/activate" >/dev/null

# IIOP callers log in against the server's file realm (the application's user table serves HTTP only).
PASSWORDS="$(mktemp)"
echo "AS_ADMIN_USERPASSWORD=bench-client-password-0" > "$PASSWORDS"
"$ASADMIN" create-file-user --groups fer-client --passwordfile "$PASSWORDS" bench-client >/dev/null 2>&1 || true
rm -f "$PASSWORDS"

LIB="$FER_HOME/payara6/glassfish/lib"
GSON="$(find ~/.m2/repository/com/google/code/gson/gson/2.13.1 -name 'gson-2.13.1.jar' | head -1)"
CP="$LIB/gf-client.jar:$ROOT/ejb/target/compound-fer-ejb-0.1.0-SNAPSHOT-client.jar:$ROOT/it/target/test-classes:$GSON"
cd "$LIB"
"$JAVA_HOME/bin/java" --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/jdk.internal.loader=ALL-UNNAMED --add-opens=java.naming/javax.naming.spi=ALL-UNNAMED \
  --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED --add-opens=java.management/javax.management=ALL-UNNAMED \
  --add-opens=java.management/javax.management.openmbean=ALL-UNNAMED \
  --add-opens=java.logging/java.util.logging=ALL-UNNAMED \
  -Djava.security.auth.login.config="$LIB/appclient/appclientlogin.conf" \
  -Dfer.bench.remote-user=bench-client -Dfer.bench.remote-password=bench-client-password-0 \
  -cp "$CP" dev.compoundfer.it.bench.InferenceBenchmarkProgram "$CELL_SECONDS" "$SOAK_SECONDS" "$OUT" 2>"$FER_HOME/bench-client.log"
