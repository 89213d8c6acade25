#!/usr/bin/env bash
# End-to-end timings: Publish on the catalogue (cold and warm), against pandoc (EPUB) and
# pandoc + WeasyPrint / pandoc + XeLaTeX (PDF) on the same sources. Tools that are not
# installed are skipped. Usage: bench/e2e.sh [runs]   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet build src/Publish -c Release -v q -nologo >/dev/null
publish="dotnet src/Publish/bin/Release/net10.0/publish.dll"

best() { sort -n | head -1; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

echo "| what | best of $runs (ms) |"
echo "|---|---|"
echo "| publish build, whole catalogue, every format, cold (fresh output folder) | $(for _ in $(seq "$runs"); do rm -rf "$out/a"; time_ms $publish build -o "$out/a"; done | best) |"
echo "| publish build, whole catalogue, EPUB only | $(for _ in $(seq "$runs"); do rm -rf "$out/b"; time_ms $publish build -o "$out/b" --formats epub; done | best) |"
echo "| publish build, whole catalogue, --jobs 1 | $(for _ in $(seq "$runs"); do rm -rf "$out/c"; time_ms $publish build -o "$out/c" --jobs 1; done | best) |"

bodies=()
for dir in sources/*/; do
  [ -f "$dir/pamphlet.md" ] || continue
  case "$(basename "$dir")" in _*) continue;; esac
  bodies+=("$dir/pamphlet.md")
done

if command -v pandoc >/dev/null; then
  echo "| pandoc → EPUB, whole catalogue (one process per pamphlet) | $(for _ in $(seq "$runs"); do s=$(date +%s%N); for f in "${bodies[@]}"; do pandoc "$f" -o "$out/x.epub" 2>/dev/null || true; done; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | best) |"
  if command -v weasyprint >/dev/null; then
    echo "| pandoc + WeasyPrint → PDF, whole catalogue | $(for _ in $(seq "$runs"); do s=$(date +%s%N); for f in "${bodies[@]}"; do pandoc "$f" -s -o "$out/x.html" 2>/dev/null && weasyprint "$out/x.html" "$out/x.pdf" 2>/dev/null || true; done; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | best) |"
  fi
  if command -v xelatex >/dev/null; then
    echo "| pandoc + XeLaTeX → PDF, whole catalogue | $(for _ in $(seq "$runs"); do s=$(date +%s%N); for f in "${bodies[@]}"; do pandoc "$f" --pdf-engine=xelatex -o "$out/x.pdf" 2>/dev/null || true; done; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done | best) |"
  fi
fi
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(date -u +%Y-%m-%d)."
