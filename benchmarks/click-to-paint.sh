#!/usr/bin/env bash
# Time from a drill-down click to the next paint in headless Chromium, on a scorecard.html.
# Usage (from the repository root, after a demo run):
#   benchmarks/click-to-paint.sh childstat-demo/scorecard.html [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
page=$(realpath "${1:-childstat-demo/scorecard.html}")
cpfile=$(mktemp)
mvn -q -B -ntp -pl indicators-scorecard -am test-compile dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null
java -cp "indicators-scorecard/target/test-classes:indicators-scorecard/target/classes:$(cat "$cpfile")" \
  org.childstat.indicators.scorecard.grid.ClickToPaint "$page" "${2:-5}"
rm -f "$cpfile"
