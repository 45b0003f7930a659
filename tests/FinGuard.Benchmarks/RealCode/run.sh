#!/usr/bin/env bash
# The real-code evaluation in one command (docs/benchmarks.md, "Real-code evaluation"): packs FinGuard as a user gets
# it, unpacks every labelled repository at its labelled commit (unpack.sh) and scores the packed analyzers'
# diagnostics against the labels and judgements. The per-family table, every missed label and every unlabelled,
# unjudged diagnostic go to stdout; a Markdown summary to artifacts/realcode/summary.md.
#
#   bash tests/FinGuard.Benchmarks/RealCode/run.sh [--mirror DIR] [--sources DIR] [--labels DIR] [--no-pack]
#        [--no-unpack] [evaluation options: --references cache, --repo owner+name, --pending DIR, ... (--real-code --help)]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mirror="${FINGUARD_MIRROR:-/work/.mirror}"
sources="$root/artifacts/realcode/src"
labels="$here/labels"
package_dir="$root/artifacts/realcode/package"
pack=1
unpack=1
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mirror) mirror="$2"; shift 2 ;;
    --sources) sources="$2"; shift 2 ;;
    --labels) labels="$2"; shift 2 ;;
    --no-pack) pack=0; shift ;;
    --no-unpack) unpack=0; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
if [ "$pack" = 1 ]; then
  rm -rf "$package_dir"
  version="0.0.0-realcode.$(date -u +%Y%m%d%H%M%S)"
  echo "packing FinGuard $version ..." >&2
  log="$(mktemp)"
  if ! dotnet pack "$root/src/FinGuard.Package/FinGuard.Package.csproj" -c Release -o "$package_dir" -p:Version="$version" -nologo -tl:off > "$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
fi

if [ "$unpack" = 1 ]; then
  # A repository that cannot be unpacked is reported by the evaluation as "no sources"; the others still run.
  bash "$here/unpack.sh" --mirror "$mirror" --out "$sources" --labels "$labels" >&2 || echo "unpack: some repositories were not unpacked (above)" >&2
fi

exec dotnet run -c Release --project "$root/tests/FinGuard.Benchmarks" -- --real-code \
  --sources "$sources" --labels "$labels" --md "$root/artifacts/realcode/summary.md" ${args[@]+"${args[@]}"}
