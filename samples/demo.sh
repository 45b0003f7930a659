#!/usr/bin/env bash
# Shows FinGuard at work: packs the package with a fresh version (so NuGet's cache never serves an old build),
# builds the vulnerable sample (findings + failing gate + report), then the fixed sample (gate passes).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="0.1.0-local.$(date -u +%Y%m%d%H%M%S)"
feed="$root/artifacts/packages"

echo "== Packing FinGuard $version"
rm -f "$feed"/FinGuard.*.nupkg
dotnet pack "$root/src/FinGuard.Package" -c Release -p:Version="$version" -o "$feed" -nologo -v:q || exit 1

echo
echo "== samples/PaymentsApi: vulnerable payments API (expect FinGuard findings and a FAILED gate)"
dotnet build "$root/samples/PaymentsApi" -p:FinGuardVersion="$version" -nologo -tl:off -v:m -clp:NoSummary
vulnerable=$?
report="$(find "$root/samples/PaymentsApi/obj" -name finguard-report.md 2>/dev/null | head -n 1)"
echo "   exit code $vulnerable; report: ${report:-none}"

echo
echo "== samples/PaymentsApi.Fixed: the same API after FinGuard's fixes (expect the gate to pass)"
dotnet build "$root/samples/PaymentsApi.Fixed" -p:FinGuardVersion="$version" -nologo -tl:off -v:m -clp:NoSummary
fixed=$?
echo "   exit code $fixed"

echo
if [ "$vulnerable" -ne 0 ] && [ "$fixed" -eq 0 ]; then
  echo "FinGuard demo: vulnerable sample blocked, fixed sample passed."
  exit 0
fi
echo "FinGuard demo: unexpected result (vulnerable exit $vulnerable, fixed exit $fixed)."
exit 1
