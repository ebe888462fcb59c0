"""Command line of the fuzz harness: ``python -m fuzz --target all --minutes 10`` from the project root.

Exit codes: 0 no finding, 1 findings (saved under ``--findings``), 2 usage error.
``--reproduce PATH`` replays one saved input and shows its traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .engine import Options, reproduce, run_targets
from .targets import TARGETS


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m fuzz",
        description="Fuzz the screener's extractor, readers and profile loader for a chosen time per target.",
        epilog="targets: " + "; ".join(f"{t.name}: {t.description}" for t in TARGETS.values()),
    )
    parser.add_argument(
        "--target",
        action="append",
        metavar="NAME",
        help=f"a target ({', '.join(TARGETS)}) or 'all'; may be given more than once (default: all)",
    )
    budget = parser.add_mutually_exclusive_group()
    budget.add_argument("--minutes", type=float, help="how long to fuzz each target, in minutes")
    budget.add_argument("--seconds", type=float, help="how long to fuzz each target, in seconds (default: 60)")
    parser.add_argument("--jobs", type=int, default=1, help="targets fuzzed at the same time (default: 1)")
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds one input may take before it is a hang (default: 30)"
    )
    parser.add_argument(
        "--findings", type=Path, default=Path("fuzz-findings"), help="where findings go (default: fuzz-findings/)"
    )
    parser.add_argument(
        "--plugin", action="append", default=[], metavar="FILE.py", help="also load this screener plugin file"
    )
    parser.add_argument("--seed", type=int, help="the random seed, to repeat a run exactly")
    parser.add_argument(
        "--engine",
        choices=["hypothesis", "atheris"],
        default="hypothesis",
        help="hypothesis (default): random inputs, failures shrunk; atheris: coverage-guided with libFuzzer "
        "(pip install -e '.[fuzz]')",
    )
    parser.add_argument(
        "--stop-on-finding", action="store_true", help="end a target's run at its first finding (once shrunk)"
    )
    parser.add_argument("--reproduce", type=Path, metavar="INPUT", help="replay one saved input and exit")
    arguments = parser.parse_args(argv)
    names = arguments.target or ["all"]
    unknown = [n for n in names if n != "all" and n not in TARGETS]
    if unknown:
        parser.error(f"unknown target {unknown[0]!r}; choose from all, {', '.join(TARGETS)}")
    arguments.targets = list(TARGETS) if "all" in names else list(dict.fromkeys(names))
    seconds = arguments.minutes * 60 if arguments.minutes is not None else arguments.seconds
    arguments.budget = 60.0 if seconds is None else seconds
    if arguments.budget <= 0 or arguments.timeout <= 0 or arguments.jobs < 1:
        parser.error("--minutes/--seconds, --timeout and --jobs must be above 0")
    if arguments.engine == "atheris":
        try:
            import atheris  # noqa: F401
        except ImportError:
            parser.error("--engine atheris needs atheris: pip install -e '.[fuzz]'")
    for plugin in arguments.plugin:
        if not Path(plugin).is_file():
            parser.error(f"--plugin {plugin}: no such file")
    return arguments


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    plugins = tuple(str(Path(p).resolve()) for p in arguments.plugin)
    if arguments.reproduce is not None:
        return _reproduce(arguments, plugins)
    options = Options(
        seconds=arguments.budget,
        timeout=arguments.timeout,
        findings=arguments.findings,
        plugin_files=plugins,
        seed=arguments.seed,
        engine=arguments.engine,
        stop_on_finding=arguments.stop_on_finding,
        report=lambda line: print(line, flush=True),
    )
    results = run_targets(arguments.targets, options, jobs=arguments.jobs)
    print("fuzz: summary", flush=True)
    for result in results:
        print(
            f"fuzz: {result.target}: {result.inputs} inputs in {result.seconds:.0f} s, {len(result.findings)} findings",
            flush=True,
        )
        for finding in result.findings:
            print(f"fuzz:   {finding.kind}: {finding.signature} -> {finding.directory}", flush=True)
    found = sum(len(r.findings) for r in results)
    print(f"fuzz: total: {sum(r.inputs for r in results)} inputs, {found} findings", flush=True)
    return 1 if found else 0


def _reproduce(arguments: argparse.Namespace, plugins: tuple[str, ...]) -> int:
    path = arguments.reproduce
    if not path.is_file():
        print(f"fuzz: {path}: no such file", file=sys.stderr)
        return 2
    # findings/TARGET/KIND-HASH/input.ext names its target; --target says it for a file kept elsewhere
    target = arguments.target[0] if arguments.target and arguments.target[0] != "all" else path.parent.parent.name
    if target not in TARGETS:
        print(f"fuzz: {path}: say which target it is for with --target", file=sys.stderr)
        return 2
    exc = reproduce(path, target, plugins)
    if exc is None:
        print(f"fuzz: {target}: {path} passes")
        return 0
    import traceback

    traceback.print_exception(exc)
    print(f"fuzz: {target}: {path} fails: {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
