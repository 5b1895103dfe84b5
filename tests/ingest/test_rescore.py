from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from commentdesk import actions
from commentdesk.domain import CommentStatus
from commentdesk.ingest.importer import import_file
from commentdesk.ingest.rescore import rescore
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import comments as comment_store

COMMENTS = [
    ("k1", "Thanks for covering the school board meeting so thoroughly."),
    ("k2", "The new bus timetable works well for my commute."),
    ("k3", "You are a pathetic moron and everyone here hates you."),
    ("k4", "I think the council should publish the full budget."),
]


def _without_model(services: Services, tmp_path: Path) -> Services:
    """The same database, with a model path that holds no model (so scoring fails closed)."""
    return Services.from_settings(services.settings.replace(model_path=str(tmp_path / "none")))


def _statuses(services: Services, site_id: int) -> dict[str, CommentStatus]:
    with services.store.read() as conn:
        return {c.external_id or "": c.status for c in comment_store.iterate(conn, site_id)}


def test_dry_run_changes_nothing_and_apply_writes_with_audit(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": i, "story_id": "s", "author_id": f"a{n}", "body": body}) + "\n"
            for n, (i, body) in enumerate(COMMENTS)
        )
    )
    # Imported while the model could not be loaded: everything is held, unscored.
    hurried = _without_model(services, tmp_path)
    import_file(hurried, site_id, path)
    hurried.close()
    before = _statuses(services, site_id)
    assert set(before.values()) == {CommentStatus.HELD}

    dry = rescore(services, site_id, None, apply=False)
    assert (dry.examined, dry.rescored, dry.unscored, dry.applied) == (4, 4, 0, False)
    assert dry.previous_models == {"none": 4}
    assert dry.model_version and dry.model_version == services.scorer.version
    assert dry.changes["held->approved"] >= 2  # the plainly civil comments
    assert "held->approved" in dry.examples
    assert _statuses(services, site_id) == before  # a dry run writes nothing

    applied = rescore(services, site_id, None, apply=True)
    assert applied.changes == dry.changes
    after = _statuses(services, site_id)
    assert after["k1"] is CommentStatus.APPROVED and after["k3"] is not CommentStatus.APPROVED
    with services.store.read() as conn:
        k1 = comment_store.by_external_id(conn, site_id, "k1")
        assert k1 is not None and k1.model_version == dry.model_version and k1.scores
        trail = audit_store.trail(conn, site_id, "comment", k1.id)
    assert [(e.action, e.actor, e.old_state, e.new_state) for e in trail][-1] == (
        "rescore", None, "held", "approved"
    )
    assert trail[-1].model_version == dry.model_version

    # Decided again with the same model, nothing moves, and applying it again
    # writes nothing: no audit row says a decision was made that was not.
    again = rescore(services, site_id, None, apply=False)
    assert (again.changed, again.unchanged) == (0, 4)
    with services.store.read() as conn:
        rows_before = len(audit_store.trail(conn, site_id, "comment", k1.id))
    repeated = rescore(services, site_id, None, apply=True)
    assert (repeated.changed, repeated.unchanged) == (0, 4)
    with services.store.read() as conn:
        assert len(audit_store.trail(conn, site_id, "comment", k1.id)) == rows_before
    # A new policy decides them again: written, with its version, although the
    # status is the same.
    actions.set_policy(services, site_id, "rules:\n  - {id: links, type: links}\n")
    renewed = rescore(services, site_id, None, apply=True)
    assert renewed.unchanged == 0
    with services.store.read() as conn:
        trail = audit_store.trail(conn, site_id, "comment", k1.id)
        assert len(trail) == rows_before + 1 and trail[-1].action == "rescore"


def test_moderator_decisions_stand_and_since_filters(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "m", "story_id": "s", "body": COMMENTS[0][1]}) + "\n")
    hurried = _without_model(services, tmp_path)
    import_file(hurried, site_id, path)
    hurried.close()
    with services.store.read() as conn:
        comment = comment_store.by_external_id(conn, site_id, "m")
    assert comment is not None
    actions.decide(services, site_id, [comment.id], "reject", actor="mod@paper")
    report = rescore(services, site_id, None, apply=True)
    assert (report.kept, report.changed) == (1, 0)
    assert _statuses(services, site_id)["m"] is CommentStatus.REJECTED

    later = datetime.now(UTC) + timedelta(days=1)
    assert rescore(services, site_id, later, apply=False).examined == 0


def test_the_newsrooms_own_comments_keep_their_status(
    tmp_path: Path, services: Services, site_id: int
) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "r", "story_id": "s", "body": COMMENTS[0][1]}) + "\n")
    import_file(services, site_id, path)
    with services.store.read() as conn:
        reader = comment_store.by_external_id(conn, site_id, "r")
    assert reader is not None
    # Quoting abuse to explain a moderation call is the newsroom's to publish.
    staff = actions.post_as_newsroom(
        services, site_id, reader.story_id,
        "We removed replies calling readers pathetic morons and idiots.",
        byline="Standards editor", actor="user:ed",
    ).comment
    assert staff.status is CommentStatus.APPROVED

    dry = rescore(services, site_id, None, apply=False)
    assert (dry.kept, dry.changed) == (1, 0)
    applied = rescore(services, site_id, None, apply=True)
    assert (applied.kept, applied.changed) == (1, 0)
    with services.store.read() as conn:
        after = comment_store.get(conn, site_id, staff.id)
        trail = audit_store.trail(conn, site_id, "comment", staff.id)
    assert after is not None and after.status is CommentStatus.APPROVED
    assert after.staff_name == "Standards editor" and after.scores  # scores refreshed
    assert [e.action for e in trail] == ["submit"]  # no decision of ours was made
