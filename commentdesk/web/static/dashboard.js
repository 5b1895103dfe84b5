// Comment Desk dashboard: keyboard moderation and in-place updates.
// Written for this project; no libraries. Builds DOM from server-escaped
// fragments or with textContent, never by concatenating comment text.
(function () {
  "use strict";

  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var cards = function () { return Array.prototype.slice.call(document.querySelectorAll(".card, .rc")); };
  var current = null;

  function toast(message, bad) {
    var box = document.getElementById("toast");
    if (!box) { return; }
    box.textContent = message;
    box.className = bad ? "show bad" : "show";
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.className = ""; }, 4000);
  }

  function post(url, payload) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(payload)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var message = body && body.error ? body.error.message : "HTTP " + response.status;
          var error = new Error(message);
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  function focusCard(card) {
    if (!card) { return; }
    if (current) { current.classList.remove("current"); }
    current = card;
    card.classList.add("current");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var all = cards().filter(function (c) { return !c.classList.contains("done"); });
    if (!all.length) { return; }
    var index = all.indexOf(current);
    focusCard(all[Math.max(0, Math.min(all.length - 1, index + step))] || all[0]);
  }

  function inWorkQueue(card) {
    var box = card.closest("[data-work-queue]");
    return box && box.getAttribute("data-work-queue") === "yes";
  }

  function markDecided(id, status) {
    var card = document.getElementById("c" + id);
    if (!card) { return; }
    card.removeAttribute("data-moved");
    card.className = card.className.replace(/\bstatus-\w+/, "status-" + status);
    var badge = card.querySelector("[data-status]");
    if (badge) { badge.textContent = status; }
    var pick = card.querySelector(".pick");
    if (pick) { pick.checked = false; }
    card.classList.remove("picked");
    if (inWorkQueue(card) && status !== "held") {
      card.classList.add("done");
    }
  }

  // The status each card shows, so that a comment another moderator decided since
  // the page was drawn is not decided again unseen. After the refusal the card
  // shows the news, and pressing again decides it.
  function expectedOf(ids) {
    var seen = {};
    ids.forEach(function (id) {
      var card = document.getElementById("c" + id);
      var shown = card && !card.hasAttribute("data-moved") && /\bstatus-(\w+)/.exec(card.className);
      if (shown) { seen[id] = shown[1]; }
    });
    return seen;
  }

  function decide(ids, action, reason) {
    if (!ids.length) { toast("Select comments first (x).", true); return Promise.resolve(); }
    var next = current;
    var payload = { ids: ids, action: action, expected: expectedOf(ids) };
    if (reason) { payload.reason = reason; }
    return post("/dashboard/api/decisions", payload).then(function (body) {
      body.items.forEach(function (item) { markDecided(item.id, item.status); });
      var done = { approve: "approved", reject: "rejected", hold: "held" }[action];
      toast((ids.length > 1 ? ids.length + " comments " : "Comment ") + done + ".");
      updatePicked();
      if (next && next.classList.contains("done")) { move(1); }
    }).catch(function (err) {
      if (err.status === 409 && /nothing was changed/.test(err.message)) {
        ids.forEach(function (id) {
          var card = document.getElementById("c" + id);
          if (card) { card.setAttribute("data-moved", "1"); }
        });
        toast(err.message.replace(": nothing was changed", "") + ". Press again to " + action +
          " it anyway.", true);
        return;
      }
      toast("Could not " + action + ": " + err.message, true);
    });
  }

  // One card's decision; a rejection carries the reason picked on the card, if any.
  function decideOne(card, action) {
    var why = card.querySelector("select[data-reason]");
    var reason = action === "reject" && why ? why.value : "";
    return decide([Number(card.getAttribute("data-id"))], action, reason);
  }

  // 1-9 pick the reason a rejection tells the writer (0: none), then r rejects.
  function pickReason(card, index) {
    var why = card.querySelector("select[data-reason]");
    if (!why) { toast("This comment is rejected already.", true); return; }
    if (index >= why.options.length) { toast("There is no reason " + index + ".", true); return; }
    why.selectedIndex = index;
    toast(index ? "Reason: " + why.value + " Press r to reject." : "No reason will be given.");
  }

  function banAuthor(card) {
    var author = card && card.getAttribute("data-author-id");
    if (!author) { toast("This comment has no author account.", true); return; }
    post("/dashboard/api/authors/" + author, { action: "ban" }).then(function (body) {
      document.querySelectorAll('[data-author-id="' + author + '"] [data-author-status]').forEach(function (el) {
        el.textContent = body.status;
      });
      toast("Banned " + body.name + ". Undo from the author page.");
    }).catch(function (err) { toast("Could not ban: " + err.message, true); });
  }

  function toggleFeatured(card) {
    var button = card && card.querySelector('button[data-act="feature"]');
    if (!button) { toast("Only a published comment can be featured.", true); return; }
    var featured = button.getAttribute("data-featured") !== "1";
    var id = Number(card.getAttribute("data-id"));
    post("/dashboard/api/feature", { id: id, featured: featured }).then(function (body) {
      button.setAttribute("data-featured", body.featured ? "1" : "0");
      button.firstChild.textContent = body.featured ? "Unfeature " : "Feature ";
      var badge = card.querySelector("[data-featured-badge]");
      if (badge) { badge.hidden = !body.featured; }
      toast(body.featured ? "Featured: readers see it under Featured." : "No longer featured.");
    }).catch(function (err) { toast("Could not change: " + err.message, true); });
  }

  function picked() {
    return cards().filter(function (c) { return c.classList.contains("picked"); })
      .map(function (c) { return Number(c.getAttribute("data-id")); });
  }

  function updatePicked() {
    var counter = document.getElementById("picked");
    if (counter) { counter.textContent = String(picked().length); }
  }

  function togglePick(card) {
    if (!card) { return; }
    var on = !card.classList.contains("picked");
    card.classList.toggle("picked", on);
    var box = card.querySelector(".pick");
    if (box) { box.checked = on; }
    updatePicked();
  }

  function loadContext(details) {
    if (details.getAttribute("data-loaded")) { return; }
    details.setAttribute("data-loaded", "1");
    var target = details.querySelector(".context-body");
    fetch(details.getAttribute("data-src"), { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return r.text();
    }).then(function (html) {
      // The fragment is rendered by the server with autoescaping; parsing it
      // into an inert document means nothing in it can run.
      var doc = new DOMParser().parseFromString(html, "text/html");
      target.textContent = "";
      Array.prototype.slice.call(doc.body.childNodes).forEach(function (node) {
        target.appendChild(document.importNode(node, true));
      });
    }).catch(function (err) {
      target.textContent = "Could not load the context: " + err.message;
      details.removeAttribute("data-loaded");
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-act]");
    if (button) {
      var card = button.closest("[data-id]");
      focusCard(card);
      var act = button.getAttribute("data-act");
      if (act === "ban") { banAuthor(card); }
      else if (act === "feature") { toggleFeatured(card); }
      else { decideOne(card, act); }
      return;
    }
    var bulk = event.target.closest("button[data-bulk]");
    if (bulk) { decide(picked(), bulk.getAttribute("data-bulk")); return; }
    var box = event.target.closest("input.pick");
    if (box) {
      var owner = box.closest("[data-id]");
      owner.classList.toggle("picked", box.checked);
      updatePicked();
    }
  });

  document.addEventListener("toggle", function (event) {
    if (event.target.matches && event.target.matches("details.context") && event.target.open) {
      loadContext(event.target);
    }
  }, true);

  document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-autosubmit]")) { event.target.form.submit(); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable) { return; }
    var key = event.key;
    var handled = true;
    if (key === "j") { move(1); }
    else if (key === "k") { move(-1); }
    else if (key === "A") { decide(picked(), "approve"); }
    else if (key === "R") { decide(picked(), "reject"); }
    else if (!current) { handled = false; if ("arhbxcf".indexOf(key) >= 0) { move(0); } }
    else if (key === "a") { decideOne(current, "approve"); }
    else if (key === "r") { decideOne(current, "reject"); }
    else if (key === "h") { decideOne(current, "hold"); }
    else if (key === "b") { banAuthor(current); }
    else if (key === "f") { toggleFeatured(current); }
    else if (key === "x") { togglePick(current); }
    else if (/^[0-9]$/.test(key)) { pickReason(current, Number(key)); }
    else if (key === "c") {
      var details = current.querySelector("details.context");
      if (details) { details.open = !details.open; }
    }
    else { handled = false; }
    if (handled) { event.preventDefault(); }
  });

  // An open queue asks now and then what has arrived since it was rendered, keeps
  // the tabs' counts true and offers a link that shows the new comments (the page
  // again, its filters kept). Not while the tab is hidden; never once signed out.
  function watchNews() {
    var box = document.querySelector("[data-news-url]");
    var link = document.getElementById("news-show");
    if (!box || !link) { return; }
    var url = box.getAttribute("data-news-url");
    var every = Number(box.getAttribute("data-news-every")) || 15000;
    function ask() {
      if (document.hidden) { setTimeout(ask, every); return; }
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (response.status === 401) { return "stop"; }
          return response.ok ? response.json() : null;
        })
        .then(function (news) {
          if (news === "stop") { return; }
          if (news) { showNews(news, link); }
          setTimeout(ask, every);
        })
        .catch(function () { setTimeout(ask, every); });
    }
    setTimeout(ask, every);
  }

  function showNews(news, link) {
    Object.keys(news.counts || {}).forEach(function (name) {
      var count = document.querySelector('[data-count-of="' + name + '"]');
      if (count) { count.textContent = String(news.counts[name]); }
    });
    if (news["new"] > 0) {
      link.textContent = news["new"] === 1 ? "1 new comment here: show it"
        : news["new"] + " new comments here: show them";
      link.href = window.location.href;
      link.hidden = false;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    watchNews();
    var first = cards()[0];
    if (first && document.querySelector(".cards")) { focusCard(first); }
    var area = document.querySelector("textarea[data-error-line]");
    if (area) {
      var line = Number(area.getAttribute("data-error-line"));
      var lines = area.value.split("\n");
      var start = lines.slice(0, line - 1).join("\n").length + (line > 1 ? 1 : 0);
      area.focus();
      area.setSelectionRange(start, start + (lines[line - 1] || "").length);
    }
  });
})();
