"""A seeded corpus of blog posts that exercises every corpus-wide decision of duplicate-paragraph.

Posts are text and HTML in nested folders. Some share a paragraph exactly with one to three other posts,
some carry a near copy (one word changed) of another post's paragraph, most end with the same disclaimer
(site boilerplate: more than half the posts hold it), a fifth carry the same newsletter line (shared widely
but not boilerplate), a few repeat a paragraph within the post, a few are
saved twice (as text and as HTML: a whole-post copy), a few carry assistant leftovers or page furniture,
and one file is not text at all (an ingest error).

    python3 spark/corpus.py OUT_DIR --posts 1000 [--seed 7]
"""
import argparse
import html
import random
from pathlib import Path

WORDS = ("time people year way day thing world life hand part child eye woman place work week case point "
         "government company number group problem fact garden river kitchen window morning evening market "
         "journey habit routine season recipe harvest mountain coastline library village harbour meadow "
         "careful quiet bright gentle steady simple honest patient curious practical seasonal generous "
         "plant water prune measure compare gather explain notice improve prepare travel visit share "
         "balance schedule budget invoice ledger shelter lantern compass orchard vineyard workshop").split()
DISCLAIMER = ("This article is general information for our readers and does not replace advice from a "
              "qualified professional who knows your situation.")
POPULAR = "Subscribe to our newsletter for a new seasonal recipe and a practical garden tip every week."
LEFTOVERS = [
    "Let me know if you'd like a shorter version or a translation into French!",
    "Back to Blog",
    "Share this post",
]


def sentence(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))


def near_copy(rng, text):
    words = text.split(" ")
    index = rng.randrange(1, len(words) - 1)
    words[index] = rng.choice([w for w in WORDS if w != words[index].strip(".")])
    return " ".join(words)


def as_text(title, paragraphs):
    return title + "\n\n" + "".join(p + "\n\n" for p in paragraphs)


def as_html(title, paragraphs):
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><title>{html.escape(title)}</title></head>\n<body>\n"
            f"<article>\n<h1>{html.escape(title)}</h1>\n{body}</article>\n</body></html>\n")


def generate(folder, posts, seed=7):
    """Writes `posts` posts (plus a few whole-post copies and one unreadable file) under `folder`."""
    rng = random.Random(seed)
    folder = Path(folder)
    shared = [paragraph(rng) for _ in range(max(3, posts // 8))]
    for index in range(posts):
        title = f"Notes on the {rng.choice(WORDS)} {rng.choice(WORDS)}, part {index}"
        paragraphs = [paragraph(rng) for _ in range(rng.randint(3, 6))]
        if rng.random() < 0.3:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(shared))
        if rng.random() < 0.15:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), near_copy(rng, rng.choice(shared)))
        if rng.random() < 0.2:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), POPULAR)
        if rng.random() < 0.08:
            paragraphs.append(paragraphs[0])
        if rng.random() < 0.6:
            paragraphs.append(DISCLAIMER)
        if rng.random() < 0.1:
            paragraphs.append(rng.choice(LEFTOVERS))
        section = folder / f"section-{index % 5}"
        section.mkdir(parents=True, exist_ok=True)
        name = f"post-{index:05d}"
        if rng.random() < 0.5:
            (section / f"{name}.txt").write_text(as_text(title, paragraphs), encoding="utf-8")
        else:
            (section / f"{name}.html").write_text(as_html(title, paragraphs), encoding="utf-8")
        if index % 40 == 7:
            copy = folder / "copies" / f"{name}-saved.html"
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(as_html(title, paragraphs), encoding="utf-8")
    (folder / "section-0" / "broken.txt").write_bytes(b"\x00\xff\xfe\x00 not text")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    generate(arguments.out, arguments.posts, arguments.seed)


if __name__ == "__main__":
    main()
