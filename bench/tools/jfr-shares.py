#!/usr/bin/env python3
"""Shares of a JFR recording's execution samples whose stack holds each given frame:
`jfr-shares.py recording.jfr Frame1 Frame2 ...` (a frame matches by substring, e.g.
`Handle.attach` or `ExtensionMetadata$Builder.build`). Prints one markdown row per frame."""
import re, subprocess, sys

path, frames = sys.argv[1], sys.argv[2:]
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                      capture_output=True, text=True, check=True).stdout
total, hits = 0, {f: 0 for f in frames}
for event in text.split("jdk.ExecutionSample {")[1:]:
    stack = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not stack:
        continue
    total += 1
    joined = " ".join(stack)
    for f in frames:
        if f in joined:
            hits[f] += 1
print(f"{total} samples")
for f in frames:
    print(f"| `{f}` | {100 * hits[f] / max(total, 1):.1f}% |")
