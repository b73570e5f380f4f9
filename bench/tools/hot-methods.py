#!/usr/bin/env python3
"""A hot-method table from a JFR recording: `hot-methods.py recording.jfr [N]`.

Reads `jfr print --events jdk.ExecutionSample` (stacks 64 deep) and prints, as markdown, the
methods most often on top of a sample (self) and HubOps or JDBI methods most often anywhere on a
sampled stack (inclusive), each as a share of all samples.
"""
import collections, re, subprocess, sys

path, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 15
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                      capture_output=True, text=True, check=True).stdout
self_, incl, total = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample {")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    total += 1
    self_[frames[0]] += 1
    for f in set(frames):
        incl[f] += 1
print(f"{total} samples\n\n| self | method |\n|---|---|")
for f, c in self_.most_common(n):
    print(f"| {100 * c / total:.1f}% | `{f}` |")
print("\n| inclusive | method |\n|---|---|")
shown = [(f, c) for f, c in incl.most_common() if f.startswith(("org.hubops", "org.jdbi.v3.core.Handle", "org.jdbi.v3.core.Jdbi", "org.jdbi.v3.sqlobject.SqlObjectFactory", "org.jdbi.v3.core.extension.ExtensionFactoryDelegate.attach", "org.jdbi.v3.core.statement.SqlStatement.internalExecute", "org.jdbi.v3.core.config.ConfigRegistry.createCopy"))]
for f, c in shown[:n]:
    print(f"| {100 * c / total:.1f}% | `{f}` |")
