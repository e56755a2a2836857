"""The tables of docs/benchmarks.md from a JMH JSON file and RetainedHeap's output.

Usage: python3 table.py target/jmh.json [target/retained-heap.txt]
"""
import json
import re
import sys


def main(jmh_file, heap_file=None):
    runs = json.load(open(jmh_file))
    score = {}
    for r in runs:
        name = r["benchmark"].split(".")[-2]
        p = r.get("params", {})
        m = r["primaryMetric"]
        score[(name, int(p["children"]), p.get("implementation"), p.get("threads"))] = (m["score"], m["scoreError"])
    heap = {}
    if heap_file:
        for line in open(heap_file):
            g = re.match(r"([\d,]+) children: .*retained heap ([\d.]+) MB = (\d+) bytes per child", line)
            if g:
                heap[int(g.group(1).replace(",", ""))] = (float(g.group(2)), int(g.group(3)))

    def cell(key):
        if key not in score:
            return "not run"
        s, e = score[key]
        return f"{s:,.0f} ± {e:,.0f}" if s >= 100 else f"{s:,.1f} ± {e:,.1f}"

    sizes = sorted({k[1] for k in score if k[0] in ("LoadCsvBenchmark", "RecomputeBenchmark")})
    # a county of n children holds a few more (the generator adds planted cases): match within 1%
    heap = {next((s for s in sizes if abs(n - s) <= s / 100), n): h for n, h in heap.items()}
    sizes = sorted(set(sizes) | set(heap))
    print("| children | load, ms | retained heap | recompute, 1 thread, ms | recompute, 2 cores, ms | µs per child (2 cores) |")
    print("|---|---|---|---|---|---|")
    per_child = {}
    for n in sizes:
        all_cores = score.get(("RecomputeBenchmark", n, None, "0"))
        if all_cores:
            per_child[n] = all_cores[0] * 1000 / n
        h = heap.get(n)
        print(f"| {n:,} | {cell(('LoadCsvBenchmark', n, None, None))} | "
              f"{f'{h[0]:,.0f} MB, {h[1]} B/child' if h else 'not run'} | "
              f"{cell(('RecomputeBenchmark', n, None, '1'))} | {cell(('RecomputeBenchmark', n, None, '0'))} | "
              f"{f'{per_child[n]:.2f}' if n in per_child else '-'} |")
    loads = {n: score[("LoadCsvBenchmark", n, None, None)][0] * 1000 / n
             for n in (100000, 1000000) if ("LoadCsvBenchmark", n, None, None) in score}
    if len(loads) == 2:
        print(f"\nLoad time per child at 1,000,000 / at 100,000: {loads[1000000] / loads[100000]:.2f}")
    if 100000 in per_child and 1000000 in per_child:
        print(f"Recompute time per child (2 cores) at 1,000,000 / at 100,000: {per_child[1000000] / per_child[100000]:.2f}")

    subset_sizes = sorted({k[1] for k in score if k[0] == "SubsetBenchmark"})
    for n in subset_sizes:
        print(f"\nSubset, {n:,} children (ms per computation; ratio = baseline / engine):\n")
        print("| implementation | 1 thread | ratio | 2 cores | ratio |")
        print("|---|---|---|---|---|")
        for impl in ("engine", "naive", "duckdb"):
            row = f"| {impl} |"
            for t in ("1", "0"):
                key = ("SubsetBenchmark", n, impl, t)
                base = score.get(("SubsetBenchmark", n, "engine", t))
                ratio = f"{score[key][0] / base[0]:.1f}×" if key in score and base else "-"
                row += f" {cell(key)} | {ratio} |"
            print(row)


if __name__ == "__main__":
    main(*sys.argv[1:])
