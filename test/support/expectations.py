"""The scripted tests' bookkeeping: each expectation prints `ok` or `FAIL` with what it checks
(and, on failure, the tail of the output that shows why); the run fails when any did.

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "support"))
    from expectations import expect, summary
"""

from __future__ import annotations

FAILURES: list[str] = []


def expect(condition: bool, what: str, detail: str = "") -> None:
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)
        if detail:
            print(detail[-4000:])


def summary() -> int:
    """Prints the count of failures; the exit status of the run."""
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0
