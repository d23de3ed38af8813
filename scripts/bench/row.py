"""Reads wrk --latency output on stdin, prints one tab-separated row: label, connections, p50 ms, p99 ms,
requests/s, non-2xx count, budget kind, budget."""
import re
import sys

label, conns, kind, budget = sys.argv[1:5]
text = sys.stdin.read()


def ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


# A row whose every request timed out has no latency figures: it fails with an infinite latency.
p50 = ms(re.search(r"50%\s+(\S+)", text).group(1)) if "50%" in text else float("inf")
p99 = ms(re.search(r"99%\s+(\S+)", text).group(1)) if "99%" in text else float("inf")
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*", text)
print("\t".join([label, conns, f"{p50:.1f}", f"{p99:.1f}", f"{rps:.0f}", bad.group(1) if bad else "0",
                 kind, budget, errors.group(0) if errors else ""]))
