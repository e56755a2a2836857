#!/usr/bin/env bash
# Makes the pictures of docs/: the top of scorecard.html, an opened bureau, one office's data book,
# that book's print preview (page 1 of the browser's print to PDF), from a demo run, and the case
# presentation of an in-home case open 18 months or longer (docs/present-packet.png).
# Usage, from the repository root: docs/screenshots.sh [DEMO_DIR] [OFFICE_ID] [CASE_ID]
#   (default childstat-demo, O03 and the first case of 2+ children open since 18+ months on the
#   as-of date; runs the demo first when DEMO_DIR has no scorecard.html).
# Needs Debian's chromium and poppler-utils (pdftoppm); as root it installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
demo=${1:-childstat-demo}
office=${2:-O03}
for tool in chromium:chromium pdftoppm:poppler-utils; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    [ "$(id -u)" = "0" ] || { echo "screenshots: ${tool%%:*} is missing (apt-get install ${tool##*:})" >&2; exit 1; }
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool##*:}") >/dev/null
  fi
done
if [ ! -f "$demo/scorecard.html" ]; then
  [ -f indicators-scorecard/target/childstat.jar ] || mvn -q -B -ntp -DskipTests package
  java -jar indicators-scorecard/target/childstat.jar demo --out "$demo" >/dev/null
fi
page="file://$(realpath "$demo/scorecard.html")"
shot() { # shot OUT WIDTH HEIGHT FRAGMENT
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$2,$3" --virtual-time-budget=15000 \
    --screenshot="$1" "$page$4" 2>/dev/null
  echo "wrote $1"
}
shot docs/scorecard-top.png 1400 1000 ""
shot docs/scorecard-bureau.png 1400 1000 "#open=OFFICE:$office"
shot docs/scorecard-book.png 1400 2200 "#OFFICE:$office"
tmp=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=15000 --no-pdf-header-footer \
  --print-to-pdf="$tmp/book.pdf" "$page#OFFICE:$office" 2>/dev/null
pdftoppm -png -r 70 -f 1 -l 1 "$tmp/book.pdf" "$tmp/page"
mv "$tmp"/page*.png docs/scorecard-book-print.png
echo "wrote docs/scorecard-book-print.png (page 1 of $(pdfinfo "$tmp/book.pdf" | awk '/^Pages/{print $2}'))"
rm -rf "$tmp"
# the case presentation, as its update six months before the as-of date
asof=$(cat "$demo/data/extract.txt")
cutoff=$(date -d "$asof -18 months" +%F)
case=${3:-$(awk -F, -v cut="$cutoff" 'NR > 1 { n[$1]++; if (!($1 in o) || $3 < o[$1]) o[$1] = $3; if ($4 == "") open[$1] = 1 }
  END { for (k in n) if (n[k] >= 2 && open[k] && o[k] <= cut) print k }' "$demo/data/in_home_cases.csv" | sort | head -1)}
tmp=$(mktemp -d)
java -jar indicators-scorecard/target/childstat.jar present --data "$demo/data" --case "$case" \
  --out "$tmp/packet.html" --since "$(date -d "$asof -6 months" +%F)" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1400 \
  --screenshot=docs/present-packet.png "file://$tmp/packet.html" 2>/dev/null
echo "wrote docs/present-packet.png (case $case)"
rm -rf "$tmp"
