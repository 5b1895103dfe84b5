"""Readers ignore readers: the rules of `actions.ignore_author`, on both databases."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from commentdesk import actions
from commentdesk.domain import ATTRIBUTES, ScoreResult
from commentdesk.errors import Conflict, NotFound
from commentdesk.services import Services
from commentdesk.store.schema import audit_log
from tests.conftest import SiteKeys, create_site

CLEAN = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.01), spans={}, model_version="test")
RUDE = ScoreResult(scores=dict.fromkeys(ATTRIBUTES, 0.995), spans={}, model_version="test")


def _post(services: Services, site: SiteKeys, body: str, author: str,
          score: ScoreResult = CLEAN) -> int:
    new = actions.NewComment(
        story_id=site.story_id, body=body, author_external_id=author, author_name=author.title(),
        score=score,
    )
    return actions.submit(services, site.site.id, new).comment.id


def _audit_rows(services: Services) -> int:
    with services.store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar_one())


def test_ignoring_is_the_readers_own_setting(services: Services, site: SiteKeys) -> None:
    comment = _post(services, site, "The timetable is wrong again.", "writer")
    before = _audit_rows(services)
    done = actions.ignore_author(services, site.site.id, comment, "ana", "Ana")
    assert done.name == "Writer" and done.comment_ids == [comment]
    # Not moderation: no audit row, and the writer's comment stays published for all.
    assert _audit_rows(services) == before
    overlay = actions.reader_likes(services, site.site.id, site.story_id, "ana")
    assert [h.comment_ids for h in overlay.hidden] == [[comment]]
    assert [i.name for i in overlay.ignored] == ["Writer"]
    assert actions.reader_likes(services, site.site.id, site.story_id, "bob").hidden == []


def test_what_cannot_be_ignored(services: Services, site: SiteKeys) -> None:
    held = _post(services, site, "You absolute idiot.", "writer", score=RUDE)
    with pytest.raises(NotFound):  # readers never saw it
        actions.ignore_author(services, site.site.id, held, "ana")
    mine = _post(services, site, "My own view on the bridge.", "ana")
    with pytest.raises(Conflict, match="yourself"):
        actions.ignore_author(services, site.site.id, mine, "ana")
    # Another site's comment is not this site's to ignore.
    other = create_site(services)
    theirs = _post(services, other, "Over there.", "writer")
    with pytest.raises(NotFound):
        actions.ignore_author(services, site.site.id, theirs, "ana")


def test_a_reader_ignores_at_most_the_limit(
    services: Services, site: SiteKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(actions.ignores, "IGNORE_LIMIT", 2)
    first, second, third = (
        _post(services, site, f"Comment number {n} about the depot.", f"writer{n}")
        for n in (1, 2, 3)
    )
    actions.ignore_author(services, site.site.id, first, "ana")
    actions.ignore_author(services, site.site.id, second, "ana")
    with pytest.raises(Conflict, match="already ignore 2 readers"):
        actions.ignore_author(services, site.site.id, third, "ana")
    # Ignoring someone already ignored is no new row, so it is allowed at the limit.
    assert actions.ignore_author(services, site.site.id, first, "ana").comment_ids == [first]
    writer1 = actions.find_author(services, site.site.id, "writer1")
    assert actions.stop_ignoring(services, site.site.id, "ana", writer1.id)
    actions.ignore_author(services, site.site.id, third, "ana")
    assert sorted(i.name for i in actions.ignored_by(services, site.site.id, "ana")) == [
        "Writer2",
        "Writer3",
    ]
