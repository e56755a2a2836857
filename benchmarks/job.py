"""The whole monthly job, measured as a user runs it: `childstat run`, cold JVM, every output.

For each county size, the synthetic county is generated once (`childstat synth`, seed 1) into
benchmarks/target/job/county-N; then `childstat run --data ... --out ...` runs RUNS times, each in
a fresh JVM under /usr/bin/time -v, and each run's steps (run.json timings_ms), wall time and peak
resident set size are kept. The table shows the median of the runs and, beside it, the physical
limit measured on the same machine just before: reading the input files (cat to /dev/null, page
cache warm as the job's reads are after the first run) and writing the outputs' byte count
(dd from /dev/zero into the same folder, no fsync, as the job does not sync either).

Usage (from the repository root, after `mvn -q -DskipTests package`):
    python3 benchmarks/job.py [--runs 3] [--java-opts=-Xmx1g] [--jar FILE] [--sha] 10000 100000 250000 1000000

--sha prints the SHA-256 of every output file of the last run of each size (run.json left out: it
holds the timings), to compare before and after a change. --jar runs another build's childstat.jar
(copy it out of that build's indicators-scorecard/target first) on the same counties. The table goes to stdout and to
benchmarks/target/job/job-N.json per size.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "indicators-scorecard", "target", "childstat.jar")
WORK = os.path.join(ROOT, "benchmarks", "target", "job")
STEPS = ["read", "compute", "variation", "trends", "cases", "write"]


def county(n):
    folder = os.path.join(WORK, f"county-{n}")
    if not os.path.isfile(os.path.join(folder, "extract.txt")):
        subprocess.run(["java", "-jar", JAR, "synth", "--out", folder, "--children", str(n), "--seed", "1"],
                       check=True, stdout=subprocess.DEVNULL)
    return folder


def timed(cmd):
    """Runs cmd under /usr/bin/time -v: (exit code, wall seconds, peak RSS in MB)."""
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    text = proc.stderr
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    return proc.returncode, seconds, rss, text


def outputs(folder):
    files = sorted(f for f in os.listdir(folder) if os.path.isfile(os.path.join(folder, f)))
    return [(f, os.path.getsize(os.path.join(folder, f))) for f in files]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def io_limit(data, out_bytes, scratch):
    """Seconds to read the inputs (warm) and to write out_bytes into scratch's file system."""
    inputs = [os.path.join(data, f) for f in sorted(os.listdir(data))]
    subprocess.run(["cat"] + inputs, stdout=subprocess.DEVNULL, check=True)  # warm the page cache
    t = time.monotonic()
    subprocess.run(["cat"] + inputs, stdout=subprocess.DEVNULL, check=True)
    read = time.monotonic() - t
    target = os.path.join(scratch, "io-limit.bin")
    t = time.monotonic()
    subprocess.run(["dd", "if=/dev/zero", f"of={target}", "bs=1M", f"count={max(1, out_bytes >> 20)}"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    write = time.monotonic() - t
    os.remove(target)
    in_bytes = sum(os.path.getsize(f) for f in inputs)
    return read, write, in_bytes


def measure(n, runs, java_opts, show_sha, jar):
    data = county(n)
    out = os.path.join(WORK, f"out-{n}")
    rows = []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        code, wall, rss, text = timed(["java"] + java_opts + ["-jar", jar, "run", "--data", data, "--out", out])
        if code not in (0, 1):
            sys.exit(f"childstat run exited {code} at {n} children:\n{text}")
        steps = json.load(open(os.path.join(out, "run.json")))["timings_ms"]
        rows.append({"wall_s": wall, "rss_mb": rss, **{s: steps.get(s, 0) for s in STEPS}})
    files = outputs(out)
    out_bytes = sum(size for _, size in files)
    read, write, in_bytes = io_limit(data, out_bytes, WORK)
    result = {
        "children": n, "runs": rows, "java_opts": java_opts,
        "median": {k: statistics.median(r[k] for r in rows) for k in rows[0]},
        "input_bytes": in_bytes, "output_bytes": out_bytes,
        "io_limit_s": {"read": read, "write": write},
        "outputs": {f: size for f, size in files},
    }
    if show_sha:
        result["sha256"] = {f: sha256(os.path.join(out, f)) for f, _ in files if f != "run.json"}
    with open(os.path.join(WORK, f"job-{n}.json"), "w") as f:
        json.dump(result, f, indent=2)
    return result


def table(results):
    head = ["children"] + [f"{s} ms" for s in STEPS] + ["wall s", "peak RSS MB", "µs/child",
                                                       "I/O limit s (read + write)", "wall / I/O limit"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for r in results:
        m = r["median"]
        limit = r["io_limit_s"]["read"] + r["io_limit_s"]["write"]
        cells = [f"{r['children']:,}"] + [f"{m[s]:,.0f}" for s in STEPS] + [
            f"{m['wall_s']:.2f}", f"{m['rss_mb']:,.0f}", f"{m['wall_s'] * 1e6 / r['children']:.1f}",
            f"{limit:.2f} ({r['input_bytes'] / 1e6:,.0f} MB in, {r['output_bytes'] / 1e6:,.0f} MB out)",
            f"{m['wall_s'] / limit:.0f}×"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--java-opts", default="", help="JVM options, e.g. -Xmx1g (default: none, as a user runs it)")
    parser.add_argument("--sha", action="store_true", help="print the SHA-256 of every output of the last run")
    parser.add_argument("--jar", default=JAR, help="the childstat.jar to run (default: this build's)")
    args = parser.parse_args()
    if not os.path.isfile(args.jar):
        sys.exit(f"{args.jar} is missing: run `mvn -q -DskipTests package` first")
    os.makedirs(WORK, exist_ok=True)
    results = [measure(n, args.runs, args.java_opts.split(), args.sha, args.jar) for n in args.sizes]
    print(f"`childstat run`, cold JVM, median of {args.runs} runs, {os.cpu_count()} cores"
          + (f", {args.java_opts}" if args.java_opts else ", default JVM settings") + ":\n")
    print(table(results))
    if args.sha:
        for r in results:
            print(f"\nSHA-256 of the outputs at {r['children']:,} children:")
            for f, h in r["sha256"].items():
                print(f"    {h}  {f}")


if __name__ == "__main__":
    main()
