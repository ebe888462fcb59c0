"""How long extraction takes on hostile text, against ordinary postings of the same length, in one run.

    python benchmarks/pathological.py                 # 100,000 characters of each pattern
    python benchmarks/pathological.py --chars 200000  # the default maximum posting size

Each pattern of ``screener.extraction.hostile`` (runs of separators, nested brackets,
cue words, credential lists, ...) is repeated to the chosen length and
extracted once; so is the same length of ordinary posting text (the sample
postings, concatenated). The table gives the time, the ratio to ordinary
text, and the ratio to a tenth of the length (linear work: about 10).
Nothing is written; no network.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def best_time(function, repeats: int = 2) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=100_000, help="length of each text (default: 100000)")
    args = parser.parse_args()

    from screener import Screener
    from screener.extraction.hostile import hostile_texts

    screener = Screener(max_posting_chars=max(args.chars, 1))
    samples = sorted((ROOT / "sample_postings" / "postings").glob("*.txt"))
    ordinary = "\n\n".join(path.read_text(encoding="utf-8") for path in samples)
    ordinary = (ordinary * (args.chars // len(ordinary) + 1))[: args.chars]
    screener.extract(ordinary)
    baseline = best_time(lambda: screener.extract(ordinary))
    print(f"{args.chars:,} characters each; ordinary posting text: {baseline:.3f} s\n")
    print(f"{'pattern':28} {'time':>8} {'x ordinary':>11} {'x 1/10 length':>14}")
    tenth = hostile_texts(max(args.chars // 10, 1))
    worst = 0.0
    for name, text in hostile_texts(args.chars).items():
        screener.extract(tenth[name])
        elapsed = best_time(lambda text=text: screener.extract(text))
        short = best_time(lambda name=name: screener.extract(tenth[name]), repeats=3)
        worst = max(worst, elapsed)
        print(f"{name:28} {elapsed:7.3f}s {elapsed / baseline:10.1f}x {elapsed / short:13.1f}x")
    print(f"\nslowest: {worst:.3f} s ({worst / baseline:.1f} x ordinary text)")


if __name__ == "__main__":
    main()
