// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // After a refused form, take keyboard and screen-reader users straight to the list of errors.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  // The hub form's settlement list, filled while a name is typed (the Find button does the same
  // without script). A short pause first, so a slow line carries one request per word, not per key.
  var place = document.querySelector("input[data-places]");
  var results = document.getElementById("place-results");
  if (place && results && window.fetch) {
    var timer;
    var asked = place.value;
    place.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = place.value.trim();
        if (q.length < 2 || q === asked) {
          return;
        }
        asked = q;
        fetch(place.getAttribute("data-places") + "?q=" + encodeURIComponent(q), {
          credentials: "same-origin"
        })
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) {
            if (q !== asked) {
              return;
            }
            // Keep the settlement already chosen at the top, so typing never unchoses it.
            var chosen = results.querySelector("input[name=settlementCode]:checked");
            var kept = chosen ? chosen.closest("label") : null;
            results.innerHTML = html;
            if (kept && !results.querySelector("input[value='" + chosen.value + "']")) {
              results.insertBefore(kept, results.firstChild);
            }
          })
          .catch(function () { /* offline: the Find button still works once back */ });
      }, 300);
    });
  }
  drafts();
  // The offline outbox fills a refused session back into the form the same way as a draft.
  window.HubForms = { fill: fill };
  // The running total of attendees under the grid of counts.
  var grid = document.querySelector("[data-attendees]");
  var total = document.getElementById("attendee-total");
  if (!grid || !total) {
    return;
  }
  function update() {
    var sum = 0;
    grid.querySelectorAll("input[data-count]").forEach(function (input) {
      var n = parseInt(input.value, 10);
      if (n > 0) {
        sum += n;
      }
    });
    sum += grid.querySelectorAll("input[name=participants]:checked").length;
    total.textContent = String(sum);
  }
  grid.addEventListener("input", update);
  grid.addEventListener("change", update);
  update();

  /**
   * A draft of the session form, kept on this device while typing (issue #16): a reload, a closed
   * tab or a login that ended loses nothing. A new form's draft keeps its id, so the session it
   * becomes is stored once however often it is sent. The draft goes when the list says "saved".
   */
  function drafts() {
    var saved = /[?&]saved=([0-9a-f-]{36})/.exec(location.search);
    if (saved) {
      forget(function (draft) { return draft.id === saved[1]; });
    }
    var form = document.querySelector("form[data-draft]");
    if (!form || !window.localStorage) {
      return;
    }
    var key = "hubops.draft." + form.getAttribute("data-draft");
    var fresh = !document.getElementById("error-summary") && !document.querySelector(".notice");
    var kept = read(key);
    if (kept && fresh && differs(form, kept.fields)) {
      fill(form, kept.fields);
      restored(form, key);
    }
    function keep() {
      var fields = fieldsOf(form);
      localStorage.setItem(key, JSON.stringify({ id: fields.id ? fields.id[0] : "", fields: fields }));
    }
    form.addEventListener("input", keep);
    form.addEventListener("change", keep);
  }

  function read(key) {
    try {
      return JSON.parse(localStorage.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  function forget(which) {
    if (!window.localStorage) {
      return;
    }
    for (var i = localStorage.length - 1; i >= 0; i--) {
      var key = localStorage.key(i);
      if (key.indexOf("hubops.draft.") === 0) {
        var draft = read(key);
        if (!draft || which(draft)) {
          localStorage.removeItem(key);
        }
      }
    }
  }

  /** Every named field but the CSRF token (the next login has its own) and the version. */
  function fieldsOf(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "csrf" || el.name === "version" || el.disabled) {
        return;
      }
      if ((el.type === "checkbox" || el.type === "radio") && !el.checked) {
        return;
      }
      (fields[el.name] = fields[el.name] || []).push(el.value);
    });
    return fields;
  }

  function differs(form, fields) {
    return JSON.stringify(fieldsOf(form)) !== JSON.stringify(fields);
  }

  function fill(form, fields) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === "csrf" || el.name === "version") {
        return;
      }
      var values = fields[el.name] || [];
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = values.indexOf(el.value) >= 0;
        if (el.checked) {
          var group = el.closest("details");
          if (group) {
            group.open = true;
          }
        }
      } else {
        el.value = values.length ? values[0] : "";
      }
    });
    form.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function restored(form, key) {
    var note = document.createElement("p");
    note.className = "notice";
    note.id = "draft-notice";
    note.setAttribute("role", "status");
    note.textContent = form.getAttribute("data-draft-restored") + " ";
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "link";
    discard.textContent = form.getAttribute("data-draft-discard");
    discard.addEventListener("click", function () {
      localStorage.removeItem(key);
      location.reload();
    });
    note.appendChild(discard);
    form.parentNode.insertBefore(note, form);
  }
})();
