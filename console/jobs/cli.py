"""``meetergo-console onboard``: the bulk-onboarding job without the GUI.

    meetergo-console onboard users.csv (--connection NAME | --base-url URL) [--dry-run]
                                        [--concurrency N] [--resume JOB] [--output results.csv]
                                        [--json]

The connection is a saved one (its key in the keyring, or ``MEETERGO_API_KEY``) or ``--base-url``
with the key in ``MEETERGO_API_KEY``; ``Sandbox`` works without a saved connection: the command
uses the GUI's running sandbox or runs ``sandbox serve`` on the console's sandbox folder for its
length (see :func:`console.cli.open_session`). Rows go to stdout (with ``--json``: one JSON
document, the rows to stderr), problems to stderr. Exit status: 0 when every row was created or
linked, 1 when some were not (invalid, failed or left pending), 2 for a usage problem (unknown
connection, no key, unreadable file). Running a CSV whose job is unfinished continues that job;
a job another process runs is refused (status 1), naming that process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from console.cli import (
    EXIT_INCOMPLETE,
    EXIT_OK,
    EXIT_USAGE,
    ConnectionProblem,
    UsageError,
    add_connection_arguments,
    open_session,
)
from console.messages import Level, Message, MessageBus

if TYPE_CHECKING:
    from console.jobs.onboarding import JobEvent

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``onboard`` to the root parser's sub-commands."""
    onboard = sub.add_parser(
        "onboard",
        help="create the accounts listed in a CSV file (journaled, resumable)",
        description=(
            "Create client accounts from a CSV (comma or semicolon; columns e-mail, given and "
            "family name, time zone, slug, meeting type, duration; English or German headers). "
            "Existing e-mails are linked, never created twice."
        ),
    )
    onboard.add_argument("csv", nargs="?", type=Path, metavar="CSV", help="the file to import")
    add_connection_arguments(onboard)
    onboard.add_argument(
        "--dry-run", action="store_true", help="check the file against the account list only"
    )
    onboard.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="rows in flight (default 8)"
    )
    onboard.add_argument(
        "--resume", metavar="JOB", help="continue an interrupted job (its id) instead of a CSV"
    )
    onboard.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help="write the results as CSV (user id, booking URL, status, error and the "
        "file's other columns, in its separator; formula cells neutralised)",
    )
    onboard.set_defaults(handler=onboard_command)


def onboard_command(args: argparse.Namespace) -> int:
    """Entry point of ``onboard``; returns the exit status."""
    if args.csv is None and args.resume is None:
        print("onboard: give a CSV file or --resume JOB.", file=sys.stderr)
        return EXIT_USAGE
    if args.concurrency < 1:
        print("onboard: --concurrency must be at least 1.", file=sys.stderr)
        return EXIT_USAGE
    data: BinaryIO | None = None
    if args.resume is None:
        try:
            # Streamed by the parser: a big file is never held in memory as a whole.
            data = Path(args.csv).open("rb")  # closed below
        except OSError as exc:
            print(f"onboard: cannot read {args.csv}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        return asyncio.run(_onboard(args, data, sys.stdout, sys.stderr))
    except OSError as exc:
        print(f"onboard: cannot read {args.csv}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Interrupted; the job is journaled: resume it with --resume.", file=sys.stderr)
        return EXIT_INCOMPLETE
    finally:
        if data is not None:
            data.close()


async def _onboard(
    args: argparse.Namespace, data: BinaryIO | None, out: TextIO, err: TextIO
) -> int:
    from console.jobs.lease import LeaseHeld
    from console.jobs.onboarding import OnboardingJob, parse_csv
    from console.store import RowStatus

    # With --json stdout carries the one document; everything readable goes to stderr.
    text = err if args.json else out
    bus = MessageBus()
    lines = _Lines(text)
    bus.subscribe(lambda m: _print_message(m, text, err, lines))
    if data is not None:
        # A file that cannot be read is refused before anything reaches the server.
        readable = await asyncio.to_thread(parse_csv, data)
        for problem in readable.file_problems:
            print(f"onboard: {problem}", file=err)
        if readable.file_problems:
            return EXIT_USAGE
        data.seek(0)
    try:
        async with open_session(args, bus=bus, progress=err) as session:
            if args.resume is not None:
                try:
                    job = await OnboardingJob.resume(
                        session.store,
                        args.resume,
                        client=session.client,
                        concurrency=args.concurrency,
                        bus=bus,
                    )
                except KeyError as exc:
                    print(f"onboard: {exc.args[0]}", file=err)
                    return EXIT_USAGE
                print(f"Resuming job {job.job_id} ({len(job.rows)} rows).", file=text, flush=True)
            else:
                assert data is not None
                accounts = await session.accounts.refresh()
                preview = await asyncio.to_thread(
                    parse_csv,
                    data,
                    existing_emails=[a.email for a in accounts],
                    existing_slugs=[a.slug for a in accounts if a.slug],
                )
                for problem in preview.file_problems:
                    print(f"onboard: {problem}", file=err)
                if preview.file_problems:
                    return EXIT_USAGE
                _print_preview(preview, text)
                complete = len(preview.runnable_rows) == len(preview.rows)
                if args.dry_run:
                    if args.json:
                        _print_json(out, None, [_preview_json(row) for row in preview.rows])
                    return EXIT_OK if complete else EXIT_INCOMPLETE
                job = OnboardingJob(
                    session.client,
                    session.store,
                    session.name,
                    preview.rows,
                    concurrency=args.concurrency,
                    bus=bus,
                    source_name=Path(args.csv).name,
                )
                job_id = await job.journal()
                if job.continued:
                    print(
                        f"Continuing the unfinished job {job_id} of this file "
                        f"({job.counts()[RowStatus.DONE]} rows done before).",
                        file=text,
                        flush=True,
                    )
                else:
                    print(
                        f"Job {job_id}: {len(preview.runnable_rows)} rows to run "
                        f"(if interrupted: --resume {job_id}).",
                        file=text,
                        flush=True,
                    )
            total = len(job.rows)
            job.subscribe(lambda event: _print_event(event, total, lines))
            try:
                counts = await job.run(include_failed=args.resume is not None or job.continued)
            except LeaseHeld as exc:
                print(f"onboard: job {job.job_id} not started: {exc}.", file=err)
                return EXIT_INCOMPLETE
            finally:
                lines.flush()  # the rows finished in the last turn, also when interrupted
            if args.output is not None:
                await asyncio.to_thread(job.export_results, args.output)
                print(f"Results written to {args.output}.", file=text, flush=True)
            if args.json:
                _print_json(out, job.job_id, [_row_json(row) for row in job.rows])
            return EXIT_OK if counts[RowStatus.DONE] == total else EXIT_INCOMPLETE
    except UsageError as exc:
        print(f"onboard: {exc}", file=err)
        return EXIT_USAGE
    except ConnectionProblem as exc:
        # The server could not be used (a wrong key, the server down or failing): one sentence.
        print(f"onboard: {exc}", file=err)
        return EXIT_INCOMPLETE


def _print_json(out: TextIO, job_id: str | None, rows: list[dict[str, Any]]) -> None:
    print(json.dumps({"job": job_id, "rows": rows}, ensure_ascii=False, indent=2), file=out)


def _preview_json(row: Any) -> dict[str, Any]:
    return {
        "line": row.line,
        "email": row.email,
        "action": row.action.value,
        "problems": [str(p) for p in row.problems],
        "notes": [str(n) for n in row.notes],
    }


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "line": row.data.line,
        "email": row.email,
        "status": row.status.value,
        "user_id": row.user_id,
        "booking_url": row.booking_url,
        "error": row.error,
    }


def _print_preview(preview: object, out: TextIO) -> None:
    from console.jobs.csv_import import ImportPreview, RowAction

    assert isinstance(preview, ImportPreview)
    for row in preview.rows:
        if row.action is RowAction.INVALID:
            print(f"line {row.line}: {row.email or '(no e-mail)'}: {row.status_text}", file=out)
        elif row.action is RowAction.LINK:
            print(f"line {row.line}: {row.email}: exists, will be linked", file=out)
        for note in row.notes if row.action is not RowAction.INVALID else ():
            print(f"line {row.line}: {row.email}: {note}", file=out)
    print(
        f"{len(preview.rows)} rows: {preview.count(RowAction.CREATE)} to create, "
        f"{preview.count(RowAction.LINK)} to link, {preview.count(RowAction.INVALID)} invalid.",
        file=out,
        flush=True,
    )


class _Lines:
    """Row lines, written to ``out`` together once per turn of the event loop.

    Rows finishing together then cost one write to the terminal or pipe instead of one each
    (also with ``PYTHONUNBUFFERED``, which makes every ``print`` a write of its own): a
    blocking write gives up the GIL, and getting it back may wait for the store's thread to
    reach its switch interval (https://docs.python.org/3/library/sys.html#sys.setswitchinterval).
    The lines still appear as the rows finish, at the end of the loop's current turn.
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._lines: list[str] = []

    def add(self, line: str) -> None:
        if not self._lines:
            asyncio.get_running_loop().call_soon(self.flush)
        self._lines.append(line)

    def flush(self) -> None:
        """Write the lines added so far."""
        if self._lines:
            text, self._lines = "".join(self._lines), []
            self._out.write(text)
            self._out.flush()


def _print_event(event: JobEvent, total: int, lines: _Lines) -> None:
    from console.store import RowStatus

    row = event.row
    if row is None or row.status not in (RowStatus.DONE, RowStatus.FAILED):
        return
    finished = event.counts[RowStatus.DONE] + event.counts[RowStatus.FAILED]
    if row.status is RowStatus.DONE:
        detail = f"{row.user_id} {row.booking_url or ''}".rstrip()
    else:
        detail = row.error or "failed"
    lines.add(f"[{finished}/{total}] {row.status.value:6} {row.email} {detail}\n")


def _print_message(message: Message, out: TextIO, err: TextIO, lines: _Lines) -> None:
    lines.flush()  # after the rows that came before it
    stream = out if message.level is Level.INFO else err
    print(message.text, file=stream, flush=True)
