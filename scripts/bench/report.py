"""Prints the benchmark's table (markdown) from the rows wrk gave, pgbench's figure, start-up and the SPA's
first-page bundles; every row says whether it is within its budget."""
import json
import sys
from datetime import datetime
from pathlib import Path

out, scale, seed, duration, start_ms, rss_mb, warmup = sys.argv[1:8]
out = Path(out)
pgbench = float((out / "pgbench.txt").read_text().strip() or 0)
lines = [f"Run {datetime.now():%Y-%m-%d %H:%M}, {int(scale):,} students (seed {seed}), {duration}s per row, "
         f"packaged backend (prod profile, backend/run.sh), wrk 2 threads, after {warmup}s of warm-up per row.", "",
         "| request | connections | p50 ms | p99 ms | req/s | budget | within |", "|---|---|---|---|---|---|---|"]
failed = 0
ratios = {}
for row in (out / "rows.tsv").read_text().splitlines():
    label, conns, p50, p99, rps, bad, kind, budget, errors, completed = (row.split("\t") + ["", ""])[:10]
    p50, p99, rps, budget_value = float(p50), float(p99), float(rps), float(budget)
    if kind == "reference":  # no budget; every answer must be the expected refusal, or the figure means nothing
        ok = completed != "" and int(bad) == int(completed) > 0 and not errors
        failed += not ok
        ratio = ratios["framework"] = rps / pgbench if pgbench else 0
        text = (f"no budget: ratio {ratio:.2f} to pgbench -S, every answer {int(budget)}" if ok
                else f"expected every answer {int(budget)}: {bad} of {completed or '?'} non-2xx {errors}")
        lines.append(f"| `{label}` | {conns} | {p50:.1f} | {p99:.1f} | {rps:,.0f} | {text} | {'—' if ok else 'NO'} |")
        continue
    if kind == "db-reference":  # the request's statements from pgbench alone: a ratio, no latency percentiles
        ok = int(bad) == 0 and int(completed or 0) > 0
        failed += not ok
        ratios["db"] = rps / pgbench if pgbench else 0
        text = (f"no budget: ratio {ratios['db']:.2f} to pgbench -S, every student found" if ok
                else "pgbench failed: a student not found, or an error (.local/bench/pgbench-request.txt)")
        lines.append(f"| `{label}` | {conns} | — | — | {rps:,.0f} | {text} | {'—' if ok else 'NO'} |")
        continue
    if kind == "info":  # measured to be seen, without a budget of its own; failed requests still count
        ok = int(bad) == 0 and not errors
        failed += not ok
        text = "no budget (measured)" if ok else f"{bad} non-2xx {errors}"
        lines.append(f"| `{label}` | {conns} | {p50:.1f} | {p99:.1f} | {rps:,.0f} | {text} | {'—' if ok else 'NO'} |")
        continue
    if kind == "rps-ratio":
        ratio = rps / pgbench if pgbench else 0
        ok = ratio >= budget_value
        text = f"≥ {budget} × pgbench -S ({pgbench:,.0f} TPS): ratio {ratio:.2f}"
    else:
        value = p50 if kind == "p50" else p99
        ok = value < budget_value
        text = f"{kind} < {budget} ms" if value != float("inf") else f"{kind} < {budget} ms: every request over 10 s"
    if int(bad) > 0 or errors:
        ok = False
        text += f" — {bad} non-2xx {errors}"
    failed += not ok
    lines.append(f"| `{label}` | {conns} | {p50:.1f} | {p99:.1f} | {rps:,.0f} | {text} | {'yes' if ok else 'NO'} |")

for label, value, limit, unit in (("start to ready (no demo data)", int(start_ms), 2500, "ms"),
                                  ("resident memory 12 s after ready (the webhook worker has run)", int(rss_mb), 220, "MB")):
    failed += value >= limit
    lines.append(f"| {label} | | | | | < {limit:,} {unit}: {value:,} {unit} | {'yes' if value < limit else 'NO'} |")
bundle = json.loads((out / "bundle.json").read_text())
for page in bundle:
    ok = page["totalKb"] < page["budgetKb"]
    failed += not ok
    lines.append(f"| SPA first page of the {page['page']}: JS + CSS gzip | | | | | < {page['budgetKb']} kB: {page['jsKb']:.0f} kB JS + "
                 f"{page['cssKb']:.0f} kB CSS = {page['totalKb']:.0f} kB | {'yes' if ok else 'NO'} |")
if ratios.get("framework") and ratios.get("db"):
    # Both parts run on the same cores in the real request, so their costs per request add up.
    ceiling = 1 / (1 / ratios["framework"] + 1 / ratios["db"])
    lines += ["", f"The ratio's ceiling in this run: the framework alone {ratios['framework']:.2f}, the database's part "
              f"alone {ratios['db']:.2f}; sharing the cores, their costs add: about {ceiling:.2f}."]
lines += ["", "Every row within budget." if failed == 0 else f"{failed} row(s) over budget."]
print("\n".join(lines))
