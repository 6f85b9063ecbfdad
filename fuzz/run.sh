#!/usr/bin/env bash
# Fuzzes each extractor in turn with Jazzer (one fuzz test per JVM, as Jazzer requires) and prints
# the executions libFuzzer reports. Usage: fuzz/run.sh [pdf docx xlsx xls html text]
# Findings land in fuzz/src/test/resources/org/jixiao/fuzz/ExtractorFuzzTestInputs/<target>/crash-*;
# the generated corpus in fuzz/.cifuzz-corpus (git-ignored).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("${@:-pdf docx xlsx xls html text}")
mvn -B -q -o install -DskipTests -pl model,extract -am >/dev/null
for t in ${targets[@]}; do
  log="fuzz/target/fuzz-$t.log"
  mkdir -p fuzz/target
  JAZZER_FUZZ=1 mvn -B -o -Pfuzz -pl fuzz test -Dtest="ExtractorFuzzTest#$t" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  rc=$?
  runs=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  echo "fuzz $t: ${runs:-no libFuzzer summary} (exit $rc, log $log)"
done
