"""contentlint on Apache Spark: one merged report for a corpus too large for one machine.

    spark-submit spark/contentlint_job.py POSTS_DIR --output report.json [--shards N] [--contentlint BIN]
    python3 spark/contentlint_job.py POSTS_DIR --output report.json --master 'local[2]'

The report is the one `contentlint lint --format json POSTS_DIR` writes on one machine, byte for byte:
the same files in the same order, the same findings, paths relative the same way.

How (see docs/spark.md):
1. Each of N partitions runs `contentlint signatures --shard K/N POSTS_DIR`: one record per readable post
   and per block worth comparing (text digest, MinHash signature, LSH bands), read from that shard only.
2. Spark counts the readable posts and, per block text, the posts holding it. Texts held by so many posts
   that the rule treats them as site boilerplate are set aside. Every other block is keyed by each of its
   band keys and by its text digest; blocks of two different posts under one key are a candidate pair.
3. Each partition K gets the post count, the boilerplate texts with their counts and every pair that
   touches one of its posts, and runs `contentlint lint --shard K/N --duplicate-pairs FILE POSTS_DIR`:
   the per-post rules on its own posts, cross-post duplicates from the pairs (each verified by
   contentlint with its exact score, against the real posts).
4. The file reports are sorted by path (UTF-8 byte order, as contentlint sorts) and written as one report
   with the summary recomputed.

Executors need the contentlint binary (`--contentlint`) and the posts at the same path (a shared
filesystem); `--cwd` is the folder paths are reported relative to, as for a local run.
"""
import argparse
import itertools
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


# MARK: - Running contentlint

class ContentlintFailed(RuntimeError):
    pass


def contentlint(binary, arguments, cwd):
    """Runs contentlint and returns its standard output; exit status 2 (usage, missing path) is an error."""
    result = subprocess.run([binary, *arguments], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode not in (0, 1):
        raise ContentlintFailed(
            f"contentlint {' '.join(arguments)} exited {result.returncode}: {result.stderr.decode(errors='replace')}")
    return result.stdout.decode("utf-8")


def signature_records(binary, root, shards, cwd, rule_arguments):
    """mapPartitionsWithIndex: partition i reads shard i+1 and yields, per JSON line, only what the join
    needs: ("rule", options), ("post", readable) and ("block", (post, file, block, text digest, bands, shard))."""
    def run(index, _seeds):
        shard = index + 1
        output = contentlint(binary, ["signatures", "--shard", f"{shard}/{shards}", *rule_arguments, root], cwd)
        for line in output.splitlines():
            if not line:
                continue
            record = json.loads(line)
            kind = record["type"]
            if kind == "block":
                yield kind, (record["post"], record["file"], record["block"], record["text"], record["bands"], shard)
            elif kind == "post":
                yield kind, "error" not in record
            elif kind == "rule":
                yield kind, record["options"]
    return run


def lint_shards(binary, root, shards, cwd, rule_arguments, common_lines):
    """mapPartitionsWithIndex over pairs keyed by shard: writes them with the corpus facts to a pairs file
    and yields (path, file report) for the shard's posts, plus one ("", tool) entry."""
    def run(index, keyed_pairs):
        shard = index + 1
        folder = tempfile.mkdtemp(prefix=f"contentlint-shard-{shard}-")
        try:
            pairs_file = os.path.join(folder, "pairs.jsonl")
            with open(pairs_file, "w", encoding="utf-8") as handle:
                for line in common_lines.value:
                    handle.write(line + "\n")
                for _shard, line in keyed_pairs:
                    handle.write(line + "\n")
            output = contentlint(binary, [
                "lint", "--shard", f"{shard}/{shards}", "--duplicate-pairs", pairs_file, "--format", "json",
                "--fail-on", "none", *rule_arguments, root], cwd)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        report = json.loads(output)
        yield "", report["tool"]
        for file_report in report["files"]:
            yield file_report["path"], file_report
    return run


# MARK: - The corpus-wide join

def boilerplate_threshold(post_count, share):
    """Posts that must hold a text for duplicate-paragraph to call it site boilerplate (its own formula);
    None below three posts."""
    if post_count < 3:
        return None
    return max(3, math.ceil(post_count * share))


def pair_line(first, second):
    (_, file_a, block_a), (_, file_b, block_b) = first, second
    return json.dumps({"type": "pair", "a": {"file": file_a, "block": block_a},
                       "b": {"file": file_b, "block": block_b}}, ensure_ascii=False, separators=(",", ":"))


def text_group(items):
    """A text's holders (every block holding it, as (shard, (post, file, block))) in report order, its
    representatives (the first block of each of the first two posts holding it) and its band keys."""
    items = sorted(items, key=lambda item: item[0][1])
    holders = [holder for holder, _ in items]
    representatives, posts = [], set()
    for holder in holders:
        if holder[1][0] not in posts:
            posts.add(holder[1][0])
            representatives.append(holder)
            if len(representatives) == 2:
                break
    return holders, representatives, items[0][1]


def pairs_with(holders, representatives):
    """Every holder paired with each representative of another post, lower block first."""
    for holder in holders:
        for representative in representatives:
            if holder[1][0] != representative[1][0]:
                first, second = sorted((holder, representative), key=lambda block: block[1])
                yield (first[1], second[1]), (first[0], second[0])


def near_pairs(joined):
    """For two texts that share a band key: each one's holders with the other's representatives."""
    _, ((_, (holders_a, representatives_a)), (holders_b, representatives_b)) = joined
    yield from pairs_with(holders_a, representatives_b)
    yield from pairs_with(holders_b, representatives_a)


def run_job(spark_context, root, output, binary, shards, cwd, rule_arguments=(), stats=None):
    """Lints `root` on Spark and writes the merged JSON report to `output`; returns counts for measuring."""
    from pyspark import StorageLevel

    # Executors import this module for the functions below when the job is driven from another module.
    spark_context.addPyFile(os.path.abspath(__file__))
    rule_arguments = list(rule_arguments)
    records = (spark_context.parallelize(range(shards), shards)
               .mapPartitionsWithIndex(signature_records(binary, root, shards, cwd, rule_arguments))
               .cache())
    started = time.monotonic()
    post_count = records.filter(lambda record: record == ("post", True)).count()
    signed = time.monotonic()
    rule = records.filter(lambda record: record[0] == "rule").map(lambda record: record[1]).take(1)
    blocks = records.filter(lambda record: record[0] == "block").map(lambda record: record[1])

    common = [json.dumps({"type": "corpus", "posts": post_count})]
    pairs = spark_context.emptyRDD()
    if rule:
        options = rule[0]
        needed = boilerplate_threshold(post_count, options["site-boilerplate-share"])
        posts_holding = (blocks.map(lambda block: (block[3], block[0])).distinct()
                         .map(lambda text_post: (text_post[0], 1)).reduceByKey(lambda a, b: a + b))
        boilerplate = {} if needed is None else posts_holding.filter(lambda kv: kv[1] >= needed).collectAsMap()
        common += [json.dumps({"type": "text", "text": text, "posts": count})
                   for text, count in sorted(boilerplate.items())]
        if options.get("cross-post", 1):
            set_aside = spark_context.broadcast(set(boilerplate))
            # Blocks are grouped by text first: a text held by k posts would otherwise give k(k-1)/2 pairs
            # (see docs/spark.md for why the first two holders stand for the rest).
            groups = (blocks.filter(lambda block: block[3] not in set_aside.value)
                      .map(lambda block: (block[3], ((block[5], block[:3]), block[4])))
                      .groupByKey().mapValues(text_group).cache())
            same_text = groups.flatMap(lambda group: pairs_with(group[1][0], group[1][1]))
            # Band keys as the rule buckets them: the same value in two different bands is one bucket there too.
            text_pairs = (groups.flatMap(lambda group: [(band, group[0]) for band in group[1][2]])
                          .groupByKey()
                          .flatMap(lambda bucket: itertools.combinations(sorted(set(bucket[1])), 2))
                          .distinct())
            holders = groups.mapValues(lambda group: (group[0], group[1]))
            near = (text_pairs.join(holders)
                    .map(lambda joined: (joined[1][0], (joined[0], joined[1][1])))
                    .join(holders)
                    .flatMap(near_pairs))
            pairs = same_text.union(near).reduceByKey(lambda a, _: a)
    pairs = pairs.cache()
    pair_count = pairs.count()
    joined = time.monotonic()
    common_lines = spark_context.broadcast(common)
    routed = pairs.flatMap(
        lambda pair: [(shard, pair_line(*pair[0])) for shard in sorted(set(pair[1]))])
    # Cached: sorting samples the reports before it sorts them, and each shard must be linted once.
    reports = (routed.partitionBy(shards, lambda shard: shard - 1)
               .mapPartitionsWithIndex(lint_shards(binary, root, shards, cwd, rule_arguments, common_lines))
               .persist(StorageLevel.MEMORY_AND_DISK))
    tool = None
    counts = {"files": 0, "findings": 0, "error": 0, "warning": 0, "suggestion": 0}
    temporary = str(output) + ".partial"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write('{"tool":')
        first = True
        ordered = reports.sortBy(lambda entry: entry[0].encode("utf-8")).toLocalIterator()
        for path, value in ordered:
            if path == "":
                tool = value
                continue
            if first:
                handle.write(encode(tool) + ',"files":[')
                first = False
            else:
                handle.write(",")
            handle.write(encode(value))
            counts["files"] += 1
            for finding in value["findings"]:
                counts["findings"] += 1
                counts[finding["severity"]] += 1
        if first:
            handle.write(encode(tool) + ',"files":[')
        handle.write('],"summary":' + encode(counts) + "}\n")
    os.replace(temporary, output)
    if stats is not None:
        stats.update(posts=post_count, pairs=pair_count, shards=shards, signatures_seconds=round(signed - started, 2),
                     join_seconds=round(joined - signed, 2), lint_seconds=round(time.monotonic() - joined, 2))
    for cached in (records, pairs, reports):
        cached.unpersist()
    return counts


# MARK: - JSON exactly as contentlint writes it

def encode(value):
    """Compact JSON with contentlint's escaping (JSONWriter), so the merged report is byte-identical."""
    if isinstance(value, dict):
        return "{" + ",".join(quoted(key) + ":" + encode(item) for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode(item) for item in value) + "]"
    if isinstance(value, str):
        return quoted(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    return str(value)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def quoted(text):
    out = ['"']
    for character in text:
        if character in _ESCAPES:
            out.append(_ESCAPES[character])
        elif ord(character) < 0x20 or ord(character) == 0x7F:
            out.append("\\u%04x" % ord(character))
        else:
            out.append(character)
    out.append('"')
    return "".join(out)


# MARK: - Command line

def default_binary():
    for candidate in (REPOSITORY / ".build/release/contentlint", REPOSITORY / ".build/debug/contentlint"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("contentlint") or "contentlint"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", help="the folder of posts, as it would be given to contentlint lint")
    parser.add_argument("--output", required=True, help="where to write the merged JSON report")
    parser.add_argument("--contentlint", default=default_binary(), help="the contentlint binary on every executor")
    parser.add_argument("--shards", type=int, help="partitions (default: twice the default parallelism)")
    parser.add_argument("--cwd", default=os.getcwd(), help="run contentlint from here (paths are reported relative to it)")
    parser.add_argument("--config", help="passed to contentlint as --config")
    parser.add_argument("--rules-dir", action="append", default=[], help="passed to contentlint as --rules-dir")
    parser.add_argument("--master", help="Spark master when run with python3 rather than spark-submit (e.g. local[2])")
    parser.add_argument("--stats", action="store_true", help="print posts, candidate pairs and wall time")
    arguments = parser.parse_args(argv)

    if arguments.master and arguments.master.startswith("local"):
        # Local workers use this Python (and its pyspark); on a cluster, spark.pyspark.python decides.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark import SparkConf, SparkContext

    configuration = SparkConf().setAppName("contentlint").set("spark.ui.showConsoleProgress", "false")
    if arguments.master:
        configuration = configuration.setMaster(arguments.master)
    spark_context = SparkContext.getOrCreate(configuration)
    spark_context.setLogLevel("ERROR")
    rule_arguments = []
    if arguments.config:
        rule_arguments += ["--config", arguments.config]
    for folder in arguments.rules_dir:
        rule_arguments += ["--rules-dir", folder]
    shards = arguments.shards or 2 * spark_context.defaultParallelism
    stats = {}
    started = time.monotonic()
    counts = run_job(spark_context, arguments.root, arguments.output, arguments.contentlint, shards, arguments.cwd,
                     rule_arguments, stats)
    elapsed = time.monotonic() - started
    print(f"contentlint (spark): {counts['files']} files, {counts['findings']} findings "
          f"({counts['error']} errors, {counts['warning']} warnings, {counts['suggestion']} suggestions)",
          file=sys.stderr)
    if arguments.stats:
        print(json.dumps({**stats, "seconds": round(elapsed, 2),
                          "posts_per_second": round(stats["posts"] / elapsed, 1) if elapsed else None}))
    spark_context.stop()


if __name__ == "__main__":
    main()
