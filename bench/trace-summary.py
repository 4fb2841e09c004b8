#!/usr/bin/env python3
"""Where a page load's main-thread time goes, from a Chrome trace (`Chronicle.Bench firstload --trace FILE`).

Sums the self time (an event's duration less its children's) of every complete event on each renderer
main thread, by name, and prints the largest, with the busy time of top-level tasks and the span from
the first to the last of them. Usage: python3 bench/trace-summary.py TRACE.json [TOP]
"""
import json
import sys
from collections import defaultdict


def main_threads(events):
    return {(e["pid"], e["tid"]) for e in events
            if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}


def complete_events(events, thread):
    """Complete events ('X', and 'B'/'E' pairs) on one thread as (start, end, name), in start order."""
    spans, open_ = [], []
    for e in events:
        if (e["pid"], e["tid"]) != thread:
            continue
        if e.get("ph") == "X" and "dur" in e:
            spans.append((e["ts"], e["ts"] + e["dur"], e["name"]))
        elif e.get("ph") == "B":
            open_.append(e)
        elif e.get("ph") == "E" and open_:
            begin = open_.pop()
            spans.append((begin["ts"], e["ts"], begin["name"]))
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def self_times(spans):
    totals, stack, tops = defaultdict(float), [], []
    for start, end, name in spans:
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack:
            totals[stack[-1][2]] -= min(end, stack[-1][1]) - start
        else:
            tops.append((start, end))
        totals[name] += end - start
        stack.append((start, end, name))
    return totals, tops


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    events = data["traceEvents"] if isinstance(data, dict) else data
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    for thread in sorted(main_threads(events)):
        spans = complete_events(events, thread)
        if not spans:
            continue
        totals, tops = self_times(spans)
        busy = sum(end - start for start, end in tops) / 1000
        span = (max(end for _, end in tops) - min(start for start, _ in tops)) / 1000
        print(f"renderer main thread {thread}: top-level tasks busy {busy:.1f} ms over {span:.1f} ms")
        for name, us in sorted(totals.items(), key=lambda kv: -kv[1])[:top]:
            print(f"  {us / 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
