#!/usr/bin/env bash
# End-to-end time of one pamphlet's screen PDF: Publish against pandoc + XeLaTeX with the
# comparison's settings (compare.sh), each run from scratch (fresh output folder, --no-cache;
# XeLaTeX in a fresh temporary folder, so it makes all its runs). Prints the wall time and the
# CPU time (user + system, child processes included) of every run, and their medians; on a
# shared machine the CPU time is the steadier figure.
# Usage: bench/compare/speed.sh [SLUG] [RUNS]     (default: workers-opposition, seed 001; 7 runs)
# Publish is built as `dotnet cake` builds it (native, else ReadyToRun: bench/build-publish.sh);
# PUBLISH="dotnet /path/to/publish.dll" times another build (e.g. a plain JIT build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
slug=${1:-workers-opposition}
runs=${2:-7}
dir="$root/sources/$slug"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

read -ra publish <<<"${PUBLISH:-$("$root/bench/build-publish.sh" "$out/bin")}"
python3 "$here/pandoc_source.py" "$dir" "$out/$slug.md"
lang=$(sed -n 's/^lang: *//p' "$dir/pamphlet.md" | head -1); lang=${lang:-en-GB}
[[ $lang == en-GB && -z $(kpsewhich hyph-en-gb.tex loadhyph-en-gb.tex 2>/dev/null) ]] && lang=en-US

# "wall_ms cpu_ms" of one run
ms() {
  /usr/bin/time -f "%e %U %S" -o "$out/time" "$@" >/dev/null 2>&1
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$out/time"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

ours() { rm -rf "$out/publish"; $publish_cmd build "$dir" -o "$out/publish" --formats pdf --no-cache; }
xelatex_pdf() {
  (cd "$dir" && pandoc "$out/$slug.md" -f commonmark_x -s --pdf-engine=xelatex -H "$here/latex-header.tex" \
      -H "$here/latex-endnotes.tex" -A "$here/latex-after.tex" --toc --toc-depth=1 \
      -V documentclass=article -V classoption=twoside -V classoption=titlepage -V indent=true -V lang="$lang" \
      -V microtypeoptions=protrusion=false \
      -V geometry:paperwidth=148mm -V geometry:paperheight=210mm -V geometry:top=18mm \
      -V geometry:bottom=22mm -V geometry:inner=18mm -V geometry:outer=16mm -o "$out/$slug-xelatex.pdf")
}

publish_cmd=${PUBLISH:-${publish[*]}}
ours >/dev/null 2>&1 || true   # warm the file cache once for both
export -f ours xelatex_pdf
export dir out slug here lang
export publish_cmd
aw=(); ac=(); bw=(); bc=()
for _ in $(seq "$runs"); do
  read -r w c < <(ms bash -c ours); aw+=("$w"); ac+=("$c")
  read -r w c < <(ms bash -c xelatex_pdf); bw+=("$w"); bc+=("$c")
done
[[ -f $out/publish/$slug/$slug.pdf || -f $out/publish/$slug.pdf ]] || { echo "speed.sh: Publish made no PDF" >&2; exit 1; }
[[ -f $out/$slug-xelatex.pdf ]] || { echo "speed.sh: XeLaTeX made no PDF" >&2; exit 1; }
med() { printf '%s\n' "$@" | median; }
echo "| $slug, screen PDF | wall time, runs (ms) | wall median (ms) | CPU time, runs (ms) | CPU median (ms) |"
echo "|---|---|---:|---|---:|"
echo "| Publish (\`publish build --formats pdf --no-cache\`, process start-up included) | ${aw[*]} | $(med "${aw[@]}") | ${ac[*]} | $(med "${ac[@]}") |"
echo "| pandoc + XeLaTeX (compare.sh settings, all TeX runs) | ${bw[*]} | $(med "${bw[@]}") | ${bc[*]} | $(med "${bc[@]}") |"
echo
awk -v a="$(med "${aw[@]}")" -v b="$(med "${bw[@]}")" -v c="$(med "${ac[@]}")" -v d="$(med "${bc[@]}")" \
  'BEGIN { printf "XeLaTeX / Publish: %.1f× in wall time, %.1f× in CPU time.\n", b / a, d / c }'
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)."
