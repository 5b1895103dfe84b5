// Comment Desk discussion widget. Written for this project; no libraries.
//
// Embed on an article page with one tag:
//   <script src="https://comments.example/embed.js" data-site="SITE" data-story="ARTICLE-ID"
//           data-token="HOST-JWT" async></script>
// data-story-id (our numeric id) may replace data-site + data-story; data-target names a
// container (CSS selector). The reader's token comes from data-token, or from a global
// function window.CommentDeskToken() returning a token or a promise of one.
//
// Everything a reader wrote is put on the page with textContent: never as markup.
(function () {
  "use strict";

  var script = document.currentScript ||
    document.querySelector("script[data-story], script[data-story-id]");
  if (!script) { return; }
  var base = new URL(script.src, window.location.href).origin;

  // Every word the widget shows, in English; a newsroom writing in another
  // language gives its own, all or some, as JSON in data-strings or as a
  // global window.CommentDeskStrings. {name} marks what is filled in.
  var STRINGS = {
    heading: "Comments", sortBy: "Sort by", sortNewest: "Newest", sortOldest: "Oldest",
    sortReplied: "Most replied", sortLiked: "Most liked", sortFeatured: "Featured",
    more: "Show more comments", closed: "Comments are closed",
    closesOn: "Comments close on {date}",
    signInToJoin: "Sign in to join the discussion.", signInLink: "Sign in",
    signInLinkRest: "to join the discussion.",
    joinDiscussion: "Join the discussion", writeComment: "Write a comment",
    writeReply: "Write a reply", post: "Post", reply: "Reply",
    rephrase: "Edit my comment", postAnyway: "Post anyway",
    writeFirst: "Write something first.", published: "Your comment is published.",
    awaitingReview: "Your comment is awaiting review.",
    notPublished: "Your comment was not published.",
    signInAgain: "Please sign in again to comment: {error}",
    postingQuickly: "You are posting quickly; wait a moment and try again.",
    postingQuicklyFor: "You are posting quickly; you can post again {when}.",
    connectionFailed: "the connection failed. Check it and try again.",
    notPosted: "Your comment could not be posted: {error}",
    closedBeforePosted: "Comments closed before your comment could be posted. " +
      "Your text is kept here for you to copy.",
    anonymous: "Anonymous", newsroom: "Newsroom", featured: "Featured", report: "Report",
    link: "Link", edit: "Edit", delete: "Delete", editYours: "Edit your comment",
    save: "Save", cancel: "Cancel", editPublished: "Your edit is published.",
    editAwaiting: "Your edited comment is awaiting review.",
    editNotSaved: "Your edit was not saved: {error}",
    deleteAsk: "Delete your comment? This cannot be undone.", keep: "Keep it",
    notDeleted: "Your comment was not deleted: {error}",
    like: "Like", likeSignIn: "Sign in to like comments", likeOwn: "Your own comment",
    likeUndo: "You like this (press again to undo)", likeThis: "Like this comment",
    likingQuickly: "You are liking quickly; wait a moment.",
    notLiked: "Could not like: {error}", notUnliked: "Could not unlike: {error}",
    removed: "This comment was removed.", why: "Why?",
    reasonAbuse: "Abusive or hateful", reasonSpam: "Spam", reasonOffTopic: "Off topic",
    reasonOther: "Something else", sendReport: "Send report",
    reported: "Reported. Thank you: a moderator will look at it.",
    notReported: "Could not report: {error}",
    noFeatured: "No featured comments yet.", noComments: "No comments yet. Start the discussion.",
    notLoaded: "Comments could not be loaded: {error}",
    discussionNotLoaded: "The discussion could not be loaded: {error}",
    allReplies: "Show all {count} replies",
    ignore: "Ignore", ignoreAsk: "Hide every comment by {name}? Only you stop seeing them.",
    ignoreYes: "Hide them", ignoring: "You ignore {name}.", showOnce: "Show",
    stopIgnoring: "Stop ignoring", notIgnored: "Could not ignore: {error}",
    ignoredList: "Readers you ignore ({count})",
    charsLeft: "{count} characters left", charsOver: "{count} characters too long",
    justNow: "just now", newComment: "1 new comment", newComments: "{count} new comments",
    replyToYou: "Reply to you", newReplyToYou: "Someone replied to your comment."
  };
  // Which words the newsroom gave, its words for single policy rules
  // ("reason:links": why a comment with a link waits) and for the errors a
  // reader can meet ("error:story_closed", "error:too_long" with {length} and
  // {limit}), so that a translated widget never mixes in the server's English.
  var GIVEN = {}, REASONS = {}, ERRORS = {};
  [window.CommentDeskStrings, parseStrings(script.dataset.strings)].forEach(function (given) {
    if (!given || typeof given !== "object") { return; }
    Object.keys(STRINGS).forEach(function (key) {
      if (typeof given[key] === "string") { STRINGS[key] = given[key]; GIVEN[key] = true; }
    });
    Object.keys(given).forEach(function (key) {
      if (key.indexOf("reason:") === 0 && typeof given[key] === "string") {
        REASONS[key.slice(7)] = given[key];
      }
      if (key.indexOf("error:") === 0 && typeof given[key] === "string") {
        ERRORS[key.slice(6)] = given[key];
      }
    });
  });

  // What to tell an author whose comment was held or rejected (key: the widget's
  // own sentence for it). The server's message is English, built from the
  // policy; once the newsroom has put that sentence in its language, the widget
  // shows the newsroom's words, with the rule's message only where the policy
  // wrote it (and so in the newsroom's language too).
  function outcomeText(result, key) {
    if (result.reason && Object.prototype.hasOwnProperty.call(REASONS, result.reason)) {
      return REASONS[result.reason];
    }
    if (!GIVEN[key]) { return result.message || t(key); }
    return result.reason_message ? t(key) + " " + result.reason_message : t(key);
  }

  // The service's error, in the newsroom's words where it gave them for its
  // reason, {name} filled in from the error's params; else the service's English.
  function errorText(error) {
    var words = error.reason && Object.prototype.hasOwnProperty.call(ERRORS, error.reason) ?
      ERRORS[error.reason] : null;
    return words === null ? error.message : fill(words, error.params);
  }

  function parseStrings(text) {
    if (!text) { return null; }
    try { return JSON.parse(text); } catch (e) { return null; }
  }

  function t(key, values) { return fill(STRINGS[key], values); }

  // {name} in ``words`` replaced by values[name]; a name without a value stays.
  function fill(words, values) {
    return words.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values[name] !== undefined ? String(values[name]) : whole;
    });
  }
  var data = script.dataset;

  // Dates and times in the article's language (its <html lang>, or data-lang on
  // the script tag); the reader's browser language where the page names none.
  var LANG = data.lang || document.documentElement.lang || undefined;
  function localeString(date, options) {
    try { return date.toLocaleString(LANG, options); }
    catch (e) { return date.toLocaleString(undefined, options); }  // an unknown tag
  }

  // "5 minutes ago" while a comment is recent, its date after a week; the exact
  // time is its title. Kept fresh while the page stays open.
  var RELATIVE = [["second", 60], ["minute", 60], ["hour", 24], ["day", 7]];
  function ago(date) {
    var seconds = Math.round((date.getTime() - Date.now()) / 1000);
    if (Math.abs(seconds) < 45 || typeof Intl.RelativeTimeFormat !== "function") {
      return Math.abs(seconds) < 45 ? t("justNow") : localeString(date);
    }
    var format;
    try { format = new Intl.RelativeTimeFormat(LANG, { numeric: "auto" }); }
    catch (e) { format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }); }
    var value = seconds;
    for (var i = 0; i < RELATIVE.length; i++) {
      var unit = RELATIVE[i][0], size = RELATIVE[i][1];
      if (Math.abs(value) < size) { return format.format(value, unit); }
      value = Math.round(value / size);
    }
    return localeString(date, { dateStyle: "medium" });
  }

  // "in 42 seconds", in the article's language; "" where the browser can't say it.
  function inSeconds(seconds) {
    if (!seconds || typeof Intl.RelativeTimeFormat !== "function") { return ""; }
    var options = { numeric: "always" };
    try { return new Intl.RelativeTimeFormat(LANG, options).format(seconds, "second"); }
    catch (e) { return new Intl.RelativeTimeFormat(undefined, options).format(seconds, "second"); }
  }

  function timeOf(created) {
    var date = new Date(created);
    var when = el("time", "cd-time", ago(date));
    when.dateTime = created;
    when.title = localeString(date, { dateStyle: "full", timeStyle: "short" });
    return when;
  }

  function refreshTimes() {
    Array.prototype.forEach.call(root.querySelectorAll("time.cd-time"),
      function (when) { when.textContent = ago(new Date(when.dateTime)); });
  }
  setInterval(refreshTimes, 60000);
  // The order a reader chose stays theirs on every article of the site (in this
  // browser); the newsroom's data-sort is the order for everyone else.
  var SORT_KEY = "cd-sort:" + (data.site || "");
  var ORDERS = ["newest", "oldest", "most_replied", "liked"];
  function chosenSort() {
    try {
      var kept = window.localStorage.getItem(SORT_KEY);
      return ORDERS.indexOf(kept) >= 0 ? kept : null;
    } catch (e) { return null; }  // storage refused: the newsroom's order
  }
  var state = { live: false, storyId: null, sort: chosenSort() || data.sort || "newest", page: 1, total: 0, pages: 1,
                // This reader's likes and own comments, from /likes/mine: never in the
                // public thread, which a cache may hand to every reader.
                // and the name they post under, to recognise their comments arriving live.
                signedIn: false, mine: {}, own: {}, name: null,
                // Comments by readers this reader ignores: comment id -> writer; and
                // everyone they ignore: author id -> name.
                hidden: {}, ignored: {},
                closed: false,
                // Seconds after posting that an author may edit (from the thread), and
                // comments already taken out here, so a live echo does not count twice.
                editWindow: 0, gone: {}, signInRequired: false,
                // The longest comment the service takes, in characters (from the thread).
                maxChars: 10000 };

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Readers' words run in their own direction (dir=auto): an Arabic comment on an
  // English page starts on the right, with its punctuation where it belongs.
  function ownDirection(node) {
    node.dir = "auto";
    return node;
  }

  function button(label, cls) {
    var b = el("button", cls, label);
    b.type = "button";
    return b;
  }

  function readerToken() {
    if (typeof window.CommentDeskToken === "function") {
      return Promise.resolve(window.CommentDeskToken()).then(function (t) { return t || ""; });
    }
    return Promise.resolve(script.getAttribute("data-token") || "");
  }

  function api(method, path, body, token, extra) {
    var headers = Object.assign({}, extra);
    if (body !== undefined) { headers["Content-Type"] = "application/json"; }
    if (token) { headers.Authorization = "Bearer " + token; }
    return fetch(base + path, {
      method: method, mode: "cors", credentials: "omit", headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (payload) {
        if (!response.ok) {
          var message = payload && payload.error ? errorText(payload.error) : "HTTP " + response.status;
          var error = new Error(message);
          error.status = response.status;
          // From the body: a cross-origin page cannot read the Retry-After header.
          if (payload && payload.error) { error.retryAfter = Number(payload.error.retry_after) || 0; }
          throw error;
        }
        return payload;
      });
    }, function () {
      // The browser's own words ("Failed to fetch") tell a reader nothing.
      var error = new Error(t("connectionFailed"));
      error.status = 0;
      throw error;
    });
  }

  // --- layout ---------------------------------------------------------------------

  // The host page's sign-in link (data-sign-in), if it is a web address at all.
  function safeUrl(value) {
    if (!value) { return ""; }
    try {
      var url = new URL(value, window.location.href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : "";
    } catch (e) { return ""; }
  }

  var root = data.target ? document.querySelector(data.target) : null;
  if (!root) {
    root = el("div");
    script.parentNode.insertBefore(root, script.nextSibling);
  }
  root.classList.add("cd-widget");
  if (!data.noCss) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = base + "/static/widget.css";
    document.head.appendChild(link);
  }

  var heading = el("h2", "cd-heading", t("heading"));
  var count = el("span", "cd-count");
  heading.appendChild(count);
  var toolbar = el("div", "cd-toolbar");
  var sortLabel = el("label", "cd-sort", t("sortBy") + " ");
  var sortSelect = el("select");
  [["newest", t("sortNewest")], ["oldest", t("sortOldest")], ["most_replied", t("sortReplied")],
   ["liked", t("sortLiked")], ["featured", t("sortFeatured")]].forEach(function (o) {
    var option = el("option", null, o[1]);
    option.value = o[0];
    sortSelect.appendChild(option);
  });
  sortSelect.value = state.sort;
  sortLabel.appendChild(sortSelect);
  toolbar.appendChild(sortLabel);
  var thread = el("ol", "cd-thread");
  var more = button(t("more"), "cd-more");
  more.hidden = true;
  var composer = makeComposer(null);
  var closedNote = el("p", "cd-closed", t("closed"));
  closedNote.hidden = true;
  var closingNote = el("p", "cd-closing");
  closingNote.hidden = true;
  var signInNote = el("p", "cd-sign-in", t("signInToJoin"));
  signInNote.hidden = true;
  var signInUrl = safeUrl(data.signIn);
  if (signInUrl) {
    signInNote.textContent = "";
    var signInLink = el("a", null, t("signInLink"));
    signInLink.href = signInUrl;
    signInNote.appendChild(signInLink);
    signInNote.appendChild(document.createTextNode(" " + t("signInLinkRest")));
  }
  root.appendChild(heading);
  // Heard, not seen: a screen reader is told when comments arrive live.
  var announcer = el("p", "cd-sr-only");
  announcer.setAttribute("role", "status");
  root.appendChild(announcer);
  root.appendChild(closedNote);
  root.appendChild(signInNote);
  root.appendChild(composer.form);
  root.appendChild(closingNote);
  root.appendChild(toolbar);
  root.appendChild(thread);
  root.appendChild(more);
  // Whom this reader ignores, on this story or not, each with a way back.
  var ignoredBox = el("details", "cd-ignored-list");
  var ignoredSummary = el("summary");
  var ignoredItems = el("ul");
  ignoredBox.appendChild(ignoredSummary);
  ignoredBox.appendChild(ignoredItems);
  ignoredBox.hidden = true;
  root.appendChild(ignoredBox);

  // --- posting ----------------------------------------------------------------------

  function makeComposer(parentId) {
    var form = el("form", "cd-compose");
    var area = ownDirection(el("textarea", "cd-input"));
    area.rows = parentId ? 2 : 3;
    area.placeholder = parentId ? t("writeReply") : t("joinDiscussion");
    area.setAttribute("aria-label", parentId ? t("writeReply") : t("writeComment"));
    var actions = el("div", "cd-compose-actions");
    var post = el("button", "cd-post", parentId ? t("reply") : t("post"));
    post.type = "submit";
    counter(area, post, actions);
    actions.appendChild(post);
    var notice = el("p", "cd-notice");
    notice.setAttribute("role", "status");
    var nudge = el("div", "cd-nudge");
    nudge.hidden = true;
    nudge.setAttribute("role", "alert");
    var nudgeText = el("p", "cd-nudge-text");
    var rephrase = button(t("rephrase"), "cd-rephrase");
    var anyway = button(t("postAnyway"), "cd-anyway");
    nudge.appendChild(nudgeText);
    nudge.appendChild(rephrase);
    nudge.appendChild(anyway);
    form.appendChild(area);
    form.appendChild(nudge);
    form.appendChild(actions);
    form.appendChild(notice);
    var box = { form: form, area: area, notice: notice, post: post, parentId: parentId };
    area.addEventListener("input", function () { keepDraft(box); });

    function say(text, kind) {
      notice.textContent = text;
      notice.className = "cd-notice" + (kind ? " cd-" + kind : "");
    }

    function send(nudged) {
      var body = { body: area.value };
      if (parentId) { body.parent_id = parentId; }
      if (nudged) { body.nudged = true; }
      post.disabled = true;
      var retry = { "Idempotency-Key": idempotencyKey(box, body.body) };
      return readerToken().then(function (token) {
        return api("POST", "/api/v1/stories/" + state.storyId + "/comments", body, token, retry);
      }).then(function (result) {
        // Theirs even while it waits: published later, it arrives over the live
        // stream and must not offer them a like of their own comment.
        if (result.id) { state.own[result.id] = true; }
        if (result.status === "approved") {
          showAllLikes();
          showAllTools();
          say(t("published"), "ok");
          area.value = "";
          keepDraft(box);
          forgetKey(box);
          area.cdCount();
          showOwn();
        } else if (result.status === "held") {
          say(outcomeText(result, "awaitingReview"), "held");
          area.value = "";
          keepDraft(box);
          forgetKey(box);
          area.cdCount();
        } else {
          say(outcomeText(result, "notPublished"), "rejected");
        }
      }).catch(function (err) {
        if (err.status === 401) { say(t("signInAgain", { error: err.message }), "error"); }
        else if (err.status === 429) {
          var when = inSeconds(err.retryAfter);
          say(when ? t("postingQuicklyFor", { when: when }) : t("postingQuickly"), "error");
        }
        else if (err.status === 409) {
          showClosed();  // their words stay in sight (keepToCopy)
          area.focus();
        }
        else { say(t("notPosted", { error: err.message }), "error"); }
      }).then(function () { post.disabled = false; });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!area.value.trim()) { say(t("writeFirst"), "error"); return; }
      if (tooLong(area)) { return; }
      nudge.hidden = true;
      say("", null);
      post.disabled = true;
      api("POST", "/api/v1/stories/" + state.storyId + "/drafts:check", { body: area.value })
        .then(function (check) {
          if (check.toxic) {
            nudgeText.textContent = check.message;
            nudge.hidden = false;
            post.disabled = false;
            anyway.focus();
            return null;
          }
          return send(false);
        })
        .catch(function () { return send(false); });
    });
    rephrase.addEventListener("click", function () { nudge.hidden = true; area.focus(); });
    anyway.addEventListener("click", function () { nudge.hidden = true; send(true); });
    if (state.storyId) { restoreDraft(box); }
    return box;
  }

  // As the service counts: characters, not the UTF-16 units a maxlength counts. No
  // maxlength either, which would cut a pasted text short without saying so.
  function lengthOf(text) { return Array.from(text).length; }
  function tooLong(area) { return lengthOf(area.value) > state.maxChars; }

  // Says how much room is left near the limit, and how much to cut past it (the
  // button stays off until then).
  function counter(area, submit, row) {
    var shown = el("span", "cd-chars");
    shown.setAttribute("aria-live", "polite");
    shown.hidden = true;
    row.appendChild(shown);
    function update() {
      var left = state.maxChars - lengthOf(area.value);
      shown.hidden = left > Math.min(200, state.maxChars / 5);
      shown.textContent = left < 0 ? t("charsOver", { count: -left }) : t("charsLeft", { count: left });
      shown.classList.toggle("cd-over", left < 0);
      submit.disabled = left < 0;
    }
    area.addEventListener("input", update);
    area.cdCount = update;
    update();
  }

  function countAll() {
    Array.prototype.forEach.call(root.querySelectorAll(".cd-input"), function (area) {
      if (area.cdCount) { area.cdCount(); }
    });
  }

  // A draft outlives a reload or a trip to the host's sign-in page, in this tab
  // only (sessionStorage: gone with the tab); it is forgotten once posted.
  function draftKey(box) {
    return "cd-draft:" + base + ":" + state.storyId + ":" + (box.parentId || 0);
  }

  function keepDraft(box) {
    try {
      if (box.area.value.trim()) { window.sessionStorage.setItem(draftKey(box), box.area.value); }
      else { window.sessionStorage.removeItem(draftKey(box)); }
    } catch (e) { /* storage refused (private mode, a sandbox): drafts are not kept */ }
  }

  // One key per text sent, kept with the draft: a retry after an answer that
  // never arrived (or a reload to check) gets the comment already stored rather
  // than a second copy. A changed text is another comment and needs its own key,
  // or the service would refuse it as a reuse.
  function idempotencyKey(box, text) {
    var name = draftKey(box) + ":key";
    var sent = box.sent;
    if (!sent) {
      try { sent = JSON.parse(window.sessionStorage.getItem(name) || "null"); } catch (e) { sent = null; }
    }
    if (!sent || sent.text !== text || typeof sent.key !== "string") {
      sent = { text: text, key: randomKey() };
      try { window.sessionStorage.setItem(name, JSON.stringify(sent)); } catch (e) { /* this page only */ }
    }
    box.sent = sent;
    return sent.key;
  }

  function forgetKey(box) {
    box.sent = null;
    try { window.sessionStorage.removeItem(draftKey(box) + ":key"); } catch (e) { /* as above */ }
  }

  // getRandomValues, unlike randomUUID, works on a host page served over plain http.
  function randomKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); })
      .join("");
  }

  function restoreDraft(box) {
    try {
      var kept = window.sessionStorage.getItem(draftKey(box));
      if (kept && !box.area.value) { box.area.value = kept; }
    } catch (e) { /* as above */ }
    if (box.area.cdCount) { box.area.cdCount(); }
  }

  function showOwn() {
    // The live stream delivers the published comment, with the name the host gave us,
    // within a second; without a stream, reload the first page.
    if (!state.live) { loadPage(1); }
  }

  // --- reading ----------------------------------------------------------------------

  function renderComment(c) {
    var item = el("li", "cd-comment");
    item.id = "cd-c" + c.id;
    item.setAttribute("data-id", c.id);
    if (c.removed) { return renderRemoved(item, c.replies || []); }
    var meta = el("div", "cd-meta");
    meta.appendChild(ownDirection(el("span", "cd-author", c.author || t("anonymous"))));
    if (c.staff) {
      item.classList.add("cd-is-staff");
      meta.appendChild(el("span", "cd-staff", t("newsroom")));
    }
    if (c.featured) {
      item.classList.add("cd-is-featured");
      meta.appendChild(el("span", "cd-featured", t("featured")));
    }
    if (c.created_at) {
      meta.appendChild(timeOf(c.created_at));
    }
    item.appendChild(meta);
    item.appendChild(ownDirection(el("p", "cd-body", c.body)));
    var actions = el("div", "cd-actions");
    actions.appendChild(likeButton(c));
    var reply = button(t("reply"), "cd-reply");
    var report = button(t("report"), "cd-report");
    var link = el("a", "cd-link", t("link"));
    link.href = "#cd-c" + c.id;
    link.title = "A link to this comment";
    actions.appendChild(reply);
    actions.appendChild(report);
    actions.appendChild(link);
    actions.appendChild(ownTools(item, c));
    if (!c.staff && !c.anonymous) { actions.appendChild(ignoreButton(item, c)); }
    item.appendChild(actions);
    var replies = el("ol", "cd-replies");
    (c.replies || []).forEach(function (r) { replies.appendChild(renderComment(r)); });
    item.appendChild(replies);
    if (!c.parent_id) { offerWholeThread(item, c); }
    reply.addEventListener("click", function () { toggleReply(item, c.id); });
    report.addEventListener("click", function () { toggleReport(item, c.id, report); });
    if (state.hidden[c.id]) { fold(item, state.hidden[c.id]); }
    return item;
  }

  // A page shows the first replies of each thread; the rest come on request.
  function offerWholeThread(item, c) {
    item.setAttribute("data-reply-count", String(Number(c.reply_count) || 0));
    updateWholeThread(item, c.id);
  }

  // Run again whenever a reply of the thread arrives or goes live, so that the
  // count on the button stays the thread's count.
  function updateWholeThread(item, id) {
    var total = Number(item.getAttribute("data-reply-count")) || 0;
    var shown = item.querySelectorAll(".cd-replies .cd-comment:not(.cd-removed)").length;
    var all = item.querySelector(":scope > .cd-all-replies");
    if (shown >= total) {
      if (all) { all.remove(); }
      return;
    }
    if (!all) {
      all = button("", "cd-all-replies");
      item.appendChild(all);
      all.addEventListener("click", function () {
        all.disabled = true;
        api("GET", "/api/v1/comments/" + id + "/thread").then(function (body) {
          item.replaceWith(renderComment(body.thread));
        }).catch(function (err) {
          all.disabled = false;
          all.textContent = t("notLoaded", { error: err.message });
        });
      });
    }
    if (!all.disabled) { all.textContent = t("allReplies", { count: total }); }
  }

  // A reply came or went: its thread's top-level comment counts it.
  function countReply(rootItem, delta) {
    if (!rootItem || rootItem.parentNode !== thread) { return; }
    var total = (Number(rootItem.getAttribute("data-reply-count")) || 0) + delta;
    rootItem.setAttribute("data-reply-count", String(Math.max(0, total)));
    updateWholeThread(rootItem, Number(rootItem.id.slice(5)));
  }

  // --- the reader's own comments: edit (for a while) and delete ----------------------

  function ownTools(item, c) {
    var tools = el("span", "cd-own-tools");
    tools.hidden = true;
    tools.setAttribute("data-comment-id", c.id);
    tools.setAttribute("data-created", c.created_at || "");
    var edit = button(t("edit"), "cd-edit");
    var del = button(t("delete"), "cd-delete");
    tools.appendChild(edit);
    tools.appendChild(del);
    edit.addEventListener("click", function () { startEdit(item, c.id, tools); });
    del.addEventListener("click", function () { confirmDelete(item, c.id); });
    showTools(tools);
    return tools;
  }

  // Shown on the reader's own comments only; Edit only while the site allows it.
  function showTools(tools) {
    var id = tools.getAttribute("data-comment-id");
    tools.hidden = !state.signedIn || !state.own[id];
    var created = Date.parse(tools.getAttribute("data-created"));
    var editable = state.editWindow > 0 && !state.closed && !isNaN(created) &&
      Date.now() - created < state.editWindow * 1000;
    tools.querySelector(".cd-edit").hidden = !editable;
  }

  function showAllTools() {
    Array.prototype.forEach.call(root.querySelectorAll(".cd-own-tools"), showTools);
  }

  function ownNote(item, text, kind) {
    var old = item.querySelector(":scope > .cd-own-note");
    if (old) { old.remove(); }
    var note = el("p", "cd-notice cd-own-note" + (kind ? " cd-" + kind : ""), text);
    note.setAttribute("role", "status");
    item.insertBefore(note, item.querySelector(":scope > .cd-replies"));
  }

  function startEdit(item, id, tools) {
    if (item.querySelector(":scope > .cd-edit-form")) { return; }
    var body = item.querySelector(":scope > .cd-body");
    var form = el("form", "cd-compose cd-edit-form");
    var area = ownDirection(el("textarea", "cd-input"));
    area.rows = 3;
    area.value = body.textContent;
    area.setAttribute("aria-label", t("editYours"));
    var row = el("div", "cd-compose-actions");
    var save = el("button", "cd-post", t("save"));
    save.type = "submit";
    var cancel = button(t("cancel"), "cd-cancel");
    counter(area, save, row);
    row.appendChild(cancel);
    row.appendChild(save);
    form.appendChild(area);
    form.appendChild(row);
    body.hidden = true;
    item.insertBefore(form, body.nextSibling);
    area.focus();
    function close() { form.remove(); body.hidden = false; }
    cancel.addEventListener("click", close);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (tooLong(area)) { return; }
      save.disabled = true;
      readerToken().then(function (token) {
        return api("PATCH", "/api/v1/comments/" + id, { body: area.value }, token);
      }).then(function (result) {
        close();
        if (result.status === "approved") {
          body.textContent = area.value;
          ownNote(item, t("editPublished"), "ok");
        } else {
          // No longer published: it leaves the thread here as it does for everyone.
          ownNote(item, outcomeText(result, result.status === "held" ? "editAwaiting" : "notPublished"),
            result.status === "held" ? "held" : "rejected");
          body.textContent = "";
          tools.hidden = true;
          item.querySelector(":scope > .cd-actions").hidden = true;
        }
      }).catch(function (err) {
        save.disabled = false;
        if (err.status === 409) { close(); tools.querySelector(".cd-edit").hidden = true; }
        ownNote(item, t("editNotSaved", { error: err.message }), "error");
      });
    });
  }

  function confirmDelete(item, id) {
    confirmUnder(item, t("deleteAsk"), t("delete"), t("keep"), "delete", "notDeleted", function () {
      return readerToken().then(function (token) {
        return api("DELETE", "/api/v1/comments/" + id, undefined, token);
      }).then(function () { removeLive(id); });
    });
  }

  // A question under a comment, with a button to go ahead and one to leave it be;
  // what going ahead does (`proceed`, a promise) failing is said under the comment.
  function confirmUnder(item, question, yesLabel, noLabel, kind, failed, proceed) {
    if (item.querySelector(":scope > .cd-confirm")) { return; }
    var box = el("div", "cd-confirm");
    box.setAttribute("role", "alert");
    box.appendChild(el("span", "", question));
    var yes = button(yesLabel, "cd-" + kind + "-yes");
    var no = button(noLabel, "cd-" + kind + "-no");
    box.appendChild(yes);
    box.appendChild(no);
    item.insertBefore(box, item.querySelector(":scope > .cd-replies"));
    no.focus();
    no.addEventListener("click", function () { box.remove(); });
    yes.addEventListener("click", function () {
      yes.disabled = true;
      proceed().then(function () { box.remove(); }, function (err) {
        box.remove();
        ownNote(item, t(failed, { error: err.message }), "error");
      });
    });
  }

  // --- likes ------------------------------------------------------------------------

  function likeButton(c) {
    var b = button("", "cd-like");
    b.setAttribute("data-comment-id", c.id);
    b.appendChild(el("span", "cd-like-label", t("like")));
    b.appendChild(el("span", "cd-like-count", c.likes || 0));
    showLike(b);
    b.addEventListener("click", function () { toggleLike(b); });
    return b;
  }

  // Pressed when this reader likes it; disabled, count still shown, for a reader
  // who is not signed in and on their own comment.
  function showLike(b) {
    var id = b.getAttribute("data-comment-id");
    var liked = !!state.mine[id];
    var own = !!state.own[id];
    b.setAttribute("aria-pressed", liked ? "true" : "false");
    b.disabled = !state.signedIn || own;
    b.title = !state.signedIn ? t("likeSignIn")
      : own ? t("likeOwn") : liked ? t("likeUndo") : t("likeThis");
  }

  function showAllLikes() {
    Array.prototype.forEach.call(root.querySelectorAll(".cd-like"), showLike);
  }

  function toggleLike(b) {
    var id = b.getAttribute("data-comment-id");
    var liking = b.getAttribute("aria-pressed") !== "true";
    var actions = b.parentNode;
    var old = actions.querySelector(".cd-like-error");
    if (old) { old.remove(); }
    b.disabled = true;
    readerToken().then(function (token) {
      return api(liking ? "POST" : "DELETE", "/api/v1/comments/" + id + "/like", undefined, token);
    }).then(function (result) {
      if (result.liked) { state.mine[id] = true; } else { delete state.mine[id]; }
      b.querySelector(".cd-like-count").textContent = String(result.likes);
      showLike(b);
    }).catch(function (err) {
      showLike(b);
      var why = err.status === 429 ? t("likingQuickly") : err.message;
      var note = el("span", "cd-error cd-like-error",
        t(liking ? "notLiked" : "notUnliked", { error: why }));
      note.setAttribute("role", "status");
      actions.appendChild(note);
    });
  }

  function loadMine() {
    return readerToken().then(function (token) {
      if (!token) { return null; }
      return api("GET", "/api/v1/stories/" + state.storyId + "/likes/mine", undefined, token)
        .then(function (body) {
          state.signedIn = true;
          state.name = body.name || null;
          body.comment_ids.forEach(function (id) { state.mine[id] = true; });
          (body.own_comment_ids || []).forEach(function (id) { state.own[id] = true; });
          (body.ignored || []).forEach(remember);
          (body.hidden || []).forEach(remember);
        });
    }).catch(function () {
      state.signedIn = false;  // an expired or refused token: buttons stay disabled
    }).then(function () { showAllLikes(); showAllTools(); showAllHidden(); });
  }

  // --- ignoring a reader: their comments fold, for this reader only --------------------

  function ignoreButton(item, c) {
    var b = button(t("ignore"), "cd-ignore");
    b.setAttribute("data-comment-id", c.id);
    b.hidden = true;
    b.addEventListener("click", function () { confirmIgnore(item, c); });
    showIgnore(b);
    return b;
  }

  function showIgnore(b) {
    b.hidden = !state.signedIn || !!state.own[b.getAttribute("data-comment-id")];
  }

  function showAllHidden() {
    showIgnoredList();
    Array.prototype.forEach.call(root.querySelectorAll(".cd-ignore"), showIgnore);
    Object.keys(state.hidden).forEach(function (id) {
      var item = document.getElementById("cd-c" + id);
      if (item) { fold(item, state.hidden[id]); }
    });
  }

  function remember(writer) {
    (writer.comment_ids || []).forEach(function (id) { state.hidden[id] = writer; });
    state.ignored[writer.author_id] = writer.name;
  }

  function showIgnoredList() {
    var ids = Object.keys(state.ignored);
    ignoredBox.hidden = !state.signedIn || !ids.length;
    ignoredSummary.textContent = t("ignoredList", { count: ids.length });
    ignoredItems.textContent = "";
    ids.forEach(function (authorId) {
      var item = el("li", "cd-ignored-reader", state.ignored[authorId] + " ");
      var stop = button(t("stopIgnoring"), "cd-stop-ignoring");
      stop.addEventListener("click", function () { stopIgnoring(Number(authorId), stop); });
      item.appendChild(stop);
      ignoredItems.appendChild(item);
    });
  }

  function stopIgnoring(authorId, trigger) {
    trigger.disabled = true;
    readerToken().then(function (token) {
      return api("DELETE", "/api/v1/readers/me/ignored/" + authorId, undefined, token);
    }).then(function () {
      delete state.ignored[authorId];
      Object.keys(state.hidden).forEach(function (id) {
        if (state.hidden[id].author_id !== authorId) { return; }
        delete state.hidden[id];
        var folded = document.getElementById("cd-c" + id);
        if (folded) { unfold(folded); }
      });
      showIgnoredList();
    }).catch(function () { trigger.disabled = false; });
  }

  function confirmIgnore(item, c) {
    var question = t("ignoreAsk", { name: c.author || t("anonymous") });
    confirmUnder(item, question, t("ignoreYes"), t("cancel"), "ignore", "notIgnored", function () {
      return readerToken().then(function (token) {
        return api("POST", "/api/v1/comments/" + c.id + "/ignore", undefined, token);
      }).then(function (writer) {
        remember(writer);
        showAllHidden();
      });
    });
  }

  // The comment's own lines give way to one that says whose it is; its replies stay.
  function fold(item, writer) {
    if (item.classList.contains("cd-ignored") || item.classList.contains("cd-revealed")) { return; }
    item.classList.add("cd-ignored");
    Array.prototype.forEach.call(item.querySelectorAll(":scope > .cd-meta, :scope > .cd-body, " +
      ":scope > .cd-actions"), function (part) { part.hidden = true; });
    var note = el("p", "cd-notice cd-ignored-note", t("ignoring", { name: writer.name }));
    var show = button(t("showOnce"), "cd-show-once");
    var stop = button(t("stopIgnoring"), "cd-stop-ignoring");
    note.appendChild(document.createTextNode(" "));
    note.appendChild(show);
    note.appendChild(stop);
    item.insertBefore(note, item.querySelector(":scope > .cd-replies"));
    show.addEventListener("click", function () {
      unfold(item);
      item.classList.add("cd-revealed");
    });
    stop.addEventListener("click", function () { stopIgnoring(writer.author_id, stop); });
  }

  function unfold(item) {
    item.classList.remove("cd-ignored");
    var note = item.querySelector(":scope > .cd-ignored-note");
    if (note) { note.remove(); }
    Array.prototype.forEach.call(item.querySelectorAll(":scope > .cd-meta, :scope > .cd-body, " +
      ":scope > .cd-actions"), function (part) { part.hidden = false; });
  }

  // A comment that arrives live names no writer. The reader asks again what is
  // theirs and whom to fold when it may be their own (posted under their name from
  // another tab: no Like or Ignore on it, but Edit and Delete) or when they ignore
  // someone; at most one request at a time, and one more for what came meanwhile.
  var refreshing = null;
  var refreshAgain = false;
  function refreshMine(c) {
    var mayBeOwn = state.signedIn && !c.staff && !c.anonymous && c.author === state.name;
    if (!mayBeOwn && !Object.keys(state.ignored).length) { return; }
    if (refreshing) { refreshAgain = true; return; }
    refreshing = readerToken().then(function (token) {
      return api("GET", "/api/v1/stories/" + state.storyId + "/likes/mine", undefined, token);
    }).then(function (body) {
      (body.own_comment_ids || []).forEach(function (id) { state.own[id] = true; });
      (body.hidden || []).forEach(remember);
      showAllLikes();
      showAllTools();
      showAllHidden();
    }).catch(function () { /* the next arrival asks again */ }).then(function () {
      refreshing = null;
      if (refreshAgain) {
        refreshAgain = false;
        refreshMine({ author: state.name });
      }
    });
  }

  // A comment taken out of the discussion that others had answered: its place
  // stays, so their replies still make sense.
  function renderRemoved(item, replies) {
    item.textContent = "";
    item.classList.add("cd-removed");
    item.appendChild(el("p", "cd-body cd-removed-note", t("removed")));
    var list = el("ol", "cd-replies");
    replies.forEach(function (r) { list.appendChild(renderComment(r)); });
    item.appendChild(list);
    return item;
  }

  function removeLive(id, rootId) {
    if (state.gone[id]) { return; }
    state.gone[id] = true;
    setCount(state.total - 1);
    var gone = document.getElementById("cd-c" + id);
    if (!gone) {
      // A reply past the page's first ones: its thread counts one fewer.
      if (rootId) { countReply(document.getElementById("cd-c" + rootId), -1); }
      return;
    }
    var rootItem = gone.parentNode === thread ? null : topLevelOf(gone);
    var list = gone.querySelector(":scope > .cd-replies");
    if (list && list.children.length) {
      var kept = Array.prototype.slice.call(list.children);
      renderRemoved(gone, []);
      var fresh = gone.querySelector(":scope > .cd-replies");
      kept.forEach(function (r) { fresh.appendChild(r); });
    } else {
      gone.remove();
    }
    countReply(rootItem, -1);
  }

  function topLevelOf(node) {
    while (node && node.parentNode !== thread) { node = node.parentNode; }
    return node;
  }

  function toggleReply(item, id) {
    var open = item.querySelector(":scope > .cd-compose");
    if (open) { open.remove(); return; }
    var box = makeComposer(id);
    item.insertBefore(box.form, item.querySelector(":scope > .cd-replies"));
    box.area.focus();
  }

  function toggleReport(item, id, trigger) {
    var open = item.querySelector(":scope > .cd-report-form");
    if (open) { open.remove(); return; }
    var form = el("form", "cd-report-form");
    var label = el("label", null, t("why") + " ");
    var reason = el("select");
    [t("reasonAbuse"), t("reasonSpam"), t("reasonOffTopic"), t("reasonOther")].forEach(function (r) {
      reason.appendChild(el("option", null, r));
    });
    label.appendChild(reason);
    var send = el("button", "cd-send-report", t("sendReport"));
    send.type = "submit";
    form.appendChild(label);
    form.appendChild(send);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      send.disabled = true;
      readerToken().then(function () {
        return api("POST", "/api/v1/comments/" + id + "/reports", { reason: reason.value });
      }).then(function () {
        form.textContent = "";
        form.appendChild(el("span", "cd-ok", t("reported")));
        trigger.disabled = true;
      }).catch(function (err) {
        form.appendChild(el("span", "cd-error", t("notReported", { error: err.message })));
        send.disabled = false;
      });
    });
    item.insertBefore(form, item.querySelector(":scope > .cd-replies"));
  }

  // The heading counts every published comment, replies included, as listing
  // pages do (count.js); live arrivals and removals move it.
  function setCount(total) {
    state.total = Math.max(0, total);
    count.textContent = " (" + state.total + ")";
  }

  // Closed (by hand, or because its closing time passed): no form, and a line
  // that says so. Open with a closing time: a quiet line with that time.
  var closingTimer = null;
  function applyStory(story) {
    if (!story) { return; }
    if (story.open === false) { showClosed(); return; }
    if (closingTimer) { clearTimeout(closingTimer); closingTimer = null; }
    if (!story.closes_at) { closingNote.hidden = true; return; }
    var at = new Date(story.closes_at);
    closingNote.textContent = t("closesOn", {
      date: localeString(at, { dateStyle: "long", timeStyle: "short" })
    });
    closingNote.hidden = false;
    // A reader who keeps the page open past the time sees it close.
    var wait = at.getTime() - Date.now();
    if (wait < 2147483647) { closingTimer = setTimeout(showClosed, Math.max(0, wait)); }
  }

  // A site that takes comments from signed-in readers only: a reader who is not
  // signed in is asked to, instead of being shown a form that would refuse them.
  function applySignIn() {
    var asked = state.signInRequired && !state.signedIn;
    root.classList.toggle("cd-needs-sign-in", asked);
    signInNote.hidden = !asked || state.closed;
    // A closed story shows no form, but a draft it kept stays (keepToCopy).
    composer.form.hidden = asked || (state.closed && !composer.area.readOnly);
  }

  function showClosed() {
    state.closed = true;
    root.classList.add("cd-is-closed");
    closedNote.hidden = false;
    closingNote.hidden = true;
    signInNote.hidden = true;
    Array.prototype.forEach.call(root.querySelectorAll(".cd-compose"), function (form) {
      var area = form.querySelector(".cd-input");
      if (area && area.value.trim()) { keepToCopy(form, area); } else { form.hidden = true; }
    });
  }

  // Closed while a reader had words in a box (being written, or kept from before
  // a reload): they stay in sight to copy elsewhere; only the way to post them goes.
  function keepToCopy(form, area) {
    form.hidden = false;
    area.readOnly = true;
    Array.prototype.forEach.call(form.querySelectorAll("button"), function (b) { b.hidden = true; });
    var notice = form.querySelector(".cd-notice");
    notice.textContent = t("closedBeforePosted");
    notice.className = "cd-notice cd-error";
  }

  function loadPage(page) {
    var query = "?sort=" + encodeURIComponent(state.sort) + "&page=" + page;
    return api("GET", "/api/v1/stories/" + state.storyId + "/comments" + query).then(function (body) {
      state.editWindow = body.edit_window_s || 0;
      if (body.max_body_chars > 0) { state.maxChars = body.max_body_chars; countAll(); }
      state.signInRequired = !!body.sign_in_required;
      applyStory(body.story);
      if (page === 1) { thread.textContent = ""; }
      body.comments.forEach(function (c) {
        if (!document.getElementById("cd-c" + c.id)) { thread.appendChild(renderComment(c)); }
      });
      state.page = page;
      state.pages = Math.max(1, Math.ceil(body.total / body.per_page));
      var published = body.story ? body.story.comment_count : undefined;
      setCount(typeof published === "number" ? published : body.total);
      more.hidden = page >= state.pages;
      if (!body.comments.length && page === 1) {
        var none = state.sort === "featured" ? t("noFeatured") : t("noComments");
        thread.appendChild(el("li", "cd-empty", none));
      }
    }).catch(function (err) {
      thread.textContent = "";
      thread.appendChild(el("li", "cd-error", t("notLoaded", { error: err.message })));
    });
  }

  function insertLive(c, own) {
    if (document.getElementById("cd-c" + c.id)) { return; }
    setCount(state.total + 1);
    if (state.sort === "featured") { return; }  // a new comment is not a pick yet
    var item = renderComment(c);
    item.classList.add("cd-new");
    if (own) { item.classList.add("cd-own"); } else { refreshMine(c); announceArrival(c); }
    if (!own && c.parent_id && state.own[c.parent_id] && !state.own[c.id]) { markReplyToYou(item); }
    if (c.parent_id) {
      // Shown under its parent when that is on the page; counted by its thread
      // either way, so "Show all N replies" stays true.
      var parent = document.getElementById("cd-c" + c.parent_id);
      if (parent) { parent.querySelector(":scope > .cd-replies").appendChild(item); }
      var root = c.root_id ? document.getElementById("cd-c" + c.root_id) : topLevelOf(parent);
      countReply(root, 1);
      return;
    }
    var empty = thread.querySelector(".cd-empty");
    if (empty) { empty.remove(); }
    if (state.sort === "newest") { thread.insertBefore(item, thread.firstChild); }
    else if (more.hidden) { thread.appendChild(item); }
  }

  // Arrivals close together are told as one: "3 new comments".
  var arrivals = 0;
  var announcing = null;
  var repliesToYou = 0;
  function announceArrival(c) {
    arrivals += 1;
    if (c && c.parent_id && state.own[c.parent_id]) { repliesToYou += 1; }
    if (announcing) { return; }
    announcing = setTimeout(function () {
      var told = arrivals === 1 ? t("newComment") : t("newComments", { count: arrivals });
      announcer.textContent = repliesToYou ? told + " " + t("newReplyToYou") : told;
      arrivals = 0;
      repliesToYou = 0;
      announcing = null;
    }, 1500);
  }

  // A reply to one of this reader's comments, arriving while they read: marked,
  // so they see who answered them without hunting for it.
  function markReplyToYou(item) {
    item.classList.add("cd-reply-to-you");
    var meta = item.querySelector(":scope > .cd-meta");
    if (meta) { meta.appendChild(el("span", "cd-to-you", t("replyToYou"))); }
  }

  function connectLive(then) {
    if (typeof window.EventSource !== "function") { then(); return; }
    var source = new EventSource(base + "/api/v1/stories/" + state.storyId + "/events");
    var first = true;
    source.addEventListener("ready", function () {
      state.live = true;
      if (first) { first = false; then(); }
    });
    source.addEventListener("approved", function (event) {
      try { insertLive(JSON.parse(event.data), false); } catch (e) { /* a bad frame is skipped */ }
    });
    source.addEventListener("likes", function (event) {
      try {
        var moved = JSON.parse(event.data);
        var shown = document.querySelector("#cd-c" + Number(moved.id) +
          " > .cd-actions .cd-like-count");
        if (shown) { shown.textContent = String(Number(moved.likes) || 0); }
      } catch (e) { /* a bad frame is skipped */ }
    });
    source.addEventListener("removed", function (event) {
      try {
        var gone = JSON.parse(event.data);
        removeLive(gone.id, gone.root_id);
      } catch (e) { /* a bad frame is skipped */ }
    });
    source.addEventListener("error", function () {
      state.live = source.readyState === 1;
      if (first) { first = false; then(); }
    });
  }

  sortSelect.addEventListener("change", function () {
    state.sort = sortSelect.value;
    // An order is kept for the next article; the newsroom's picks are a view of one.
    try {
      if (ORDERS.indexOf(state.sort) >= 0) { window.localStorage.setItem(SORT_KEY, state.sort); }
    } catch (e) { /* storage refused: chosen for this page only */ }
    loadPage(1);
  });
  more.addEventListener("click", function () { loadPage(state.page + 1); });

  function resolveStory() {
    if (data.storyId) { return Promise.resolve(Number(data.storyId)); }
    var query = "?site=" + encodeURIComponent(data.site || "") +
      "&external_id=" + encodeURIComponent(data.story || "");
    return api("GET", "/api/v1/stories/lookup" + query).then(function (story) { return story.id; });
  }

  // A link to one comment (#cd-c123): show it even when it is not on the first
  // page, with its thread, and bring it into view.
  function showLinked() {
    var match = /^#cd-c(\d+)$/.exec(window.location.hash || "");
    if (!match) { return Promise.resolve(); }
    var id = match[1];
    var present = document.getElementById("cd-c" + id);
    var ready = present ? Promise.resolve() :
      api("GET", "/api/v1/comments/" + id + "/thread").then(function (body) {
        if (body.story_id !== state.storyId) { return; }
        var item = renderComment(body.thread);
        // Its thread is on the page but shows only its first replies: show it whole.
        var shown = document.getElementById("cd-c" + body.thread.id);
        if (shown) { shown.replaceWith(item); return; }
        item.classList.add("cd-linked-thread");
        var empty = thread.querySelector(".cd-empty");
        if (empty) { empty.remove(); }
        thread.insertBefore(item, thread.firstChild);
      }).catch(function () { /* gone or never published: the page reads as usual */ });
    return ready.then(function () {
      var target = document.getElementById("cd-c" + id);
      if (!target) { return; }
      Array.prototype.forEach.call(thread.querySelectorAll(".cd-linked"), function (other) {
        other.classList.remove("cd-linked");
      });
      target.classList.add("cd-linked");
      if (target.scrollIntoView) { target.scrollIntoView({ block: "center" }); }
    });
  }
  window.addEventListener("hashchange", function () { showLinked(); });

  resolveStory().then(function (id) {
    state.storyId = id;
    root.setAttribute("data-story-id", String(id));
    restoreDraft(composer);
    connectLive(function () {
      Promise.all([loadPage(1), loadMine()]).then(applySignIn).then(showLinked).then(function () {
        root.setAttribute("data-ready", "1");
      });
    });
  }).catch(function (err) {
    root.textContent = "";
    root.appendChild(el("p", "cd-error", t("discussionNotLoaded", { error: err.message })));
  });
})();
