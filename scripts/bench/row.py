"""Reads wrk --latency output on stdin, prints one tab-separated row: label, connections, p50 ms, p99 ms,
requests/s, non-2xx count, budget kind, budget, socket errors, completed requests."""
import re
import sys

label, conns, kind, budget = sys.argv[1:5]
text = sys.stdin.read()


def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


# A row whose every request timed out has no latency figures: it fails with an infinite latency.
def percentile(p):
    found = re.search(rf"^\s+{p}%\s+(\S+)\s*$", text, re.M)
    return ms(found.group(1)) if found else float("inf")


p50, p99 = percentile(50), percentile(99)
completed = int(re.search(r"(\d+) requests in", text).group(1))
if completed == 0:  # every request timed out: wrk prints zero latencies
    p50 = p99 = float("inf")
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*", text)
print("\t".join([label, conns, f"{p50:.1f}", f"{p99:.1f}", f"{rps:.0f}", bad.group(1) if bad else "0",
                 kind, budget, errors.group(0) if errors else "", str(completed)]))
