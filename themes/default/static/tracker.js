// The recommendations tracker: filters by status, learning theme and overdue, kept in the URL
// (?status=in-progress&theme=neglect&overdue=1). Without JavaScript the page is the full table.
// No inline script anywhere: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  var form = document.getElementById("tracker-filters");
  var table = document.getElementById("tracker-table");
  var status = document.getElementById("tracker-status");
  var empty = document.getElementById("tracker-empty");
  if (!form || !table || !status) return;

  var statusSelect = document.getElementById("filter-status");
  var themeSelect = document.getElementById("filter-theme");
  var overdueBox = document.getElementById("filter-overdue");
  var clear = document.getElementById("filter-clear");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (option) { return option.value === value; });
  }

  function optionLabel(select) {
    var option = select.options[select.selectedIndex];
    return option ? option.text.replace(/\s*\(\d+\)$/, "") : "";
  }

  // Read the filters from the address, ignoring values the page does not offer.
  function readQuery() {
    var params = new URLSearchParams(window.location.search);
    var wanted = params.get("status") || "";
    statusSelect.value = hasOption(statusSelect, wanted) ? wanted : "";
    wanted = params.get("theme") || "";
    themeSelect.value = hasOption(themeSelect, wanted) ? wanted : "";
    overdueBox.checked = params.get("overdue") === "1" || params.get("overdue") === "true";
  }

  function writeQuery() {
    var params = new URLSearchParams();
    if (statusSelect.value) params.set("status", statusSelect.value);
    if (themeSelect.value) params.set("theme", themeSelect.value);
    if (overdueBox.checked) params.set("overdue", "1");
    var query = params.toString();
    try {
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    } catch (error) {
      // Some browsers refuse to change the address of a page opened from disk; the filters still work.
    }
  }

  function apply() {
    var wantedStatus = statusSelect.value;
    var wantedTheme = themeSelect.value;
    var overdueOnly = overdueBox.checked;
    var shown = 0;
    rows.forEach(function (row) {
      var themes = (row.getAttribute("data-themes") || "").split(" ");
      var match = (!wantedStatus || row.getAttribute("data-status") === wantedStatus)
        && (!wantedTheme || themes.indexOf(wantedTheme) >= 0)
        && (!overdueOnly || row.getAttribute("data-overdue") === "true");
      row.hidden = !match;
      if (match) shown += 1;
    });
    var noun = rows.length === 1 ? "recommendation" : "recommendations";
    var filters = [];
    if (wantedStatus) filters.push(optionLabel(statusSelect).toLowerCase());
    if (wantedTheme) filters.push("on " + optionLabel(themeSelect));
    if (overdueOnly) filters.push("overdue only");
    status.textContent = filters.length === 0
      ? "Showing all " + rows.length + " " + noun + "."
      : "Showing " + shown + " of " + rows.length + " " + noun + ": " + filters.join(", ") + ".";
    if (empty) empty.hidden = shown !== 0;
  }

  function update() {
    apply();
    writeQuery();
  }

  readQuery();
  form.hidden = false;
  document.body.classList.add("tracker-enhanced");
  apply();

  statusSelect.addEventListener("change", update);
  themeSelect.addEventListener("change", update);
  overdueBox.addEventListener("change", update);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update();
  });
  clear.addEventListener("click", function () {
    statusSelect.value = "";
    themeSelect.value = "";
    overdueBox.checked = false;
    update();
    statusSelect.focus();
  });
  window.addEventListener("popstate", function () {
    readQuery();
    apply();
  });
})();
