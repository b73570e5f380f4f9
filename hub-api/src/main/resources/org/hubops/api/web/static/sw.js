// The offline session form (issue #16). The hub's start page, its session list and the session
// form (which carries the choices: topics, the hub's equipment and participant codes) are kept
// from their last visit and shown when the line is down; the stylesheet and scripts are kept as
// they come (their addresses change with their content). A session form posted without a line is
// kept in the outbox and sent when it is back (Background Sync, or the page's next visit).
importScripts("/static/outbox.js");

var PAGES = "hubops-pages";
var ASSETS = "hubops-assets";
var OFFLINE_PAGE = /^\/hubs\/[0-9a-f-]{36}(\/sessions(\/new|\/[0-9a-f-]{36})?)?$/;
var NEW_SESSION = /^\/hubs\/([0-9a-f-]{36})\/sessions$/;
var EDIT_SESSION = /^\/hubs\/([0-9a-f-]{36})\/sessions\/[0-9a-f-]{36}$/;

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== location.origin) {
    return;
  }
  if (request.method === "GET" && url.pathname.indexOf("/static/") === 0) {
    event.respondWith(asset(request));
  } else if (request.method === "GET" && request.mode === "navigate"
      && OFFLINE_PAGE.test(url.pathname)) {
    event.respondWith(page(request, url));
  } else if (request.method === "POST" && request.mode === "navigate"
      && (NEW_SESSION.test(url.pathname) || EDIT_SESSION.test(url.pathname))) {
    event.respondWith(posted(request, url));
  }
});

self.addEventListener("sync", function (event) {
  if (event.tag === HubOutbox.TAG) {
    event.waitUntil(HubOutbox.send().then(function (outcome) {
      self.clients.matchAll().then(function (pages) {
        pages.forEach(function (p) { p.postMessage("outbox"); });
      });
      if (outcome.waiting > 0 && !outcome.login) {
        // Rejecting asks the browser to try again later, with its own back-off.
        throw new Error("still waiting");
      }
    }));
  }
});

function asset(request) {
  return caches.open(ASSETS).then(function (cache) {
    return cache.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      });
    });
  });
}

/** The page from the network, kept for later; the kept copy when the line is down. */
function page(request, url) {
  return fetch(request)
    .then(function (response) {
      if (response.ok && !response.redirected && url.search === "") {
        var copy = response.clone();
        caches.open(PAGES).then(function (cache) { cache.put(url.pathname, copy); });
      }
      return response;
    })
    .catch(function (offline) {
      return caches.open(PAGES)
        .then(function (cache) { return cache.match(url.pathname); })
        .then(function (kept) {
          if (kept) {
            return kept;
          }
          throw offline;
        });
    });
}

/**
 * A session form whose post found no line (the browser thought it was online): kept in the
 * outbox, and the form shown again, empty, saying so; an edit (with the version it was made from)
 * leads to the kept session list, as the kept copy of its page shows the session as it was.
 */
function posted(request, url) {
  var copy = request.clone();
  return fetch(request).catch(function (offline) {
    return copy.formData().then(function (data) {
      var pairs = [];
      data.forEach(function (value, name) { pairs.push([name, value]); });
      var created = NEW_SESSION.exec(url.pathname);
      var hub = (created || EDIT_SESSION.exec(url.pathname))[1];
      return HubOutbox.keep(hub, url.pathname, pairs).then(function () {
        HubOutbox.later();
        var next = created ? url.pathname + "/new" : "/hubs/" + hub + "/sessions";
        return Response.redirect(next + "?queued=1", 303);
      });
    }, function () { throw offline; });
  });
}
