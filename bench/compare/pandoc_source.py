#!/usr/bin/python3
"""Writes the Markdown that pandoc gets in the comparison: the pamphlet's own pamphlet.md plus,
when its front matter names a chronology, that chronology as Markdown (a "Chronology" section
with the note, a heading per year and one paragraph per entry), so pandoc sets the same text
Publish sets. A note cited only inside another note is set as a paragraph of that note
(pandoc would drop its text). Needs python3-yaml.

Usage: pandoc_source.py PAMPHLET_DIR OUTPUT.md
"""
import os, re, sys
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


NOTE_DEFINITION = re.compile(r"^\[\^([^\]]+)\]:[ \t]*")
NOTE_REFERENCE = re.compile(r"\[\^([^\]]+)\](?!:)")


def hoist_nested_notes(text):
    """
    pandoc drops the text of a note cited inside another note (it writes a bare mark), so
    XeLaTeX and WeasyPrint would set less than Publish does. Each such note becomes a
    paragraph of the note that cites it, "^label^ text", after that note's own paragraphs, and
    the citation a superscript label: the same words, one paragraph per note, as Publish sets.
    """
    lines = text.split("\n")
    body, notes, order, label = [], {}, [], None
    for line in lines:
        m = NOTE_DEFINITION.match(line)
        if m:
            label = m.group(1)
            notes[label] = [line[m.end():]]
            order.append(label)
        elif label is not None and (line.startswith("    ") or line.startswith("\t") or not line.strip()):
            notes[label].append(line[4:] if line.startswith("    ") else line.lstrip("\t"))
        else:
            label = None
            body.append(line)
    cited_in_body = set(NOTE_REFERENCE.findall("\n".join(body)))
    nested = {k for k in notes if k not in cited_in_body}
    if not nested:
        return text

    def paragraphs(key, seen):
        """The note's own paragraphs, then those of the notes it cites that the text does not, depth first."""
        own = "\n".join(notes[key]).strip("\n")
        cited = [k for k in dict.fromkeys(NOTE_REFERENCE.findall(own)) if k in nested and k not in seen]
        seen.update(cited)
        own = NOTE_REFERENCE.sub(lambda m: "^%s^" % m.group(1) if m.group(1) in nested else m.group(0), own)
        result = [own]
        for k in cited:
            first, *rest = paragraphs(k, seen)
            result.append("^%s^ %s" % (k, first))
            result.extend(rest)
        return result

    seen = set()
    out = list(body)
    while out and not out[-1].strip():
        out.pop()
    out.append("")
    for key in order:
        if key in nested:
            continue
        first, *rest = "\n\n".join(paragraphs(key, seen)).split("\n")
        out.append("[^%s]: %s" % (key, first))
        out.extend(("    " + line) if line.strip() else "" for line in rest)
        out.append("")
    return "\n".join(out)


def main():
    pamphlet_dir, output = sys.argv[1], sys.argv[2]
    text = open(os.path.join(pamphlet_dir, "pamphlet.md"), encoding="utf-8").read()
    meta, _ = front_matter(text)
    text = hoist_nested_notes(text)
    if meta.get("chronology"):
        text = text.rstrip("\n") + "\n" + chronology_markdown(*chronology_path(pamphlet_dir, meta["chronology"])) + "\n"
    open(output, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
