"""The Spark job's report equals `contentlint lint --format json` on the same folder, byte for byte.

    .build-spark/venv/bin/python spark/test_contentlint_job.py     (scripts/spark-job --test does the setup)

Runs in Spark's local[2] mode on a generated corpus; skipped when pyspark is not installed. The contentlint
binary is $CONTENTLINT, else .build/debug/contentlint, else .build/release/contentlint.
"""
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
import contentlint_job  # noqa: E402

HAS_PYSPARK = importlib.util.find_spec("pyspark") is not None


def binary():
    if os.environ.get("CONTENTLINT"):
        return os.path.abspath(os.environ["CONTENTLINT"])
    for build in ("debug", "release"):
        candidate = HERE.parent / ".build" / build / "contentlint"
        if candidate.exists():
            return str(candidate)
    raise unittest.SkipTest("contentlint is not built (swift build)")


class JSONEncodingTests(unittest.TestCase):
    def test_escapes_like_contentlint(self):
        self.assertEqual(contentlint_job.quoted('a"b\\c\n\t\x01\x7f\u2028é'), '"a\\"b\\\\c\\n\\t\\u0001\\u007f\\u2028é"')
        self.assertEqual(contentlint_job.encode({"b": [1, "x"], "a": {}}), '{"b":[1,"x"],"a":{}}')


@unittest.skipUnless(HAS_PYSPARK, "pyspark is not installed: python3 -m venv .build-spark/venv && "
                                  ".build-spark/venv/bin/pip install pyspark")
class SparkJobTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark import SparkConf, SparkContext
        configuration = (SparkConf().setMaster("local[2]").setAppName("contentlint-test")
                         .set("spark.ui.showConsoleProgress", "false").set("spark.ui.enabled", "false"))
        cls.spark = SparkContext.getOrCreate(configuration)
        cls.spark.setLogLevel("ERROR")

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()

    def test_report_equals_a_single_machine_run(self):
        contentlint = binary()
        with tempfile.TemporaryDirectory(prefix="contentlint-spark-") as folder:
            corpus.generate(Path(folder) / "posts", posts=80, seed=7)
            single = subprocess.run([contentlint, "lint", "--format", "json", "--fail-on", "none", "posts"],
                                    cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True).stdout
            stats = {}
            output = Path(folder) / "spark-report.json"
            contentlint_job.run_job(self.spark, "posts", output, contentlint, shards=3, cwd=folder, stats=stats)
            merged = output.read_bytes()
        self.assertEqual(merged.decode("utf-8"), single.decode("utf-8"))

        # The corpus exercises every corpus-wide decision, so the equality above means something.
        report = json.loads(single)
        kinds = collections.Counter()
        for file_report in report["files"]:
            for finding in file_report["findings"]:
                message = finding["message"]
                if finding["rule"] == "duplicate-paragraph":
                    self.assertFalse(finding["excerpt"].startswith("This article is general information"),
                                     "site boilerplate is never flagged")
                    if message.startswith("Post repeats"):
                        kinds["whole-post copy"] += 1
                    elif "in another post" in message:
                        kinds["cross-post repeat"] += 1
                    elif "nearly repeats" in message and "the one at line" not in message:
                        kinds["cross-post near repeat"] += 1
                        # A post whose copy source holds a text first points at the text's second holder:
                        # the case where the join's choice of representatives matters.
                        if "(100% similar)" in message:
                            kinds["repeat of a copy source's text"] += 1
                    elif "the one at line" in message:
                        kinds["repeat within a post"] += 1
                kinds[finding["rule"]] += 1
        for kind in ("whole-post copy", "cross-post repeat", "cross-post near repeat", "repeat within a post",
                     "repeat of a copy source's text", "ingest-error", "scrape-residue"):
            self.assertGreater(kinds[kind], 0, f"no {kind} in the generated corpus: {dict(kinds)}")
        self.assertEqual(stats["posts"], report["summary"]["files"] - kinds["ingest-error"])
        self.assertGreater(stats["pairs"], 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
