"""Throughput, scaling, memory and cold start of screener, against bare spaCy, in one run.

    python benchmarks/throughput.py            # the full run quoted in the README
    python benchmarks/throughput.py --quick    # a smaller run, for a quick look

Everything is measured on the same texts in the same run, so the ratios mean
something on any machine: the NHS bulk corpus (../shared/corpus/bulk, read
through screener's own JSON Lines reader) and the labelled postings, repeated.
The four throughput measures run in rounds (``--rounds``), one after the
other in each; a rate is the median over the rounds, and a ratio the median
of each round's ratio (the lowest and highest in brackets). Nothing is
written into the repository unless --output is given. No network.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "nhs-jobs-2020.jsonl.gz"
LABELLED = [ROOT.parent / "shared" / "corpus" / "postings", ROOT / "sample_postings" / "postings"]
PROFILE = ROOT / "sample_postings" / "profiles" / "rhia-five-years-inpatient.yaml"
TARGETS = {
    "extract_many": ">= 0.40 x baseline",
    "screen_many": ">= 0.33 x baseline",
    "n_process=2": ">= 1.7 x one process",
    "peak RSS": "< 400 MB, flat",
    "--help": "< 0.3 s",
    "extract one posting": "< 1.5 s",
}


def load_texts(limit: int) -> list[str]:
    """Bulk-corpus descriptions as screener's reader gives them, then the labelled postings repeated."""
    from screener import Screener

    screener = Screener()
    texts: list[str] = []
    if BULK.is_file():
        for item in screener.read_all(str(BULK)):
            if hasattr(item, "text"):
                texts.append(item.text)
            if len(texts) >= limit // 2:
                break
    labelled = [p.read_text(encoding="utf-8") for d in LABELLED if d.is_dir() for p in sorted(d.glob("*.txt"))]
    texts.extend(itertools.islice(itertools.cycle(labelled), limit - len(texts)))
    return texts


def rates_by_round(measures: dict[str, Callable[[list], Iterable]], items: list, rounds: int) -> list[dict[str, float]]:
    """Items per second of each measure, in each of ``rounds`` rounds.

    Each round runs every measure once, one after the other, so the measures
    of a round see the machine in the same state: on a shared host its speed
    drifts by a third from one minute to the next, and a ratio of two
    measures taken minutes apart would measure that drift.
    """
    results = []
    for _ in range(rounds):
        rates = {}
        for name, function in measures.items():
            start = time.perf_counter()
            for _ in function(items):
                pass
            rates[name] = len(items) / (time.perf_counter() - start)
        results.append(rates)
    return results


def ratio(by_round: list[dict[str, float]], measure: str, reference: str) -> str:
    """The median over the rounds of each round's ratio, with the lowest and highest."""
    ratios = sorted(rates[measure] / rates[reference] for rates in by_round)
    return f"{statistics.median(ratios):.2f} x ({ratios[0]:.2f}-{ratios[-1]:.2f})"


def independent_halves(extract: Callable[[list], Iterable], items: list) -> list:
    """Each half of ``items`` extracted in a forked process of its own, at the same time, with no communication.

    The most two processes can do on this machine: ``n_process=2`` can only
    come near it. On a shared host two busy cores are each slower than one.
    """
    children = []
    for half in (items[: len(items) // 2], items[len(items) // 2 :]):
        child = os.fork()
        if child == 0:
            for _ in extract(half):
                pass
            os._exit(0)
        children.append(child)
    for child in children:
        os.waitpid(child, 0)
    return []


def throughput(texts: list[str], rounds: int) -> list[tuple[str, str, str, str]]:
    import spacy

    from screener import Screener, load_profile

    nlp = spacy.blank("en")
    screener = Screener()
    profile = load_profile(PROFILE)
    list(screener.extract_many(texts[:50]))  # warm up caches (tokenizer, vocabulary)
    # in this order, each ratio is of two measures run one right after the other (halves: one apart)
    by_round = rates_by_round(
        {
            "screen": lambda t: screener.screen_many(t, profile, batch_size=64),
            "baseline": lambda t: nlp.pipe(t, batch_size=64),
            "extract": lambda t: screener.extract_many(t, batch_size=64),
            "two": lambda t: screener.extract_many(t, n_process=2, batch_size=64),
            "halves": lambda t: independent_halves(lambda half: screener.extract_many(half, batch_size=64), t),
        },
        texts,
        rounds,
    )

    def rate(measure: str) -> str:
        return f"{statistics.median(rates[measure] for rates in by_round):,.0f}/s"

    return [
        ("bare spacy.blank('en') nlp.pipe", rate("baseline"), "1.00 x baseline", ""),
        ("Screener.extract_many", rate("extract"), ratio(by_round, "extract", "baseline"), TARGETS["extract_many"]),
        (
            "Screener.screen_many (sample profile)",
            rate("screen"),
            ratio(by_round, "screen", "baseline"),
            TARGETS["screen_many"],
        ),
        ("extract_many n_process=2", rate("two"), ratio(by_round, "two", "extract"), TARGETS["n_process=2"]),
        (
            "two independent processes, a half each",
            rate("halves"),
            ratio(by_round, "halves", "extract"),
            "(this machine's ceiling)",
        ),
    ]


def rss_of(pid: int) -> int:
    """Resident memory of a process, in bytes (Linux /proc)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def streaming_memory(count: int) -> list[tuple[str, str, str, str]]:
    """Peak RSS of `screener extract --format jsonl` over ``count`` postings (the bulk corpus cycled)."""
    if not BULK.is_file():
        return [("peak RSS while streaming", "skipped: no bulk corpus", "", "")]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stream.jsonl.gz"
        with gzip.open(BULK, "rt", encoding="utf-8") as source:
            records = [line for line in source if line.strip()]
        with gzip.open(path, "wt", encoding="utf-8") as sink:
            for n, line in enumerate(itertools.islice(itertools.cycle(records), count)):
                record = json.loads(line)
                record["identifier"] = f"stream-{n}"
                sink.write(json.dumps(record) + "\n")
        process = subprocess.Popen(
            [sys.executable, "-m", "screener", "extract", str(path), "--format", "jsonl"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        samples: list[tuple[float, int]] = []
        start = time.perf_counter()

        def sample() -> None:
            while process.poll() is None:
                samples.append((time.perf_counter() - start, rss_of(process.pid)))
                time.sleep(0.5)

        watcher = threading.Thread(target=sample)
        watcher.start()
        process.wait()
        watcher.join()
        elapsed = time.perf_counter() - start
    values = [rss for _, rss in samples if rss]
    if not values:
        return [("peak RSS while streaming", "no samples", "", "")]
    tenth = max(1, len(values) // 10)
    early, late = max(values[tenth : 2 * tenth] or values), max(values[-tenth:])
    return [
        (
            f"peak RSS, {count:,} postings via CLI",
            f"{max(values) / 2**20:,.0f} MB",
            f"{count / elapsed:,.0f} postings/s; exit {process.returncode}",
            TARGETS["peak RSS"],
        ),
        (
            "RSS at 10-20% of the run vs last 10%",
            f"{early / 2**20:,.0f} MB -> {late / 2**20:,.0f} MB",
            f"{(late - early) / 2**20:+.0f} MB",
            "flat",
        ),
    ]


def cold_start(repeats: int) -> list[tuple[str, str, str, str]]:
    posting = ROOT / "sample_postings" / "postings" / "rhit-required.txt"

    def timed(*args: str) -> float:
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "screener", *args], capture_output=True, check=True)
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    return [
        ("screener --help (whole process)", f"{timed('--help'):.2f} s", f"median of {repeats}", TARGETS["--help"]),
        (
            "screener extract one posting (whole process)",
            f"{timed('extract', str(posting)):.2f} s",
            f"median of {repeats}",
            TARGETS["extract one posting"],
        ),
    ]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2,000 postings and a 10,000-posting stream")
    parser.add_argument("--postings", type=int, help="postings for the throughput runs (default 6,000)")
    parser.add_argument("--stream", type=int, help="postings streamed through the CLI (default 100,000)")
    parser.add_argument("--rounds", type=int, help="rounds of the throughput measures (default 5; 3 with --quick)")
    parser.add_argument("--output", type=Path, help="also write the table, as Markdown, to this file")
    args = parser.parse_args()
    postings = args.postings or (2_000 if args.quick else 6_000)
    stream = args.stream or (10_000 if args.quick else 100_000)

    texts = load_texts(postings)
    rounds = args.rounds or (3 if args.quick else 5)
    rows = throughput(texts, rounds) + cold_start(3 if args.quick else 5) + streaming_memory(stream)
    header = ("measure", "result", "ratio / detail", "target")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    title = f"screener benchmarks, {time.strftime('%Y-%m-%d')}, {machine()}, {len(texts):,} postings"
    lines = [title, ""] + [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]
    ]
    print("\n".join(lines))
    if args.output:
        table = ["| " + " | ".join(header) + " |", "|" + " --- |" * 4] + ["| " + " | ".join(r) + " |" for r in rows]
        args.output.write_text(title + "\n\n" + "\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
