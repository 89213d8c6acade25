#!/usr/bin/python3
"""Measures typesetting quality figures of a PDF from `pdftotext -bbox-layout` output.

Usage: measure.py PDF SOURCE.md [--skip N] [--font FONT.ttf]
Prints one JSON object: pages, text_pages (from the text's first words to its notes' last
words), pages_with_text, lines, overfull, loose, hyphens, ladders, widows,
orphans, and the spread of word spaces in justified lines (space_mean, space_p95, in normal spaces).
Standard library only. The page geometry is Publish's default theme (A5; margins top 18,
bottom 22, inner 18, outer 16 mm; 10.5/14pt); pages larger than A5 (print PDFs with bleed)
are measured relative to the centred A5 trim.
"""
import json, re, struct, subprocess, sys, statistics
import xml.etree.ElementTree as ET

MM = 72 / 25.4
TRIM_W, TRIM_H = 148 * MM, 210 * MM
TOP, BOTTOM, INNER, OUTER = 18 * MM, 22 * MM, 18 * MM, 16 * MM
BODY_SIZE, LEADING, INDENT = 10.5, 14.0, 1.2 * 10.5
OVERFULL_TOLERANCE = 0.25   # pt past the text block's edge
LOOSE_FACTOR = 1.5          # median word gap beyond this × the font's normal space
HYPHENS = ("-", "\u2010", "\u00ad")


def space_em(ttf_path):
    """Advance width of U+0020 in em, read from the font's cmap (format 4) and hmtx tables."""
    data = open(ttf_path, "rb").read()
    num_tables = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(num_tables):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        tables[tag.decode("latin-1")] = offset
    units = struct.unpack(">H", data[tables["head"] + 18: tables["head"] + 20])[0]
    num_hmetrics = struct.unpack(">H", data[tables["hhea"] + 34: tables["hhea"] + 36])[0]
    cmap = tables["cmap"]
    glyph = None
    for i in range(struct.unpack(">H", data[cmap + 2: cmap + 4])[0]):
        platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * i: cmap + 12 + 8 * i])
        sub = cmap + offset
        if struct.unpack(">H", data[sub: sub + 2])[0] != 4:
            continue
        segs = struct.unpack(">H", data[sub + 6: sub + 8])[0] // 2
        ends = struct.unpack(">%dH" % segs, data[sub + 14: sub + 14 + 2 * segs])
        starts_at = sub + 16 + 2 * segs
        starts = struct.unpack(">%dH" % segs, data[starts_at: starts_at + 2 * segs])
        deltas = struct.unpack(">%dh" % segs, data[starts_at + 2 * segs: starts_at + 4 * segs])
        range_at = starts_at + 4 * segs
        ranges = struct.unpack(">%dH" % segs, data[range_at: range_at + 2 * segs])
        for k in range(segs):
            if starts[k] <= 0x20 <= ends[k]:
                if ranges[k] == 0:
                    glyph = (0x20 + deltas[k]) & 0xFFFF
                else:
                    at = range_at + 2 * k + ranges[k] + 2 * (0x20 - starts[k])
                    glyph = (struct.unpack(">H", data[at: at + 2])[0] + deltas[k]) & 0xFFFF
                break
        if glyph is not None:
            break
    index = min(glyph, num_hmetrics - 1)
    advance = struct.unpack(">H", data[tables["hmtx"] + 4 * index: tables["hmtx"] + 4 * index + 2])[0]
    return advance / units


def pages_of(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout
    xml = re.sub(rb"<!DOCTYPE[^>]*>", b"", xml)
    root = ET.fromstring(xml)
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        lines = []
        for line in page.iter("{http://www.w3.org/1999/xhtml}line"):
            words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "") for w in line.findall("h:word", ns)]
            if not words:
                continue
            lines.append({"x0": float(line.get("xMin")), "x1": float(line.get("xMax")),
                          "y0": float(line.get("yMin")), "y1": float(line.get("yMax")), "words": words})
        pages.append((float(page.get("width")), float(page.get("height")), lines))
    return pages


def compounds(markdown):
    found = set()
    for m in re.finditer(r"[^\W_]+(?:-[^\W_]+)+", markdown):
        parts = m.group(0).lower().split("-")
        found.update(parts[i] + "-" + parts[i + 1] for i in range(len(parts) - 1))
    return found


NOTE_DEFINITION = re.compile(r"^\[\^([^\]]+)\]:")


def text_and_notes(markdown):
    """The source without front matter, split into running text and note definitions (label → text)."""
    if markdown.startswith("---"):
        end = markdown.find("\n---", 3)
        markdown = markdown[markdown.find("\n", end + 1) + 1:] if end > 0 else markdown
    body, notes, label = [], {}, None
    for line in markdown.splitlines():
        m = NOTE_DEFINITION.match(line)
        if m:
            label = m.group(1)
            notes[label] = [line[m.end():]]
        elif label is not None and (line.startswith("    ") or line.startswith("\t") or not line.strip()):
            notes[label].append(line)
        else:
            label = None
            body.append(line)
    return "\n".join(body), {k: "\n".join(v) for k, v in notes.items()}


def words_of(text):
    text = re.sub(r"\[\^[^\]]+\]", " ", text)                 # note references
    text = re.sub(r"\]\([^)]*\)", " ", text)                    # link targets
    return re.findall(r"[^\W_]+", text.lower())


def squeezed(words):
    """Letters and digits only, run together: immune to line-end hyphens and to how a PDF splits words."""
    return "".join(words)


def text_page_span(pdf, markdown):
    """The number of pages in text_page_range, or None when the text is not found."""
    span = text_page_range(pdf, markdown)
    return None if span is None else span[1] - span[0] + 1


def text_page_range(pdf, markdown):
    """
    First and last page (1-based) of the text: pages from the one holding the first words of the
    running text to the last one holding the last words of the text or of its last note, whichever
    comes later (endnotes follow the text; footnotes may end before it): the pamphlet's text with
    its notes, without title page, contents, colophon or blank pages at the end, whatever the engine.
    """
    body, notes = text_and_notes(markdown)
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip() and not p.lstrip().startswith("#")]
    order = list(dict.fromkeys(re.findall(r"\[\^([^\]]+)\](?!:)", body)))
    ends = [paragraphs[-1]] if paragraphs else []
    if order and order[-1] in notes:
        ends.append(notes[order[-1]])
    first_words = words_of(paragraphs[0]) if paragraphs else []
    raw = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages_text = [squeezed(words_of(page)) for page in raw.split("\f")]
    for n in (6, 4, 3):
        tails = [words_of(end) for end in ends]
        if len(first_words) < n or not tails or any(len(t) < n for t in tails):
            continue
        head = squeezed(first_words[:n])
        first = next((i for i, text in enumerate(pages_text) if head in text), None)
        lasts = [next((i for i in reversed(range(len(pages_text))) if squeezed(t[-n:]) in pages_text[i]), None) for t in tails]
        if first is not None and None not in lasts and max(lasts) >= first:
            return first + 1, max(lasts) + 1
    return None


def measure(pdf, source, skip=0, font=None):
    space = space_em(font) * BODY_SIZE if font else 0.25 * BODY_SIZE
    markdown = open(source, encoding="utf-8").read()
    known = compounds(markdown)
    pages = pages_of(pdf)[skip:]
    result = {"pages": len(pages), "text_pages": text_page_span(pdf, markdown), "pages_with_text": 0, "lines": 0, "overfull": 0, "loose": 0, "hyphens": 0, "ladders": 0, "widows": 0, "orphans": 0,
              "examples": {"overfull": [], "loose": [], "widows": [], "orphans": [], "ladders": []}}

    # Text block of each page, and the lines inside it, top to bottom.
    blocks = []
    for number, (width, height, lines) in enumerate(pages, start=1):
        dx, dy = (width - TRIM_W) / 2, (height - TRIM_H) / 2
        recto = number % 2 == 1
        left = dx + (INNER if recto else OUTER)
        right = dx + TRIM_W - (OUTER if recto else INNER)
        top, bottom = dy + TOP, dy + TRIM_H - BOTTOM
        inside = [l for l in lines if top - 4 <= (l["y0"] + l["y1"]) / 2 <= bottom + 4]
        inside.sort(key=lambda l: (round(l["y1"], 1), l["x0"]))
        blocks.append((number, left, right, inside))
    heights = [round(l["y1"] - l["y0"], 1) for _, _, _, ls in blocks for l in ls]
    body_height = statistics.mode(heights) if heights else 0

    def body(l):
        return abs((l["y1"] - l["y0"]) - body_height) < 0.6

    def label(number, l):
        return "p%d: %s" % (number, " ".join(w[2] for w in l["words"])[:70])

    sequence = []   # (page, left, right, line) of every line, in reading order
    spaces = []     # median word gap of every full justified body line, in normal spaces
    for number, left, right, lines in blocks:
        if lines:
            result["pages_with_text"] += 1
        for l in lines:
            result["lines"] += 1
            if l["x1"] > right + OVERFULL_TOLERANCE or l["x0"] < left - OVERFULL_TOLERANCE:
                result["overfull"] += 1
                result["examples"]["overfull"].append("%s (%.2fpt past)" % (label(number, l), max(l["x1"] - right, left - l["x0"])))
            if body(l) and len(l["words"]) >= 3:
                gaps = [b[0] - a[1] for a, b in zip(l["words"], l["words"][1:])]
                if l["x1"] > right - 1:   # reaches the right edge: a justified line, not a paragraph end
                    spaces.append(statistics.median(gaps) / space)
                if statistics.median(gaps) > LOOSE_FACTOR * space:
                    result["loose"] += 1
                    result["examples"]["loose"].append("%s (median gap %.2fpt = %.2f spaces)" % (label(number, l), statistics.median(gaps), statistics.median(gaps) / space))
            sequence.append((number, left, right, l))

    spaces.sort()
    result["space_mean"] = round(statistics.fmean(spaces), 3) if spaces else 0
    result["space_p95"] = round(spaces[int(0.95 * (len(spaces) - 1))], 3) if spaces else 0

    # Hyphenated line ends the engine added (the joined word is not a compound of the source).
    streak = 0
    for i, (number, left, right, l) in enumerate(sequence):
        last = l["words"][-1][2]
        added = False
        if len(last) >= 2 and last.endswith(HYPHENS) and last[-2].isalpha():
            nxt = sequence[i + 1][3]["words"][0][2] if i + 1 < len(sequence) else ""
            before = re.findall(r"[^\W_]+$", last[:-1])
            after = re.findall(r"^[^\W_]+", nxt)
            joined = ((before[0] if before else "") + "-" + (after[0] if after else "")).lower()
            added = joined not in known
        if added:
            result["hyphens"] += 1
            streak += 1
            if streak == 3:
                result["ladders"] += 1
                result["examples"]["ladders"].append(label(number, l))
        else:
            streak = 0

    # Widows and orphans: paragraphs recovered from indents, short last lines and gaps.
    def indented(entry):
        _, left, _, l = entry
        return left + 4 < l["x0"] < left + INDENT + 6

    def short(entry):
        _, _, right, l = entry
        return l["x1"] < right - 4

    # Only page breaks inside the text count: a contents or imprint page before it is no paragraph.
    span = text_page_range(pdf, markdown) or (1, len(pages) + skip)
    body_lines = [[e for e in sequence if e[0] == number and body(e[3]) and span[0] <= number <= span[1]] for number, _, _, _ in blocks]
    previous_last = None
    for page_lines in body_lines:
        if not page_lines:
            previous_last = None
            continue
        first = page_lines[0]
        if previous_last is not None and previous_last[0] + 1 == first[0]:
            continues = not short(previous_last) and not indented(first)
            if continues:
                # The paragraph runs over the break. Orphan: it began with the previous page's last line.
                prev_lines = body_lines[previous_last[0] - 1 - (blocks[0][0] - 1)]
                k = len(prev_lines) - 1
                above = prev_lines[k - 1] if k >= 1 else None
                began_there = indented(previous_last) or above is None or short(above) \
                    or previous_last[3]["y0"] - above[3]["y0"] > 1.5 * LEADING
                if began_there:
                    result["orphans"] += 1
                    result["examples"]["orphans"].append(label(previous_last[0], previous_last[3]))
                # Widow: it ends with this page's first line.
                below = page_lines[1] if len(page_lines) > 1 else None
                ends_here = short(first) or below is None or indented(below) or below[3]["y0"] - first[3]["y0"] > 1.5 * LEADING
                if ends_here:
                    result["widows"] += 1
                    result["examples"]["widows"].append(label(first[0], first[3]))
        previous_last = page_lines[-1]
    return result


if __name__ == "__main__":
    args = sys.argv[1:]
    skip = int(args[args.index("--skip") + 1]) if "--skip" in args else 0
    font = args[args.index("--font") + 1] if "--font" in args else None
    print(json.dumps(measure(args[0], args[1], skip, font), ensure_ascii=False))
