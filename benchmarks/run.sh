#!/usr/bin/env bash
# Every benchmark of issue 7 in one run, as docs/benchmarks.md reports it:
#   JMH results (load, full recompute, the subset against its baselines) -> benchmarks/target/jmh.json
#   heap retained by CaseData per child                                -> benchmarks/target/retained-heap.txt
#   the Markdown tables of docs/benchmarks.md                          -> stdout
# Extra arguments go to JMH, e.g. `benchmarks/run.sh -p children=250000` for one size.
# The counties are generated on first use into benchmarks/target/counties (about 90 s for 1,000,000).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests package
cd benchmarks
java -jar target/benchmarks.jar 'LoadCsv|Recompute|Subset' -rf json -rff target/jmh.json "$@"
java -Xmx3g -cp target/benchmarks.jar org.childstat.indicators.benchmarks.RetainedHeap 10000 100000 250000 1000000 \
    | tee target/retained-heap.txt
python3 table.py target/jmh.json target/retained-heap.txt
