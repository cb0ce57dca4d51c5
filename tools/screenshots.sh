#!/usr/bin/env bash
# Retake the pictures in docs/ (README.md shows them) and the sample memo, from the sample
# profile, with the bundled rulebook, on today's date:
#
#   bash tools/screenshots.sh          # needs the app installed (README's set-up) and
#                                      # poppler-utils (pdftoppm) for the memos' first pages
#
# The app renders each view offscreen (travelrisk-gui --screenshot); nothing is written but
# docs/. Look at every picture before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=examples/journalist-by.json
shot() { travelrisk-gui --screenshot "docs/$1" --profile "$profile" --size 1400x900 "${@:2}"; }

shot map.png
shot map-ru.png --lang ru
shot map-be.png --lang be
shot explanation.png --select RU
shot explanation-ru.png --select AE --lang ru
shot explanation-be.png --select AE --lang be
shot form.png --tab profile --step exposure
shot interview-ru.png --tab profile --step exposure --lang ru
shot interview-be.png --tab profile --step exposure --lang be
shot trip.png --legs "LT>RU:transit>GE"
shot trip-be.png --legs "LT>RU:transit>GE" --lang be

# The memo: its PDF, and the first page of it in English and in Russian.
memo() {  # memo OUT.pdf [--lang LANG]
  travelrisk report --profile "$profile" --to RU --to KZ --format pdf -o "$1" --force "${@:2}"
}
memo docs/sample-report.pdf
pdftoppm -r 80 -png -f 1 -l 1 -singlefile docs/sample-report.pdf docs/sample-report
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
memo "$work/memo-ru.pdf" --lang ru
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$work/memo-ru.pdf" docs/memo-ru
echo "docs/: pictures and the sample memo retaken; look at each before committing"
