// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // After a refused form, take keyboard and screen-reader users straight to the list of errors.
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
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
