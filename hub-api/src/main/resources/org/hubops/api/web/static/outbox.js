// Sessions logged without a connection (issue #16): kept on this device in IndexedDB, each with
// the id its form was made with, and sent by the form's own retry-safe POST when the line is back.
// The same file runs in the page and in the service worker (importScripts), so both send alike.
// Progressive enhancement only: without script the form posts as it always did.
(function (global) {
  "use strict";
  var DB = "hubops";
  var STORE = "outbox";
  var TAG = "hubops-outbox";

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: "id" });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && result.result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function all() {
    return run("readonly", function (store) { return store.getAll(); });
  }

  function put(entry) {
    return run("readwrite", function (store) { store.put(entry); });
  }

  function remove(id) {
    return run("readwrite", function (store) { store["delete"](id); });
  }

  /**
   * Keeps a session form's fields (all but its CSRF token: the login that sends it has its own).
   * An edit of a stored session keeps the version it was made from, so that the service refuses it
   * (409) if the session changed meanwhile, instead of it overwriting what someone else saved.
   */
  function keep(hub, action, pairs) {
    var fields = pairs.filter(function (p) { return p[0] !== "csrf"; });
    var id = field(fields, "id");
    var version = field(fields, "version") || null;
    return put({ id: id, version: version, hub: hub, action: action, fields: fields,
      state: "waiting", errors: [], at: Date.now() }).then(function () { return id; });
  }

  function field(pairs, name) {
    return (pairs.filter(function (p) { return p[0] === name; })[0] || [])[1];
  }

  /** Asks the browser to send once it is online (Background Sync), where it can. */
  function later() {
    var ready = global.registration ? Promise.resolve(global.registration)
      : global.navigator && navigator.serviceWorker ? navigator.serviceWorker.ready : null;
    if (!ready) {
      return Promise.resolve(false);
    }
    return ready
      .then(function (registration) {
        return registration.sync ? registration.sync.register(TAG).then(function () { return true; })
          : false;
      })
      .catch(function () { return false; });
  }

  var sending = null;

  /**
   * Sends every waiting session, one after the other. A session the service refuses (422, or 409
   * for a locked quarter) stays on the device with the service's messages until the coordinator
   * corrects it; one the line drops stays waiting and is sent again (the same id is stored once).
   */
  function send() {
    if (sending) {
      return sending;
    }
    var outcome = { sent: 0, refused: 0, waiting: 0, login: false };
    sending = all()
      .then(function (entries) {
        var waiting = entries.filter(function (e) { return e.state === "waiting"; });
        outcome.waiting = waiting.length;
        var tokens = {};
        return waiting.reduce(function (chain, entry) {
          return chain.then(function () {
            if (outcome.login) {
              return;
            }
            tokens[entry.hub] = tokens[entry.hub] || csrf(entry.hub);
            return tokens[entry.hub].then(function (token) {
              if (!token) {
                outcome.login = true;
                return;
              }
              return post(entry, token, outcome);
            });
          });
        }, Promise.resolve());
      })
      .catch(function () { /* the line dropped: what is left waits for the next try */ })
      .then(function () {
        sending = null;
        return outcome;
      });
    return sending;
  }

  /** The CSRF token of the current login, from the hub's session list; null when logged out. */
  function csrf(hub) {
    return fetch("/hubs/" + hub + "/sessions", { credentials: "same-origin" }).then(function (r) {
      if (!r.ok || r.url.indexOf("/login") >= 0) {
        return null;
      }
      return r.text().then(function (html) {
        var m = /name="csrf" value="([^"]+)"/.exec(html);
        return m ? m[1] : null;
      });
    });
  }

  function post(entry, token, outcome) {
    var body = new URLSearchParams();
    body.append("csrf", token);
    entry.fields.forEach(function (p) { body.append(p[0], p[1]); });
    return fetch(entry.action, { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) {
        if (r.redirected && /[?&]saved=/.test(r.url)) {
          outcome.sent++;
          outcome.waiting--;
          return remove(entry.id);
        }
        if (r.url.indexOf("/login") >= 0) {
          outcome.login = true;
          return;
        }
        if (r.status === 422 || r.status === 409) {
          return r.text().then(function (html) {
            entry.state = "refused";
            entry.errors = problems(html);
            outcome.refused++;
            outcome.waiting--;
            return put(entry);
          });
        }
        // Anything else (a 5xx, a proxy's page): kept waiting, tried again later.
      });
  }

  /**
   * The messages of the page's error summary, as plain text, and, for an edit that met a newer
   * version of its session, what the conflict notice says.
   */
  function problems(html) {
    var found = [];
    var conflict = /class="conflict" role="alert">\s*<h2>([\s\S]*?)<\/h2>\s*<p>([\s\S]*?)<\/p>/.exec(html);
    if (conflict) {
      found.push(plain(conflict[1]) + ": " + plain(conflict[2]));
    }
    var summary = /id="error-summary"[\s\S]*?<ul>([\s\S]*?)<\/ul>/.exec(html);
    var items = summary ? summary[1].match(/<li>[\s\S]*?<\/li>/g) || [] : [];
    return found.concat(items.map(plain));
  }

  function plain(html) {
    return html.replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"")
      .replace(/&#39;/g, "'").replace(/&amp;/g, "&").trim();
  }

  global.HubOutbox = { all: all, keep: keep, remove: remove, send: send, later: later, TAG: TAG };
  if (global.document && global.indexedDB) {
    onPage(global.document);
  }

  /** The page's part: the form kept offline, the count of what waits, "Send now", the refused. */
  function onPage(document) {
    var script = document.currentScript;
    if (navigator.serviceWorker && script && script.getAttribute("data-sw")) {
      navigator.serviceWorker.register(script.getAttribute("data-sw"), { scope: "/", updateViaCache: "none" })
        .catch(function () { /* no offline copy; the pages still work online */ });
      navigator.serviceWorker.addEventListener("message", function () { show(null); });
    }
    var saved = /[?&]saved=([0-9a-f-]{36})/.exec(location.search);
    if (saved) {
      remove(saved[1]);
    }
    if (location.pathname === "/login" && global.caches) {
      // Logged out: no copy of a hub's pages stays on a shared PC (the outbox stays, to be sent).
      caches["delete"]("hubops-pages");
    }
    var box = document.getElementById("outbox");
    if (!box) {
      return;
    }
    var hub = box.getAttribute("data-hub");
    var form = document.querySelector("form[data-offline]");
    if (form) {
      offlineForm(form);
      today(form.elements.date);
    }
    global.addEventListener("online", function () { sendNow(); });
    all().then(function (entries) {
      var fix = /[?&]fix=([0-9a-f-]{36})/.exec(location.search);
      var refused = fix && form && entries.filter(function (e) { return e.id === fix[1]; })[0];
      if (refused) {
        correct(form, refused);
        return;
      }
      // A form kept from before (offline, from the worker's copy) carries an id already used;
      // a refused session being corrected (the service's answer, with its errors) keeps its own.
      // An edit form keeps the id of the session it edits.
      var answer = document.getElementById("error-summary");
      var editing = form && form.elements.version && form.elements.version.value;
      if (form && !answer && !editing
          && entries.some(function (e) { return e.id === form.elements.id.value; })) {
        form.elements.id.value = uuid();
      }
      show(null);
      if (navigator.onLine && entries.some(function (e) { return e.hub === hub && e.state === "waiting"; })) {
        sendNow();
      }
    });

    function offlineForm(form) {
      form.addEventListener("submit", function (event) {
        if (navigator.onLine) {
          return; // the service answers, as without script; a post the line drops is kept by the worker
        }
        event.preventDefault();
        var pairs = [];
        new FormData(form).forEach(function (value, name) { pairs.push([name, value]); });
        var editing = form.elements.version && form.elements.version.value;
        keep(hub, form.getAttribute("action"), pairs).then(function () {
          if (!editing) {
            // A new session: the form is emptied for the next one, with an id of its own.
            form.reset();
            form.elements.id.value = uuid();
            form.dispatchEvent(new Event("input", { bubbles: true }));
          }
          // What was typed is in the outbox now: no draft of it (or of the emptied form) is offered.
          localStorage.removeItem("hubops.draft." + form.getAttribute("data-draft"));
          later();
          show(null, box.getAttribute("data-kept"));
          global.scrollTo(0, 0);
        });
      });
    }

    function sendNow() {
      return send().then(function (outcome) { show(outcome); });
    }

    /** The refused session in the form as it was typed, sent again so its errors show per field. */
    function correct(form, entry) {
      var fields = {};
      entry.fields.forEach(function (p) { (fields[p[0]] = fields[p[0]] || []).push(p[1]); });
      if (global.HubForms) {
        HubForms.fill(form, fields);
      }
      if (entry.version && form.elements.version) {
        // The version it was made from: if the session changed since, the service's answer shows
        // what is stored now beside what was typed, and saving again then replaces it knowingly.
        form.elements.version.value = entry.version;
      }
      form.submit();
    }

    function show(outcome, note) {
      all().then(function (entries) {
        var mine = entries.filter(function (e) { return e.hub === hub; });
        var waiting = mine.filter(function (e) { return e.state === "waiting"; }).length;
        var refused = mine.filter(function (e) { return e.state === "refused"; });
        box.textContent = "";
        var status = element("p", "notice", note ? note + " " : "");
        status.setAttribute("role", "status");
        status.id = "outbox-status";
        if (waiting > 0) {
          status.appendChild(document.createTextNode(count(waiting)));
          if (outcome && outcome.login) {
            status.appendChild(document.createTextNode(" " + box.getAttribute("data-login")));
          }
          var button = element("button", "link", box.getAttribute("data-send"));
          button.type = "button";
          button.id = "outbox-send";
          button.addEventListener("click", sendNow);
          status.appendChild(document.createTextNode(" "));
          status.appendChild(button);
        } else if (outcome && outcome.sent > 0) {
          status.appendChild(document.createTextNode(box.getAttribute("data-sent")));
        }
        if (status.textContent) {
          box.appendChild(status);
        }
        if (refused.length) {
          var section = element("div", "error-summary", "");
          section.id = "outbox-refused";
          section.appendChild(element("h2", "", box.getAttribute("data-refused")));
          var list = element("ul", "", "");
          refused.forEach(function (entry) {
            var item = element("li", "", label(entry) + ": " + entry.errors.join("; ") + " ");
            var fix = element("a", "", box.getAttribute("data-fix"));
            // An edit is corrected on its session's page, a new session on the new form.
            fix.href = "/hubs/" + hub + "/sessions/" + (entry.version ? entry.id : "new")
              + "?fix=" + entry.id;
            item.appendChild(fix);
            list.appendChild(item);
          });
          section.appendChild(list);
          box.appendChild(section);
        }
        box.hidden = !box.firstChild;
      });
    }

    function label(entry) {
      var f = {};
      entry.fields.forEach(function (p) { f[p[0]] = f[p[0]] || p[1]; });
      return [f.date, f.startTime, f.title].filter(Boolean).join(" ");
    }

    function count(n) {
      var rule = global.Intl && Intl.PluralRules
        ? new Intl.PluralRules(document.documentElement.lang).select(n) : "other";
      var text = box.getAttribute("data-waiting-" + rule) || box.getAttribute("data-waiting-other");
      return text.replace("{0}", String(n));
    }

    function element(name, cls, text) {
      var el = document.createElement(name);
      if (cls) {
        el.className = cls;
      }
      el.textContent = text;
      return el;
    }
  }

  /**
   * A new form's date as the service filled it in is the day the page was made; a copy kept for
   * offline use may be shown days later, so the device's own today replaces it. A date typed or
   * sent back with errors carries no data-today and is left alone.
   */
  function today(input) {
    var made = input && input.getAttribute("data-today");
    if (!made || input.value !== made) {
      return;
    }
    var now = new Date();
    var day = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
    input.value = day;
    input.setAttribute("data-today", day);
  }

  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function uuid() {
    if (global.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
})(self);
