"""Rebuild resources/fonts/rnnsub-cjk.ttf: the CJK font the program bundles, cut down to the characters it needs.

The packaged program must show its Chinese window on a machine with no CJK font installed, and a whole CJK font
is 5-20 MB. So this keeps the characters of GB 2312 (the 6,763 common hanzi, so that a teacher's own lesson shows
too) and every other non-ASCII character of the translations (resources/i18n/*.ts), the built-in lessons and the
guide (resources/lessons/*.lesson, resources/guide/**), and the Chinese in gui/'s own source (the Language menu's
"中文"). Characters the bundled
font lacks (math symbols like ‖ or ŷ) come from DejaVu Sans, which every machine running Qt has here.

Source: WenQuanYi Micro Hei (Debian package fonts-wqy-microhei), licensed under Apache-2.0 (chosen here from its
"Apache-2.0 or GPLv3 with font exception"); resources/fonts/LICENSE-wqy-microhei.txt says what was changed.
Needs fontTools (`pip install fonttools`: a build tool only; the program reads the font with Qt).

Rerun after adding a translation, a lesson or a guide page with a new character (tests/test_install.py fails
until then):  .venv/bin/python scripts/font_subset.py [--source FONT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
OUT = ROOT / "resources" / "fonts" / "rnnsub-cjk.ttf"
FAMILY = "rnnsub CJK"  # a name of its own: a subset must not pass for the whole font (Apache-2.0 section 4)


def texts(root: Path = ROOT) -> list[Path]:
    """Every file whose characters the bundled font must cover."""
    res = root / "resources"
    files = sorted(res.glob("i18n/*.ts")) + sorted(res.glob("lessons/*.lesson")) + sorted(res.glob("guide/**/*.html"))
    return files + sorted((root / "gui").glob("*.py"))


def wanted_characters(root: Path = ROOT) -> str:
    """The non-ASCII characters of texts(): for .py files only CJK ones (U+2E80 and up), not every arrow in a comment."""
    chars = set()
    for path in texts(root):
        text = path.read_text(encoding="utf-8")
        chars |= {c for c in text if ord(c) >= (0x2E80 if path.suffix == ".py" else 0x80)}
    return "".join(sorted(chars))


def gb2312() -> str:
    """Every character of GB 2312 (its 6,763 hanzi and its punctuation and symbols): what a teacher's own Chinese
    lesson is written in, nearly always. Without them a lesson's title showed boxes where a character was new."""
    chars = []
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, default=SOURCE, help=f"the full CJK font (default {SOURCE})")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        print("error: this needs fontTools: .venv/bin/python -m pip install fonttools", file=sys.stderr)
        return 2
    if not args.source.exists():
        print(f"error: {args.source} does not exist (apt-get install fonts-wqy-microhei)", file=sys.stderr)
        return 2
    chars = "".join(sorted(set(wanted_characters()) | set(gb2312())))
    # a .ttc: font 0 is WenQuanYi Micro Hei (1 is its Mono); the source's timestamp kept, so that a rerun changes no byte
    font = TTFont(args.source, fontNumber=0, lazy=False, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.prune_codepage_ranges = False  # Qt tells a Chinese font by its OS/2 code pages: keep "Simplified Chinese"
    options.hinting = False  # a few hundred KB less; the outlines are what shows
    sub = subset.Subsetter(options)
    sub.populate(text=chars)
    sub.subset(font)
    have = set(font.getBestCmap())
    for record in font["name"].names:  # rename: 1 family, 3 unique id, 4 full name, 6 PostScript name, 16 typographic family
        if record.nameID in (1, 4, 16):
            record.string = FAMILY
        elif record.nameID in (3, 6):
            record.string = FAMILY.replace(" ", "-")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    font.save(args.out)
    missing = "".join(c for c in chars if ord(c) not in have)
    print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: {len(chars) - len(missing)} "
          f"characters, {args.out.stat().st_size / 1024:.0f} KB; not in the source font (DejaVu Sans has them): {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
