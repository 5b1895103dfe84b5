"""Importing an archive: stories, authors and threaded comments, each decided as it lands.

Every record goes through `actions.submit`, the same door as a live comment,
so it is scored and decided under the site's current policy (or keeps the
state it arrives with when asked). A record's external id makes a rerun add
nothing. A bad record is reported with its file and line and the import goes on.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path

from sqlalchemy.engine import Connection

from commentdesk import actions
from commentdesk.domain import CommentStatus
from commentdesk.errors import CommentDeskError
from commentdesk.ingest import formats
from commentdesk.ingest.records import BadRecord, ImportRecord
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store

# How many external ids -> comment ids we remember; older ones are looked up again.
_ID_CACHE = 100_000


@dataclass
class ImportReport:
    added: int = 0
    already_there: int = 0
    bad: list[BadRecord] = field(default_factory=list)
    orphans: int = 0  # replies whose parent never arrived, imported as top-level
    stories_created: int = 0
    statuses: Counter[str] = field(default_factory=Counter)

    @property
    def read(self) -> int:
        return self.added + self.already_there + len(self.bad)


Progress = Callable[[ImportRecord | BadRecord], None]


def import_file(
    services: Services,
    site_id: int,
    path: Path,
    *,
    fmt: str | None = None,
    keep_status: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import one archive file into a site; see the module docstring."""
    return Importer(services, site_id, keep_status).run(formats.read(path, fmt), progress)


class Importer:
    def __init__(self, services: Services, site_id: int, keep_status: bool) -> None:
        self.services = services
        self.site_id = site_id
        self.keep_status = keep_status
        self.report = ImportReport()
        self._stories: dict[str, int] = {}
        self._comments: OrderedDict[str, int] = OrderedDict()

    def run(
        self, items: Iterable[ImportRecord | BadRecord], progress: Progress | None = None
    ) -> ImportReport:
        waiting: list[ImportRecord] = []  # replies that arrived before their parent
        for item in items:
            if isinstance(item, BadRecord):
                self.report.bad.append(item)
            elif not self._try(item, parent_required=True):
                waiting.append(item)
            if progress is not None:
                progress(item)
        self._drain(waiting)
        return self.report

    def _drain(self, waiting: list[ImportRecord]) -> None:
        # A parent may sit later in the file; retry until no more replies find theirs.
        while waiting:
            still = [r for r in waiting if not self._try(r, parent_required=True)]
            if len(still) < len(waiting):
                waiting = still
                continue
            # Stuck. Only a reply whose parent is not itself waiting has lost it for
            # good; its own replies must find it after, not become top-level too.
            # When every one waits on another (a cycle), break it at the first.
            waiting_ids = {r.external_id for r in still}
            lost = [r for r in still if r.parent_external_id not in waiting_ids] or still[:1]
            for record in lost:
                self.report.orphans += 1
                self._try(record, parent_required=False)
            released = {id(r) for r in lost}
            waiting = [r for r in still if id(r) not in released]

    def _try(self, record: ImportRecord, *, parent_required: bool) -> bool:
        """Import one record; False only when its parent is not there yet."""
        parent_id = None
        if record.parent_external_id:
            parent_id = self._comment_id(record.parent_external_id)
            if parent_id is None and parent_required:
                return False
        problem = record.unstorable()
        if problem:
            self.report.bad.append(BadRecord(record.source, record.line, problem))
            return True
        try:
            story_id = self._story_id(record)
            result = actions.submit(
                self.services,
                self.site_id,
                actions.NewComment(
                    story_id=story_id,
                    body=record.body,
                    parent_id=parent_id,
                    author_external_id=record.author_external_id,
                    author_name=record.author_name,
                    external_id=record.external_id,
                    created_at=record.created_at,
                    keep_status=self._kept(record),
                    staff_name=record.staff_name or None,
                ),
            )
        except CommentDeskError as err:
            self.report.bad.append(BadRecord(record.source, record.line, err.message))
            return True
        self._remember(record.external_id, result.comment.id)
        if result.created:
            self.report.added += 1
            self.report.statuses[result.comment.status.value] += 1
        else:
            self.report.already_there += 1
        return True

    def _kept(self, record: ImportRecord) -> CommentStatus | None:
        """The archive's state to keep: all of them with --keep-status; otherwise
        only a removal (spam, deleted, trashed), a moderator's judgement that no
        policy should publish again."""
        if self.keep_status or record.status is CommentStatus.REJECTED:
            return record.status
        return None

    def _story_id(self, record: ImportRecord) -> int:
        key = record.story_external_id
        if key not in self._stories:
            with self.services.store.write() as conn:
                story = story_store.by_external_id(conn, self.site_id, key)
                if story is None:
                    # Only create: an existing story keeps its state (closed stays closed).
                    story, _ = story_store.upsert(
                        conn,
                        self.site_id,
                        key,
                        url=record.story_url,
                        title=record.story_title,
                        closes_at=self._closing(conn, record),
                    )
                    self.report.stories_created += 1
            self._stories[key] = story.id
        return self._stories[key]

    def _closing(self, conn: Connection, record: ImportRecord) -> story_store.ClosesAt:
        """The site's default closing counted from the story's first imported
        comment, as near to its publication as an archive tells: an archive's
        old discussions stay closed rather than reopening for days after the
        import. Without a date, the default counts from now."""
        site = site_store.get(conn, self.site_id)
        if site is None or not site.close_after_days or record.created_at is None:
            return story_store.UNSET
        started = record.created_at
        if started.tzinfo is None:
            started = started.replace(tzinfo=UTC)
        return started + timedelta(days=site.close_after_days)

    def _comment_id(self, external_id: str) -> int | None:
        if external_id in self._comments:
            return self._comments[external_id]
        with self.services.store.read() as conn:
            found = comment_store.by_external_id(conn, self.site_id, external_id)
        if found is not None:
            self._remember(external_id, found.id)
        return found.id if found else None

    def _remember(self, external_id: str, comment_id: int) -> None:
        self._comments[external_id] = comment_id
        if len(self._comments) > _ID_CACHE:
            self._comments.popitem(last=False)
