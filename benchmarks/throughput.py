"""Throughput, scaling, memory and cold start of screener, against bare spaCy, in one run.

    python benchmarks/throughput.py            # the full run quoted in the README
    python benchmarks/throughput.py --quick    # a smaller run, for a quick look

Everything is measured in the same run, so the ratios mean something on any
machine. The texts are a stream of distinct real postings: the NHS bulk file
of the shared corpus (../shared/corpus/bulk, 14,842 postings) read through
screener's own JSON Lines reader, each text once per round. Every measure of
a round starts cold: its spaCy pipeline or Screener is built afresh (outside
the timing), so each pays, as a real run does, for the words it meets for the
first time (new vocabulary entries, tokenizer cache misses). The baseline,
bare ``spacy.blank("en")``, gets the same tokenizer cache size as screener's
tokenizer (``screener.extraction.tokenizer.CACHE_ENTRIES``), so the ratio measures the
screener's work and not a cache setting; spaCy as shipped (a cache of 10,000
chunks) is a row of its own. The labelled postings, repeated (so warm), are
an extra row.

The measures run in rounds (``--rounds``), one after the other in each; a
rate is the median over the rounds, and a ratio the median of each round's
ratio (the lowest and highest in brackets). The command line runs on the bulk
file with ``--jobs 1`` and ``--jobs 2``, also in rounds. Nothing is written
into the repository unless --output is given. No network.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from screener import hookimpl  # cheap: spaCy is imported when a Screener is built

ROOT = Path(__file__).resolve().parent.parent
BULK = ROOT.parent / "shared" / "corpus" / "bulk" / "nhs-jobs-2020.jsonl.gz"
LABELLED = [ROOT.parent / "shared" / "corpus" / "postings", ROOT / "sample_postings" / "postings"]
PROFILE = ROOT / "sample_postings" / "profiles" / "rhia-five-years-inpatient.yaml"
SYNTHETIC_TERMS = 30_000
TARGETS = {
    "extract_many": ">= 0.70 x baseline",
    "screen_many": ">= 0.33 x baseline",
    "terms": ">= 0.80 x extract_many",
    "n_process=2": ">= 1.7 x one process",
    "--jobs 2": ">= 1.7 x --jobs 1",
    "peak RSS": "< 400 MB, flat",
    "--help": "< 0.3 s",
    "extract one posting": "< 1.5 s",
}

Row = tuple[str, str, str, str]
#: a measure: builds what it runs (not timed) and returns the timed part, which returns the postings it did
Measure = Callable[[], Callable[[], int]]


class SyntheticTerms:
    """A plugin with 15,000 software skills, each an id and a name: 30,000 terms for the vocabulary."""

    @staticmethod
    def words(count: int) -> list[str]:
        syllables = ["ka", "lo", "rin", "bex", "ov", "an", "tri", "mu", "sel", "dor", "qua", "ven", "pli", "zar"]
        return [
            "".join(parts).capitalize() for parts in itertools.islice(itertools.product(syllables, repeat=4), count)
        ]

    @hookimpl
    def screener_skills(self) -> list[dict[str, str]]:
        kinds = ["Analytics", "Suite", "Coder", "Registry", "Billing"]
        return [
            {"id": f"SYN-{n:05d}", "name": f"{word} {kinds[n % len(kinds)]}", "category": "software"}
            for n, word in enumerate(self.words(SYNTHETIC_TERMS // 2))
        ]


def nhs_texts(limit: int) -> list[str]:
    """The bulk corpus's postings as screener's reader gives them: distinct real texts."""
    from screener import Posting, Screener

    texts: list[str] = []
    for item in Screener().read_all(str(BULK)):
        if isinstance(item, Posting):
            texts.append(item.text)
        if len(texts) >= limit:
            break
    return texts


def labelled_texts(count: int) -> list[str]:
    labelled = [p.read_text(encoding="utf-8") for d in LABELLED if d.is_dir() for p in sorted(d.glob("*.txt"))]
    return list(itertools.islice(itertools.cycle(labelled), count))


def rates_by_round(measures: dict[str, tuple[Measure, int]], rounds: int) -> list[dict[str, float]]:
    """Postings per second of each measure, in each of ``rounds`` rounds.

    Each round runs every measure once, one after the other, so the measures
    of a round see the machine in the same state: on a shared host its speed
    drifts by a third from one minute to the next, and a ratio of two
    measures taken minutes apart would measure that drift.
    """
    results = []
    for number in range(1, rounds + 1):
        rates = {}
        for name, (prepare, count) in measures.items():
            run = prepare()
            gc.collect()  # the last measure's pipeline, freed now rather than in the middle of this one
            start, cpu = time.perf_counter(), cpu_seconds()
            done = run()
            elapsed = time.perf_counter() - start
            assert done == count, (name, done, count)
            rates[name] = count / elapsed
            rates[f"{name} cpu"] = cpu_seconds() - cpu
        results.append(rates)
        shown = ", ".join(f"{k} {v:,.0f}/s" for k, v in rates.items() if not k.endswith(" cpu"))
        print(f"  round {number}/{rounds}: {shown}", file=sys.stderr)
    return results


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (workers included), in seconds."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def cpu_row(by_round: list[dict[str, float]], measure: str, reference: str, label: str) -> Row:
    """The CPU time of ``measure``, all processes, against ``reference``'s: what an idle 2-core host would give.

    Two processes that do ``k`` times the work (in CPU seconds) of one can at
    best be ``2 / k`` times as fast, on two cores nobody else uses. On a
    shared host the CPU time is inflated too, but far less than the wall time.
    """
    ratios = sorted(rates[f"{measure} cpu"] / rates[f"{reference} cpu"] for rates in by_round)
    work = statistics.median(ratios)
    seconds = statistics.median(rates[f"{measure} cpu"] for rates in by_round)
    return (
        f"  {label}",
        f"{seconds:,.1f} s CPU",
        f"{work:.2f} x the work ({ratios[0]:.2f}-{ratios[-1]:.2f})",
        f"(idle 2 cores: <= {2 / work:.2f} x)",
    )


def ratio(by_round: list[dict[str, float]], measure: str, reference: str) -> str:
    """The median over the rounds of each round's ratio, with the lowest and highest."""
    ratios = sorted(rates[measure] / rates[reference] for rates in by_round)
    return f"{statistics.median(ratios):.2f} x ({ratios[0]:.2f}-{ratios[-1]:.2f})"


def rate(by_round: list[dict[str, float]], measure: str) -> str:
    return f"{statistics.median(rates[measure] for rates in by_round):,.0f}/s"


def count(items: Iterable[object]) -> int:
    return sum(1 for _ in items)


def independent_halves(extract: Callable[[list[str]], Iterable[object]], items: list[str]) -> int:
    """Each half of ``items`` extracted in a forked process of its own, at the same time, with no communication.

    The most two processes can do on this machine: ``n_process=2`` can only
    come near it. On a shared host two busy cores are each slower than one.
    """
    children = []
    for half in (items[: len(items) // 2], items[len(items) // 2 :]):
        child = os.fork()
        if child == 0:
            code = 0 if count(extract(half)) == len(half) else 1
            os._exit(code)
        children.append(child)
    statuses = [os.waitpid(child, 0)[1] for child in children]
    assert statuses == [0, 0], statuses
    return len(items)


def throughput(texts: list[str], labelled: list[str], rounds: int) -> list[Row]:
    import spacy

    from screener import Screener, load_profile
    from screener.extraction.tokenizer import CACHE_ENTRIES

    profile = load_profile(PROFILE)
    plugin = SyntheticTerms()
    extra_terms = count(Screener(plugins=[plugin]).knowledge.terms()) - count(Screener().knowledge.terms())
    assert extra_terms == SYNTHETIC_TERMS, extra_terms

    def bare(cache_entries: int | None, items: list[str]) -> Measure:
        def prepare() -> Callable[[], int]:
            nlp = spacy.blank("en")
            if cache_entries is not None:
                nlp.tokenizer.max_cache_size = cache_entries
            return lambda: count(nlp.pipe(items, batch_size=64))

        return prepare

    def screener(run: Callable[[Screener], Iterable[object]], plugins: list[object] | None = None) -> Measure:
        def prepare() -> Callable[[], int]:
            built = Screener(plugins=plugins) if plugins else Screener()
            return lambda: count(run(built))

        return prepare

    n = len(texts)
    # in this order, the ratios are of measures run one right after the other (or one apart)
    by_round = rates_by_round(
        {
            "halves": (screener(lambda s: [None] * independent_halves(s.extract_many, texts)), n),
            "two": (screener(lambda s: s.extract_many(texts, n_process=2, batch_size=64)), n),
            "terms": (screener(lambda s: s.extract_many(texts, batch_size=64), [plugin]), n),
            "extract": (screener(lambda s: s.extract_many(texts, batch_size=64)), n),
            "baseline": (bare(CACHE_ENTRIES, texts), n),
            "screen": (screener(lambda s: s.screen_many(texts, profile, batch_size=64)), n),
            "spacy_default": (bare(None, texts), n),
            "labelled_baseline": (bare(CACHE_ENTRIES, labelled), len(labelled)),
            "labelled_extract": (screener(lambda s: s.extract_many(labelled, batch_size=64)), len(labelled)),
        },
        rounds,
    )
    cache = f"cache {CACHE_ENTRIES:,}"
    return [
        (f"bare spacy.blank('en') nlp.pipe, {cache}", rate(by_round, "baseline"), "1.00 x baseline", ""),
        (
            "bare spacy.blank('en'), spaCy's cache 10,000",
            rate(by_round, "spacy_default"),
            ratio(by_round, "spacy_default", "baseline"),
            "(spaCy as shipped)",
        ),
        (
            "Screener.extract_many",
            rate(by_round, "extract"),
            ratio(by_round, "extract", "baseline"),
            TARGETS["extract_many"],
        ),
        (
            "Screener.extract_many vs spaCy as shipped",
            "",
            ratio(by_round, "extract", "spacy_default"),
            "",
        ),
        (
            "Screener.screen_many (sample profile)",
            rate(by_round, "screen"),
            ratio(by_round, "screen", "baseline"),
            TARGETS["screen_many"],
        ),
        (
            f"extract_many, {SYNTHETIC_TERMS:,} more plugin terms",
            rate(by_round, "terms"),
            ratio(by_round, "terms", "extract") + " extract_many",
            TARGETS["terms"],
        ),
        ("extract_many n_process=2", rate(by_round, "two"), ratio(by_round, "two", "extract"), TARGETS["n_process=2"]),
        cpu_row(by_round, "two", "extract", "CPU time, all processes"),
        (
            "two independent processes, a half each",
            rate(by_round, "halves"),
            ratio(by_round, "halves", "extract"),
            "(this machine's ceiling)",
        ),
        cpu_row(by_round, "halves", "extract", "CPU time, both processes"),
        (
            f"labelled postings repeated ({len(labelled):,}, warm)",
            rate(by_round, "labelled_extract"),
            ratio(by_round, "labelled_extract", "labelled_baseline"),
            "(extract_many / baseline)",
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


def children_of(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


class CliRun:
    """One ``screener`` command: wall time, RSS sampled (the process and its workers), exit status, output digest."""

    def __init__(self, arguments: list[str], output: Path) -> None:
        samples: list[tuple[int, int]] = []  # (main process, main process and its workers)
        start, cpu = time.perf_counter(), cpu_seconds()
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [sys.executable, "-m", "screener", *arguments], stdout=sink, stderr=subprocess.DEVNULL
            )

            def sample() -> None:
                while process.poll() is None:
                    main = rss_of(process.pid)
                    samples.append((main, main + sum(rss_of(c) for c in children_of(process.pid))))
                    time.sleep(0.5)

            watcher = threading.Thread(target=sample)
            watcher.start()
            process.wait()
            watcher.join()
        self.elapsed = time.perf_counter() - start
        self.cpu = cpu_seconds() - cpu  # the command and its workers
        self.exit = process.returncode
        self.samples = [s for s in samples if s[0]]
        self.digest = hashlib.sha256(output.read_bytes()).hexdigest()


def command_line(postings: int, rounds: int) -> list[Row]:
    """``screener extract BULK --format jsonl`` with --jobs 1 and 2, and two independent halves, in rounds."""
    if not BULK.is_file():
        return [("command line on the bulk file", "skipped: no bulk corpus", "", "")]
    with tempfile.TemporaryDirectory() as folder:
        with gzip.open(BULK, "rt", encoding="utf-8") as source:
            lines = list(itertools.islice(source, postings))
        bulk = Path(folder) / "bulk.jsonl.gz" if postings < 14_842 else BULK
        halves = [Path(folder) / "first.jsonl.gz", Path(folder) / "second.jsonl.gz"]
        for path, part in zip(halves, (lines[: len(lines) // 2], lines[len(lines) // 2 :]), strict=True):
            path.write_bytes(gzip.compress("".join(part).encode("utf-8")))
        if bulk != BULK:
            bulk.write_bytes(gzip.compress("".join(lines).encode("utf-8")))
        arguments = ["extract", str(bulk), "--format", "jsonl"]
        by_round: list[dict[str, float]] = []
        runs: dict[str, list[CliRun]] = {"one": [], "two": []}
        for number in range(1, rounds + 1):
            one = CliRun(arguments, Path(folder) / "one.jsonl")
            two = CliRun([*arguments, "--jobs", "2"], Path(folder) / "two.jsonl")
            start, cpu = time.perf_counter(), cpu_seconds()
            processes = [
                subprocess.Popen(
                    [sys.executable, "-m", "screener", "extract", str(half), "--format", "jsonl"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for half in halves
            ]
            assert [p.wait() for p in processes] == [0, 0]
            halves_elapsed, halves_cpu = time.perf_counter() - start, cpu_seconds() - cpu
            runs["one"].append(one)
            runs["two"].append(two)
            by_round.append(
                {
                    "one": len(lines) / one.elapsed,
                    "two": len(lines) / two.elapsed,
                    "halves": len(lines) / halves_elapsed,
                    "one cpu": one.cpu,
                    "two cpu": two.cpu,
                    "halves cpu": halves_cpu,
                }
            )
            print(
                f"  command line round {number}/{rounds}: --jobs 1 {one.elapsed:.1f} s, --jobs 2 {two.elapsed:.1f} s,"
                f" two halves {halves_elapsed:.1f} s",
                file=sys.stderr,
            )
    same = all(r.digest == runs["one"][0].digest for r in runs["one"] + runs["two"])
    exits = sorted({r.exit for r in runs["one"] + runs["two"]})
    one_peak = max(main for r in runs["one"] for main, _ in r.samples) if runs["one"][0].samples else 0
    two_peak = max(total for r in runs["two"] for _, total in r.samples) if runs["two"][0].samples else 0
    return [
        (
            f"screener extract, {len(lines):,} NHS postings, --jobs 1",
            f"{statistics.median(len(lines) / r.elapsed for r in runs['one']):,.0f}/s",
            f"{statistics.median(r.elapsed for r in runs['one']):.1f} s; peak RSS {one_peak / 2**20:,.0f} MB",
            "",
        ),
        (
            "screener extract --jobs 2",
            f"{statistics.median(len(lines) / r.elapsed for r in runs['two']):,.0f}/s",
            ratio(by_round, "two", "one"),
            TARGETS["--jobs 2"],
        ),
        cpu_row(by_round, "two", "one", "CPU time, all processes"),
        (
            "  output of --jobs 2 the same as --jobs 1",
            "yes" if same else "NO",
            f"exit {', '.join(map(str, exits))}; RSS of all processes {two_peak / 2**20:,.0f} MB",
            "byte for byte",
        ),
        (
            "two independent CLI processes, a half each",
            f"{statistics.median(r['halves'] for r in by_round):,.0f}/s",
            ratio(by_round, "halves", "one"),
            "(this machine's ceiling)",
        ),
        cpu_row(by_round, "halves", "one", "CPU time, both processes"),
    ]


def streaming_memory(count: int) -> list[Row]:
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
        run = CliRun(["extract", str(path), "--format", "jsonl"], Path(folder) / "out.jsonl")
    values = [main for main, _ in run.samples]
    if not values:
        return [("peak RSS while streaming", "no samples", "", "")]
    tenth = max(1, len(values) // 10)
    early, late = max(values[tenth : 2 * tenth] or values), max(values[-tenth:])
    return [
        (
            f"peak RSS, {count:,} postings via CLI",
            f"{max(values) / 2**20:,.0f} MB",
            f"{count / run.elapsed:,.0f} postings/s; exit {run.exit}",
            TARGETS["peak RSS"],
        ),
        (
            "RSS at 10-20% of the run vs last 10%",
            f"{early / 2**20:,.0f} MB -> {late / 2**20:,.0f} MB",
            f"{(late - early) / 2**20:+.0f} MB",
            "flat",
        ),
    ]


def cold_start(repeats: int) -> list[Row]:
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
    load = ", load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else ""
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, "
        f"Python {platform.python_version()}{load}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2,000 postings and a 10,000-posting stream")
    parser.add_argument("--postings", type=int, help="NHS postings for the throughput runs (default all, 14,842)")
    parser.add_argument("--stream", type=int, help="postings streamed through the CLI (default 100,000)")
    parser.add_argument("--rounds", type=int, help="rounds of the throughput measures (default 5; 3 with --quick)")
    parser.add_argument("--output", type=Path, help="also write the table, as Markdown, to this file")
    args = parser.parse_args()
    postings = args.postings or (2_000 if args.quick else 14_842)
    stream = args.stream or (10_000 if args.quick else 100_000)
    rounds = args.rounds or (3 if args.quick else 5)

    started = machine()
    texts = nhs_texts(postings)
    labelled = labelled_texts(min(2_000, max(len(texts) // 5, 20)))
    rows = (
        throughput(texts, labelled, rounds)
        + command_line(len(texts), rounds)
        + cold_start(3 if args.quick else 5)
        + streaming_memory(stream)
    )
    header = ("measure", "result", "ratio / detail", "target")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    title = f"screener benchmarks, {time.strftime('%Y-%m-%d')}, {started}, {len(texts):,} NHS postings"
    lines = [title, ""] + [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]
    ]
    print("\n".join(lines))
    if args.output:
        table = ["| " + " | ".join(header) + " |", "|" + " --- |" * 4] + ["| " + " | ".join(r) + " |" for r in rows]
        args.output.write_text(title + "\n\n" + "\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
