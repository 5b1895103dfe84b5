"""Command-line faces of the policy engine: check, and policy validate/backtest/calibrate.

The lead mounts ``check_command`` at the top level and ``policy_app`` as
``commentdesk policy``. ``app`` bundles both for running this module alone.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from commentdesk.domain import ScoreResult
from commentdesk.policy.backtest import BacktestCase, BacktestReport, backtest
from commentdesk.policy.calibration import calibrate
from commentdesk.policy.cases import CaseError, read_cases
from commentdesk.policy.document import PolicyError, parse_duration
from commentdesk.policy.engine import Policy, default_policy
from commentdesk.policy.report import check_thread
from commentdesk.policy.thread import read_thread

if TYPE_CHECKING:
    from commentdesk.services import Services

app = typer.Typer(help="Comment Desk policy tools.\n\nExample: commentdesk check thread.jsonl")
policy_app = typer.Typer(
    help="Validate, backtest and calibrate moderation policies.\n\n"
    "Example: commentdesk policy validate newsroom.yaml",
    no_args_is_help=True,
)


def load_scorer() -> Callable[[str], ScoreResult]:
    """The packaged scorer as a function of text (imported late: it loads a model)."""
    from commentdesk.scoring.scorer import Scorer

    scorer = Scorer.load()
    return lambda text: scorer.score(text)[0]


def _read_text(path: Path, code: int = 2) -> str:
    try:
        # utf-8-sig: editors on Windows save files with a byte-order mark.
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        typer.echo(f"ERROR {path}: not UTF-8 text ({err})", err=True)
        raise typer.Exit(code) from err


def _policy(path: Path | None) -> Policy:
    if path is None:
        return default_policy()
    try:
        return Policy.from_yaml(_read_text(path), str(path))
    except PolicyError as err:
        Console(stderr=True).print(str(err), markup=False, highlight=False)
        raise typer.Exit(2) from err


def check_command(
    thread: Annotated[
        Path,
        typer.Argument(
            help="Thread file: JSONL, one comment per line, or a scraped article page.",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
    policy: Annotated[
        Path | None,
        typer.Option(
            "--policy",
            help="Policy YAML (default: the packaged default policy).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the report as an HTML page to this file."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON instead of text.")
    ] = False,
) -> None:
    """Print a moderation report for a thread file, with no server and no database.

    Example: commentdesk check ../shared/examples/article-with-comments.txt --html report.html
    """
    chosen = _policy(policy)
    parsed = read_thread(_read_text(thread))
    report = check_thread(parsed, chosen, load_scorer(), source=thread.name)
    for number, problem in report.bad_lines:
        typer.echo(f"warning: {thread.name}:{number}: {problem}; skipped", err=True)
    if html is not None:
        try:
            html.write_text(report.to_html(), encoding="utf-8")
        except OSError as err:
            typer.echo(f"ERROR cannot write {html}: {err.strerror}", err=True)
            raise typer.Exit(2) from err
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        Console().print(report.renderable())


app.command("check")(check_command)


@policy_app.command("validate")
def validate_command(
    file: Annotated[Path, typer.Argument(help="Policy YAML file.", exists=True, dir_okay=False)],
    override: Annotated[
        bool, typer.Option("--override", help="Validate FILE as an override of the default policy.")
    ] = False,
) -> None:
    """Check a policy file; print OK and its version, or the error with its line.

    Example: commentdesk policy validate newsroom.yaml
    """
    text = _read_text(file, code=1)
    try:
        if override:
            checked = default_policy().with_override(text, str(file))
        else:
            checked = Policy.from_yaml(text, str(file))
    except PolicyError as err:
        typer.echo(f"ERROR {err}", err=True)
        raise typer.Exit(1) from err
    typer.echo(f"OK {file} {checked.version} ({len(checked.rules)} rules)")


def _since(since: str | None) -> datetime | None:
    if since is None:
        return None
    try:
        return datetime.now(UTC) - timedelta(seconds=parse_duration(since))
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--since") from err


def _cases(path: Path | None, site: str | None, since: str | None) -> Iterable[BacktestCase]:
    """Cases from a JSONL file, or else the stored comments of a site."""
    cutoff = _since(since)
    if path is None:
        return _stored_cases(site, cutoff)
    try:
        with path.open(encoding="utf-8-sig") as handle:
            cases: Iterable[BacktestCase] = list(read_cases(handle, scorer=None, source=str(path)))
    except CaseError as err:
        typer.echo(f"ERROR {err}", err=True)
        raise typer.Exit(2) from err
    except UnicodeDecodeError as err:
        typer.echo(f"ERROR {path}: not UTF-8 text ({err})", err=True)
        raise typer.Exit(2) from err
    if site is not None:
        cases = [c for c in cases if str(c.story.site_id) == site]
    if cutoff is not None:
        cases = [c for c in cases if c.created_at >= cutoff]
    return list(cases)


def _stored_cases(site: str | None, cutoff: datetime | None) -> Iterable[BacktestCase]:
    from commentdesk.actions import stored_cases

    services, site_id = _site(site)
    return list(stored_cases(services, site_id, cutoff))


def _stored_backtest(
    path: Path, site: str | None, cutoff: datetime | None, examples: int
) -> BacktestReport:
    """As the dashboard backtests: each story's section and story overrides on top."""
    from commentdesk.actions import backtest as stored_backtest
    from commentdesk.errors import InvalidInput

    _policy(path)  # its errors, with the file's name and line
    services, site_id = _site(site)
    try:
        return stored_backtest(services, site_id, _read_text(path), cutoff, examples=examples)
    except InvalidInput as err:
        Console(stderr=True).print(f"ERROR {err.message}", markup=False, highlight=False)
        raise typer.Exit(2) from err


def _site(site: str | None) -> tuple[Services, int]:
    from commentdesk.config import Settings
    from commentdesk.services import Services
    from commentdesk.store import sites as site_store

    if site is None:
        raise typer.BadParameter(
            "name the site (--site SLUG) or give --cases FILE", param_hint="--site"
        )
    services = Services.from_settings(Settings.from_env())
    with services.store.read() as conn:
        found = site_store.by_slug(conn, site)
    if found is None:
        typer.echo(f"ERROR no site {site!r}", err=True)
        raise typer.Exit(2)
    return services, found.id


@policy_app.command("backtest")
def backtest_command(
    policy: Annotated[
        Path, typer.Argument(help="Candidate policy YAML.", exists=True, dir_okay=False)
    ],
    cases: Annotated[
        Path | None,
        typer.Option(
            "--cases",
            help="JSONL of comments with decisions (default: the site's stored comments).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    site: Annotated[
        str | None,
        typer.Option("--site", help="Site slug (stored comments) or site id (with --cases)."),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only comments this recent, e.g. 30d or 12h.")
    ] = None,
    examples: Annotated[int, typer.Option("--examples", help="Examples per change.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Run a policy over stored comments without changing anything; report what would change.

    Example: commentdesk policy backtest new.yaml --site daily --since 30d
    """
    if cases is None:
        report = _stored_backtest(policy, site, _since(since), examples)
    else:
        report = backtest(_policy(policy), _cases(cases, site, since), examples=examples)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.to_text())


@policy_app.command("calibrate")
def calibrate_command(
    cases: Annotated[
        Path | None,
        typer.Option(
            "--cases",
            help="JSONL of comments with moderator decisions (default: stored comments).",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    target_precision: Annotated[
        float,
        typer.Option(
            "--target-precision",
            min=0.01,
            max=1.0,
            help="Share of held comments moderators should reject.",
        ),
    ] = 0.9,
    site: Annotated[
        str | None,
        typer.Option("--site", help="Site slug (stored comments) or site id (with --cases)."),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="e.g. 90d.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Suggest per-attribute hold thresholds from the newsroom's own moderator decisions.

    Example: commentdesk policy calibrate --site daily --target-precision 0.9
    """
    report = calibrate(_cases(cases, site, since), target_precision=target_precision)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(report.to_text())


app.add_typer(policy_app, name="policy")


if __name__ == "__main__":
    app()
