"""The use cases: submit, decide, report, like, act on authors, erase them, set policies.

The API, the dashboard, the CLI and batch jobs all call these functions, so a
comment is treated the same whichever door it came through. Each one does its
writes in a single transaction, the audit rows included. One module per
concern; callers use them through this package (`actions.submit(...)`).
"""

from __future__ import annotations

from commentdesk.actions.authors import (
    AUTHOR_ACTION_RULE,
    AUTHOR_ACTIONS,
    AuthorAction,
    AuthorData,
    act_on_author,
    author_data,
    find_author,
)
from commentdesk.actions.erasure import Erasure, erase_author
from commentdesk.actions.ignores import (
    IGNORE_LIMIT,
    HiddenWriter,
    ignore_author,
    ignored_by,
    stop_ignoring,
)
from commentdesk.actions.likes import (
    LIKES_EVENT,
    LikeResult,
    ReaderLikes,
    like,
    reader_likes,
    unlike,
)
from commentdesk.actions.moderation import (
    MODERATOR_ACTIONS,
    REPORT_EVENT,
    REPORTS_RULE,
    decide,
    feature,
    report,
)
from commentdesk.actions.own_comments import delete_own, edit
from commentdesk.actions.policies import (
    backtest,
    calibrate,
    policy_for,
    services_epoch,
    set_policy,
    stored_cases,
)
from commentdesk.actions.sites import SiteSettings, create_site, update_site
from commentdesk.actions.stories import story_state, update_story
from commentdesk.actions.submission import (
    STAFF_RULE,
    NewComment,
    SubmitResult,
    hash_ip,
    post_as_newsroom,
    submit,
    submit_batch,
    unstorable,
    validate_body,
)
from commentdesk.actions.transition import ERASURE_RULE, REPLY_EVENT, is_erased, transition

__all__ = [
    "AUTHOR_ACTIONS",
    "AUTHOR_ACTION_RULE",
    "ERASURE_RULE",
    "IGNORE_LIMIT",
    "LIKES_EVENT",
    "MODERATOR_ACTIONS",
    "REPLY_EVENT",
    "REPORTS_RULE",
    "REPORT_EVENT",
    "STAFF_RULE",
    "AuthorAction",
    "AuthorData",
    "Erasure",
    "HiddenWriter",
    "LikeResult",
    "NewComment",
    "ReaderLikes",
    "SiteSettings",
    "SubmitResult",
    "act_on_author",
    "author_data",
    "backtest",
    "calibrate",
    "create_site",
    "decide",
    "delete_own",
    "edit",
    "erase_author",
    "feature",
    "find_author",
    "hash_ip",
    "ignore_author",
    "ignored_by",
    "is_erased",
    "like",
    "policy_for",
    "post_as_newsroom",
    "reader_likes",
    "report",
    "services_epoch",
    "set_policy",
    "stored_cases",
    "stop_ignoring",
    "story_state",
    "submit",
    "submit_batch",
    "transition",
    "unlike",
    "update_site",
    "update_story",
    "unstorable",
    "validate_body",
]
