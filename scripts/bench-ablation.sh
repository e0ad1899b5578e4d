#!/usr/bin/env bash
# Runs the ablation benchmark (core test classes, DJL natives from the test classpath) from the repository root:
#   scripts/bench-ablation.sh [out=docs/benchmarks/ablation.json] [subjects=60] [teacherEpochs=100] [incrementEpochs=15] [orders=3]
# One PyTorch thread: on a shared 2-core machine, two threads per process thrash against other jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl core test-compile
mvn -B -q -o -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/core-test-classpath.txt
CP="core/target/test-classes:core/target/classes:$(cat core/target/core-test-classpath.txt)"
# BENCH_OPTS: extra JVM options, e.g. BENCH_OPTS="-Dbackbone=small-flat".
exec java ${BENCH_OPTS:-} -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1 -Xmx2g \
  -cp "$CP" "${BENCH_MAIN:-dev.compoundfer.core.benchmark.AblationBenchmark}" "$@"
