"""Command-line import, export and rescore (mounted at the top of ``commentdesk``).

Each command builds its services from the environment (``COMMENTDESK_*``), as
the server does, so it works on the same database.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from commentdesk.config import Settings
from commentdesk.ingest.export import FORMATS as EXPORT_FORMATS
from commentdesk.ingest.export import export_comments
from commentdesk.ingest.formats import READERS, UnknownFormat
from commentdesk.ingest.importer import ImportReport, import_file
from commentdesk.ingest.rescore import RescoreReport, rescore
from commentdesk.services import Services
from commentdesk.store import sites as site_store

app = typer.Typer(help="Import, export and rescore comment archives.", no_args_is_help=True)
console = Console(stderr=True)

SHOWN_PROBLEMS = 50
_DURATION = re.compile(r"^(\d+)([smhdw])$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}

SiteOption = Annotated[str, typer.Option("--site", help="Slug of the site.")]


def _services() -> Services:
    return Services.from_settings(Settings.from_env())


def _site_id(services: Services, slug: str) -> int:
    with services.store.read() as conn:
        site = site_store.by_slug(conn, slug)
    if site is None:
        console.print(f"[red]no site {slug!r}[/red]: create it with `commentdesk sites create`")
        raise typer.Exit(2)
    return site.id


def parse_since(text: str | None, now: datetime | None = None) -> datetime | None:
    """'2024-05-01', '2024-05-01T12:00:00+00:00' or a duration back from now ('30d', '12h')."""
    if not text:
        return None
    match = _DURATION.match(text.strip())
    if match:
        return (now or datetime.now(UTC)) - timedelta(
            seconds=int(match.group(1)) * _SECONDS[match.group(2)]
        )
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as err:
        raise typer.BadParameter(
            f"{text!r} is neither a date (2024-05-01) nor a duration (30d, 12h)",
            param_hint="--since",
        ) from err
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=not console.is_terminal,
    )


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="Archive to import.", exists=True, dir_okay=False)],
    site: SiteOption,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help=f"One of {', '.join(READERS)}; default: from the file."),
    ] = None,
    keep_status: Annotated[
        bool,
        typer.Option(
            "--keep-status",
            help="Keep the moderation state each comment has (without it, only removals: "
            "spam, deleted and trashed comments stay rejected; the rest is decided again).",
        ),
    ] = False,
) -> None:
    """Import an archive: JSONL, CSV, Parquet, Disqus XML, WordPress WXR or a scraped page.

    Stories, authors and threads are created; each comment is scored and decided
    under the site's policy (or keeps its state with --keep-status). Running the
    same file again adds nothing; a bad record is reported with its line.

    Example: commentdesk import disqus-export.xml --site daily-news

    Example: commentdesk import comments.csv --site daily-news --keep-status
    """
    services = _services()
    try:
        site_id = _site_id(services, site)
        with _progress() as bar:
            task = bar.add_task(f"importing {file.name}", total=None)
            report = import_file(
                services,
                site_id,
                file,
                fmt=fmt,
                keep_status=keep_status,
                progress=lambda _item: bar.advance(task),
            )
    except UnknownFormat as err:
        console.print(f"[red]{escape(str(err))}[/red]")
        raise typer.Exit(2) from err
    except UnicodeDecodeError as err:  # a scraped page, read whole before its first record
        console.print(
            f"[red]cannot import {escape(str(file))}: it is not UTF-8 text[/red] "
            f"({escape(str(err))})"
        )
        raise typer.Exit(2) from err
    except ValueError as err:  # the named reader cannot parse it: pyarrow's ArrowInvalid
        console.print(f"[red]cannot import {escape(str(file))}: {escape(str(err))}[/red]")
        raise typer.Exit(2) from err
    finally:
        services.close()
    _print_import(report)


def _print_import(report: ImportReport) -> None:
    for bad in report.bad[:SHOWN_PROBLEMS]:
        console.print(f"[yellow]skipped[/yellow] {escape(str(bad))}")
    if len(report.bad) > SHOWN_PROBLEMS:
        console.print(f"... and {len(report.bad) - SHOWN_PROBLEMS} more skipped records")
    states = ", ".join(f"{n} {s}" for s, n in sorted(report.statuses.items())) or "none"
    console.print(
        f"added {report.added} comments ({states}); {report.already_there} already there; "
        f"{len(report.bad)} skipped; {report.stories_created} new stories; "
        f"{report.orphans} replies without their parent imported as top-level"
    )


@app.command("export")
def export_command(
    output: Annotated[Path, typer.Argument(help="File to write (.jsonl, .csv or .parquet).")],
    site: SiteOption,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help=f"One of {', '.join(EXPORT_FORMATS)}; default: extension."),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only comments created since a date or duration (30d).")
    ] = None,
) -> None:
    """Export a site's comments with their scores, decisions and reasons.

    Example: commentdesk export comments.parquet --site daily-news --since 30d
    """
    if fmt is not None and fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    services = _services()
    try:
        count = export_comments(services, _site_id(services, site), output, fmt, parse_since(since))
    except ValueError as err:
        console.print(f"[red]{escape(str(err))}[/red]")
        raise typer.Exit(2) from err
    except OSError as err:
        reason = escape(err.strerror or "")
        console.print(f"[red]cannot write {escape(str(output))}: {reason}[/red]")
        raise typer.Exit(2) from err
    finally:
        services.close()
    console.print(f"exported {count} comments -> {output}")


@app.command("rescore")
def rescore_command(
    site: Annotated[
        str | None, typer.Option("--site", help="Slug of the site; default: every site.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only comments created since a date or duration (30d).")
    ] = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Write the new scores and decisions (with audit).")
    ] = False,
) -> None:
    """Score stored comments again with the current model; show how decisions would change.

    Nothing is written unless --apply is given.

    Example: commentdesk rescore --site daily-news --since 2024-01-01

    Example: commentdesk rescore --site daily-news --since 30d --apply
    """
    services = _services()
    try:
        site_id = _site_id(services, site) if site else None
        cutoff = parse_since(since)
        with _progress() as bar:
            task = bar.add_task("rescoring", total=None)
            report = rescore(
                services, site_id, cutoff, apply, progress=lambda n: bar.advance(task, n)
            )
    finally:
        services.close()
    _print_rescore(report)


def _print_rescore(report: RescoreReport) -> None:
    table = Table("change", "comments", "example", "rule", title="Decisions that change")
    for kind, count in sorted(report.changes.items()):
        example = report.examples.get(kind, [])
        first = example[0] if example else None
        table.add_row(
            kind,
            str(count),
            escape(first.text[:80]) if first else "",
            escape(first.rule or "") if first else "",
        )
    console.print(table)
    previous = ", ".join(f"{v}: {n}" for v, n in report.previous_models.most_common()) or "-"
    verb = "applied" if report.applied else "dry run, nothing written (use --apply)"
    console.print(
        f"model {report.model_version or '-'} (before: {previous}); examined {report.examined}, "
        f"{report.changed} decisions change, {report.unchanged} already decided so, "
        f"{report.kept} human decisions kept, "
        f"{report.unscored} could not be scored and were left as they are; {verb}"
    )
