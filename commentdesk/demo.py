"""A small demo site: one sample article and a realistic thread, written for this project.

The thread goes through the real pipeline (scorer, default policy, audit), so
the dashboard opens on a queue with held and approved comments to work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from commentdesk import actions
from commentdesk.domain import CommentStatus, Role
from commentdesk.services import Services
from commentdesk.store import comments as comment_store
from commentdesk.store import keys as key_store
from commentdesk.store import sites as site_store
from commentdesk.store import stories as story_store
from commentdesk.store import users as user_store

DEMO_SITE = "demo"
DEMO_STORY = "council-bus-lanes-2026"

ARTICLE: dict[str, str] = {
    "title": "Council votes to turn two city-centre car lanes into bus lanes",
    "url": "https://news.example/city/council-bus-lanes",
    "section": "city",
}

ARTICLE_TEXT = [
    "Two lanes of Station Road will carry only buses and bicycles from March, after the "
    "city council voted 31 to 24 on Tuesday night.",
    "Supporters said the change would cut journey times on the busiest routes by up to "
    "eight minutes at peak hours. Opponents warned of congestion on side streets and "
    "asked where delivery vans would stop.",
    "The council's transport committee will review the scheme after twelve months.",
]

# The thread's comment (an index into THREAD) that the demo newsroom features.
FEATURED = 2

# Minutes between one comment of the demo thread and the next.
THREAD_MINUTES_APART = 23

# The newsroom answers a reader's question in the thread: (index into THREAD, text).
NEWSROOM_REPLY = (
    4,
    "Delivery vans can use the loading bays on Mill Lane and Cross Street, which stay "
    "open from 6am to 11am; the council's map is linked at the end of the article.",
)

# (reader, index into THREAD): readers of the thread like what they agree with,
# so the demo shows counts and "Most liked" has an order.
LIKES: list[tuple[str, int]] = [
    ("u-dev", 0),
    ("u-sam", 0),
    ("u-old", 0),
    ("u-ann", 0),
    ("u-maria", 11),
    ("u-lee", 11),
    ("u-dev", 11),
    ("u-maria", 2),
    ("u-sam", 2),
    ("u-sam", 8),
]

# (author id, author name, reply-to index or None, text). Written for the demo:
# civil disagreement, sarcasm, quotes, and the abuse a real thread attracts.
THREAD: list[tuple[str, str, int | None, str]] = [
    (
        "u-maria",
        "Maria K.",
        None,
        "Finally. The number 12 is late every single morning because it sits behind cars.",
    ),
    (
        "u-tom",
        "Tom Reeve",
        None,
        "This council has wasted money on every transport scheme for a decade. "
        "I'll vote them out at the next election.",
    ),
    (
        "u-dev",
        "Dev P.",
        1,
        "Which schemes? The tram extension came in under budget according to the audit.",
    ),
    (
        "u-tom",
        "Tom Reeve",
        2,
        "Under budget and three years late. Forgive me if I'm not celebrating.",
    ),
    (
        "u-sam",
        "sam_w",
        None,
        '"Two lanes for buses" - and where exactly are delivery vans supposed to stop?',
    ),
    (
        "u-troll",
        "realtalk99",
        None,
        "Anyone who supports this is a brain-dead idiot. Shut up and go back to your bike.",
    ),
    (
        "u-ann",
        "Ann",
        None,
        "Oh great, another consultation nobody will read. Truly democracy at its finest.",
    ),
    (
        "u-hate",
        "truthseeker",
        None,
        "The people pushing this are vermin and they should be dragged out and beaten.",
    ),
    (
        "u-lee",
        "Lee",
        4,
        "Loading bays stay on the side streets, it's in the council report linked above.",
    ),
    (
        "u-spam",
        "deals4u",
        None,
        "Make $5000 a week from home!!! Visit http://cheap-deals.example/now",
    ),
    (
        "u-maria",
        "Maria K.",
        5,
        "Name-calling won't make the buses any faster. Can we talk about the plan?",
    ),
    (
        "u-old",
        "G. Hart",
        None,
        "I am 81 and cannot cycle. The bus is how I get to the hospital. I support this.",
    ),
]


@dataclass
class DemoCredentials:
    site_slug: str
    story_id: int
    admin_key: str
    moderator_user: str
    moderator_password: str
    jwt_secret: str


def install(services: Services, *, password: str = "demo-moderator") -> DemoCredentials:  # noqa: S107 - a demo account, printed at start
    """Create the demo site once; on later runs return its (new) credentials."""
    with services.store.read() as conn:
        site = site_store.by_slug(conn, DEMO_SITE)
    fresh = site is None
    if site is None:
        # Through the use case, as a newsroom's admin would: checked and audited.
        wanted = actions.SiteSettings(
            name="Demo Daily",
            allowed_origins=["http://127.0.0.1:8000", "http://localhost:8000"],
            webhook_urls=[],
            close_after_days=None,
            sign_in_required=False,
            reports_to_hold=None,
        )
        site = actions.create_site(services, DEMO_SITE, wanted, actor="cli:demo")
    with services.store.write() as conn:
        story, _ = story_store.upsert(
            conn,
            site.id,
            DEMO_STORY,
            url=ARTICLE["url"],
            title=ARTICLE["title"],
            section=ARTICLE["section"],
        )
        _key, admin_key = key_store.create(conn, site.id, Role.ADMIN, "demo admin")
        user = user_store.by_username(conn, "moderator")
        if user is None:
            user = user_store.create(conn, "moderator", password)
        user_store.grant(conn, user.id, site.id, Role.ADMIN)
    if fresh:
        posted: list[int] = []
        # Written over the last few hours, as a real thread is, so its times read
        # as readers see them ("3 hours ago"), not all "just now".
        started = services.now() - timedelta(minutes=THREAD_MINUTES_APART * len(THREAD))
        for index, (author_id, name, reply_to, text) in enumerate(THREAD):
            result = actions.submit(
                services,
                site.id,
                actions.NewComment(
                    story_id=story.id,
                    body=text,
                    parent_id=posted[reply_to] if reply_to is not None else None,
                    author_external_id=author_id,
                    author_name=name,
                    created_at=started + timedelta(minutes=THREAD_MINUTES_APART * index),
                ),
            )
            posted.append(result.comment.id)
        # The newsroom's pick: a reply that answers a sweeping claim with a source.
        pick = posted[FEATURED]
        with services.store.read() as conn:
            shown = comment_store.get(conn, site.id, pick)
        if shown is not None and shown.status is CommentStatus.APPROVED:
            actions.feature(services, site.id, pick, True, actor="user:moderator")
        with services.store.read() as conn:
            published = {
                c.id
                for c in comment_store.get_many(conn, site.id, posted)
                if c.status is CommentStatus.APPROVED
            }
        for reader, index in LIKES:
            # The real scorer and policy decided the thread: like only what they published.
            if posted[index] in published:
                actions.like(services, site.id, posted[index], reader)
        asked, answer = NEWSROOM_REPLY
        if posted[asked] in published:
            actions.post_as_newsroom(
                services,
                site.id,
                story.id,
                answer,
                byline="City desk, Demo Daily",
                actor="user:moderator",
                parent_id=posted[asked],
            )
    return DemoCredentials(DEMO_SITE, story.id, admin_key, "moderator", password, site.jwt_secret)
