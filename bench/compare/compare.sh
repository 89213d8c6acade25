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
out=$(cd "$out" && pwd)
python=/usr/bin/python3
font="$root/styles/fonts/CharisSIL-Regular.ttf"

for tool in pandoc xelatex weasyprint pdftotext pdfinfo dotnet; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not installed" >&2; exit 2; }
done
[[ $(fc-list : family) == *"Charis SIL"* ]] || { echo "compare.sh: Charis SIL is not installed (fonts-sil-charis)" >&2; exit 2; }

dotnet build "$root/src/Publish" -c Release -v q -nologo >/dev/null
publish=(dotnet "$root/src/Publish/bin/Release/net10.0/publish.dll")

now() { date +%s%N; }
pages_of() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }

# The two pandoc runs; extra arguments (the page-design variant below) go to pandoc.
xelatex_pdf() {
  local pdf=$1; shift
  (cd "$dir" && pandoc "$src" -f commonmark_x -s --pdf-engine=xelatex -H "$here/latex-header.tex" \
      -H "$here/latex-endnotes.tex" -A "$here/latex-after.tex" --toc --toc-depth=1 \
      -V documentclass=article -V classoption=twoside -V classoption=titlepage -V indent=true -V lang="$texlang" \
      -V microtypeoptions=protrusion=false \
      -V geometry:paperwidth=148mm -V geometry:paperheight=210mm -V geometry:top=18mm \
      -V geometry:bottom=22mm -V geometry:inner=18mm -V geometry:outer=16mm \
      "$@" -o "$pdf" 2>"${pdf%.pdf}.log")
}
weasyprint_pdf() {
  local pdf=$1; shift
  (cd "$dir" && pandoc "$src" -f commonmark_x -s -t html5 --template "$here/weasyprint.html" --toc --toc-depth=1 \
      --css "$here/weasyprint.css" -M lang="$lang" --pdf-engine=weasyprint "$@" \
      -o "$pdf" 2>"${pdf%.pdf}.log")
}

# One line per run: slug engine seconds json pages-before-padding. Publish's pages before padding
# are its screen PDF's without the cover (the same pages as the print interior, without the pages
# that make whole sheets); pandoc's PDFs are not padded.
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

  # What pandoc sets (and what every PDF is measured against): the same text, with the
  # chronology Publish prints appended as Markdown.
  src="$out/$slug.md"
  $python "$here/pandoc_source.py" "$dir" "$src"

  # Publish: the print interior (its own title page, contents, notes, chronology, colophon), padded
  # to whole sheets, and the screen PDF, which is the same pages unpadded after the cover.
  s=$(now)
  "${publish[@]}" build "$dir" -o "$out/publish" --formats pdf,print --no-cache >/dev/null
  e=$(now)
  ours="$out/publish/$slug/$slug-print.pdf"
  screen="$out/publish/$slug/$slug.pdf"
  unpadded=$(( $(pages_of "$screen") - 1 ))
  echo -e "$slug\tPublish\t$(seconds $((e - s)))\t$($python "$here/measure.py" "$ours" "$src" --font "$font")\t$unpadded" >> "$results"

  # pandoc + XeLaTeX (article class, twoside; LaTeX's own line breaking and page breaking).
  # The same matter as Publish's interior: a title page, contents, and endnotes at the note size.
  # Character protrusion off: microtype (loaded by pandoc's template) hangs letters and
  # punctuation up to ~1.3pt into the margin on purpose, which would read as overfull here.
  s=$(now)
  xelatex_pdf "$out/$slug-xelatex.pdf"
  e=$(now)
  echo -e "$slug\tpandoc + XeLaTeX\t$(seconds $((e - s)))\t$($python "$here/measure.py" "$out/$slug-xelatex.pdf" "$src" --font "$font")\t$(pages_of "$out/$slug-xelatex.pdf")" >> "$results"

  # pandoc + WeasyPrint (HTML + weasyprint.css; CSS hyphens: auto via pyphen, widows/orphans 2;
  # title page, contents with page numbers, notes at the end).
  s=$(now)
  weasyprint_pdf "$out/$slug-weasyprint.pdf"
  e=$(now)
  echo -e "$slug\tpandoc + WeasyPrint\t$(seconds $((e - s)))\t$($python "$here/measure.py" "$out/$slug-weasyprint.pdf" "$src" --font "$font")\t$(pages_of "$out/$slug-weasyprint.pdf")" >> "$results"
done

# Pages with Publish's page design: the same runs with every top-level section on a new page.
design="$out/design.tsv"
: > "$design"
for dir in "$root"/sources/*/; do
  slug=$(basename "$dir")
  [[ $slug == _* || ! -f $dir/pamphlet.md ]] && continue
  lang=$(sed -n 's/^lang: *//p' "$dir/pamphlet.md" | head -1); lang=${lang:-en-GB}
  texlang=$lang
  [[ $lang == en-GB && -z $(kpsewhich hyph-en-gb.tex loadhyph-en-gb.tex 2>/dev/null) ]] && texlang=en-US
  src="$out/$slug.md"
  xelatex_pdf "$out/$slug-xelatex-sections.pdf" -H "$here/latex-sections.tex"
  weasyprint_pdf "$out/$slug-weasyprint-sections.pdf" --css "$here/weasyprint-sections.css"
  pages() { $python "$here/measure.py" "$1" "$src" --font "$font" | $python -c 'import json, sys; r = json.load(sys.stdin); print("%s / %s" % (r["pages"], r["text_pages"]))'; }
  echo -e "$slug\t$(pages "$out/$slug-xelatex-sections.pdf")\t$(pages "$out/$slug-weasyprint-sections.pdf")" >> "$design"
done

$python - "$results" <<'PY'
import json, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
cols = ["unpadded", "sheets", "text_pages", "lines", "overfull", "loose", "hyphens", "ladders", "widows", "orphans"]
print("| pamphlet | engine | pages | pages in whole sheets (×4) | text pages | lines | overfull | loose (>1.5× space) | loose per 1,000 lines | hyphenated ends | hyphenated ends per 1,000 lines | 3+ hyphens in a row | widows | orphans | word space, mean / 95th pct (× normal) | wall time (s) |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
def per_k(n, lines): return "%.1f" % (1000 * n / lines) if lines else "–"
def row(name, engine, r, secs, spaces):
    cells = ["–" if r[c] is None else str(r[c]) for c in cols]
    cells.insert(6, per_k(r["loose"], r["lines"]))
    cells.insert(8, per_k(r["hyphens"], r["lines"]))
    cells.insert(12, spaces)
    print("| %s | %s | %s | %s |" % (name, engine, " | ".join(cells), secs))
totals = {}
for slug, engine, secs, data, unpadded in rows:
    r = json.loads(data)
    r["unpadded"] = int(unpadded)
    # Whole sheets: Publish's print interior is padded; the others' page counts are rounded up the same way.
    r["sheets"] = r["pages"] if engine == "Publish" else -(-int(unpadded) // 4) * 4
    row(slug, engine, r, secs, "%.2f / %.2f" % (r["space_mean"], r["space_p95"]))
    t = totals.setdefault(engine, dict.fromkeys(cols, 0) | {"secs": 0.0})
    for c in cols: t[c] += r[c] or 0
    t["secs"] += float(secs)
for engine, t in totals.items():
    row("**all**", "**%s**" % engine, t, "%.2f" % t["secs"], "")
PY
echo
echo "Pages (before padding) / text pages when pandoc also starts every top-level section on a new page (Publish with sections: new-page; the Publish column is the default theme):"
echo
echo "| pamphlet | Publish | pandoc + XeLaTeX | pandoc + WeasyPrint |"
echo "|---|---:|---:|---:|"
$python - "$results" "$design" <<'PY'
import json, sys
ours = {}
for line in open(sys.argv[1], encoding="utf-8"):
    slug, engine, _, data, unpadded = line.rstrip("\n").split("\t")
    if engine == "Publish":
        r = json.loads(data)
        ours[slug] = (int(unpadded), r["text_pages"])
sums = [[0, 0], [0, 0], [0, 0]]
for line in open(sys.argv[2], encoding="utf-8"):
    slug, xe, wp = line.rstrip("\n").split("\t")
    cells = [ours[slug], tuple(int(v) for v in xe.split(" / ")), tuple(int(v) for v in wp.split(" / "))]
    for total, cell in zip(sums, cells):
        total[0] += cell[0]; total[1] += cell[1]
    print("| %s | %s |" % (slug, " | ".join("%d / %d" % c for c in cells)))
print("| **all** | %s |" % " | ".join("%d / %d" % tuple(t) for t in sums))
PY
echo
echo "Outputs and logs: $out (results.tsv has the examples behind every count)"
