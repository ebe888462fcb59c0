"""Machine instructions a posting (valgrind's callgrind), screener against bare spaCy, in one run.

    python benchmarks/instructions.py                  # NHS postings 51-250 and 51-3050, each measure twice
    python benchmarks/instructions.py --small 50 --large 200   # a quicker look at the stream's cold start

A rate in postings a second drifts by a third on a shared host from one
minute to the next; the count of instructions a process executes does not,
so a change of a percent between two commits can be told from noise. Each
measure runs in a child process under callgrind, once over the first
``--small`` postings and once over the first ``--large``; the difference over
the postings between is the count a posting, free of start-up (imports,
building the pipeline). The child reads all ``--large`` texts in both runs,
so reading them cancels out too.

Where the window lies decides the ratio. The first postings of a stream
cost bare spaCy most (every word is new to its vocabulary and tokenizer
cache), so over postings 51 to 250 the baseline counted 7.5 million
instructions a posting and over 251 to 3050 only 3.2 million, while
``extract_many`` fell from 10.8 to 7.8 million: a ratio of 0.69 on the
first window, 0.42 on the second. The issue's target is set on the whole
stream, which is warm, so the default window is the longer one.

The interpreter's hash seed is fixed (``--hash-seed``, 0 unless given): a
new seed each run changes the order and collisions of sets and dicts, and
moved one tree's count by 1.4% between two runs. Each measure is counted
``--repeats`` times; the table gives every count and their spread, so a
reader sees how far a difference is above it. The baseline is bare
``spacy.blank("en")`` tokenizing the same texts with the screener's
tokenizer cache size, as in ``throughput.py``; the ratio is the baseline's
count over the measure's (1.00 would be the speed of tokenizing alone).

Needs valgrind (Debian: ``apt-get install valgrind``) and the NHS bulk file
of the shared corpus. Nothing is written into the repository unless
``--output`` is given. No network.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEASURES = {
    "baseline": "bare spacy.blank('en') nlp.pipe, the screener's tokenizer cache",
    "extract_many": "Screener.extract_many",
}
_TOTAL = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)


def instructions_in(callgrind_output: str) -> int:
    """The total count of instructions a callgrind output file reports (its ``summary:`` or ``totals:`` line)."""
    found = _TOTAL.search(callgrind_output)
    if found is None:
        raise ValueError("no 'summary:' or 'totals:' line: not a callgrind output file")
    return int(found.group(1))


def per_posting(small_count: int, large_count: int, small: int, large: int) -> float:
    """Instructions a posting: what ``large - small`` more postings cost, over their number."""
    if large <= small:
        raise ValueError(f"--large ({large}) must be more than --small ({small})")
    return (large_count - small_count) / (large - small)


def spread(counts: list[float]) -> float:
    """How far apart the repeated counts of one measure are, as a share of their median."""
    return (max(counts) - min(counts)) / statistics.median(counts)


def child(measure: str, texts_file: str, count: int) -> None:
    """Run ``measure`` over the first ``count`` texts (under callgrind, started by :func:`count_instructions`)."""
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    chosen = texts[:count]
    if measure == "baseline":
        import spacy

        from screener.extraction.tokenizer import CACHE_ENTRIES

        nlp = spacy.blank("en")
        nlp.tokenizer.max_cache_size = CACHE_ENTRIES
        done = sum(1 for _ in nlp.pipe(chosen, batch_size=64))
    else:
        from screener import Screener

        done = sum(1 for _ in Screener().extract_many(chosen, batch_size=64))
    assert done == count, (done, count)


def count_instructions(measure: str, texts_file: str, count: int, hash_seed: int, workdir: Path) -> int:
    """The instructions one child process executes running ``measure`` over ``count`` texts."""
    output = workdir / f"{measure}.{count}.callgrind"
    environment = dict(os.environ, PYTHONHASHSEED=str(hash_seed))
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={output}",
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        measure,
        texts_file,
        str(count),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"{measure} over {count} postings failed under valgrind:\n{result.stderr[-2000:]}")
    return instructions_in(output.read_text(encoding="utf-8", errors="replace"))


def table(counts: dict[str, list[float]], small: int, large: int, skip: int, hash_seed: int) -> str:
    baseline = statistics.median(counts["baseline"])
    lines = [
        f"Instructions a posting (callgrind), NHS postings {skip + 1}-{skip + small} and {skip + 1}-{skip + large},"
        f" PYTHONHASHSEED={hash_seed}",
        "",
        "| measure | instructions a posting (each run) | median | spread | vs baseline |",
        "| --- | --- | --- | --- | --- |",
    ]
    for measure, found in counts.items():
        median = statistics.median(found)
        each = ", ".join(f"{value:,.0f}" for value in found)
        lines.append(
            f"| {MEASURES[measure]} | {each} | {median:,.0f} | {spread(found):.2%} | {baseline / median:.3f} x |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=200, help="postings of the shorter run (default 200)")
    parser.add_argument("--large", type=int, default=3000, help="postings of the longer run (default 3000)")
    parser.add_argument("--skip", type=int, default=50, help="bulk postings skipped first (default 50)")
    parser.add_argument("--repeats", type=int, default=2, help="counts of each measure (default 2)")
    parser.add_argument("--hash-seed", type=int, default=0, help="PYTHONHASHSEED of every run (default 0)")
    parser.add_argument("--measure", choices=sorted(MEASURES), action="append", help="only these (and baseline)")
    parser.add_argument("--output", type=Path, help="also write the table to this Markdown file")
    parser.add_argument("--child", nargs=3, metavar=("MEASURE", "TEXTS", "COUNT"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        measure, texts_file, count = arguments.child
        child(measure, texts_file, int(count))
        return
    if shutil.which("valgrind") is None:
        parser.exit(2, "instructions.py: valgrind is not installed (Debian: apt-get install valgrind)\n")
    # the texts as throughput.py reads them (this script's folder is first on sys.path when it runs)
    from throughput import BULK, nhs_texts

    if not BULK.is_file():
        parser.exit(2, f"instructions.py: the NHS bulk file is missing: {BULK}\n")
    if arguments.large <= arguments.small or arguments.small < 0 or arguments.repeats < 1:
        parser.exit(2, "instructions.py: give 0 <= --small < --large and --repeats >= 1\n")
    measures = ["baseline", *[m for m in MEASURES if m != "baseline" and m in (arguments.measure or MEASURES)]]
    with tempfile.TemporaryDirectory(prefix="screener-instructions-") as directory:
        workdir = Path(directory)
        texts_file = workdir / "texts.json"
        texts = nhs_texts(arguments.skip + arguments.large)[arguments.skip :]
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        counts: dict[str, list[float]] = {measure: [] for measure in measures}
        for repeat in range(1, arguments.repeats + 1):
            for measure in measures:
                small, large = (
                    count_instructions(measure, str(texts_file), n, arguments.hash_seed, workdir)
                    for n in (arguments.small, arguments.large)
                )
                counts[measure].append(per_posting(small, large, arguments.small, arguments.large))
                print(f"  run {repeat}/{arguments.repeats}: {measure} {counts[measure][-1]:,.0f}", file=sys.stderr)
    printed = table(counts, arguments.small, arguments.large, arguments.skip, arguments.hash_seed)
    print(printed, end="")
    if arguments.output:
        arguments.output.write_text(printed, encoding="utf-8")


if __name__ == "__main__":
    main()
