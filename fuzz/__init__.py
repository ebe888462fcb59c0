"""The fuzz harness: ``python -m fuzz --target all --minutes 10``, run from the project root (see README, Fuzzing).

Not part of the installed package: it needs the ``test`` extra (hypothesis, fpdf2).
"""
