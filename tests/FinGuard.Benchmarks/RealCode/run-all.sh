#!/usr/bin/env bash
# Every labelled real-code set in one command (docs/benchmarks.md, "All sets at once"): packs FinGuard once, unpacks and
# evaluates each set (labels/ and every labels-heldout*/ beside this script, with its judged*/ directory), keeps each
# set's full report, and prints one table: precision / recall per family for each set, for the sets pooled, and for the
# sets named with --blind pooled apart (the ones no rule was tuned on). Pooling counts every label and every diagnostic
# once, so a set of 30 repositories weighs more than a set of 9; one repository's cluster of look-alikes moves a
# pooled figure less than it moves its own set's.
#
#   bash tests/FinGuard.Benchmarks/RealCode/run-all.sh [--mirror DIR] [--out DIR] [--blind SET[,SET...]] [--no-pack]
#        [--no-unpack] [--skip SET[,SET...]]
#
# SET is a labels directory's suffix: dev (labels/), heldout (labels-heldout/), heldout3, heldout4, ...
# --out DIR   where the sources (DIR/src-<set>) and the reports (DIR/<set>.txt) go (default artifacts/realcode/all)
# --blind     sets pooled apart as blind (default: none)
# --skip      sets left out (for example a set whose sources cannot be fetched)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mirror="${FINGUARD_MIRROR:-/work/.mirror}"
out="$root/artifacts/realcode/all"
blind=""
skip=""
pack=1
unpack=1
while [ $# -gt 0 ]; do
  case "$1" in
    --mirror) mirror="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --blind) blind=",$2,"; shift 2 ;;
    --skip) skip=",$2,"; shift 2 ;;
    --no-pack) pack=0; shift ;;
    --no-unpack) unpack=0; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"

sets=()
for dir in "$here"/labels "$here"/labels-heldout*; do
  [ -d "$dir" ] || continue
  name="$(basename "$dir")"
  set_name="${name#labels-}"
  [ "$name" = labels ] && set_name=dev
  case "$skip" in *",$set_name,"*) continue ;; esac
  sets+=("$set_name")
done

first=1
for set_name in "${sets[@]}"; do
  if [ "$set_name" = dev ]; then labels="$here/labels"; judged="$here/judged"; else labels="$here/labels-$set_name"; judged="$here/judged-$set_name"; fi
  args=(--labels "$labels" --judged "$judged" --sources "$out/src-$set_name" --mirror "$mirror")
  if [ "$pack" = 0 ] || [ "$first" = 0 ]; then args+=(--no-pack); fi
  if [ "$unpack" = 0 ]; then args+=(--no-unpack); fi
  echo "evaluating $set_name ..." >&2
  bash "$here/run.sh" "${args[@]}" > "$out/$set_name.txt" 2> "$out/$set_name.log" || echo "$set_name: the evaluation failed (see $out/$set_name.log)" >&2
  first=0
done

# One row per set and family from each report's family table; pooled rows sum the counts (precision = labelled and
# judged true positives over diagnostics, recall = true positives over labels, as in RealCodeScoring).
for set_name in "${sets[@]}"; do
  awk -v set="$set_name" '
    /^Family  Labels/ { grab = 1; next }
    grab && /^(FG[1-4]|All) / { print set, $1, $2, $3, $5, $8, $9, $11; next }
    grab && /^FG[5-9] / { next }
    grab { grab = 0 }' "$out/$set_name.txt"
done | awk -v blind="$blind" '
  function fmt(d, n) { return d ? sprintf("%.2f", n / d) : "n/a" }
  function row(name, key,   f, line) {
    line = sprintf("%-14s", name)
    for (f = 1; f <= 5; f++) line = line sprintf(" | %4s / %4s", fmt(D[key, fam[f]], M[key, fam[f]] + J[key, fam[f]]), fmt(L[key, fam[f]], T[key, fam[f]]))
    print line
  }
  function add(key, f) { L[key, f] += $3; T[key, f] += $4; M[key, f] += $5; J[key, f] += $6; U[key] += $7; D[key, f] += $8 }
  BEGIN { fam[1] = "FG1"; fam[2] = "FG2"; fam[3] = "FG3"; fam[4] = "FG4"; fam[5] = "All" }
  {
    if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 }
    add($1, $2)
    if (index(blind, "," $1 ",")) add("blind", $2); else add("tuned", $2)
  }
  END {
    printf "%-14s | %-11s | %-11s | %-11s | %-11s | %-11s\n", "Set (P / R)", "FG1", "FG2", "FG3", "FG4", "All"
    for (i = 1; i <= n; i++) row(order[i], order[i])
    row(blind == "" ? "pooled" : "pooled tuned", "tuned")
    if (blind != "") row("pooled blind", "blind")
    for (i = 1; i <= n; i++) if (U[order[i]] > 0) printf "%s: %d unjudged diagnostics (judge them: see %s.txt)\n", order[i], U[order[i]] / 2, order[i]
  }'
echo "reports: $out/<set>.txt" >&2

# An analyzer exception is a crash users would see as AD0001: name every set that had one, and fail, so that a crash is
# never read past in a per-family table (session 19 found 15 repositories' worth only by reading the reports).
crashed=0
for set_name in "${sets[@]}"; do
  n="$(sed -n 's/^Summary: .* \([0-9][0-9]*\) analyzer exceptions$/\1/p' "$out/$set_name.txt" | tail -1)"
  if [ -n "$n" ] && [ "$n" -gt 0 ]; then
    echo "$set_name: $n analyzer exceptions (AD0001): FinGuard crashed; the report's Notes name the frame ($out/$set_name.txt)"
    crashed=1
  fi
done
exit "$crashed"
