"""The CLI: thin commands over the same functions, on a real database."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from commentdesk.cli import app
from tests.conftest import start_on_a_free_port

runner = CliRunner()


@pytest.fixture
def env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {"COMMENTDESK_DATABASE_URL": database_url, "COMMENTDESK_DATA_DIR": str(tmp_path)}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_site_key_story_and_queue_commands(env: dict[str, str]) -> None:
    invoke("migrate")
    assert "reader JWT secret" in invoke(
        "sites", "create", "daily", "The Daily", "--origin", "https://daily.example"
    )
    assert "daily" in invoke("sites", "list")
    key_line = invoke("keys", "create", "daily", "--role", "moderator", "--name", "desk")
    assert "cdk_" in key_line
    assert "created story" in invoke("stories", "create", "daily", "a-1", "--title", "Budget")
    assert "a-1" in invoke("stories", "list", "daily")
    assert "held: 0" in invoke("comments", "queue", "daily")
    bad = runner.invoke(app, ["comments", "queue", "nowhere"])
    assert bad.exit_code == 1 and "no site" in bad.output


def test_authors_export_then_erase_asking_for_yes(env: dict[str, str]) -> None:
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily")
    invoke("stories", "create", "daily", "a-1", "--title", "Budget")
    from commentdesk import actions
    from commentdesk.actions import NewComment
    from commentdesk.config import Settings
    from commentdesk.services import Services
    from commentdesk.store import sites, stories

    services = Services.from_settings(Settings.from_env())
    with services.store.read() as conn:
        site = sites.by_slug(conn, "daily")
        assert site is not None
        story = stories.by_external_id(conn, site.id, "a-1")
        assert story is not None
    body = "The budget table on page 3 leaves out the bridge repairs."
    actions.submit(services, site.id, NewComment(story.id, body, author_external_id="r-9"))
    services.close()

    copy = Path(env["COMMENTDESK_DATA_DIR"]) / "r-9.json"
    nowhere = copy.parent / "nowhere" / "r-9.json"
    unwritable = runner.invoke(app, ["authors", "export", "daily", "r-9", "-o", str(nowhere)])
    assert unwritable.exit_code == 1 and "cannot write" in unwritable.output
    assert not isinstance(unwritable.exception, OSError)
    assert "1 comments of author" in invoke("authors", "export", "daily", "r-9", "-o", str(copy))
    assert json.loads(copy.read_text())["comments"][0]["body"] == body
    unsure = runner.invoke(app, ["authors", "erase", "daily", "r-9"])
    assert unsure.exit_code == 1 and "--yes" in unsure.output
    assert "1 comments' text removed, 1 withdrawn" in invoke(
        "authors", "erase", "daily", "r-9", "--yes"
    )
    again = runner.invoke(app, ["authors", "erase", "daily", "r-9", "--yes"])
    assert again.exit_code == 1 and "no author" in again.output


def test_webhooks_list_retry_and_ping(env: dict[str, str]) -> None:
    invoke("migrate")
    # Port 9 (discard) is closed on loopback: every attempt fails at once.
    invoke("sites", "create", "daily", "The Daily", "--webhook", "http://127.0.0.1:9/hook")
    assert "ping queued for 1 URLs" in invoke("webhooks", "ping", "daily")
    from commentdesk import webhooks
    from commentdesk.config import Settings
    from commentdesk.services import Services

    settings = Settings.from_env()
    services = Services.from_settings(replace(settings, webhook_max_attempts=1))
    with httpx.Client(timeout=2) as client:
        assert webhooks.deliver_due(services, client) == 1
    services.close()
    listed = invoke("webhooks", "list", "daily", "--state", "failed")
    assert "ping" in listed and "refused" in listed
    assert "1 messages back in line" in invoke("webhooks", "retry", "daily")
    assert "waiting" in invoke("webhooks", "list", "daily")
    assert "0 messages back in line" in invoke("webhooks", "retry", "daily")
    bad = runner.invoke(app, ["webhooks", "list", "daily", "--state", "lost"])
    assert bad.exit_code == 1 and "state must be one of" in bad.output
    invoke("sites", "create", "quiet", "The Quiet")
    none = runner.invoke(app, ["webhooks", "ping", "quiet"])
    assert none.exit_code == 1 and "no webhook URLs" in none.output


def test_stories_take_a_closing_time_from_the_command_line(env: dict[str, str]) -> None:
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily", "--close-after-days", "14")
    shown = invoke("stories", "create", "daily", "a-1", "--closes-at", "2027-01-10T18:00+00:00")
    assert "closes 2027-01-10T18:00:00+00:00" in shown
    assert "closes" not in invoke("stories", "create", "daily", "a-1", "--closes-at", "never")
    assert "closes" in invoke("stories", "create", "daily", "a-2")  # the site's default
    naive = runner.invoke(app, ["stories", "create", "daily", "a-3", "--closes-at", "2027-01-10"])
    assert naive.exit_code == 1 and "time with its zone" in naive.output


def test_sites_can_require_readers_to_sign_in(env: dict[str, str]) -> None:
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily", "--sign-in-required")
    assert "required" in invoke("sites", "list")
    assert "anonymous comments allowed" in invoke("sites", "update", "daily", "--anonymous-allowed")
    assert "signed-in readers only" in invoke("sites", "update", "daily", "--sign-in-required")
    from commentdesk.config import Settings
    from commentdesk.services import Services
    from commentdesk.store import sites

    services = Services.from_settings(Settings.from_env())
    with services.store.read() as conn:
        found = sites.by_slug(conn, "daily")
    services.close()
    assert found is not None and found.sign_in_required


def test_sites_give_new_stories_a_closing_time(env: dict[str, str]) -> None:
    from commentdesk.config import Settings
    from commentdesk.services import Services
    from commentdesk.store import sites, stories

    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily", "--close-after-days", "14")
    invoke("stories", "create", "daily", "a-1", "--title", "Budget")
    cleared = invoke("sites", "update", "daily", "--close-after-days", "0")
    assert "new stories close never" in cleared
    invoke("stories", "create", "daily", "a-2", "--title", "Bridge")
    assert "after 7 days" in invoke("sites", "update", "daily", "--close-after-days", "7")
    listed = invoke("sites", "list")
    assert "7" in listed
    nothing = runner.invoke(app, ["sites", "update", "daily"])
    assert nothing.exit_code == 1 and "nothing to change" in nothing.output
    negative = runner.invoke(app, ["sites", "update", "daily", "--close-after-days", "-1"])
    assert negative.exit_code == 2

    services = Services.from_settings(Settings.from_env())
    try:
        with services.store.read() as conn:
            site = sites.by_slug(conn, "daily")
            assert site is not None and site.close_after_days == 7
            first = stories.by_external_id(conn, site.id, "a-1")
            second = stories.by_external_id(conn, site.id, "a-2")
    finally:
        services.close()
    assert first is not None and first.closes_at is not None and first.created_at is not None
    assert (first.closes_at - first.created_at).days == 14
    assert second is not None and second.closes_at is None
    assert "a-1" in invoke("stories", "list", "daily")


def test_backup_copies_a_live_sqlite_database(env: dict[str, str], backend: str) -> None:
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily")
    invoke("stories", "create", "daily", "a-1", "--title", "Budget")
    target = Path(env["COMMENTDESK_DATA_DIR"]) / "copy.db"
    if backend != "sqlite":
        refused = runner.invoke(app, ["backup", str(target)])
        assert refused.exit_code == 1 and "pg_dump" in refused.output
        return
    from commentdesk.store import Store
    from commentdesk.store import stories as story_store

    assert "backed up to" in invoke("backup", str(target))
    copy = Store(f"sqlite:///{target}")
    try:
        copy.check()  # the copy is at the current schema, ready to serve
        with copy.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            found = [s.external_id for s in story_store.listing(conn, 1)]
        assert found == ["a-1"]
    finally:
        copy.close()
    assert not target.with_name("copy.db.partial").exists()


@pytest.mark.parametrize("where", ["missing-dir", "directory"])
def test_backup_to_a_path_that_cannot_be_written(
    env: dict[str, str], backend: str, where: str
) -> None:
    if backend != "sqlite":
        pytest.skip("only SQLite is backed up by this command")
    invoke("migrate")
    data = Path(env["COMMENTDESK_DATA_DIR"])
    target = data / "nowhere" / "copy.db" if where == "missing-dir" else data
    before = set(data.parent.iterdir())
    result = runner.invoke(app, ["backup", str(target)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "cannot write" in result.output
    assert set(data.parent.iterdir()) == before  # no .partial left beside it


def test_every_command_has_an_example() -> None:
    import typer.main

    group = typer.main.get_command(app)

    def walk(command: Any, path: str) -> list[str]:
        missing = [] if "Example:" in (command.help or "") else [path]
        if hasattr(command, "commands"):
            for name, sub in command.commands.items():
                missing += walk(sub, f"{path} {name}")
        return missing

    assert walk(group, "commentdesk") == []


def test_serve_believes_forwarded_addresses_only_from_trusted_proxies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMENTDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("COMMENTDESK_DATABASE_URL", raising=False)
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily")
    invoke("stories", "create", "daily", "a-1", "--title", "Budget")

    def serve(trusted: str) -> tuple[subprocess.Popen[str], str]:
        env = dict(os.environ, COMMENTDESK_IP_RATE="2/minute", COMMENTDESK_TRUSTED_PROXIES=trusted)
        proc, port = start_on_a_free_port(
            lambda port: subprocess.Popen(
                [sys.executable, "-m", "commentdesk.cli", "serve", "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        )
        base = f"http://127.0.0.1:{port}/api/v1"
        story = httpx.get(f"{base}/stories/lookup", params={"site": "daily", "external_id": "a-1"})
        return proc, f"{base}/stories/{story.json()['id']}/comments"

    def post(url: str, reader_ip: str, n: int) -> int:
        body = {"body": f"Point {n}: the budget leaves out the bridge repairs."}
        headers = {"X-Forwarded-For": reader_ip}
        return httpx.post(url, json=body, headers=headers, timeout=30).status_code

    # The proxy (here, loopback) is trusted: each reader has their own limit.
    proc, url = serve("127.0.0.1")
    try:
        assert [post(url, "203.0.113.5", n) for n in range(3)] == [201, 201, 429]
        assert post(url, "203.0.113.6", 3) == 201
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    # Not trusted: the header is anyone's to write, so it is ignored.
    proc, url = serve("192.0.2.1")
    try:
        assert [post(url, f"198.51.100.{n}", 10 + n) for n in range(3)] == [201, 201, 429]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_demo_starts_with_data(tmp_path: Path) -> None:
    # The README's first command: the embedded SQLite database, nothing configured.
    env = dict(os.environ, COMMENTDESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("COMMENTDESK_DATABASE_URL", None)

    def serve(port: int) -> subprocess.Popen[str]:
        shutil.rmtree(tmp_path / "data", ignore_errors=True)  # a first run each time
        return subprocess.Popen(
            [sys.executable, "-m", "commentdesk.cli", "serve", "--demo", "--port", str(port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    proc, port = start_on_a_free_port(serve)
    try:
        assert (tmp_path / "data" / "commentdesk.db").exists()
        story = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/stories/lookup",
            params={"site": "demo", "external_id": "council-bus-lanes-2026"},
        ).json()
        thread = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/stories/{story['id']}/comments",
            params={"per_page": 50},
        ).json()
        bodies = " ".join(c["body"] for c in thread["comments"])
        assert "number 12" in bodies  # a civil comment is published
        assert "vermin" not in bodies and "brain-dead" not in bodies  # abuse is not
        picks = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/stories/{story['id']}/comments",
            params={"sort": "featured"},
        ).json()
        assert [c["body"][:12] for c in picks["comments"]] == ["Which scheme"]  # the pick
        liked = httpx.get(
            f"http://127.0.0.1:{port}/api/v1/stories/{story['id']}/comments",
            params={"sort": "liked"},
        ).json()
        # Placeholders for removed comments keep their place and carry no count.
        counts = [c["likes"] for c in liked["comments"] if not c["removed"]]
        assert counts[0] >= 3 and counts == sorted(counts, reverse=True)  # readers' likes
        answers = [r for c in thread["comments"] for r in c["replies"] if r["staff"]]
        assert [a["author"] for a in answers] == ["City desk, Demo Daily"]  # the newsroom
    finally:
        proc.send_signal(signal.SIGTERM)
        output = proc.communicate(timeout=30)[0]
    assert "admin API key: cdk_" in output


def test_serve_refuses_an_out_of_date_database(env: dict[str, str]) -> None:
    from alembic import command

    from commentdesk.store import Store
    from commentdesk.store.database import alembic_config

    store = Store(env["COMMENTDESK_DATABASE_URL"])
    command.upgrade(alembic_config(store.db.engine), "0001")
    store.close()
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 1
    assert "commentdesk migrate" in result.output


def test_doctor_checks_the_install_and_fails_on_what_would_stop_it(
    env: dict[str, str], backend: str
) -> None:
    behind = runner.invoke(app, ["doctor"])  # no schema yet
    assert behind.exit_code == 1 and "migrate" in behind.output
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily")
    report = invoke("doctor")
    assert "schema current" in report and "model cd-" in report
    assert "synchronous" in report  # durability as configured
    assert "no origin may embed" in report  # a warning, not a failure
    assert "statistics" in report


def test_sites_choose_how_many_readers_reports_hold_a_comment(env: dict[str, str]) -> None:
    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily", "--reports-to-hold", "4")
    assert "held after reports from 4 readers" in invoke(
        "sites", "update", "daily", "--name", "The Daily Planet"
    )
    assert "reports never hold" in invoke("sites", "update", "daily", "--reports-to-hold", "0")
    refused = runner.invoke(app, ["sites", "update", "daily", "--reports-to-hold", "-1"])
    assert refused.exit_code != 0


def test_sites_are_checked_before_they_are_created(env: dict[str, str]) -> None:
    invoke("migrate")
    for args, problem in (
        (["Daily!", "The Daily"], "lowercase letters, digits and dashes"),
        (["daily", "The Daily", "--origin", "https://daily.example/news"], "is not an origin"),
        (["daily", "The Daily", "--webhook", "mailto:desk@daily.example"], "http(s) address"),
    ):
        refused = runner.invoke(app, ["sites", "create", *args])
        assert refused.exit_code == 1 and problem in refused.output, refused.output
    assert "site daily" in invoke(
        "sites", "create", "daily", "The Daily", "--origin", "https://Daily.example"
    )
    from commentdesk.config import Settings
    from commentdesk.services import Services
    from commentdesk.store import sites

    services = Services.from_settings(Settings.from_env())
    with services.store.read() as conn:
        found = sites.by_slug(conn, "daily")
    services.close()
    assert found is not None and found.allowed_origins == ["https://daily.example"]
    again = runner.invoke(app, ["sites", "create", "daily", "Another"])
    assert again.exit_code == 1 and "already a site 'daily'" in again.output


def test_version_names_the_code_the_model_and_the_schema(env: dict[str, str]) -> None:
    from commentdesk.scoring import Scorer
    from commentdesk.store.database import head_revision

    shown = runner.invoke(app, ["--version"], env=env)
    assert shown.exit_code == 0, shown.output
    code, model, schema = shown.output.splitlines()
    assert code.startswith("commentdesk ") and code.split()[1][0].isdigit()
    assert model == f"model {Scorer.load().version} (scorer stages: cascade)"
    assert schema == f"database schema {head_revision()}"
    linear = runner.invoke(app, ["--version"], env={**env, "COMMENTDESK_SCORER_STAGES": "linear"})
    assert "model cd-lin-" in linear.output


def test_users_are_listed_given_passwords_removed_and_signed_out(env: dict[str, str]) -> None:
    from commentdesk.store import Store
    from commentdesk.store import sites as site_store
    from commentdesk.store import users as user_store

    invoke("migrate")
    invoke("sites", "create", "daily", "The Daily")
    invoke("sites", "create", "weekly", "The Weekly")
    secret = "a long first passphrase"
    for site in ("daily", "weekly"):
        invoke("users", "create", "alice", "--site", site, "--password", secret)
    listed = invoke("users", "list")
    assert "alice" in listed and "moderator on daily" in listed and "moderator on weekly" in listed
    store = Store(env["COMMENTDESK_DATABASE_URL"])
    try:

        def alice() -> user_store.User:
            with store.read() as conn:
                found = user_store.by_username(conn, "alice")
            assert found is not None
            return found

        assert alice().sessions_after is None
        assert "signed out everywhere" in invoke("users", "sign-out", "alice")
        ended = alice().sessions_after
        assert ended is not None
        short = runner.invoke(app, ["users", "password", "alice", "--password", "short"])
        assert short.exit_code == 1 and "at least 10" in short.output
        invoke("users", "password", "alice", "--password", "a second passphrase")
        again = alice().sessions_after
        assert again is not None and again > ended
        with store.write() as conn:
            assert user_store.authenticate(
                conn, "alice", "a second passphrase", max_failures=5, lockout=timedelta(minutes=1)
            )
        assert "no longer works on daily" in invoke("users", "remove", "alice", "--site", "daily")
        with store.read() as conn:
            weekly = site_store.by_slug(conn, "weekly")
        assert weekly is not None and set(alice().roles) == {weekly.id}
        twice = runner.invoke(app, ["users", "remove", "alice", "--site", "daily"])
        assert twice.exit_code == 1 and "no role on daily" in twice.output
        nobody = runner.invoke(app, ["users", "sign-out", "bob"])
        assert nobody.exit_code == 1 and "no user 'bob'" in nobody.output
    finally:
        store.close()
    assert "moderator on daily" not in invoke("users", "list")
