#!/usr/bin/env python3
"""Where a page load's main-thread time goes, from a Chrome trace (`Chronicle.Bench firstload --trace FILE`).

Sums the self time (an event's duration less its children's) of every complete event on each renderer
main thread, by name, and prints the largest, with the busy time of top-level tasks and the span from
the first to the last of them. With --cpu it sums the thread's CPU time instead (the events' `tdur`), which
leaves out the time the thread waited for a core: on a shared machine wall time mostly measures the others.
Usage: python3 bench/trace-summary.py [--cpu] TRACE.json [TOP]
"""
import json
import sys
from collections import defaultdict


def main_threads(events):
    return {(e["pid"], e["tid"]) for e in events
            if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"}


def complete_events(events, thread):
    """Complete events ('X', and 'B'/'E' pairs) on one thread as (start, end, name, cpu), in start order;
    cpu is the thread's CPU time in the event where the trace has it, else its wall time."""
    spans, open_ = [], []
    for e in events:
        if (e["pid"], e["tid"]) != thread:
            continue
        if e.get("ph") == "X" and "dur" in e:
            spans.append((e["ts"], e["ts"] + e["dur"], e["name"], e.get("tdur", e["dur"])))
        elif e.get("ph") == "B":
            open_.append(e)
        elif e.get("ph") == "E" and open_:
            begin = open_.pop()
            cpu = e["tts"] - begin["tts"] if "tts" in e and "tts" in begin else e["ts"] - begin["ts"]
            spans.append((begin["ts"], e["ts"], begin["name"], cpu))
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def self_times(spans, cpu=False):
    """Self time by name (wall, or CPU with cpu=True) and the top-level spans as (start, end, time)."""
    totals, stack, tops = defaultdict(float), [], []
    for start, end, name, thread_time in spans:
        time = thread_time if cpu else end - start
        while stack and stack[-1][1] <= start:
            stack.pop()
        if stack:
            parent = stack[-1]
            totals[parent[2]] -= time if cpu else min(end, parent[1]) - start
        else:
            tops.append((start, end, time))
        totals[name] += time
        stack.append((start, end, name))
    return totals, tops


def main():
    args = [a for a in sys.argv[1:] if a != "--cpu"]
    cpu = len(args) < len(sys.argv) - 1
    with open(args[0]) as f:
        data = json.load(f)
    events = data["traceEvents"] if isinstance(data, dict) else data
    top = int(args[1]) if len(args) > 1 else 25
    for thread in sorted(main_threads(events)):
        spans = complete_events(events, thread)
        if not spans:
            continue
        totals, tops = self_times(spans, cpu)
        busy = sum(time for _, _, time in tops) / 1000
        span = (max(end for _, end, _ in tops) - min(start for start, _, _ in tops)) / 1000
        print(f"renderer main thread {thread}: top-level tasks busy {busy:.1f} ms{' (CPU)' if cpu else ''} over {span:.1f} ms")
        for name, us in sorted(totals.items(), key=lambda kv: -kv[1])[:top]:
            print(f"  {us / 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
