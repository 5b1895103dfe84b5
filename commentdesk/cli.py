"""The `commentdesk` command: thin commands over the same functions the API calls."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from commentdesk import actions, webhooks
from commentdesk.config import Settings
from commentdesk.domain import Role
from commentdesk.errors import CommentDeskError
from commentdesk.services import Services
from commentdesk.store import SchemaOutOfDate, rows
from commentdesk.store import comments as comment_store
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.store import users as user_store

app = typer.Typer(
    help="Comment Desk: comments in, decisions out.\n\nExample: commentdesk serve --demo",
    no_args_is_help=True,
    rich_markup_mode="rich",
)


def _versions(asked: bool) -> None:
    if not asked:
        return
    # What a bug report needs: the code, the model scoring with it, the schema it expects.
    from importlib.metadata import version

    from commentdesk.scoring.model import model_version
    from commentdesk.scoring.scorer import DEFAULT_MODEL_DIR
    from commentdesk.store.database import head_revision

    stages = Settings.from_env().scorer_stages
    print(f"commentdesk {version('commentdesk')}")
    print(f"model {model_version(DEFAULT_MODEL_DIR, stages)} (scorer stages: {stages})")
    print(f"database schema {head_revision()}")
    raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_versions,
            is_eager=True,
            help="Print the versions of Comment Desk, its model and its database schema.",
        ),
    ] = False,
) -> None:
    """Comment Desk: comments in, decisions out."""


sites_app = typer.Typer(
    help="Sites (newsrooms).\n\nExample: commentdesk sites create daily 'The Daily'"
)
keys_app = typer.Typer(help="API keys.\n\nExample: commentdesk keys create daily --role moderator")
users_app = typer.Typer(
    help="Dashboard users.\n\nExample: commentdesk users create alice --site daily --role moderator"
)
stories_app = typer.Typer(help="Stories.\n\nExample: commentdesk stories list daily")
comments_app = typer.Typer(
    help="Comments.\n\nExample: commentdesk comments queue daily --queue held"
)
app.add_typer(sites_app, name="sites")
app.add_typer(keys_app, name="keys")
app.add_typer(users_app, name="users")
app.add_typer(stories_app, name="stories")
authors_app = typer.Typer(
    help="Authors (readers).\n\nExample: commentdesk authors erase daily reader-8812 --yes"
)
webhooks_app = typer.Typer(
    help="Webhook deliveries.\n\nExample: commentdesk webhooks list daily --state failed"
)
app.add_typer(comments_app, name="comments")
app.add_typer(authors_app, name="authors")
app.add_typer(webhooks_app, name="webhooks")

console = Console()

CloseAfterDays = Annotated[
    int | None,
    typer.Option(
        min=0,
        max=3650,
        help="New stories close to comments this many days after they are created (0: never).",
    ),
]
ReportsToHold = Annotated[
    int | None,
    typer.Option(
        min=0,
        max=1000,
        help="Hold a published comment for review once this many different readers "
        "report it (0: reports never hold; a moderator's decision always stands).",
    ),
]


def _services() -> Services:
    return Services.from_settings(Settings.from_env())


def _site_id(services: Services, slug: str) -> int:
    with services.store.read() as conn:
        site = site_store.by_slug(conn, slug)
    if site is None:
        console.print(f"[red]no site {slug!r}[/red]: create it with `commentdesk sites create`")
        raise typer.Exit(1)
    return site.id


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    demo: Annotated[bool, typer.Option(help="Create the demo site and thread first.")] = False,
) -> None:
    """Start the service; a fresh SQLite database is created in the data directory.

    Example: commentdesk serve --port 8000 --workers 2
    """
    import uvicorn

    from commentdesk import checkup
    from commentdesk.web.server import prepare_database

    services = _services()
    try:
        state = prepare_database(services)
    except SchemaOutOfDate as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(1) from err
    console.print(f"database: {services.settings.effective_database_url} ({state})")
    for found in checkup.at_start(services):
        console.print(f"[yellow]{found.check}: {found.detail}[/yellow]")
    if demo:
        from commentdesk import demo as demo_site

        creds = demo_site.install(services)
        console.print(
            f"demo site [bold]{creds.site_slug}[/bold]: story {creds.story_id}\n"
            f"  dashboard: http://{host}:{port}/dashboard  "
            f"user {creds.moderator_user} / password {creds.moderator_password}\n"
            f"  admin API key: {creds.admin_key}\n"
            f"  demo article with the readers' discussion: http://{host}:{port}/demo"
        )
    services.close()
    uvicorn.run(
        "commentdesk.web.server:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
        # Behind a proxy every request comes from the proxy's address, and one
        # shared per-address limit would throttle the whole readership.
        proxy_headers=True,
        forwarded_allow_ips=services.settings.trusted_proxies,
    )


@app.command()
def migrate() -> None:
    """Apply the database migrations (run after an upgrade).

    Example: COMMENTDESK_DATABASE_URL=postgresql://postgres@127.0.0.1/news commentdesk migrate
    """
    services = _services()
    services.store.migrate()
    console.print(f"migrated {services.settings.effective_database_url}")


@app.command()
def doctor() -> None:
    """Check this install: database and schema, durability, the scorer, rate-limit
    store, sites, webhooks, cookies. Exits 1 if anything would stop the service.

    Example: COMMENTDESK_DATABASE_URL=postgresql://db/comments commentdesk doctor
    """
    from commentdesk import checkup

    services = _services()
    try:
        findings = checkup.run(services)
    finally:
        services.close()
    table = Table("check", "", "detail")
    colour = {checkup.OK: "green", checkup.WARN: "yellow", checkup.FAIL: "red"}
    for f in findings:
        table.add_row(f.check, f"[{colour[f.status]}]{f.status}[/]", f.detail)
    console.print(table)
    if any(f.status == checkup.FAIL for f in findings):
        raise typer.Exit(1)


@app.command()
def settings() -> None:
    """Print every setting, its environment variable and default.

    Example: commentdesk settings
    """
    table = Table("variable", "default", "meaning")
    for env, default, doc in Settings.table():
        table.add_row(env, default, doc)
    console.print(table)


@sites_app.command("create")
def sites_create(
    slug: str,
    name: str,
    origin: Annotated[
        list[str] | None, typer.Option(help="Origin allowed to embed the discussion.")
    ] = None,
    webhook: Annotated[list[str] | None, typer.Option(help="URL to notify of decisions.")] = None,
    close_after_days: CloseAfterDays = None,
    sign_in_required: Annotated[
        bool, typer.Option(help="Readers must sign in to comment; no anonymous comments.")
    ] = False,
    reports_to_hold: ReportsToHold = None,
) -> None:
    """Create a site; prints its reader-token secret.

    Example: commentdesk sites create daily "The Daily" --origin https://daily.example
    --close-after-days 14
    """
    services = _services()
    wanted = actions.SiteSettings(
        name=name,
        allowed_origins=origin or [],
        webhook_urls=webhook or [],
        close_after_days=close_after_days or None,
        sign_in_required=sign_in_required,
        reports_to_hold=reports_to_hold or None,
    )
    try:
        site = actions.create_site(
            services, slug, wanted, actor=f"cli:{os.environ.get('USER', 'unknown')}"
        )
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    console.print(f"site {site.slug} (id {site.id})")
    console.print(f"reader JWT secret (HS256): {site.jwt_secret}")
    console.print(f"webhook signing secret: {site.webhook_secret}")


@sites_app.command("update")
def sites_update(
    slug: str,
    name: Annotated[str | None, typer.Option(help="The newsroom's name.")] = None,
    close_after_days: CloseAfterDays = None,
    sign_in_required: Annotated[
        bool | None,
        typer.Option(
            "--sign-in-required/--anonymous-allowed",
            help="Whether readers must sign in to comment.",
        ),
    ] = None,
    reports_to_hold: ReportsToHold = None,
) -> None:
    """Change a site's name, its stories' default closing (0: stories stay open),
    whether readers must sign in to comment, or how many readers' reports hold a
    published comment for review (0: never).

    The default applies to stories created from now on; existing stories keep
    their closing time.

    Example: commentdesk sites update daily --close-after-days 7 --reports-to-hold 3
    """
    services = _services()
    site_id = _site_id(services, slug)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = name
    if close_after_days is not None:
        values["close_after_days"] = close_after_days or None
    if sign_in_required is not None:
        values["sign_in_required"] = sign_in_required
    if reports_to_hold is not None:
        values["reports_to_hold"] = reports_to_hold or None
    if not values:
        console.print(
            "[red]nothing to change[/red]: give --name, --close-after-days, "
            "--sign-in-required or --reports-to-hold"
        )
        raise typer.Exit(1)
    with services.store.read() as conn:
        current = site_store.get(conn, site_id)
    assert current is not None
    wanted = actions.SiteSettings(
        name=values.get("name", current.name),
        allowed_origins=current.allowed_origins,
        webhook_urls=current.webhook_urls,
        close_after_days=values.get("close_after_days", current.close_after_days),
        sign_in_required=values.get("sign_in_required", current.sign_in_required),
        reports_to_hold=values.get("reports_to_hold", current.reports_to_hold),
    )
    who = f"cli:{os.environ.get('USER', 'unknown')}"
    try:
        site = actions.update_site(services, site_id, wanted, actor=who)
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    closing = f"after {site.close_after_days} days" if site.close_after_days else "never"
    who = "signed-in readers only" if site.sign_in_required else "anonymous comments allowed"
    held = (
        f"held after reports from {site.reports_to_hold} readers"
        if site.reports_to_hold
        else "reports never hold"
    )
    console.print(f"site {site.slug}: {site.name}; new stories close {closing}; {who}; {held}")


@sites_app.command("list")
def sites_list() -> None:
    """List sites.

    Example: commentdesk sites list
    """
    services = _services()
    with services.store.read() as conn:
        found = site_store.all_sites(conn)
    table = Table(
        "id", "slug", "name", "origins", "webhooks", "close after days", "sign-in",
        "reports to hold",
    )
    for s in found:
        table.add_row(
            str(s.id),
            s.slug,
            s.name,
            ", ".join(s.allowed_origins),
            ", ".join(s.webhook_urls),
            str(s.close_after_days or "-"),
            "required" if s.sign_in_required else "-",
            str(s.reports_to_hold or "-"),
        )
    console.print(table)


@keys_app.command("create")
def keys_create(
    site: str,
    role: Annotated[Role, typer.Option(help="admin, moderator or integration.")] = Role.MODERATOR,
    name: Annotated[str, typer.Option(help="What the key is for.")] = "",
) -> None:
    """Create an API key bound to a site; the key is shown once.

    Example: commentdesk keys create daily --role integration --name cms
    """
    services = _services()
    site_id = _site_id(services, site)
    with services.store.write() as conn:
        key, plaintext = key_store.create(conn, site_id, role, name or role.value)
    console.print(f"{key.role.value} key for {site}: {plaintext}")


@keys_app.command("revoke")
def keys_revoke(site: str, prefix: str) -> None:
    """Revoke a key by its prefix (the part after cdk_).

    Example: commentdesk keys revoke daily 3fa9c2d1b0e4
    """
    services = _services()
    site_id = _site_id(services, site)
    with services.store.write() as conn:
        ok = key_store.revoke(conn, site_id, prefix)
    console.print("revoked" if ok else "no such key")
    if not ok:
        raise typer.Exit(1)


@users_app.command("create")
def users_create(
    username: str,
    site: Annotated[str, typer.Option(help="Site slug the user works on.")],
    role: Annotated[Role, typer.Option(help="admin or moderator.")] = Role.MODERATOR,
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
    ] = "",
) -> None:
    """Create a dashboard user (or give an existing one a role on another site).

    Example: commentdesk users create alice --site daily --role moderator
    """
    if role is Role.INTEGRATION:
        console.print("[red]dashboard users are admins or moderators[/red]")
        raise typer.Exit(1)
    if len(password) < 10:
        console.print("[red]use a password of at least 10 characters[/red]")
        raise typer.Exit(1)
    services = _services()
    site_id = _site_id(services, site)
    with services.store.write() as conn:
        user = user_store.by_username(conn, username) or user_store.create(conn, username, password)
        user_store.grant(conn, user.id, site_id, role)
    console.print(f"user {username}: {role.value} on {site}")


@users_app.command("list")
def users_list() -> None:
    """List dashboard users, with their role on each site.

    Example: commentdesk users list
    """
    services = _services()
    with services.store.read() as conn:
        found = user_store.listing(conn)
        slugs = {s.id: s.slug for s in site_store.all_sites(conn)}
    now = services.now()
    table = Table("username", "roles", "locked until")
    for user in found:
        roles = ", ".join(f"{r.value} on {slugs.get(i, i)}" for i, r in sorted(user.roles.items()))
        locked = user.locked_until if user.locked_until and user.locked_until > now else None
        table.add_row(user.username, roles or "-", locked.isoformat() if locked else "-")
    console.print(table)


def _user(services: Services, username: str) -> user_store.User:
    with services.store.read() as conn:
        user = user_store.by_username(conn, username)
    if user is None:
        console.print(f"[red]no user {username!r}[/red]: see `commentdesk users list`")
        raise typer.Exit(1)
    return user


@users_app.command("password")
def users_password(
    username: str,
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)
    ] = "",
) -> None:
    """Set a user's password: it ends every dashboard session they have and lifts a lock-out.

    Example: commentdesk users password alice
    """
    if len(password) < 10:
        console.print("[red]use a password of at least 10 characters[/red]")
        raise typer.Exit(1)
    services = _services()
    user = _user(services, username)
    with services.store.write() as conn:
        user_store.set_password(conn, user.id, password)
    console.print(f"user {username}: new password; signed out everywhere")


@users_app.command("remove")
def users_remove(
    username: str,
    site: Annotated[str, typer.Option(help="Site slug the user no longer works on.")],
) -> None:
    """Take away a user's role on a site, at once (their other sites stay).

    Example: commentdesk users remove alice --site daily
    """
    services = _services()
    site_id = _site_id(services, site)
    user = _user(services, username)
    with services.store.write() as conn:
        removed = user_store.revoke(conn, user.id, site_id)
    if not removed:
        console.print(f"[red]user {username} has no role on {site}[/red]")
        raise typer.Exit(1)
    console.print(f"user {username}: no longer works on {site}")


@users_app.command("sign-out")
def users_sign_out(username: str) -> None:
    """End every dashboard session of a user (a lost laptop, a shared browser).

    Example: commentdesk users sign-out alice
    """
    services = _services()
    user = _user(services, username)
    with services.store.write() as conn:
        user_store.end_sessions(conn, user.id, rows.utcnow())
    console.print(f"user {username}: signed out everywhere")


@stories_app.command("list")
def stories_list(site: str, limit: int = 50) -> None:
    """List a site's stories, newest first.

    Example: commentdesk stories list daily --limit 20
    """
    services = _services()
    site_id = _site_id(services, site)
    with services.store.read() as conn:
        found = story_store.listing(conn, site_id, limit=limit)
    now = services.now()
    table = Table(
        "id", "external id", "title", "section", "open", "closes at", "comments", "pre-mod"
    )
    for s in found:
        table.add_row(
            str(s.id),
            s.external_id,
            s.title,
            s.section,
            str(s.accepts_comments(now)),
            s.closes_at.isoformat(timespec="minutes") if s.closes_at else "",
            str(s.comment_count),
            str(s.premoderated),
        )
    console.print(table)


@stories_app.command("create")
def stories_create(
    site: str,
    external_id: str,
    title: Annotated[str, typer.Option()] = "",
    url: Annotated[str, typer.Option()] = "",
    section: Annotated[str, typer.Option()] = "",
    closed: Annotated[bool, typer.Option(help="Closed to new comments.")] = False,
    premoderated: Annotated[bool, typer.Option(help="Hold every comment for review.")] = False,
    closes_at: Annotated[
        str | None,
        typer.Option(
            help="When it stops taking comments: ISO 8601 with a time zone, or 'never'. "
            "A new story otherwise gets the site's default."
        ),
    ] = None,
) -> None:
    """Create or update a story.

    Example: commentdesk stories create daily article-123 --title "Budget vote" --section politics
    --closes-at 2026-12-10T18:00:00+00:00
    """
    services = _services()
    site_id = _site_id(services, site)
    closing: story_store.ClosesAt = story_store.UNSET
    if closes_at is not None:
        closing = None if closes_at == "never" else _aware_time(closes_at, "--closes-at")
    with services.store.write() as conn:
        story, created = story_store.upsert(
            conn,
            site_id,
            external_id,
            url=url,
            title=title,
            section=section,
            is_open=not closed,
            premoderated=premoderated,
            closes_at=closing,
        )
    closing_text = f", closes {story.closes_at.isoformat()}" if story.closes_at else ""
    console.print(
        f"{'created' if created else 'updated'} story {story.id} ({story.external_id})"
        + closing_text
    )


def _aware_time(text: str, option: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        console.print(f"[red]{option}[/red] needs a time with its zone: 2026-12-10T18:00+00:00")
        raise typer.Exit(1)
    return value


@comments_app.command("queue")
def comments_queue(
    site: str,
    queue: Annotated[
        str, typer.Option(help="held, reported, premoderation, approved, rejected or all")
    ] = "held",
    limit: int = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False,
) -> None:
    """Show a moderation queue.

    Example: commentdesk comments queue daily --queue reported --json
    """
    if queue not in comment_store.QUEUES:
        console.print(f"[red]queue must be one of {', '.join(comment_store.QUEUES)}[/red]")
        raise typer.Exit(2)
    services = _services()
    site_id = _site_id(services, site)
    with services.store.read() as conn:
        items, total = comment_store.queue(
            conn, site_id, comment_store.QueueFilter(queue=queue), limit=limit
        )
    if as_json:
        for c in items:
            sys.stdout.write(
                json.dumps(
                    {
                        "id": c.id,
                        "status": c.status.value,
                        "body": c.body,
                        "reasons": [r.message for r in c.reasons],
                    }
                )
                + "\n"
            )
        return
    table = Table("id", "status", "author", "comment", "reason", title=f"{queue}: {total}")
    for c in items:
        reason = c.reasons[0].message if c.reasons else ""
        table.add_row(str(c.id), c.status.value, c.author_name or "", c.body[:80], reason)
    console.print(table)


@comments_app.command("decide")
def comments_decide(
    site: str,
    action: str,
    ids: list[int],
    reason: Annotated[str, typer.Option()] = "",
    actor: Annotated[str, typer.Option(help="Recorded in the audit log.")] = "",
) -> None:
    """Approve, reject or hold comments.

    Example: commentdesk comments decide daily reject 41 42 --reason "insults"
    """
    services = _services()
    site_id = _site_id(services, site)
    who = actor or f"cli:{os.environ.get('USER', 'unknown')}"
    try:
        changed = actions.decide(services, site_id, ids, action, actor=who, reason=reason)
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    for c in changed:
        console.print(f"{c.id}: {c.status.value}")


@app.command()
def backup(
    target: Annotated[Path, typer.Argument(help="File to write the copy to.")],
) -> None:
    """Copy the SQLite database, consistently, while the service runs.

    To restore, stop the service and put the copy in place of the data
    directory's commentdesk.db. On PostgreSQL use pg_dump instead.

    Example: commentdesk backup /backups/commentdesk-$(date +%F).db
    """
    # Checked first: the store would leave its .partial copy beside a directory.
    if target.is_dir() or not target.parent.is_dir():
        reason = "it is a directory" if target.is_dir() else f"no directory {target.parent}"
        console.print(f"[red]cannot write {target}[/red]: {reason}")
        raise typer.Exit(1)
    services = _services()
    try:
        services.store.backup(target)
    except ValueError as err:
        console.print(f"[red]{err}[/red]")
        raise typer.Exit(1) from err
    finally:
        services.close()
    console.print(f"backed up to {target} ({target.stat().st_size:,} bytes)")


@authors_app.command("erase")
def authors_erase(
    site: str,
    external_id: str,
    yes: Annotated[bool, typer.Option("--yes", help="Do it: erasure cannot be undone.")] = False,
    actor: Annotated[str, typer.Option(help="Recorded in the audit log.")] = "",
) -> None:
    """Erase a reader at their request: their comments' text, their name, the host's id.

    Their published and waiting comments are withdrawn first, with that reason.

    Example: commentdesk authors erase daily reader-8812 --yes
    """
    services = _services()
    site_id = _site_id(services, site)
    who = actor or f"cli:{os.environ.get('USER', 'unknown')}"
    try:
        author = actions.find_author(services, site_id, external_id)
        if not yes:
            console.print(
                f"author {author.id} ({author.display_name!r}) would be erased; "
                "add --yes to erase (it cannot be undone)"
            )
            raise typer.Exit(1)
        done = actions.erase_author(services, site_id, author.id, actor=who)
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    console.print(
        f"author {done.author_id} erased: {done.comments} comments' text removed, "
        f"{done.withdrawn} withdrawn from view or from the queue"
    )


@authors_app.command("export")
def authors_export(
    site: str,
    external_id: str,
    output: Annotated[Path, typer.Option("-o", "--output", help="JSON file to write.")],
) -> None:
    """Write everything stored about a reader to a JSON file, for their request to see it.

    Example: commentdesk authors export daily reader-8812 -o reader-8812.json
    """
    from commentdesk.web.schemas import author_data_out

    services = _services()
    site_id = _site_id(services, site)
    try:
        author = actions.find_author(services, site_id, external_id)
        data = actions.author_data(services, site_id, author.id)
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    body = author_data_out(data, services.now())
    try:
        output.write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n")
    except OSError as err:
        console.print(f"[red]cannot write {output}[/red]: {err.strerror}")
        raise typer.Exit(1) from err
    console.print(f"{len(data.comments)} comments of author {author.id} -> {output}")


@webhooks_app.command("list")
def webhooks_list(
    site: str,
    state: Annotated[
        str | None, typer.Option(help="waiting, failed or delivered; all if omitted.")
    ] = None,
    limit: int = 50,
) -> None:
    """The site's webhook messages, newest first, with their last error.

    Example: commentdesk webhooks list daily --state failed
    """
    services = _services()
    site_id = _site_id(services, site)
    try:
        found = webhooks.deliveries(services, site_id, state, limit)
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    table = Table("id", "event", "url", "state", "attempts", "last error", "created")
    for d in found:
        created = d.created_at.strftime("%Y-%m-%d %H:%M") if d.created_at else ""
        table.add_row(
            str(d.id), d.event, d.url, d.state, str(d.attempts), d.last_error or "", created
        )
    console.print(table)


_MessageIds = Annotated[list[int] | None, typer.Argument(help="Message ids; all failed if none.")]


@webhooks_app.command("retry")
def webhooks_retry(
    site: str,
    ids: _MessageIds = None,
) -> None:
    """Send again the messages the worker gave up on, or those named.

    Example: commentdesk webhooks retry daily
    """
    services = _services()
    count = webhooks.retry(services, _site_id(services, site), ids or None)
    console.print(f"{count} messages back in line; the server's worker sends them")


@webhooks_app.command("ping")
def webhooks_ping(site: str) -> None:
    """Queue a signed `ping` to each of the site's webhook URLs, to check its receivers.

    Example: commentdesk webhooks ping daily && commentdesk webhooks list daily
    """
    services = _services()
    try:
        count = webhooks.ping(services, _site_id(services, site))
    except CommentDeskError as err:
        console.print(f"[red]{err.message}[/red]")
        raise typer.Exit(1) from err
    console.print(f"ping queued for {count} URLs")


def _part(name: str) -> Any:
    try:
        module = __import__(f"commentdesk.{name}.cli", fromlist=["app"])
    except ModuleNotFoundError as err:
        if err.name != f"commentdesk.{name}.cli":
            raise
        return None
    return module


def _mount_parts() -> None:
    """Commands that live with their part of the system: scoring, policy, import."""
    scoring = _part("scoring")
    if scoring is not None:
        app.registered_commands.extend(scoring.app.registered_commands)
    policy = _part("policy")
    if policy is not None:
        app.command("check")(policy.check_command)
        app.add_typer(policy.policy_app, name="policy")
    ingest = _part("ingest")
    if ingest is not None:
        app.registered_commands.extend(ingest.app.registered_commands)


_mount_parts()

if __name__ == "__main__":
    app()
