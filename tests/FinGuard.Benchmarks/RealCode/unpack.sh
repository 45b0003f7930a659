#!/usr/bin/env bash
# Unpacks the sources of every labelled repository at its labelled commit, for the real-code evaluation
# (docs/benchmarks.md, "Real-code evaluation"). Line 1 of each labels/<owner>+<name>.labels names the repository and
# commit: "# repo: <owner>/<name> @ <commit>". The commit is read from a local git directory (a mirror or clone) and
# only what the evaluation compiles is extracted: C# files, project files, Directory.Build.props /
# Directory.Packages.props, packages.config and the configuration files (*.json, *.config; FinGuard's package passes
# appsettings*.json, *.config and launchSettings*.json to the analyzers). The sources are never committed.
#
#   bash tests/FinGuard.Benchmarks/RealCode/unpack.sh [--mirror DIR] [--out DIR] [--labels DIR]
#
# --mirror DIR  where the git directories are (default $FINGUARD_MIRROR or /work/.mirror): for owner/name it tries
#               DIR/owner+name/repo/.git, DIR/owner+name/repo, DIR/owner+name.git, DIR/owner+name/.git, DIR/owner+name
#               (a bare mirror: git clone --mirror https://github.com/owner/name DIR/owner+name.git)
# --out DIR     one folder per repository, DIR/owner+name (default artifacts/realcode/src); a folder already at the
#               labelled commit is kept, one this script did not write is never deleted
# --labels DIR  the *.labels files (default: labels/ beside this script)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
mirror="${FINGUARD_MIRROR:-/work/.mirror}"
out="$root/artifacts/realcode/src"
labels="$here/labels"
while [ $# -gt 0 ]; do
  case "$1" in
    --mirror) mirror="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --labels) labels="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

# What the evaluation reads (matched against "<object>\t<path>" lines; case-insensitive, any folder). All *.json
# files come along so that labels on any committed settings file point at a file that exists, although FinGuard's
# package passes only appsettings*.json and launchSettings*.json (and *.config) to the analyzers.
tab=$'\t'
format="unpack-v2" # in the stamp: a change of what is extracted unpacks again
wanted="(\\.cs|\\.csproj|[/$tab]directory\\.build\\.props|[/$tab]directory\\.packages\\.props|\\.config|\\.json)\$"

shopt -s nullglob
files=("$labels"/*.labels)
if [ ${#files[@]} -eq 0 ]; then
  echo "no *.labels files in $labels" >&2
  exit 2
fi

mkdir -p "$out"
failed=0
for file in "${files[@]}"; do
  header="$(head -n 1 "$file" | tr -d '\r')"
  repo="$(printf '%s\n' "$header" | sed -n 's/^#[[:space:]]*repo:[[:space:]]*\([^[:space:]@]*\)[[:space:]]*@[[:space:]]*\([0-9a-fA-F]\{7,40\}\).*$/\1/p')"
  commit="$(printf '%s\n' "$header" | sed -n 's/^#[[:space:]]*repo:[[:space:]]*\([^[:space:]@]*\)[[:space:]]*@[[:space:]]*\([0-9a-fA-F]\{7,40\}\).*$/\2/p')"
  if [ -z "$repo" ] || [ -z "$commit" ]; then
    echo "$(basename "$file"): line 1 is not '# repo: <owner>/<name> @ <commit>'" >&2
    failed=1
    continue
  fi

  key="${repo/\//+}"
  gitdir=""
  for candidate in "$mirror/$key/repo/.git" "$mirror/$key/repo" "$mirror/$key.git" "$mirror/$key/.git" "$mirror/$key"; do
    if [ -d "$candidate" ] && git --git-dir="$candidate" rev-parse --git-dir >/dev/null 2>&1; then
      gitdir="$candidate"
      break
    fi
  done
  if [ -z "$gitdir" ]; then
    echo "$key: no git directory under $mirror (clone it: git clone --mirror https://github.com/$repo $mirror/$key.git)" >&2
    failed=1
    continue
  fi

  if ! full="$(git --git-dir="$gitdir" rev-parse --verify --quiet "$commit^{commit}")"; then
    echo "$key: commit $commit is not in $gitdir (fetch it, or relabel)" >&2
    failed=1
    continue
  fi

  dest="$out/$key"
  stamp="$full $format"
  if [ -f "$dest/.finguard-commit" ] && [ "$(cat "$dest/.finguard-commit")" = "$stamp" ]; then
    echo "$key: up to date at ${full:0:12}"
    continue
  fi
  if [ -e "$dest" ] && [ ! -f "$dest/.finguard-commit" ]; then
    echo "$key: $dest exists and was not unpacked by this script: left alone (choose another --out)" >&2
    failed=1
    continue
  fi

  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  # Every wanted blob of the commit ("<mode> <type> <object>\t<path>"), then only the objects the git directory
  # really has: a snapshot can list a large file whose content it lacks, and git archive would stop on it.
  git -c core.quotePath=false --git-dir="$gitdir" ls-tree -r --full-tree "$full" \
    | awk -F '\t' '{ split($1, meta, " "); if (meta[2] == "blob") print meta[3] "\t" $2 }' \
    | grep -i -E "$wanted" > "$tmp/candidates" || true
  cut -f 1 "$tmp/candidates" | git --git-dir="$gitdir" cat-file --batch-check='%(objectname) %(objecttype)' > "$tmp/present" || true
  paste "$tmp/present" "$tmp/candidates" | awk -F '\t' '$1 !~ /missing$/ { print $3 }' > "$tmp/paths"
  absent=$(( $(wc -l < "$tmp/candidates") - $(wc -l < "$tmp/paths") ))

  rm -rf "$dest"
  mkdir -p "$dest"
  if [ -s "$tmp/paths" ]; then
    # In batches (long argument lists); each batch is a tar of its own, tar -i reads them one after another.
    # (git archive names unrelated blobs a snapshot lacks on stderr even though it does not need them: shown only on failure.)
    if ! tr '\n' '\0' < "$tmp/paths" \
      | xargs -0 -n 500 git --literal-pathspecs --git-dir="$gitdir" archive --format=tar "$full" -- 2> "$tmp/archive.err" \
      | tar -x -i -C "$dest"; then
      cat "$tmp/archive.err" >&2
      echo "$key: git archive failed" >&2
      rm -rf "$tmp" "$dest"
      failed=1
      continue
    fi
  fi
  printf '%s\n' "$stamp" > "$dest/.finguard-commit"
  note=""
  [ "$absent" -gt 0 ] && note=" ($absent listed but absent from the git directory)"
  echo "$key: $(wc -l < "$tmp/paths") files at ${full:0:12}$note"
  rm -rf "$tmp"
  trap - EXIT
done

exit "$failed"
