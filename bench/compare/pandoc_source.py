#!/usr/bin/python3
"""Writes the Markdown that pandoc gets in the comparison: the pamphlet's own pamphlet.md plus,
when its front matter names a chronology, that chronology as Markdown (a "Chronology" section
with the note, a heading per year and one paragraph per entry), so pandoc sets the same text
Publish sets. Needs python3-yaml.

Usage: pandoc_source.py PAMPHLET_DIR OUTPUT.md
"""
import os, sys
import yaml


def front_matter(text):
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    return (yaml.safe_load(text[3:end]) or {}), text


def chronology_path(pamphlet_dir, spec):
    name, low, high = (spec, None, None) if isinstance(spec, str) else (spec.get("file"), spec.get("from"), spec.get("to"))
    for base in (pamphlet_dir, os.path.join(os.path.dirname(os.path.abspath(pamphlet_dir)), "_chronologies")):
        for candidate in (name, name + ".yaml"):
            path = os.path.join(base, candidate)
            if os.path.isfile(path):
                return path, low, high
    raise SystemExit("pandoc_source.py: chronology %r not found for %s" % (name, pamphlet_dir))


def chronology_markdown(path, low, high):
    data = yaml.safe_load(open(path, encoding="utf-8"))
    out = ["", "# %s" % data.get("title", "Chronology"), ""]
    if data.get("note"):
        out += ["*%s*" % data["note"].strip(), ""]
    year = None
    for entry in data.get("entries", []):
        y = int(entry["year"])
        if (low is not None and y < int(low)) or (high is not None and y > int(high)):
            continue
        if y != year:
            out += ["### %d" % y, ""]
            year = y
        out += ["*%s* — %s" % (entry.get("date", ""), str(entry["event"]).strip()), ""]
    return "\n".join(out)


def main():
    pamphlet_dir, output = sys.argv[1], sys.argv[2]
    text = open(os.path.join(pamphlet_dir, "pamphlet.md"), encoding="utf-8").read()
    meta, _ = front_matter(text)
    if meta.get("chronology"):
        text = text.rstrip("\n") + "\n" + chronology_markdown(*chronology_path(pamphlet_dir, meta["chronology"])) + "\n"
    open(output, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
