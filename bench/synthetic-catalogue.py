#!/usr/bin/env python3
"""A synthetic catalogue of N pamphlets made from the real ones in sources/, for bench/e2e.sh.

Usage: bench/synthetic-catalogue.py N DEST

DEST becomes a Publish workspace: DEST/styles (a copy of the repository's, so a benchmark may
edit a theme) and DEST/sources/<slug>/pamphlet.md for N pamphlets. Pamphlet i is cut from the
real pamphlet i mod 5 (in sources/ order) and varies in
  - slug and title (each unique),
  - series and series number (one of eight series), theme (60 % default, 30 % duplicator,
    10 % zine) and language kept from the original,
  - length: the first 15-100 % of the text's blocks (a deterministic function of i), with the
    notes that the kept text cites (and the notes those cite), so nothing dangles.
Deterministic: the same N gives byte-identical files; catalogue N is a prefix of catalogue M > N
(pamphlet i is the same in both), so timings for 10, 100 and 1,000 pamphlets compare like with like.
"""
import hashlib
import os
import re
import shutil
import sys

SERIES = ["Solidarity pamphlets", "Black Flag reprints", "Counter Information", "Wildcat papers",
          "Workers' Voice", "Red Spark", "Archive of the Left", "Class Struggle classics"]
THEMES = ["default"] * 6 + ["duplicator"] * 3 + ["zine"]
NOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:")
NOTE_REF = re.compile(r"\[\^([^\]]+)\](?!:)")


def unit(i, salt):
    """A number in [0, 1) that depends only on i and salt."""
    digest = hashlib.sha256(f"{salt}:{i}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_front_matter(text):
    assert text.startswith("---\n"), "pamphlet without front matter"
    end = text.index("\n---\n", 4)
    return text[4:end], text[end + 5:]


def blocks_of(body):
    """Blank-line separated blocks; a note definition keeps its indented continuation blocks."""
    blocks, current = [], []
    for line in body.split("\n"):
        if line.strip() == "":
            if current:
                blocks.append("\n".join(current))
                current = []
        else:
            current.append(line)
    if current:
        blocks.append("\n".join(current))
    # Definitions written one per line without blank lines between them are separate notes.
    split = []
    for block in blocks:
        if NOTE_DEF.match(block):
            for line in block.split("\n"):
                if NOTE_DEF.match(line) or not split:
                    split.append(line)
                else:
                    split[-1] += "\n" + line
        else:
            split.append(block)
    merged = []
    for block in split:
        if merged and block.startswith("    ") and NOTE_DEF.match(merged[-1]):
            merged[-1] += "\n\n" + block
        else:
            merged.append(block)
    return merged


def cut(body, fraction):
    blocks = blocks_of(body)
    notes = {NOTE_DEF.match(b).group(1): b for b in blocks if NOTE_DEF.match(b)}
    text = [b for b in blocks if not NOTE_DEF.match(b)]
    keep = text[:max(3, round(len(text) * fraction))]
    cited, queue = [], [label for b in keep for label in NOTE_REF.findall(b)]
    while queue:
        label = queue.pop(0)
        if label in notes and label not in cited:
            cited.append(label)
            queue.extend(NOTE_REF.findall(notes[label]))
    return "\n\n".join(keep + [notes[label] for label in cited]) + "\n"


def front_matter(yaml, i, title, series, number, theme):
    lines = []
    skip_block = False
    for line in yaml.split("\n"):
        key = line.split(":", 1)[0] if not line.startswith((" ", "\t", "-")) else None
        if key is not None:
            skip_block = key in ("title", "series", "series-number", "theme")
        if not skip_block:
            lines.append(line)
    quoted = '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"'
    head = [f"title: {quoted}", f"series: {series}", f"series-number: {number}"]
    if theme != "default":
        head.append(f"theme: {theme}")
    return "---\n" + "\n".join(head + lines).rstrip("\n") + "\n---\n\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, dest = int(sys.argv[1]), sys.argv[2]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sources = os.path.join(root, "sources")
    bases = sorted(d for d in os.listdir(sources)
                   if not d.startswith(("_", ".")) and os.path.isfile(os.path.join(sources, d, "pamphlet.md")))
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(os.path.join(root, "styles"), os.path.join(dest, "styles"))
    os.makedirs(os.path.join(dest, "sources"))
    for shared in (d for d in os.listdir(sources) if d.startswith("_")):
        shutil.copytree(os.path.join(sources, shared), os.path.join(dest, "sources", shared))

    parsed = {}
    for base in bases:
        with open(os.path.join(sources, base, "pamphlet.md"), encoding="utf-8") as f:
            yaml, body = split_front_matter(f.read())
        title = re.search(r'^title:\s*"?(.*?)"?\s*$', yaml, re.M).group(1)
        parsed[base] = (yaml, body, title)

    for i in range(count):
        base = bases[i % len(bases)]
        yaml, body, title = parsed[base]
        series_index = int(unit(i, "series") * len(SERIES))
        theme = THEMES[int(unit(i, "theme") * len(THEMES))]
        fraction = 0.15 + 0.85 * unit(i, "length")
        slug = f"{base[:24].rstrip('-')}-{i + 1:04d}"
        dir = os.path.join(dest, "sources", slug)
        os.makedirs(dir)
        # Files beside the source (a chronology) come along.
        for extra in os.listdir(os.path.join(sources, base)):
            if extra.endswith(".yaml"):
                shutil.copy(os.path.join(sources, base, extra), os.path.join(dir, extra))
        text = front_matter(yaml, i, f"{title} ({i + 1})", SERIES[series_index], i // len(SERIES) + 1, theme) + cut(body, fraction)
        with open(os.path.join(dir, "pamphlet.md"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
