#!/usr/bin/env bash
# End-to-end timings of Publish, printed as Markdown tables (see bench/README.md):
#   1. the real catalogue (sources/): cold with the default --jobs, --jobs 1 and --jobs 2,
#      EPUB only, no-change rebuild, one-source-changed rebuild;
#   2. synthetic catalogues of 10, 100 and 1,000 pamphlets cut from the real ones
#      (bench/synthetic-catalogue.py): cold --jobs 2 (and --jobs 1 up to --jobs1-max), no-change,
#      one source changed, one theme changed (the duplicator theme's accent colour);
#   3. peers on the same Markdown sources: pandoc (EPUB), pandoc + WeasyPrint and
#      pandoc + XeLaTeX (PDF), on the five real pamphlets and on seed 001 alone
#      (workers-opposition); a tool that is not installed is skipped.
# Every row: wall seconds, CPU seconds (user + system), peak memory (max RSS, /usr/bin/time -v),
# best (lowest wall) of --runs runs where it says so. Publish's start-up is always included.
#
# Usage: bench/e2e.sh [--runs R] [--sizes "10 100 1000"] [--jobs1-max N] [--skip real,synthetic,peers]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=3
sizes="10 100 1000"
jobs1_max=100
skip=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2;;
    --sizes) sizes=$2; shift 2;;
    --jobs1-max) jobs1_max=$2; shift 2;;
    --skip) skip=$2; shift 2;;
    *) echo "e2e.sh: unknown argument '$1'" >&2; exit 2;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "e2e.sh: needs /usr/bin/time (Debian package 'time')" >&2; exit 2; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A private copy of the program, built as `dotnet cake` builds it (native, else ReadyToRun), so
# rebuilding the repository during a long run changes nothing. $pub is the command that runs it.
pub=$("$root/bench/build-publish.sh" "$work/bin")
export CI=1 # no progress display
failures=()

# measure OUT_VAR command… : runs the command once, sets OUT_VAR to "wall cpu rss_mb".
measure() {
  local _out=$1; shift
  local t="$work/time.txt"
  /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || true
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$t")
  printf -v "$_out" "%s %.2f %.0f" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
  if grep -q "non-zero status" "$t"; then failures+=("$* (exit status $(grep -oE '[0-9]+$' <(head -1 "$t")); stderr: $(head -c 300 "$work/stderr.txt"))"); fi
}
# best OUT_VAR R setup-command -- command… : R runs (setup before each, untimed), keeps the lowest wall.
best() {
  local _var=$1 _n=$2 _setup=$3; shift 4
  local _best="" _one
  for _ in $(seq "$_n"); do
    eval "$_setup"
    measure _one "$@"
    if [[ -z $_best ]] || (( $(echo "${_one%% *} < ${_best%% *}" | bc) )); then _best=$_one; fi
  done
  printf -v "$_var" "%s" "$_best"
}
row() { # row label "wall cpu rss" [note]
  local wall cpu rss; read -r wall cpu rss <<<"$2"
  echo "| $1 | $wall | $cpu | $rss | ${3:-} |"
}
rebuilt() { # how many pamphlets the last build rebuilt, of how many
  local line total reused
  line=$(grep -E '^Built [0-9]+ of [0-9]+' "$work/stdout.txt" | tail -1)
  total=$(sed -E 's/^Built [0-9]+ of ([0-9]+).*/\1/' <<<"$line")
  reused=$(grep -oE '^[0-9]+ of [0-9]+ pamphlets up to date' "$work/stdout.txt" | cut -d' ' -f1)
  echo "rebuilt $((total - ${reused:-0})) of $total"
}
header() {
  echo
  echo "### $1"
  echo
  echo "| what | wall (s) | CPU (s) | peak RSS (MB) | note |"
  echo "|---|---:|---:|---:|---|"
}

# A writable copy of the real workspace (styles and sources), so sources can be edited.
real="$work/real"
mkdir -p "$real"
cp -r "$root/styles" "$root/sources" "$real/"
[[ -d $root/covers ]] && cp -r "$root/covers" "$real/"
publish() { (cd "$1" && shift && $pub "$@"); }
edit_source() { printf '\nOne more sentence for benchmark run %s.\n' "$RANDOM$RANDOM" >>"$1"; }
edit_theme() { # changes the last digit of the duplicator theme's accent colour (30 % of the synthetic pamphlets use it)
  local digit; digit=$(grep -oE 'accent: "#[0-9a-fA-F]{6}"' "$1/styles/duplicator.yaml" | cut -c16)
  sed -i -E 's/(accent: "#[0-9a-fA-F]{5})[0-9a-fA-F]"/\1'"$(printf '%x' $(( (16#${digit:-0} + 1) % 16 )))"'"/' "$1/styles/duplicator.yaml"
}

if [[ ,$skip, != *,real,* ]]; then
  header "The real catalogue: $(ls -d "$real"/sources/[!_]*/ | wc -l) pamphlets, $(cat "$real"/sources/[!_]*/pamphlet.md | wc -w) words, every format"
  best r "$runs" 'rm -rf "$work/a"' -- env -C "$real" $pub build -o "$work/a"; row "cold, default --jobs ($(nproc))" "$r"
  best r "$runs" 'rm -rf "$work/a"' -- env -C "$real" $pub build -o "$work/a" --jobs 1; row "cold, --jobs 1" "$r"
  best r "$runs" 'rm -rf "$work/a"' -- env -C "$real" $pub build -o "$work/a" --jobs 2; row "cold, --jobs 2" "$r"
  best r "$runs" 'rm -rf "$work/e"' -- env -C "$real" $pub build -o "$work/e" --formats epub; row "cold, EPUB only" "$r"
  best r "$runs" ':' -- env -C "$real" $pub build -o "$work/a"; row "no-change rebuild" "$r" "$(rebuilt)"
  best r "$runs" 'edit_source "$real/sources/for-workers-power/pamphlet.md"' -- env -C "$real" $pub build -o "$work/a"
  row "one source changed (for-workers-power)" "$r" "$(rebuilt)"
  best r "$runs" 'edit_source "$real/sources/workers-opposition/pamphlet.md"' -- env -C "$real" $pub build -o "$work/a"
  row "one source changed (workers-opposition, the longest)" "$r" "$(rebuilt)"
fi

if [[ ,$skip, != *,synthetic,* ]]; then
  header "Synthetic catalogues (bench/synthetic-catalogue.py), every format"
  for n in $sizes; do
    syn="$work/syn$n"
    python3 "$root/bench/synthetic-catalogue.py" "$n" "$syn"
    words=$(cat "$syn"/sources/[!_]*/pamphlet.md | wc -w)
    tries=$(( n <= 10 ? runs : 1 ))
    best r "$tries" 'rm -rf "$work/s"' -- env -C "$syn" $pub build -o "$work/s" --jobs 2
    row "$n pamphlets ($words words): cold, --jobs 2" "$r" "$(rebuilt)"
    best r "$tries" ':' -- env -C "$syn" $pub build -o "$work/s" --jobs 2; row "$n pamphlets: no-change rebuild" "$r" "$(rebuilt)"
    pamphlet_dirs=("$syn"/sources/[!_]*/) # (not ls | head: SIGPIPE under pipefail)
    first=${pamphlet_dirs[0]}
    best r "$tries" 'edit_source "$first/pamphlet.md"' -- env -C "$syn" $pub build -o "$work/s" --jobs 2
    row "$n pamphlets: one source changed" "$r" "$(rebuilt)"
    best r "$tries" 'edit_theme "$syn"' -- env -C "$syn" $pub build -o "$work/s" --jobs 2
    row "$n pamphlets: duplicator theme changed" "$r" "$(rebuilt): the $(grep -l '^theme: duplicator' "$syn"/sources/*/pamphlet.md | wc -l) that use it"
    if (( n <= jobs1_max )); then
      best r "$tries" 'rm -rf "$work/s"' -- env -C "$syn" $pub build -o "$work/s" --jobs 1
      row "$n pamphlets: cold, --jobs 1" "$r"
    fi
    rm -rf "$work/s" "$syn"
  done
fi

if [[ ,$skip, != *,peers,* ]]; then
  header "Against pandoc, WeasyPrint and XeLaTeX on the same Markdown (cold, one process per pamphlet unless noted)"
  compare="$root/bench/compare"
  pamphlets=()
  for dir in "$real"/sources/*/; do
    [[ $(basename "$dir") == _* || ! -f $dir/pamphlet.md ]] || pamphlets+=("$(basename "$dir")")
  done
  # Each tool on one pamphlet, as a shell function of the slug, run from its folder.
  publish_epub() { rm -rf "$work/p"; publish "$real" build "sources/$1" -o "$work/p" --formats epub --no-cache; }
  publish_pdf() { rm -rf "$work/p"; publish "$real" build "sources/$1" -o "$work/p" --formats pdf --no-cache; }
  pandoc_epub() { (cd "$real/sources/$1" && pandoc pamphlet.md -f commonmark_x -s -o "$work/x.epub"); }
  pandoc_weasyprint() {
    local lang; lang=$(sed -n 's/^lang: *//p' "$real/sources/$1/pamphlet.md" | head -1)
    if [[ -f $compare/weasyprint.html && -f $compare/weasyprint.css ]]; then
      (cd "$real/sources/$1" && pandoc pamphlet.md -f commonmark_x -s -t html5 --template "$compare/weasyprint.html" \
        --css "$compare/weasyprint.css" -M lang="${lang:-en-GB}" --pdf-engine=weasyprint -o "$work/x.pdf")
    else
      (cd "$real/sources/$1" && pandoc pamphlet.md -f commonmark_x -s --pdf-engine=weasyprint -o "$work/x.pdf")
    fi
  }
  pandoc_xelatex() {
    local header=(); [[ -f $compare/latex-header.tex ]] && header=(-H "$compare/latex-header.tex")
    (cd "$real/sources/$1" && pandoc pamphlet.md -f commonmark_x -s --pdf-engine=xelatex "${header[@]}" \
      -V documentclass=article -V classoption=twoside -V geometry:paperwidth=148mm -V geometry:paperheight=210mm \
      -V geometry:top=18mm -V geometry:bottom=22mm -V geometry:inner=18mm -V geometry:outer=16mm -o "$work/x.pdf")
  }
  all() { local f=$1; for slug in "${pamphlets[@]}"; do "$f" "$slug" || return 1; done; }
  export pub real work compare
  declare -A tools=([pandoc_epub]=pandoc [pandoc_weasyprint]=weasyprint [pandoc_xelatex]=xelatex)
  seed=workers-opposition
  for f in publish_epub pandoc_epub publish_pdf pandoc_weasyprint pandoc_xelatex; do
    if [[ -n ${tools[$f]:-} ]] && ! command -v "${tools[$f]}" >/dev/null; then echo "| $f | skipped: ${tools[$f]} not installed | | | |"; continue; fi
    [[ -n ${tools[$f]:-} ]] && ! command -v pandoc >/dev/null && { echo "| $f | skipped: pandoc not installed | | | |"; continue; }
    best r "$runs" ':' -- bash -c "$(declare -f publish $f all); pamphlets=(${pamphlets[*]}); all $f"
    row "${f//_/ }: the ${#pamphlets[@]} real pamphlets, one process each" "$r"
    best r "$runs" ':' -- bash -c "$(declare -f publish $f); $f $seed"
    row "${f//_/ }: seed 001 ($seed, $(wc -w <"$real/sources/$seed/pamphlet.md") words)" "$r"
  done
  best r "$runs" 'rm -rf "$work/p"' -- env -C "$real" $pub build -o "$work/p" --formats epub --no-cache
  row "publish epub: the ${#pamphlets[@]} real pamphlets in one process" "$r"
  best r "$runs" 'rm -rf "$work/p"' -- env -C "$real" $pub build -o "$work/p" --formats pdf --no-cache
  row "publish pdf: the ${#pamphlets[@]} real pamphlets in one process" "$r"
fi

for failure in "${failures[@]}"; do echo "e2e.sh: a timed command failed: $failure" >&2; done
echo
echo "Machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem/ {print $2}') GiB RAM;" \
  "load average at start: $load_before, at end: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC'); .NET $(dotnet --version)."
