#!/usr/bin/env bash
# Publish against pandoc + XeLaTeX and pandoc + WeasyPrint on every pamphlet in sources/:
# the same trim (A5, margins 18/16/18/22 mm top/outer/inner/bottom) and font (Charis SIL
# 10.5/14pt, justified, hyphenated, indented paragraphs) as styles/default.yaml, measured
# with the same tool (measure.py over `pdftotext -bbox-layout`). Prints a Markdown table.
# Usage: bench/compare/compare.sh [OUTPUT_DIR]     (needs pandoc, xelatex, weasyprint, pdftotext)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
python=/usr/bin/python3
font="$root/styles/fonts/CharisSIL-Regular.ttf"

for tool in pandoc xelatex weasyprint pdftotext dotnet; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not installed" >&2; exit 2; }
done
[[ $(fc-list : family) == *"Charis SIL"* ]] || { echo "compare.sh: Charis SIL is not installed (fonts-sil-charis)" >&2; exit 2; }

dotnet build "$root/src/Publish" -c Release -v q -nologo >/dev/null
publish=(dotnet "$root/src/Publish/bin/Release/net10.0/publish.dll")

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }

# One line per run: slug engine seconds json
results="$out/results.tsv"
: > "$results"
for dir in "$root"/sources/*/; do
  slug=$(basename "$dir")
  [[ $slug == _* || ! -f $dir/pamphlet.md ]] && continue
  md="$dir/pamphlet.md"
  lang=$(sed -n 's/^lang: *//p' "$md" | head -1); lang=${lang:-en-GB}
  # Debian's texlive-latex-recommended has no British patterns (babel sets 'british' to
  # \l@nil: no hyphenation at all); XeLaTeX then gets the American ones rather than none.
  texlang=$lang
  [[ $lang == en-GB && -z $(kpsewhich hyph-en-gb.tex loadhyph-en-gb.tex 2>/dev/null) ]] && texlang=en-US

  # Publish: the print interior (its own title page, contents, notes, chronology, colophon).
  s=$(now)
  "${publish[@]}" build "$dir" -o "$out/publish" --formats print >/dev/null
  e=$(now)
  ours="$out/publish/$slug/$slug-print.pdf"
  [[ -f $ours ]] || ours="$out/publish/$slug-print.pdf"
  echo -e "$slug\tPublish\t$(seconds $((e - s)))\t$($python "$here/measure.py" "$ours" "$md" --font "$font")" >> "$results"

  # pandoc + XeLaTeX (article class, twoside; LaTeX's own line breaking and page breaking).
  # Character protrusion off: microtype (loaded by pandoc's template) hangs letters and
  # punctuation up to ~1.3pt into the margin on purpose, which would read as overfull here.
  s=$(now)
  (cd "$dir" && pandoc "$md" -f commonmark_x -s --pdf-engine=xelatex -H "$here/latex-header.tex" \
      -V documentclass=article -V classoption=twoside -V indent=true -V lang="$texlang" \
      -V microtypeoptions=protrusion=false \
      -V geometry:paperwidth=148mm -V geometry:paperheight=210mm -V geometry:top=18mm \
      -V geometry:bottom=22mm -V geometry:inner=18mm -V geometry:outer=16mm \
      -o "$out/$slug-xelatex.pdf" 2>"$out/$slug-xelatex.log")
  e=$(now)
  echo -e "$slug\tpandoc + XeLaTeX\t$(seconds $((e - s)))\t$($python "$here/measure.py" "$out/$slug-xelatex.pdf" "$md" --font "$font")" >> "$results"

  # pandoc + WeasyPrint (HTML + weasyprint.css; CSS hyphens: auto via pyphen, widows/orphans 2).
  s=$(now)
  (cd "$dir" && pandoc "$md" -f commonmark_x -s -t html5 --template "$here/weasyprint.html" \
      --css "$here/weasyprint.css" -M lang="$lang" --pdf-engine=weasyprint \
      -o "$out/$slug-weasyprint.pdf" 2>"$out/$slug-weasyprint.log")
  e=$(now)
  echo -e "$slug\tpandoc + WeasyPrint\t$(seconds $((e - s)))\t$($python "$here/measure.py" "$out/$slug-weasyprint.pdf" "$md" --font "$font")" >> "$results"
done

$python - "$results" <<'PY'
import json, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
cols = ["pages", "lines", "overfull", "loose", "hyphens", "ladders", "widows", "orphans"]
print("| pamphlet | engine | pages | lines | overfull | loose (>1.5× space) | hyphenated ends | 3+ hyphens in a row | widows | orphans | wall time (s) |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
totals = {}
for slug, engine, secs, data in rows:
    r = json.loads(data)
    print("| %s | %s | %s | %s |" % (slug, engine, " | ".join(str(r[c]) for c in cols), secs))
    t = totals.setdefault(engine, dict.fromkeys(cols, 0) | {"secs": 0.0})
    for c in cols: t[c] += r[c]
    t["secs"] += float(secs)
for engine, t in totals.items():
    print("| **all** | **%s** | %s | %.2f |" % (engine, " | ".join(str(t[c]) for c in cols), t["secs"]))
PY
echo
echo "Outputs and logs: $out (results.tsv has the examples behind every count)"
