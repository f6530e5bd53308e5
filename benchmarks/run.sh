#!/usr/bin/env bash
# Runs LoginKit's benchmark suite and writes benchmarks/RESULTS.md. See benchmarks/README.md.
#
#   benchmarks/run.sh                 the short suite: 3 interleaved JMH passes of one fork each
#                                     (-wi 2 -i 3 -w 1s -r 1s -prof gc), interleaved time ratios
#                                     (15 rounds), cold start (10 rounds), processor cost (100 and
#                                     500 interfaces, 5 rounds), footprint
#   PASSES=1 benchmarks/run.sh        fewer passes (quicker, noisier)
#   QUICK=1 benchmarks/run.sh         smoke test: tiny iterations, 1 pass, 2 cold rounds, 1 processor round
#   JMH_FILTER='JsonDecode' benchmarks/run.sh   only the JMH benchmarks matching a regex
#   FOOTPRINT_ONLY=1 benchmarks/run.sh            only benchmark 7 (a minute): prints the closures,
#                                                 writes benchmarks/jmh/target/work/footprint.json,
#                                                 leaves RESULTS.md alone
#
# Needs a JDK 17+ (java and javac on PATH) and python3. Takes about 50 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$ROOT/benchmarks/jmh/target/work"
JAR="$ROOT/benchmarks/jmh/target/benchmarks.jar"
THIN_JAR="$ROOT/benchmarks/jmh/target/loginkit-benchmarks-0.1.0-SNAPSHOT.jar"
PASSES="${PASSES:-3}"
JMH_ARGS="-f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc"
COLD_RUNS="${COLD_RUNS:-10}"
PROCESSOR_RUNS="${PROCESSOR_RUNS:-5}"
INTERLEAVED_ROUNDS="${INTERLEAVED_ROUNDS:-15}"
if [[ "${QUICK:-}" == 1 ]]; then
  PASSES=1
  JMH_ARGS="-f 1 -wi 1 -i 1 -w 200ms -r 200ms -prof gc"
  COLD_RUNS=2
  PROCESSOR_RUNS=1
  INTERLEAVED_ROUNDS=3
fi
export ROOT THIN_JAR COLD_RUNS PROCESSOR_RUNS INTERLEAVED_ROUNDS

# Benchmark 7's dependency closures: LoginKit's resolved from the reactor like a user's (optional
# dependencies left out; nothing is installed), the others from benchmarks/footprint's profiles.
closures() {
  for closure in loginkit loginkit-xml; do
    ./mvnw -q -B -DskipTests -pl runtime,benchmarks/footprint -am -P "$closure" \
      package dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="target/closure-$closure.txt"
    cp "benchmarks/footprint/target/closure-$closure.txt" "$WORK/"
  done
  for closure in floor floor-xml retrofit feign jaxws cxf; do
    ./mvnw -q -B -f benchmarks/footprint/pom.xml -P "$closure" \
      dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/closure-$closure.txt"
  done
}

if [[ "${FOOTPRINT_ONLY:-}" == 1 ]]; then
  echo "== footprint only"
  rm -rf "$WORK"
  mkdir -p "$WORK"
  closures
  python3 benchmarks/harness.py footprint "$WORK/footprint.json"
  exit 0
fi

UPTIME_BEFORE="$(uptime)"
echo "== build (runtime, processor, benchmarks jar) and class paths"
./mvnw -q -B -DskipTests -Pbenchmarks -pl benchmarks/jmh,runtime,processor -am \
  package dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/classpath.txt
rm -rf "$WORK"
mkdir -p "$WORK"
closures

echo "== JMH: $PASSES pass(es) of: $JMH_ARGS ${JMH_FILTER:-}"
for pass in $(seq 1 "$PASSES"); do
  # shellcheck disable=SC2086
  java -jar "$JAR" $JMH_ARGS -foe true -rf json -rff "$WORK/jmh-pass-$pass.json" ${JMH_FILTER:-} \
    > "$WORK/jmh-pass-$pass.log" 2>&1 || { tail -50 "$WORK/jmh-pass-$pass.log"; exit 1; }
  echo "pass $pass done ($(uptime))"
done

echo "== interleaved time ratios ($INTERLEAVED_ROUNDS rounds per case)"
python3 benchmarks/harness.py interleaved "$WORK/interleaved.json"
echo "== cold start ($COLD_RUNS rounds)"
python3 benchmarks/harness.py cold "$WORK/cold.json"
echo "== processor cost ($PROCESSOR_RUNS rounds)"
python3 benchmarks/harness.py processor "$WORK/processor.json"
echo "== footprint"
python3 benchmarks/harness.py footprint "$WORK/footprint.json"

UPTIME_AFTER="$(uptime)"
python3 - "$WORK/meta.json" <<PY
import json, os, platform, subprocess, sys, datetime
def sh(c):
    return subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
json.dump({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "nproc": sh("nproc"),
    "memory": sh("free -h | awk '/^Mem:/ {print \$2}'"),
    "cpu": cpu,
    "os": platform.platform(),
    "jdk": sh("java -version 2>&1 | head -2 | tr '\n' ' '"),
    "uptime_before": """$UPTIME_BEFORE""".strip(),
    "uptime_after": """$UPTIME_AFTER""".strip(),
    "command": "benchmarks/run.sh" + (" (QUICK=1)" if os.environ.get("QUICK") == "1" else ""),
    "jmh_args": "$PASSES interleaved pass(es) of \`java -jar benchmarks/jmh/target/benchmarks.jar $JMH_ARGS\`",
}, open(sys.argv[1], "w"), indent=2)
PY
python3 benchmarks/harness.py report "$ROOT/benchmarks/RESULTS.md" "$WORK"
