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
})();
