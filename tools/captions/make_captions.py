#!/usr/bin/env python3
"""Turns transcripts into caption-style text, as YouTube or Whisper auto-captions give them:
speaker labels, timestamps, markup and punctuation removed, everything lower case, one long line.

usage: make_captions.py [--wrap N] INPUT_DIR OUTPUT_DIR

--wrap N breaks the stream into lines of N words, as a caption track shows them on screen.
Every *.txt and *.md file of INPUT_DIR is written to OUTPUT_DIR under the same name. Apostrophes
inside words ("it's") and hyphens inside words ("fine-tuning") are kept, as captioners keep them;
digits and the dots of decimals ("1.5") are kept too.
"""
import os
import re
import sys

SPEAKER = re.compile(r"^\s*(?:\\?\[[0-9:.]+\\?\]\s*)?(?:\*\*)?[A-Z][\w .'\-]{0,40}?(?:\s*\([0-9:]+\))?(?:\*\*)?\s*:(?:\*\*)?\s+")
TIMESTAMP = re.compile(r"\\?\[[0-9:.]+\\?\]")
STAGE = re.compile(r"\[[a-z][^\]]*\]")


def caption(text: str, wrap: int = 0) -> str:
    words = []
    for line in text.splitlines():
        line = SPEAKER.sub("", line)
        line = TIMESTAMP.sub(" ", line)
        line = STAGE.sub(" ", line)
        line = line.replace("**", " ").replace("__", " ")
        line = re.sub(r"^\s*(?:#+|[-*\u2022\u25cf]|\d+[.)])\s+", " ", line)
        # keep word-internal apostrophes, hyphens and decimal dots; drop every other punctuation mark
        line = re.sub(r"(?<=\d)\.(?=\d)", "\u0000", line)
        line = re.sub(r"(?<=\w)['\u2019](?=\w)", "\u0001", line)
        line = re.sub(r"(?<=\w)-(?=\w)", "\u0002", line)
        line = re.sub(r"[^\w\s\u0000\u0001\u0002]", " ", line)
        line = line.replace("\u0000", ".").replace("\u0001", "'").replace("\u0002", "-")
        words.extend(line.lower().split())
    if wrap > 0:
        return "\n".join(" ".join(words[i:i + wrap]) for i in range(0, len(words), wrap)) + "\n"
    return " ".join(words) + "\n"


def main() -> int:
    args = sys.argv[1:]
    wrap = 0
    if len(args) == 4 and args[0] == "--wrap" and args[1].isdigit() and int(args[1]) > 0:
        wrap, args = int(args[1]), args[2:]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = args
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(source)):
        if not name.endswith((".txt", ".md")):
            continue
        with open(os.path.join(source, name), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(target, name), "w", encoding="utf-8") as f:
            f.write(caption(text, wrap))
    return 0


if __name__ == "__main__":
    sys.exit(main())
