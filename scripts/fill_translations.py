"""Fill unfinished entries of i18n/awrach_fr.ts from the translations of other versions.

After a merge, each side's .ts knows strings the other lacks: run lupdate on the merged
sources, then this with the other versions (git revisions) to carry their work over.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "i18n" / "awrach_fr.ts"
PAIR = re.compile(r"<source>([^<]*)</source>\s*<translation>([^<]*)</translation>")
UNFINISHED = re.compile(
    r"(<source>([^<]*)</source>\s*)<translation type=\"unfinished\">([^<]*)</translation>")


def known(revisions: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for revision in revisions:
        text = subprocess.run(["git", "show", f"{revision}:i18n/awrach_fr.ts"],
                              capture_output=True, text=True, check=True).stdout
        found.update((s, t) for s, t in PAIR.findall(text) if t)
    return found


def main() -> int:
    translations = known(sys.argv[1:])
    text = TS.read_text(encoding="utf-8")
    left: list[str] = []

    def fill(match: re.Match[str]) -> str:
        source = match.group(2)
        if source in translations:
            return f"{match.group(1)}<translation>{translations[source]}</translation>"
        left.append(html.unescape(source))
        return match.group(0)

    TS.write_text(UNFINISHED.sub(fill, text), encoding="utf-8")
    for source in left:
        print(f"still untranslated: {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
