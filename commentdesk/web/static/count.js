// Comment Desk comment counts for listing pages. Written for this project; no libraries.
//
// Put the count next to each headline, then this script once on the page:
//   <span data-commentdesk-count="ARTICLE-ID" data-site="SITE">0</span> comments
//   <script src="https://comments.example/count.js" data-site="SITE" async></script>
// Every such element is filled with its story's number of published comments,
// in one request per site for up to 100 stories. data-site on an element may be
// left out when the script tag names the site. window.CommentDeskCount.refresh()
// fills elements added to the page later. Only textContent is ever written.
(function () {
  "use strict";

  var script = document.currentScript || document.querySelector("script[src$='/count.js']");
  if (!script) { return; }
  var base = new URL(script.src, window.location.href).origin;
  var defaultSite = script.getAttribute("data-site") || "";
  var BATCH = 100;  // the most ids the counts endpoint takes at once

  function fill() {
    var nodes = document.querySelectorAll("[data-commentdesk-count]");
    var bySite = {};
    Array.prototype.forEach.call(nodes, function (node) {
      var site = node.getAttribute("data-site") || defaultSite;
      var id = node.getAttribute("data-commentdesk-count");
      if (!site || !id) { return; }
      if (!bySite[site]) { bySite[site] = {}; }
      if (!bySite[site][id]) { bySite[site][id] = []; }
      bySite[site][id].push(node);
    });
    Object.keys(bySite).forEach(function (site) {
      var ids = Object.keys(bySite[site]);
      for (var start = 0; start < ids.length; start += BATCH) {
        request(site, ids.slice(start, start + BATCH), bySite[site]);
      }
    });
  }

  function request(site, ids, nodesById) {
    var query = "?site=" + encodeURIComponent(site) + ids.map(function (id) {
      return "&external_id=" + encodeURIComponent(id);
    }).join("");
    return fetch(base + "/api/v1/stories/counts" + query, { mode: "cors", credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : { counts: {} }; })
      .then(function (body) {
        var counts = (body && body.counts) || {};
        ids.forEach(function (id) {
          if (!Object.prototype.hasOwnProperty.call(counts, id)) { return; }
          nodesById[id].forEach(function (node) {
            node.textContent = String(Number(counts[id]) || 0);
            node.setAttribute("data-commentdesk-counted", "1");
          });
        });
      })
      .catch(function () { /* counts are decoration: the page reads on without them */ });
  }

  window.CommentDeskCount = { refresh: fill };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fill);
  } else {
    fill();
  }
})();
