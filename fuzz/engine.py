"""Runs targets for a time budget: hypothesis in worker processes, watched for hangs and crashes.

Each target runs in a worker process that calls a hypothesis property over
and over, each time with a fresh random seed, until the budget ends.
Hypothesis shrinks a failing input before it is saved. Before each input the
worker writes it to a file and notes the time; the parent process watches,
and an input still running after the per-input timeout is a hang: the
parent kills the worker, saves that input, and starts a new worker. A
worker that dies (a crash in C code) is saved the same way.

A finding is saved under ``FINDINGS/TARGET/KIND-HASH/``: the input as a file
(``input.pdf``), and ``report.txt`` with what went wrong and the command that
replays it. Findings with the same signature (exception type and place, or
property broken) share a folder, which keeps the smallest input.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import math
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .targets import TARGETS, Case, Context

#: inputs per hypothesis run: a run costs a little setup, and the stop flag is looked at between inputs anyway
BATCH = 100
#: how long a worker may take to build its screener and seed files before it counts as failed
STARTUP_LIMIT = 600
REPRODUCE = "python -m fuzz --reproduce {path}"


@dataclass
class Options:
    seconds: float
    timeout: float = 30.0
    findings: Path = Path("fuzz-findings")
    plugin_files: tuple[str, ...] = ()
    seed: int | None = None
    report: Any = print
    #: "hypothesis" (random generation, shrinking) or "atheris" (coverage-guided, the optional ``fuzz`` extra)
    engine: str = "hypothesis"
    #: end a target's run at its first finding (with that finding shrunk) instead of going on
    stop_on_finding: bool = False


@dataclass
class Finding:
    target: str
    kind: str
    signature: str
    directory: Path


@dataclass
class Result:
    target: str
    seconds: float = 0.0
    inputs: int = 0
    workers: int = 0
    findings: list[Finding] = field(default_factory=list)


# --------------------------------------------------------------------------- saving findings


def save_finding(findings: Path, target: str, kind: str, signature: str, case: Case, details: str) -> Finding:
    """Write the input and a report; a folder already holding this signature keeps the smaller input."""
    digest = hashlib.sha1(f"{target}\n{kind}\n{signature}".encode()).hexdigest()[:10]
    directory = findings / target / f"{kind}-{digest}"
    directory.mkdir(parents=True, exist_ok=True)
    existing = [p for p in directory.glob("input*") if p.is_file()]
    if existing and existing[0].stat().st_size <= len(case.data):
        return Finding(target, kind, signature, directory)
    for old in existing:
        old.unlink()
    path = directory / f"input{case.suffix}"
    path.write_bytes(case.data)
    (directory / "report.txt").write_text(
        f"target: {target}\nkind: {kind}\nsignature: {signature}\ninput: {path.name} ({len(case.data)} bytes)\n"
        f"reproduce: {REPRODUCE.format(path=path)}\n\n{details}\n",
        encoding="utf-8",
    )
    return Finding(target, kind, signature, directory)


def signature_of(exc: BaseException) -> str:
    """What makes two failures the same bug: a broken property's name, or the exception's type and place."""
    if isinstance(exc, AssertionError):
        return "property: " + str(exc).split(":", 1)[0]
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name}" if frames else ""
    return f"{type(exc).__name__}{where}"


def describe(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)).rstrip()


def _short(exc: BaseException) -> str:
    """The last lines of a traceback, without hypothesis's (possibly huge) repr of the strategy."""
    lines = traceback.format_exception(exc)
    return "".join(lines[-3:])[-2000:].rstrip()


# --------------------------------------------------------------------------- the worker


@dataclass
class _Shared:
    """What a worker and the parent share: when the current input started (0: none running), and a count."""

    started: Any
    ready: Any
    count: Any
    stop: Any
    queue: Any
    current: Path


def _worker(target_name: str, options: Options, shared: _Shared, seed: int, workdir: str) -> None:
    from hypothesis.errors import HypothesisWarning

    warnings.simplefilter("ignore", HypothesisWarning)  # e.g. "overly large repr" of strategies over seed files
    logging.disable(logging.CRITICAL)  # the parsers' complaints about damaged files: findings are what counts
    target = TARGETS[target_name]
    ctx = Context(Path(workdir), options.plugin_files)
    ctx.screener  # noqa: B018 - build it (and the seeds) before the clock of the first input starts
    strategy = target.strategy(ctx)
    current = os.open(shared.current, os.O_WRONLY | os.O_CREAT, 0o600)
    if options.engine == "atheris":
        _run_atheris(target_name, ctx, strategy, options, shared, current, seed)
        return
    shared.ready.value = time.monotonic()  # the time budget counts from here
    rng = random.Random(seed)
    while not shared.stop.is_set():
        _run_once(target_name, ctx, strategy, options, shared, current, rng.getrandbits(64))


def _run_atheris(
    target_name: str, ctx: Context, strategy: Any, options: Options, shared: _Shared, current: int, seed: int
) -> None:
    """libFuzzer, through atheris, drives hypothesis's generators: inputs that reach new code are kept and mutated.

    Nothing is shrunk; each failure is saved (a folder keeps the smallest
    input of its signature) and the fuzzing goes on.
    """
    import atheris
    from hypothesis import HealthCheck, Verbosity, given, settings

    check = TARGETS[target_name].check

    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(strategy)
    def fuzz_property(case: Case) -> None:
        _check_one(ctx, check, case, shared, current)

    def one_input(data: bytes) -> None:
        if shared.stop.is_set():
            os._exit(0)  # libFuzzer has no other way out
        try:
            fuzz_property.hypothesis.fuzz_one_input(data)
        except Exception as exc:
            case = getattr(exc, "fuzz_case", None)
            if case is None:
                print(f"fuzz: {target_name}: the harness failed: {_short(exc)}", file=sys.stderr, flush=True)
                os._exit(3)
            _report(options, shared, target_name, "exception", exc, case, seed, shrunk=False)

    _instrument(atheris, ("screener", "screener_plugins", *LIBRARIES.get(target_name, ())))
    shared.ready.value = time.monotonic()
    atheris.Setup(
        [
            "fuzz",
            f"-seed={seed % 2**31}",
            f"-max_total_time={int(options.seconds) + 60}",  # the parent stops it before
            f"-timeout={int(options.timeout) + 60}",  # the parent's hang detection comes first
            "-rss_limit_mb=4096",
            "-max_len=16384",  # hypothesis turns bytes into choices: larger inputs draw larger cases
            f"-artifact_prefix={ctx.workdir}/",
            "-print_final_stats=0",
        ],
        one_input,
    )
    atheris.Fuzz()


#: the libraries whose code the atheris engine measures coverage of, besides the screener's own, per target
LIBRARIES = {
    "html": ("trafilatura", "inscriptis", "justext", "lxml"),
    "pdf": ("pypdf",),
    "docx": ("docx",),
    "json": ("inscriptis", "gzip"),
    "csv": ("inscriptis", "csv", "gzip", "charset_normalizer"),
    "text": ("charset_normalizer",),
    "profile": ("yaml", "tomllib", "pydantic"),
}


def _instrument(atheris: Any, prefixes: tuple[str, ...]) -> None:
    """Coverage instrumentation for the functions of these packages only (all of them takes minutes)."""
    import inspect

    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(p + ".") for p in prefixes):
            continue
        for value in list(vars(module).values()):
            members = vars(value).values() if inspect.isclass(value) else (value,)
            for member in members:
                function = getattr(member, "__func__", member)
                if inspect.isfunction(function) and function.__module__ == name and id(function) not in seen:
                    seen.add(id(function))
                    with contextlib.suppress(Exception):
                        atheris.instrument_func(function)


def _check_one(ctx: Context, check: Any, case: Case, shared: _Shared, current: int) -> None:
    """Check one input, with the input saved and the clock started for the parent's hang detection."""
    os.ftruncate(current, 0)
    os.pwrite(current, case.suffix.encode() + b"\n" + case.data, 0)
    shared.started.value = time.monotonic()
    try:
        check(ctx, case)
    except Exception as exc:
        with contextlib.suppress(AttributeError):  # for the atheris engine, which has no other way to get it
            exc.fuzz_case = case  # type: ignore[attr-defined]
        raise
    finally:
        shared.started.value = 0.0
        shared.count.value += 1


def _run_once(
    target_name: str, ctx: Context, strategy: Any, options: Options, shared: _Shared, current: int, run_seed: int
) -> None:
    """One hypothesis run of ``BATCH`` inputs with its own seed; a failure is shrunk and saved."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as fixed_seed

    check = TARGETS[target_name].check
    failures: list[tuple[Case, BaseException]] = []

    @settings(
        max_examples=BATCH,
        database=None,
        deadline=None,
        derandomize=False,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
        verbosity=Verbosity.quiet,
    )
    @fixed_seed(run_seed)
    @given(strategy)
    def fuzz_property(case: Case) -> None:
        if shared.stop.is_set() and not failures:
            return  # time is up; a failure being shrunk is finished first
        try:
            _check_one(ctx, check, case, shared, current)
        except Exception as exc:
            if not failures:  # saved now, in case shrinking it runs into a hang that ends this worker
                _report(options, shared, target_name, "exception", exc, case, run_seed, shrunk=False)
            failures.append((case, exc))
            raise

    try:
        fuzz_property()
    except Exception as exc:
        if not failures:
            # the harness's own generators failed: not a finding about the screener
            print(f"fuzz: {target_name}: the harness failed: {_short(exc)}", file=sys.stderr, flush=True)
            raise SystemExit(3) from None
        # the input whose exception hypothesis raised (shrinking may have met other failures after it)
        same = [f for f in failures if f[1] is exc] or [
            f for f in failures if type(f[1]) is type(exc) and str(f[1]) == str(exc)
        ]
        case, last = (same or failures)[-1]
        _report(options, shared, target_name, "exception" if same else "flaky", last, case, run_seed, shrunk=True)


def _report(
    options: Options, shared: _Shared, target: str, kind: str, exc: BaseException, case: Case, seed: int, shrunk: bool
) -> None:
    details = f"hypothesis seed: {seed}\nshrunk: {'yes' if shrunk else 'no'}\n\n{describe(exc)}"
    finding = save_finding(options.findings, target, kind, signature_of(exc), case, details)
    shared.queue.put((finding.kind, finding.signature, str(finding.directory)))


# --------------------------------------------------------------------------- the parent


def run_targets(names: list[str], options: Options, jobs: int = 1) -> list[Result]:
    """Run each target for ``options.seconds``, ``jobs`` at a time; the results in the order given."""
    results = {name: Result(name) for name in names}
    waiting = list(names)
    running: list[_Run] = []
    base_seed = options.seed if options.seed is not None else random.SystemRandom().getrandbits(32)
    options.report(f"fuzz: seed {base_seed}; findings go to {options.findings}/")
    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                name = waiting.pop(0)
                running.append(_Run(name, options, results[name], base_seed))
            for run in list(running):
                if not run.step():
                    running.remove(run)
            time.sleep(0.1)
    finally:  # the workers are not daemons (a target may start processes of its own): never leave one behind
        for run in running:
            if run.process.is_alive():
                run.process.kill()
                run.process.join()
    return [results[name] for name in names]


class _Run:
    """One target's run: its worker process, restarted after a hang or a crash, until the budget is spent."""

    def __init__(self, name: str, options: Options, result: Result, base_seed: int) -> None:
        self.name = name
        self.options = options
        self.result = result
        self.base_seed = base_seed
        self.context = multiprocessing.get_context(
            "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        )
        self.workdir = Path(tempfile.mkdtemp(prefix=f"screener-fuzz-{name}-"))
        self.begun = time.monotonic()
        self.budget = options.seconds  # fuzzing time left: a worker's start-up does not count
        self.next_progress = self.begun + 60
        self.stopping_since: float | None = None
        self.seen: set[tuple[str, str]] = set()
        self._start()

    def _start(self) -> None:
        self.shared = _Shared(
            started=self.context.RawValue("d", 0.0),
            ready=self.context.RawValue("d", 0.0),
            count=self.context.RawValue("q", 0),
            stop=self.context.Event(),
            queue=self.context.Queue(),
            current=self.workdir / "current.bin",
        )
        seed = self.base_seed * 1009 + len(self.name) * 31 + self.result.workers
        self.process = self.context.Process(
            target=_worker,
            args=(self.name, self.options, self.shared, seed, str(self.workdir)),
            daemon=False,  # a daemon may not start processes: the plugin_faults target runs --jobs 2
        )
        self.process.start()
        self.result.workers += 1
        self.launched = time.monotonic()
        self.deadline = math.inf  # set when the worker is ready

    def _spend(self, now: float) -> None:
        """Take the time the worker fuzzed from the budget."""
        if self.deadline != math.inf:
            self.budget = max(0.0, self.deadline - now)

    def step(self) -> bool:
        """Look at the worker once; ``False`` when this target's run is over."""
        now = time.monotonic()
        self._drain()
        if self.options.stop_on_finding and self.result.findings:
            self.budget = 0.0
            if self.stopping_since is None and self.process.is_alive():
                self.shared.stop.set()
                self.stopping_since = now
        if self.deadline == math.inf and self.shared.ready.value:
            self.deadline = self.shared.ready.value + self.budget
        if self.stopping_since is None and self.deadline == math.inf and now - self.launched > STARTUP_LIMIT:
            self.process.kill()
            self.process.join()
            self._add(Finding(self.name, "crash", "the worker did not start", self.workdir))
            return self._finish()
        started = self.shared.started.value
        if self.process.is_alive() and started and now - started > self.options.timeout:
            self._spend(now)
            self._lost("hang", f"one input ran for more than {self.options.timeout:g} s (the per-input timeout)")
            if self.budget > 0 and not (self.options.stop_on_finding and self.result.findings):
                self._start()
                return True
            return self._finish()
        if not self.process.is_alive():
            if self.stopping_since is None:
                self._spend(now)
                code = self.process.exitcode
                self._lost("crash", f"the worker process ended before its time (exit code {code})")
                if self.budget > 0 and not (self.options.stop_on_finding and self.result.findings):
                    self._start()
                    return True
            return self._finish()
        if now >= self.deadline and self.stopping_since is None:
            self.shared.stop.set()
            self.stopping_since = now
        if self.stopping_since is not None and now - self.stopping_since > self.options.timeout + 30:
            self.process.kill()  # a worker that does not stop (shrinking a slow input): its count is kept
            self.process.join()
            return self._finish()
        if now >= self.next_progress:
            self.next_progress = now + 60
            self.options.report(
                f"fuzz: {self.name}: {now - self.begun:.0f} s, {self._inputs()} inputs, "
                f"{len(self.result.findings)} findings"
            )
        return True

    def _inputs(self) -> int:
        return self.result.inputs + self.shared.count.value

    def _drain(self) -> None:
        while True:
            try:
                kind, signature, directory = self.shared.queue.get_nowait()
            except Exception:
                return
            self._add(Finding(self.name, kind, signature, Path(directory)))

    def _add(self, finding: Finding) -> None:
        key = (finding.kind, finding.signature)
        if key in self.seen:
            return
        self.seen.add(key)
        self.result.findings.append(finding)
        self.options.report(f"fuzz: {self.name}: FINDING {finding.kind}: {finding.signature} -> {finding.directory}")

    def _lost(self, kind: str, reason: str) -> None:
        """The worker hung or died: kill it, and save the input it was on."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self._drain()
        self.result.inputs += self.shared.count.value
        self.shared.count.value = 0
        try:
            raw = self.shared.current.read_bytes()
        except FileNotFoundError:
            raw = b""
        suffix, _, data = raw.partition(b"\n")
        if not suffix and not data:
            self.options.report(f"fuzz: {self.name}: the worker failed before its first input: {reason}")
            self._add(Finding(self.name, "crash", "the worker failed before its first input", self.workdir))
            self.budget = 0  # no point in starting it again
            return
        case = Case(suffix.decode(), data)
        self.shared.current.unlink(missing_ok=True)
        self._add(save_finding(self.options.findings, self.name, kind, kind, case, reason))

    def _finish(self) -> bool:
        self._drain()
        self.result.inputs += self.shared.count.value
        self.shared.count.value = 0
        self.result.seconds = time.monotonic() - self.begun
        shutil.rmtree(self.workdir, ignore_errors=True)
        return False


# --------------------------------------------------------------------------- replaying one input


def reproduce(path: Path, target_name: str, plugin_files: tuple[str, ...] = ()) -> BaseException | None:
    """Run one saved input through its target's check; the exception it raises, or ``None``."""
    target = TARGETS[target_name]
    suffix = "".join(Path(path.name).suffixes) or ".txt"
    case = Case(suffix, path.read_bytes())
    with tempfile.TemporaryDirectory(prefix="screener-fuzz-") as workdir:
        ctx = Context(Path(workdir), plugin_files)
        try:
            target.check(ctx, case)
        except Exception as exc:
            return exc
    return None
