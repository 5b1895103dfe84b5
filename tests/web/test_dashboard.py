"""The dashboard over real HTTP: sign-in, sessions, CSRF, queues, pages and exports."""

from __future__ import annotations

import csv
import io
import re

import httpx

from commentdesk import actions
from commentdesk.domain import Role
from commentdesk.services import Services
from commentdesk.store import audit as audit_store
from commentdesk.store import stories as story_store
from commentdesk.store import users as user_store
from tests.conftest import SiteKeys, create_site

PASSWORD = "correct horse battery staple"


def make_user(services: Services, site_ids: list[int], role: Role = Role.MODERATOR,
              username: str = "mod") -> str:
    with services.store.write() as conn:
        user = user_store.create(conn, username, PASSWORD)
        for site_id in site_ids:
            user_store.grant(conn, user.id, site_id, role)
    return username


def login_token(client: httpx.Client) -> str:
    page = client.get("/dashboard/login")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def sign_in(client: httpx.Client, username: str, password: str = PASSWORD) -> httpx.Response:
    token = login_token(client)
    return client.post("/dashboard/login", data={"username": username, "password": password,
                                                  "csrf_token": token, "next": ""})


def page_csrf(client: httpx.Client, path: str = "/dashboard/queue/all") -> str:
    page = client.get(path)
    found = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert found and found.group(1), page.text[:500]
    return found.group(1)



def _submit(services: Services, site: SiteKeys, body: str, author: str = "u1",
            name: str = "Reader One") -> int:
    result = actions.submit(services, site.site.id, actions.NewComment(
        story_id=site.story_id, body=body, author_external_id=author, author_name=name))
    return result.comment.id


def test_pages_need_a_session(http: httpx.Client) -> None:
    response = http.get("/dashboard/queue/held", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/dashboard/login?next=")
    assert http.post("/dashboard/api/decisions", json={"ids": [1], "action": "approve"}
                     ).status_code == 401


def _dashboard_routes() -> list[tuple[str, str]]:
    """(method, path) of every route the dashboard's modules declare."""
    from fastapi.routing import APIRoute

    from commentdesk.web import (
        dashboard,
        dashboard_analytics,
        dashboard_pages,
        dashboard_policy,
        dashboard_settings,
        dashboard_webhooks,
    )

    modules = (dashboard, dashboard_pages, dashboard_policy, dashboard_analytics,
               dashboard_webhooks, dashboard_settings)
    return sorted(
        (method, route.path)
        for module in modules
        for route in module.router.routes
        if isinstance(route, APIRoute) and route.path.startswith("/dashboard/")
        for method in route.methods
    )


def test_every_page_needs_a_session_and_every_form_its_csrf_token(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    # Declared once (dashboard_render.Moderator / ModeratorForm) and checked here
    # for every route, so a new page or form cannot leave either out.
    open_to_all = {"/dashboard/login", "/dashboard/logout"}
    scripted = ("/dashboard/api/", "/context", "/news")  # fetched by the page's script: 401
    ids = {"{queue}": "held", "{story_id}": str(site.story_id), "{author_id}": "1",
           "{comment_id}": "1"}
    routes = [(m, p) for m, p in _dashboard_routes() if p not in open_to_all]
    assert len(routes) >= 15
    checked_forms = 0
    with httpx.Client(base_url=str(http.base_url), follow_redirects=False) as anonymous:
        for method, path in routes:
            url = path
            for param, value in ids.items():
                url = url.replace(param, value)
            answer = anonymous.request(method, url)
            if path.startswith(scripted[0]) or path.endswith(scripted[1:]):
                assert answer.status_code == 401, (method, path)
            else:
                assert answer.status_code == 303, (method, path, answer.status_code)
                assert answer.headers["location"].startswith("/dashboard/login?next="), path
    make_user(services, [site.site.id], Role.ADMIN)
    assert sign_in(http, "mod").status_code == 303
    for method, path in routes:
        if method != "POST" or path.startswith(scripted[0]):
            continue
        url = path
        for param, value in ids.items():
            url = url.replace(param, value)
        refused = http.post(url, data={"csrf_token": "forged"}, follow_redirects=False)
        assert refused.status_code == 403, (path, refused.status_code, refused.text[:200])
        checked_forms += 1
    assert checked_forms >= 8


def test_sign_in_sets_a_hardened_cookie_and_locks_out(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id])
    assert sign_in(http, "mod", "wrong").status_code == 401
    ok = sign_in(http, "mod")
    assert ok.status_code == 303
    cookie = ok.headers["set-cookie"].lower()
    assert "cd_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie  # plain http here; https or SECURE_COOKIES adds it
    assert http.get("/dashboard/queue/held").status_code == 200
    failures = services.settings.login_failures
    with httpx.Client(base_url=str(http.base_url)) as other:
        for _ in range(failures):
            sign_in(other, "mod", "guess")
        locked = sign_in(other, "mod")  # the right password, but the account is locked
        assert locked.status_code == 423
        assert "locked" in locked.text


def test_signing_out_or_a_new_password_ends_copies_of_the_session(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id])
    assert sign_in(http, "mod").status_code == 303
    stolen = http.cookies["cd_session"]

    def with_copy() -> int:
        with httpx.Client(base_url=str(http.base_url), cookies={"cd_session": stolen}) as copy:
            return copy.get("/dashboard/queue/held").status_code

    assert with_copy() == 200
    token = page_csrf(http)
    assert http.post("/dashboard/logout", data={"csrf_token": token}).status_code == 303
    assert with_copy() == 303  # to the sign-in page: the signed cookie alone is not enough
    # Signing in again works at once, and a new password ends that session too.
    assert sign_in(http, "mod").status_code == 303
    stolen = http.cookies["cd_session"]
    assert with_copy() == 200
    with services.store.write() as conn:
        user = user_store.by_username(conn, "mod")
        assert user is not None
        user_store.set_password(conn, user.id, "a brand new passphrase")
    assert with_copy() == 303
    assert http.get("/dashboard/queue/held").status_code == 303
    assert sign_in(http, "mod", "a brand new passphrase").status_code == 303


def test_login_form_needs_its_csrf_token(services: Services, site: SiteKeys,
                                         http: httpx.Client) -> None:
    make_user(services, [site.site.id])
    response = http.post("/dashboard/login", data={"username": "mod", "password": PASSWORD,
                                                   "csrf_token": "forged"})
    assert response.status_code == 403


def test_decisions_need_csrf_and_land_in_the_audit_log(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id])
    sign_in(http, "mod")
    first = _submit(services, site, "I disagree with the council on this one.")
    second = _submit(services, site, "The buses are late every day.", "u2", "Reader Two")
    payload = {"ids": [first, second], "action": "reject", "reason": "off topic"}
    assert http.post("/dashboard/api/decisions", json=payload).status_code == 403
    assert http.post("/dashboard/api/decisions", json=payload,
                     headers={"X-CSRF-Token": "nope"}).status_code == 403
    token = page_csrf(http)
    response = http.post("/dashboard/api/decisions", json=payload,
                         headers={"X-CSRF-Token": token})
    assert response.status_code == 200
    assert {i["status"] for i in response.json()["items"]} == {"rejected"}
    with services.store.read() as conn:
        trail = audit_store.trail(conn, site.site.id, "comment", first)
    assert trail[-1].action == "reject" and trail[-1].actor == "user:mod"
    bad = http.post("/dashboard/api/decisions", json={"ids": [10**9], "action": "approve"},
                    headers={"X-CSRF-Token": token})
    assert bad.status_code == 404


def test_site_switcher_scopes_everything(services: Services, site: SiteKeys,
                                         http: httpx.Client) -> None:
    other = create_site(services)
    stranger = create_site(services)
    make_user(services, [site.site.id, other.site.id])
    _submit(services, other, "Only on the other site, thanks.")
    sign_in(http, "mod")
    token = page_csrf(http)
    assert "Only on the other site" not in http.get("/dashboard/queue/all").text
    switched = http.post("/dashboard/site", data={"site_id": other.site.id, "csrf_token": token})
    assert switched.status_code == 303
    assert "Only on the other site" in http.get("/dashboard/queue/all").text
    refused = http.post("/dashboard/site", data={"site_id": stranger.site.id,
                                                 "csrf_token": page_csrf(http)})
    assert refused.status_code == 404


def test_queue_cards_filters_and_escaping(services: Services, site: SiteKeys,
                                          http: httpx.Client) -> None:
    make_user(services, [site.site.id])
    payload = '<img src=x onerror=alert(1)> you are a pathetic idiot'
    _submit(services, site, payload, "u9", '"><svg onload=alert(1)>')
    _submit(services, site, "A calm and civil remark about bus lanes.", "u8", "Calm")
    sign_in(http, "mod")
    page = http.get("/dashboard/queue/all").text
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<svg onload" not in page and "&#34;&gt;&lt;svg onload=alert(1)&gt;" in page
    assert "<mark" in page  # the spans behind the decision are highlighted
    filtered = http.get("/dashboard/queue/all", params={"text": "bus lanes"}).text
    assert "civil remark" in filtered and "pathetic" not in filtered
    scored = http.get("/dashboard/queue/all", params={"attribute": "INSULT",
                                                      "min_score": "0.5"}).text
    assert "pathetic" in scored and "civil remark" not in scored
    assert http.get("/dashboard/queue/all", params={"min_score": "lots"}).status_code == 422
    assert http.get("/dashboard/queue/nonsense").status_code == 404


def test_context_story_author_and_audit_pages(services: Services, site: SiteKeys,
                                              http: httpx.Client) -> None:
    make_user(services, [site.site.id])
    parent = _submit(services, site, "The parent comment about the timetable.")
    child = actions.submit(services, site.site.id, actions.NewComment(
        story_id=site.story_id, body="A reply to the parent.", parent_id=parent,
        author_external_id="u2", author_name="Replier")).comment
    sign_in(http, "mod")
    context = http.get(f"/dashboard/comments/{child.id}/context")
    assert context.status_code == 200 and "The parent comment" in context.text
    assert http.get(f"/dashboard/stories/{site.story_id}").status_code == 200
    assert child.author_id is not None
    token = page_csrf(http)
    note = http.post(f"/dashboard/authors/{child.author_id}/actions",
                     data={"action": "note", "note": "<b>watch</b> this one",
                           "csrf_token": token}, follow_redirects=True)
    assert note.status_code == 200 and "&lt;b&gt;watch&lt;/b&gt; this one" in note.text
    ban = http.post(f"/dashboard/authors/{child.author_id}/actions",
                    data={"action": "ban", "csrf_token": "stale"})
    assert ban.status_code == 403
    closed = http.post(f"/dashboard/stories/{site.story_id}/state",
                       data={"setting": "close", "csrf_token": token}, follow_redirects=True)
    assert closed.status_code == 200 and "Reopen comments" in closed.text
    with services.store.read() as conn:
        story = story_store.get(conn, site.site.id, site.story_id)
    assert story is not None and not story.is_open
    audit = http.get("/dashboard/audit").text
    assert "user:mod" in audit and "note" in audit and "open → closed" in audit


def test_story_pages_show_the_closing_time_and_reopen_past_it(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    from datetime import UTC, datetime, timedelta

    make_user(services, [site.site.id])
    _submit(services, site, "A calm and civil remark about bus lanes.")
    soon = datetime.now(UTC) + timedelta(days=3)
    actions.update_story(services, site.site.id, site.story_id, actor="t", closes_at=soon)
    sign_in(http, "mod")
    page = http.get(f"/dashboard/stories/{site.story_id}").text
    assert f"open · closes <time>{soon:%Y-%m-%d %H:%M} UTC</time>" in page
    assert "1 published" in page and "Close comments" in page
    assert "(closes " in http.get("/dashboard/stories").text

    past = datetime.now(UTC) - timedelta(hours=1)
    actions.update_story(services, site.site.id, site.story_id, actor="t", closes_at=past)
    page = http.get(f"/dashboard/stories/{site.story_id}").text
    assert f"closed · closed itself <time>{past:%Y-%m-%d %H:%M} UTC</time>" in page
    assert "Reopen comments" in page
    reopened = http.post(f"/dashboard/stories/{site.story_id}/state",
                         data={"setting": "open", "csrf_token": page_csrf(http)},
                         follow_redirects=True)
    assert reopened.status_code == 200 and "Close comments" in reopened.text
    with services.store.read() as conn:
        story = story_store.get(conn, site.site.id, site.story_id)
    assert story is not None and story.is_open and story.closes_at is None


def test_only_an_admin_erases_a_reader_and_only_when_sure(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id], Role.MODERATOR)
    make_user(services, [site.site.id], Role.ADMIN, username="chief")
    comment = _submit(services, site, "The ferry timetable change was never consulted on.",
                      author="u9", name="Marit Oosterhuis")
    with services.store.read() as conn:
        from commentdesk.store import comments as comment_store
        found = comment_store.get(conn, site.site.id, comment)
    assert found is not None and found.author_id is not None
    page = f"/dashboard/authors/{found.author_id}"
    sign_in(http, "mod")
    assert "Erase this reader" not in http.get(page).text
    token = page_csrf(http, page)
    refused = http.post(f"{page}/erase", data={"confirm": "erase", "csrf_token": token})
    assert refused.status_code == 403
    with httpx.Client(base_url=str(http.base_url)) as admin:
        sign_in(admin, "chief")
        assert "Erase this reader" in admin.get(page).text
        token = page_csrf(admin, page)
        unsure = admin.post(f"{page}/erase", data={"csrf_token": token})
        assert unsure.status_code == 422
        assert "Marit Oosterhuis" in admin.get(page).text
        done = admin.post(f"{page}/erase", data={"confirm": "erase", "csrf_token": token},
                          follow_redirects=True)
        assert done.status_code == 200
        assert "Erased reader" in done.text and "Marit Oosterhuis" not in done.text
        assert "ferry timetable" not in done.text
        assert 'action="' + page + '/actions"' not in done.text
        ban = admin.post(f"{page}/actions", data={"action": "ban", "csrf_token": token})
        assert ban.status_code == 409



def test_the_featured_queue_lists_the_picks(services: Services, site: SiteKeys,
                                            http: httpx.Client) -> None:
    make_user(services, [site.site.id])
    picked = _submit(services, site, "The bridge survey found cracks in two piers.")
    _submit(services, site, "A comment nobody picked, about the ferry.")
    sign_in(http, "mod")
    token = page_csrf(http)
    done = http.post("/dashboard/api/feature", json={"id": picked, "featured": True},
                     headers={"X-CSRF-Token": token})
    assert done.status_code == 200 and done.json() == {"id": picked, "featured": True}
    page = http.get("/dashboard/queue/featured")
    assert page.status_code == 200
    assert "two piers" in page.text and "nobody picked" not in page.text
    refused = http.post("/dashboard/api/feature", json={"id": picked, "featured": False})
    assert refused.status_code == 403  # no CSRF token


def test_a_card_shows_how_many_readers_like_the_comment(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id])
    liked = _submit(services, site, "The harbour wall was rebuilt in 1998, not 2008.")
    plain = _submit(services, site, "The ferry timetable changes in May.")
    for reader in ("ana", "bob"):
        actions.like(services, site.site.id, liked, reader)
    sign_in(http, "mod")
    page = http.get("/dashboard/queue/approved")
    cards = dict(re.findall(r'<article[^>]*id="c(\d+)"(.*?)</article>', page.text, re.S))
    assert re.search(r'class="badge likes"[^>]*>2 likes<', cards[str(liked)])
    assert "badge likes" not in cards[str(plain)]


def test_policy_page_validates_backtests_and_only_admins_save(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id], Role.MODERATOR)
    _submit(services, site, "Some comment for the backtest to decide again.")
    sign_in(http, "mod")
    page = http.get("/dashboard/policy")
    document = re.search(r"<textarea[^>]*>(.*?)</textarea>", page.text, re.S)
    assert document
    import html
    yaml_text = html.unescape(document.group(1))
    token = page_csrf(http, "/dashboard/policy")
    broken = http.post("/dashboard/policy", data={"document": "rules: [oops",
                                                  "intent": "validate", "csrf_token": token})
    assert broken.status_code == 422 and "line" in broken.text
    report = http.post("/dashboard/policy", data={"document": yaml_text, "intent": "backtest",
                                                  "since_days": "30", "csrf_token": token})
    assert report.status_code == 200 and "Backtest of" in report.text
    refused = http.post("/dashboard/policy", data={"document": yaml_text, "intent": "save",
                                                   "csrf_token": token})
    assert refused.status_code == 403


def test_analytics_page_and_csv_export(services: Services, site: SiteKeys,
                                       http: httpx.Client) -> None:
    make_user(services, [site.site.id])
    with services.store.write() as conn:
        story_store.upsert(conn, site.site.id, "story-1", url="https://news.example/a",
                           title="=HYPERLINK(\"http://evil.example\")", section="politics")
    _submit(services, site, "A perfectly ordinary comment.")
    _submit(services, site, "You are a pathetic idiot.", "u2", "Rude")
    sign_in(http, "mod")
    page = http.get("/dashboard/analytics")
    assert page.status_code == 200 and "<svg" in page.text
    export = http.get("/dashboard/analytics.csv")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert len(rows) == 1
    assert rows[0]["title"].startswith("'=")  # a spreadsheet shows it, never runs it
    assert rows[0]["comments"] == "2"
    assert int(rows[0]["held"]) + int(rows[0]["rejected"]) >= 1
    assert http.get("/dashboard/analytics", params={"since": "bad"}).status_code == 422
    assert "No moderator decisions in this range." in page.text
    waiting = _submit(services, site, "The figures: http://example.com/figures", "u3")
    actions.decide(services, site.site.id, [waiting], "approve", actor="user:mod")
    page = http.get("/dashboard/analytics")
    found = re.search(r"<p class=\"summary\" data-waits>([^<]+)</p>", page.text)
    assert found and found.group(1).startswith("1 comment waited for a moderator: half were ")
    assert "<td>user:mod</td><td>1</td><td>1</td><td>0</td><td>0</td>" in page.text


def test_cookie_is_secure_when_configured(services: Services, site: SiteKeys) -> None:
    from commentdesk.web.app import build_app
    from tests.conftest import LiveServer

    make_user(services, [site.site.id])
    secure = Services(settings=services.settings.replace(secure_cookies=True),
                      store=services.store, scorer_factory=services.scorer_factory)
    with LiveServer(build_app(secure)) as server, server.client() as client:
        form = client.get("/dashboard/login").headers["set-cookie"].lower()
        # Over plain http a browser (and httpx) keeps Secure cookies to itself, so the
        # sign-in form's CSRF cookie never comes back: the form refuses, as it should.
        refused = sign_in(client, "mod")
    assert "cd_login=" in form and "; secure" in form and "httponly" in form
    assert refused.status_code == 403
    from starlette.testclient import TestClient

    with TestClient(build_app(services), base_url="https://desk.example",
                    follow_redirects=False) as client:
        cookie = sign_in(client, "mod").headers["set-cookie"].lower()
    assert "cd_session=" in cookie and "; secure" in cookie  # served over https


def test_admins_see_failed_webhooks_and_send_them_again(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    from commentdesk import webhooks
    from commentdesk.store import outbox as outbox_store
    from commentdesk.store import sites as site_store

    with services.store.write() as conn:
        # Port 9 on loopback refuses: the ping fails and is given up on.
        site_store.update(conn, site.site.id, webhook_urls=["http://127.0.0.1:9/<hook>"])
    make_user(services, [site.site.id], Role.MODERATOR)
    make_user(services, [site.site.id], Role.ADMIN, username="chief")
    sign_in(http, "mod")
    assert 'href="/dashboard/webhooks"' not in http.get("/dashboard/audit").text
    assert http.get("/dashboard/webhooks").status_code == 403
    with httpx.Client(base_url=str(http.base_url)) as admin:
        sign_in(admin, "chief")
        assert 'href="/dashboard/webhooks"' in admin.get("/dashboard/audit").text
        token = page_csrf(admin, "/dashboard/webhooks")
        assert admin.post("/dashboard/webhooks", data={"action": "ping"}).status_code == 403
        pinged = admin.post("/dashboard/webhooks", data={"action": "ping", "csrf_token": token},
                            follow_redirects=True)
        assert "A ping is queued for 1 receivers" in pinged.text
        with services.store.write() as conn:
            [message] = outbox_store.claim_due(conn)
            outbox_store.failed(conn, message.id, "ConnectError: <refused>", None)
        failed = admin.get("/dashboard/webhooks?state=failed").text
        assert 'class="state-failed"' in failed and "ConnectError: &lt;refused&gt;" in failed
        assert "http://127.0.0.1:9/&lt;hook&gt;" in failed
        again = admin.post("/dashboard/webhooks", data={"action": "retry", "csrf_token": token},
                           follow_redirects=True)
        assert "1 failed messages put back in line" in again.text
        assert [d.state for d in webhooks.deliveries(services, site.site.id)] == ["waiting"]


def test_moderators_reply_as_the_newsroom_from_the_story_page(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    asked = _submit(services, site, "When will the bridge reopen?")
    make_user(services, [site.site.id], Role.MODERATOR)
    sign_in(http, "mod")
    page = f"/dashboard/stories/{site.story_id}"
    shown = http.get(page).text
    assert f'value="mod, {site.site.name}"' in shown  # the byline offered
    token = page_csrf(http, page)
    form = {"body": "It reopens on 4 May.", "byline": "<b>Ana</b>", "parent_id": str(asked)}
    assert http.post(f"{page}/comments", data=form).status_code == 403  # no CSRF token
    done = http.post(f"{page}/comments", data={**form, "csrf_token": token},
                     follow_redirects=True)
    assert done.status_code == 200
    assert "&lt;b&gt;Ana&lt;/b&gt;" in done.text and "<b>Ana</b>" not in done.text
    assert 'class="badge staff"' in done.text and "It reopens on 4 May." in done.text
    approved = http.get("/dashboard/queue/approved").text  # its card, too
    assert "&lt;b&gt;Ana&lt;/b&gt;</span> <span class=\"badge staff\">" in approved
    with services.store.read() as conn:
        entries = audit_store.recent(conn, site.site.id, limit=5)
    assert entries[0].actor == "user:mod" and entries[0].action == "submit"


def test_cards_tell_when_one_address_writes_under_several_names(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    def post(body: str, who: str | None, ip: str) -> int:
        new = actions.NewComment(site.story_id, body, author_external_id=who,
                                 author_name=(who or "").title(), ip=ip)
        return actions.submit(services, site.site.id, new).comment.id

    puppets = [post("The mayor is right about the tram.", "u1", "203.0.113.7"),
               post("Agreed, the mayor is right.", "u2", "203.0.113.7"),
               post("Yes, finally someone says it.", "u2", "203.0.113.7")]
    single = [post("The tram costs too much.", "u3", "198.51.100.4"),
              post("And it runs late.", "u3", "198.51.100.4")]
    make_user(services, [site.site.id], Role.MODERATOR)
    sign_in(http, "mod")
    page = http.get("/dashboard/queue/all").text
    cards = {int(m.group(1)): m.group(2) for m in re.finditer(
        r'<article class="card[^"]*" id="c(\d+)"(.*?)</article>', page, re.S)}
    for cid in puppets:
        assert "Same address as 2 other comments, under 2 names in all" in cards[cid]
    for cid in single:  # one reader, one address: nothing to see
        assert "Same address" not in cards[cid]


def test_ban_and_reject_from_the_author_page(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    first = _submit(services, site, "The tram is a waste of money.", author="t1")
    second = _submit(services, site, "Vote them all out in May.", author="t1")
    with services.store.read() as conn:
        from commentdesk.store import comments as comment_store
        found = comment_store.get(conn, site.site.id, first)
    assert found is not None and found.author_id is not None
    make_user(services, [site.site.id], Role.MODERATOR)
    sign_in(http, "mod")
    page = f"/dashboard/authors/{found.author_id}"
    assert "Ban and reject their published and waiting comments" in http.get(page).text
    token = page_csrf(http, page)
    done = http.post(f"{page}/actions",
                     data={"action": "ban", "withdraw": "true", "csrf_token": token},
                     follow_redirects=True)
    assert done.status_code == 200
    with services.store.read() as conn:
        statuses = {comment_store.get(conn, site.site.id, i).status.value  # type: ignore[union-attr]
                    for i in (first, second)}
    assert statuses == {"rejected"}


def test_moderators_find_a_reader_by_host_id_or_name(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    _submit(services, site, "The ferry is late again.", author="r-1", name="Ana <Costa>")
    _submit(services, site, "The bridge opens in May.", author="r-2", name="Bob")
    other = create_site(services)
    actions.submit(services, other.site.id, actions.NewComment(
        other.story_id, "Elsewhere entirely.", author_external_id="r-9", author_name="Ana Other"))
    make_user(services, [site.site.id], Role.MODERATOR)
    sign_in(http, "mod")

    def names(q: str) -> list[str]:
        page = http.get("/dashboard/authors", params={"q": q}).text
        return re.findall(r'<a href="/dashboard/authors/\d+">([^<]*)</a>', page)

    assert names("ana") == ["Ana &lt;Costa&gt;"]  # any case, escaped, this site only
    assert names("r-2") == ["Bob"]  # the host's id, exactly
    assert names("r-") == []  # ids are not searched by part
    assert names("%") == []  # a wildcard is just a character
    assert sorted(names("")) == ["Ana &lt;Costa&gt;", "Bob"]


def test_admins_change_the_site_settings_checked_and_audited(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    from commentdesk.store import sites as site_store

    make_user(services, [site.site.id], Role.MODERATOR)
    make_user(services, [site.site.id], Role.ADMIN, username="chief")
    sign_in(http, "mod")
    assert 'href="/dashboard/settings"' not in http.get("/dashboard/audit").text
    assert http.get("/dashboard/settings").status_code == 403
    with httpx.Client(base_url=str(http.base_url)) as admin:
        sign_in(admin, "chief")
        page = admin.get("/dashboard/settings")
        assert page.status_code == 200 and 'name="reports_to_hold"' in page.text
        token = page_csrf(admin, "/dashboard/settings")
        form = {
            "csrf_token": token,
            "name": "The Daily <Planet>",
            "allowed_origins": "https://daily.example\nhttps://WWW.daily.example/\n",
            "webhook_urls": "https://cms.daily.example/hooks",
            "close_after_days": "7",
            "sign_in_required": "1",
            "reports_to_hold": "3",
        }
        saved = admin.post("/dashboard/settings", data=form, follow_redirects=True)
        assert "Saved." in saved.text
        assert "The Daily &lt;Planet&gt;" in saved.text  # escaped, never markup
        with services.store.read() as conn:
            now = site_store.get(conn, site.site.id)
            trail = audit_store.trail(conn, site.site.id, "site", site.site.id)
        assert now is not None
        assert now.allowed_origins == ["https://daily.example", "https://www.daily.example"]
        assert now.webhook_urls == ["https://cms.daily.example/hooks"]
        assert (now.close_after_days, now.sign_in_required, now.reports_to_hold) == (7, True, 3)
        assert trail[-1].actor is not None and trail[-1].action == "settings"
        assert trail[-1].reasons[0]["changed"] == [
            "allowed_origins", "close_after_days", "name", "reports_to_hold",
            "sign_in_required", "webhook_urls",
        ]

        # What is wrong comes back with the form as written; nothing changes.
        wrong = admin.post(
            "/dashboard/settings",
            data={**form, "allowed_origins": "https://daily.example/articles/1"},
        )
        assert wrong.status_code == 422
        assert "is not an origin like https://news.example" in wrong.text
        assert "https://daily.example/articles/1" in wrong.text
        not_web = admin.post("/dashboard/settings", data={**form, "webhook_urls": "ftp://x.example"})
        assert not_web.status_code == 422 and "is not an http(s) address" in not_web.text
        with services.store.read() as conn:
            still = site_store.get(conn, site.site.id)
        assert still is not None and still.allowed_origins == now.allowed_origins
        # Unchecking the box turns sign-in off; an unchanged form writes no audit row.
        relaxed = {k: v for k, v in form.items() if k != "sign_in_required"}
        admin.post("/dashboard/settings", data=relaxed)
        admin.post("/dashboard/settings", data=relaxed)
        with services.store.read() as conn:
            after = site_store.get(conn, site.site.id)
            rows = audit_store.trail(conn, site.site.id, "site", site.site.id)
        assert after is not None and after.sign_in_required is False
        assert len(rows) == 2


def test_an_open_queue_learns_what_arrived_since(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id])
    sign_in(http, "mod")
    # Links are held for a moderator by the default policy.
    _submit(services, site, "The real figures: http://example.com/figures-one")
    page = http.get("/dashboard/queue/held", params={"story": site.story_id})
    found = re.search(r'data-news-url="([^"]+)"', page.text)
    assert found, page.text[:500]
    news_url = found.group(1).replace("&amp;", "&")
    assert f"story={site.story_id}" in news_url  # the page's own filters
    before = http.get(news_url).json()
    assert before["new"] == 0 and before["counts"]["held"] == 1

    _submit(services, site, "And the rest: http://example.com/figures-two", author="u2")
    _submit(services, site, "Thanks for the clear timetable.", author="u3")  # published
    with services.store.write() as conn:
        elsewhere, _ = story_store.upsert(conn, site.site.id, "elsewhere", title="Elsewhere")
    actions.submit(services, site.site.id, actions.NewComment(
        story_id=elsewhere.id, body="See http://example.com/elsewhere", author_external_id="u4"))
    after = http.get(news_url).json()
    # Held on this story since the page was drawn: one (not the published one, not
    # the other story's); the tabs count the whole site.
    assert after["new"] == 1
    assert after["counts"]["held"] == 3 and after["counts"]["approved"] == 1

    bad = http.get(news_url + "&min_score=7&attribute=INSULT")
    assert bad.status_code == 422 and bad.json()["error"]["message"]
    assert http.get("/dashboard/queue/nowhere/news").status_code == 404
    with httpx.Client(base_url=str(http.base_url)) as stranger:
        assert stranger.get(news_url).status_code == 401


def test_waits_read_as_people_say_them() -> None:
    from commentdesk.web.dashboard_render import ENV

    span = ENV.filters["span"]
    assert [span(s) for s in (None, 44.6, 60, 719, 3600, 3660 * 3, 86400 * 2, 86400 + 7200)] == [
        "–", "45 s", "1 min", "11 min", "1 h", "3 h 3 min", "2 d", "1 d 2 h",
    ]


def test_a_queue_page_orders_as_asked(services: Services, site: SiteKeys,
                                      http: httpx.Client) -> None:
    make_user(services, [site.site.id])
    sign_in(http, "mod")
    calm = _submit(services, site, "The figures: http://example.com/a", "u1")
    rude = _submit(services, site, "Idiot, the figures: http://example.com/b", "u2")
    page = http.get("/dashboard/queue/all", params={"order": "score"})
    assert page.status_code == 200
    assert page.text.index(f'id="c{rude}"') < page.text.index(f'id="c{calm}"')
    assert '<option value="score" selected>highest score first</option>' in page.text
    oldest = http.get("/dashboard/queue/all", params={"order": "oldest"}).text
    assert oldest.index(f'id="c{calm}"') < oldest.index(f'id="c{rude}"')
    refused = http.get("/dashboard/queue/all", params={"order": "loudest"})
    assert refused.status_code == 422 and "order must be one of" in refused.text


def test_rejection_reasons_come_in_the_newsrooms_words(
    services: Services, site: SiteKeys, http: httpx.Client
) -> None:
    make_user(services, [site.site.id])
    sign_in(http, "mod")
    _submit(services, site, "The figures: http://example.com/figures")
    english = http.get("/dashboard/queue/held").text
    assert "<option>It is spam or advertising.</option>" in english
    actions.set_policy(
        services, site.site.id,
        'moderator_reasons: ["Das beleidigt jemanden.", "Das ist Werbung."]\nrules: []\n',
        actor="admin:1",
    )
    german = http.get("/dashboard/queue/held").text
    assert "<option>Das beleidigt jemanden.</option><option>Das ist Werbung.</option>" in german
    assert "It is spam" not in german
    assert "<kbd>1</kbd>–<kbd>2</kbd>" in german
    # A section's override words them for its stories.
    actions.set_policy(services, site.site.id, 'moderator_reasons: ["Hors sujet."]\n',
                       scope="section:politics", actor="admin:1")
    with services.store.write() as conn:
        sport, _ = story_store.upsert(conn, site.site.id, "sport-1", title="Derby", section="sport")
    actions.submit(services, site.site.id, actions.NewComment(
        story_id=sport.id, body="Tickets: http://example.com/tickets", author_external_id="u9"))
    both = http.get("/dashboard/queue/all").text  # (the new site policy holds nothing)
    assert both.count("<option>Hors sujet.</option>") == 1  # the politics story's card
    assert both.count("<option>Das ist Werbung.</option>") == 1  # the sport story's card
