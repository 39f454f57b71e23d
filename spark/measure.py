"""Measures the Spark job in local mode against a single `contentlint lint` run, on generated corpora.

    .build-spark/venv/bin/python spark/measure.py --sizes 200 1000 4000 --runs 3 [--master 'local[2]']

For each size: generates the corpus (spark/corpus.py, seed 7) under .build-spark/, runs the single-machine
lint and the Spark job `--runs` times each, alternating, checks every Spark report is byte-identical to the
single run's, and prints medians: wall seconds and posts/s of each, and the candidate pairs the join found.
`--pairs-only` counts instead the pairs a join without grouping by text would send (plain Python, no Spark).
The Spark time is the job's alone (one SparkContext is started first and reused, as on a cluster).
"""
import argparse
import collections
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import contentlint_job  # noqa: E402


def all_band_pairs(contentlint, folder):
    """Pairs a join without grouping by text would send: every two blocks of different posts that share a band
    key or their text (site boilerplate set aside), counted in plain Python from `contentlint signatures`."""
    output = subprocess.run([contentlint, "signatures", "posts"], cwd=folder, stdout=subprocess.PIPE, check=True)
    blocks, posts, share = [], 0, 0.5
    for line in output.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        if record["type"] == "rule":
            share = record["options"]["site-boilerplate-share"]
        elif record["type"] == "post":
            posts += "error" not in record
        elif record["type"] == "block":
            blocks.append((record["post"], record["text"], record["bands"]))
    holding = collections.defaultdict(set)
    for post, text, _ in blocks:
        holding[text].add(post)
    needed = contentlint_job.boilerplate_threshold(posts, share)
    buckets = collections.defaultdict(list)
    for index, (post, text, bands) in enumerate(blocks):
        if needed is None or len(holding[text]) < needed:
            for key in bands + ["text:" + text]:
                buckets[key].append(index)
    pairs = set()
    for members in buckets.values():
        for a, b in itertools.combinations(sorted(set(members)), 2):
            if blocks[a][0] != blocks[b][0]:
                pairs.add((a, b))
    return len(pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 4000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--contentlint", default=str(HERE.parent / ".build/release/contentlint"))
    parser.add_argument("--pairs-only", action="store_true",
                        help="only count the pairs with and without grouping by text (no timing)")
    arguments = parser.parse_args()
    if arguments.pairs_only:
        print("| posts generated | every band-sharing pair |")
        print("| ---: | ---: |")
        for size in arguments.sizes:
            folder = HERE.parent / ".build-spark" / f"corpus-{size}"
            if not (folder / "posts").exists():
                corpus.generate(folder / "posts", size, seed=7)
            print(f"| {size} | {all_band_pairs(arguments.contentlint, folder)} |")
        return

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext
    spark_context = SparkContext.getOrCreate(
        SparkConf().setMaster(arguments.master).setAppName("contentlint-measure")
        .set("spark.ui.showConsoleProgress", "false"))
    spark_context.setLogLevel("ERROR")
    work = HERE.parent / ".build-spark"
    rows = []
    for size in arguments.sizes:
        folder = work / f"corpus-{size}"
        if not (folder / "posts").exists():
            corpus.generate(folder / "posts", size, seed=7)
        single_times, spark_times, stats = [], [], {}
        for _ in range(arguments.runs):
            started = time.monotonic()
            single = subprocess.run(
                [arguments.contentlint, "lint", "--format", "json", "--fail-on", "none", "posts"],
                cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
            single_times.append(time.monotonic() - started)
            started = time.monotonic()
            contentlint_job.run_job(spark_context, "posts", folder / "spark-report.json", arguments.contentlint,
                                    arguments.shards, str(folder), stats=stats)
            spark_times.append(time.monotonic() - started)
            if (folder / "spark-report.json").read_bytes() != single:
                sys.exit(f"corpus-{size}: the Spark report differs from the single run's")
        posts = stats["posts"]
        single_median, spark_median = statistics.median(single_times), statistics.median(spark_times)
        rows.append((size, posts, stats["pairs"], single_median, posts / single_median, spark_median,
                     posts / spark_median))
        print(f"{size} posts: single {single_times}, spark {spark_times}, last job {stats}", file=sys.stderr)
    spark_context.stop()
    print(f"| posts generated | posts read | candidate pairs | single run s | single posts/s | Spark {arguments.master} s "
          f"| Spark posts/s | Spark / single |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, posts, pairs, single, single_rate, spark, spark_rate in rows:
        print(f"| {size} | {posts} | {pairs} | {single:.2f} | {single_rate:.0f} | {spark:.2f} | {spark_rate:.0f} "
              f"| {spark / single:.2f} |")


if __name__ == "__main__":
    main()
