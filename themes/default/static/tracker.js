// The recommendations tracker: filters by status, learning theme and overdue across every page of
// the tracker, kept in the URL (?status=in-progress&theme=neglect&overdue=1&page=2). Without
// JavaScript, or with no filter chosen, the page shows its own rows and links to the others.
//
// A tracker of one page is filtered in place. Across pages, the matching rows are worked out from
// data/filters.js (a character a row) and only the rows of the page of matches being shown are
// loaded, from data/rows-<n>.js. Both are scripts, which work from a web server and from disk
// (file://, where browsers block fetch) alike.
// No inline script anywhere: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  var form = document.getElementById("tracker-filters");
  var table = document.getElementById("tracker-table");
  var status = document.getElementById("tracker-status");
  if (!form || !table || !status) return;

  var PAGE_SIZE = 50;
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var dataHref = form.getAttribute("data-tracker-data") || "data/";
  var root = document.body.getAttribute("data-root") || "";
  var fromDisk = window.location.protocol === "file:";
  var statusSelect = document.getElementById("filter-status");
  var themeSelect = document.getElementById("filter-theme");
  var overdueBox = document.getElementById("filter-overdue");
  var clear = document.getElementById("filter-clear");
  var empty = document.getElementById("tracker-empty");
  var pages = document.getElementById("tracker-pages");
  var body = table.tBodies[0];

  // What the page shows by itself, put back when the filters are cleared.
  var own = {
    rows: Array.prototype.slice.call(body.rows),
    status: status.textContent,
    pages: pages ? Array.prototype.slice.call(pages.childNodes) : []
  };
  var ownHasPages = Boolean(pages && pages.querySelector(".pagination"));
  var rendering = 0;

  // ---- Loading the data: each file a script that hands its JSON to LearningHubTracker.receive ----

  var waiting = {};
  var received = {};
  window.LearningHubTracker = {
    receive: function (name, data) {
      received[name] = data;
      (waiting[name] || []).forEach(function (callbacks) { callbacks[0](data); });
      delete waiting[name];
    }
  };

  function load(name) {
    return new Promise(function (resolve, reject) {
      if (received[name]) return resolve(received[name]);
      if (waiting[name]) return waiting[name].push([resolve, reject]);
      waiting[name] = [[resolve, reject]];
      var script = document.createElement("script");
      script.src = dataHref + name + ".js";
      script.onerror = function () {
        (waiting[name] || []).forEach(function (callbacks) { callbacks[1](new Error("could not load " + name)); });
        delete waiting[name];
        script.remove();
      };
      document.head.appendChild(script);
    });
  }

  // ---- The filters ----

  function hasOption(select, value) {
    return Array.prototype.some.call(select.options, function (option) { return option.value === value; });
  }

  function optionLabel(select) {
    var option = select.options[select.selectedIndex];
    return option ? option.text.replace(/\s*\([\d,]+\)$/, "") : "";
  }

  function chosen() {
    return { status: statusSelect.value, theme: themeSelect.value, overdue: overdueBox.checked };
  }

  function isFiltered(filters) {
    return Boolean(filters.status || filters.theme || filters.overdue);
  }

  // Reads the filters and the page of results from the address, ignoring values the page does not offer.
  function readQuery() {
    var params = new URLSearchParams(window.location.search);
    var wanted = params.get("status") || "";
    statusSelect.value = hasOption(statusSelect, wanted) ? wanted : "";
    wanted = params.get("theme") || "";
    themeSelect.value = hasOption(themeSelect, wanted) ? wanted : "";
    overdueBox.checked = params.get("overdue") === "1" || params.get("overdue") === "true";
    var page = parseInt(params.get("page") || "1", 10);
    return isNaN(page) || page < 1 ? 1 : page;
  }

  function query(filters, page) {
    var params = new URLSearchParams();
    if (filters.status) params.set("status", filters.status);
    if (filters.theme) params.set("theme", filters.theme);
    if (filters.overdue) params.set("overdue", "1");
    if (page > 1) params.set("page", String(page));
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function writeQuery(filters, page, push) {
    var address = window.location.pathname + query(filters, page) + window.location.hash;
    try {
      if (push) window.history.pushState(null, "", address);
      else window.history.replaceState(null, "", address);
      return true;
    } catch (error) {
      // Some browsers refuse to change the address of a page opened from disk.
      return false;
    }
  }

  // The positions (in tracker order) of the rows that match `filters`.
  function matches(data, filters) {
    var statusIndex = data.statuses.indexOf(filters.status);
    var theme = data.themes.indexOf(filters.theme);
    var themeChar = Math.floor(theme / 6), themeBit = 1 << (theme % 6);
    var found = [];
    var row = 0;
    for (var review = 0; review < data.reviewRows.length; review++) {
      var count = data.reviewRows[review];
      var onTheme = !filters.theme || (theme >= 0 &&
        (ALPHABET.indexOf(data.reviewThemes.charAt(review * data.themeChars + themeChar)) & themeBit) !== 0);
      for (var end = row + count; row < end; row++) {
        if (!onTheme) continue;
        var code = ALPHABET.indexOf(data.rows.charAt(row));
        if (filters.status && (code >> 1) !== statusIndex) continue;
        if (filters.overdue && (code & 1) === 0) continue;
        found.push(row);
      }
    }
    return found;
  }

  // ---- Rendering ----

  function cell(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function fact(label, content) {
    var td = cell("td", "recs__fact");
    td.setAttribute("data-label", label);
    if (typeof content === "string") td.textContent = content;
    else td.appendChild(content);
    return td;
  }

  function link(path) {
    return root + path + (fromDisk ? "index.html" : "");
  }

  // A row of the table from a row of rows-<n>.js (see TrackerData.swift for its fields).
  function rowElement(item, themeIDs) {
    var tr = document.createElement("tr");
    tr.setAttribute("data-status", item[9]);
    tr.setAttribute("data-themes", themeIDs);
    tr.setAttribute("data-overdue", item[11] ? "true" : "false");
    if (item[11]) tr.className = "is-overdue";
    var review = cell("td", "recs__review");
    var a = cell("a", null, item[1]);
    a.href = link(item[0]);
    review.appendChild(a);
    if (item[12]) review.appendChild(cell("span", "tracker-themes", "Themes: " + item[12]));
    tr.appendChild(review);
    var id = cell("th", "recs__id", item[2]);
    id.setAttribute("scope", "row");
    tr.appendChild(id);
    tr.appendChild(cell("td", "recs__text", item[3]));
    tr.appendChild(fact("Target", item[4]));
    tr.appendChild(fact("Category", item[5]));
    tr.appendChild(fact("Owner", item[6] || "Not stated"));
    var due = "Not set";
    if (item[7]) {
      due = cell("time", null, item[8]);
      due.setAttribute("datetime", item[7]);
    }
    tr.appendChild(fact("Due", due));
    var state = cell("td", "recs__status");
    state.appendChild(cell("span", "status status--" + item[9], item[10]));
    if (item[11]) {
      state.appendChild(document.createTextNode(" "));
      state.appendChild(cell("strong", "overdue-flag", "Overdue"));
    }
    tr.appendChild(state);
    return tr;
  }

  // The learning-theme ids of the review of each row in `rows`, as the table's data-themes holds them.
  function themeIDsOf(data, rows) {
    var ids = {};
    var wanted = {};
    rows.forEach(function (row) { wanted[row] = true; });
    var row = 0;
    for (var review = 0; review < data.reviewRows.length; review++) {
      var end = row + data.reviewRows[review];
      var themes = null;
      for (; row < end; row++) {
        if (!wanted[row]) continue;
        if (themes === null) {
          themes = data.themes.filter(function (id, index) {
            var code = ALPHABET.indexOf(data.reviewThemes.charAt(review * data.themeChars + Math.floor(index / 6)));
            return (code & (1 << (index % 6))) !== 0;
          }).join(" ");
        }
        ids[row] = themes;
      }
    }
    return ids;
  }

  function grouped(number) {
    return String(number).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function describe(filters) {
    var parts = [];
    if (filters.status) parts.push(optionLabel(statusSelect).toLowerCase());
    if (filters.theme) parts.push("on " + optionLabel(themeSelect));
    if (filters.overdue) parts.push("overdue only");
    return parts.join(", ");
  }

  function pageLink(filters, page, text, className, rel) {
    var li = document.createElement("li");
    var a = cell("a", className, text);
    a.href = query(filters, page) || "?";
    if (rel) a.rel = rel;
    a.setAttribute("data-page", String(page));
    li.appendChild(a);
    return li;
  }

  // The links between pages of filtered results, in the same shape as the server's.
  function pagination(filters, page, count) {
    var nav = document.createElement("nav");
    nav.className = "pagination";
    nav.setAttribute("aria-label", "Matching recommendations: pages");
    nav.appendChild(cell("p", "pagination__position", "Page " + page + " of " + count));
    var steps = cell("ul", "pagination__steps");
    if (page > 1) steps.appendChild(pageLink(filters, page - 1, "Previous", "pagination__step pagination__step--previous", "prev"));
    if (page < count) steps.appendChild(pageLink(filters, page + 1, "Next", "pagination__step pagination__step--next", "next"));
    nav.appendChild(steps);
    var list = cell("ul", "pagination__pages");
    var near = [1, page - 1, page, page + 1, count].filter(function (n, i, all) {
      return n >= 1 && n <= count && all.indexOf(n) === i;
    }).sort(function (a, b) { return a - b; });
    var previous = 0;
    near.forEach(function (number) {
      if (number > previous + 1) {
        var gap = document.createElement("li");
        gap.appendChild(cell("span", "pagination__gap", "\u2026"));
        list.appendChild(gap);
      }
      var item = pageLink(filters, number, String(number), "pagination__page");
      item.firstChild.setAttribute("aria-label", "Page " + number);
      if (number === page) item.firstChild.setAttribute("aria-current", "page");
      list.appendChild(item);
      previous = number;
    });
    nav.appendChild(list);
    return nav;
  }

  function showOwn() {
    body.replaceChildren.apply(body, own.rows);
    if (pages) pages.replaceChildren.apply(pages, own.pages);
    if (empty) empty.hidden = true;
    status.textContent = ownHasPages
      ? own.status + "."
      : "Showing all " + grouped(own.rows.length) + " recommendation" + (own.rows.length === 1 ? "" : "s") + ".";
  }

  // Shows page `page` of the rows that match `filters`, loading only the files that hold them.
  function showFiltered(filters, page) {
    var ticket = rendering;
    return load("filters").then(function (data) {
      var found = matches(data, filters);
      var count = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
      page = Math.min(page, count);
      var shown = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
      var files = [];
      shown.forEach(function (row) {
        var name = "rows-" + Math.floor(row / data.chunk);
        if (files.indexOf(name) < 0) files.push(name);
      });
      return Promise.all(files.map(load)).then(function () {
        if (ticket !== rendering) return;
        var themes = themeIDsOf(data, shown);
        body.replaceChildren.apply(body, shown.map(function (row) {
          var file = received["rows-" + Math.floor(row / data.chunk)];
          return rowElement(file[row % data.chunk], themes[row]);
        }));
        var what = describe(filters);
        var showing = found.length <= PAGE_SIZE
          ? "Showing " + grouped(found.length) + " of " + grouped(data.total) + " recommendations"
          : "Showing " + grouped((page - 1) * PAGE_SIZE + 1) + "\u2013" + grouped((page - 1) * PAGE_SIZE + shown.length) +
            " of " + grouped(found.length) + " matching recommendations, of " + grouped(data.total);
        if (pages) pages.replaceChildren.apply(pages, count > 1 ? [pagination(filters, page, count)] : []);
        if (empty) empty.hidden = found.length !== 0;
        status.textContent = showing + ": " + what + ".";
      });
    }, function () {
      if (ticket === rendering) status.textContent = "The filters could not be loaded. Reload the page to try again.";
    });
  }

  // A tracker of one page holds every row already: the filters hide the others, at once.
  function filterInPlace(filters) {
    var shown = 0;
    own.rows.forEach(function (row) {
      var match = (!filters.status || row.getAttribute("data-status") === filters.status)
        && (!filters.theme || (row.getAttribute("data-themes") || "").split(" ").indexOf(filters.theme) >= 0)
        && (!filters.overdue || row.getAttribute("data-overdue") === "true");
      row.hidden = !match;
      if (match) shown += 1;
    });
    var count = own.rows.length, noun = count === 1 ? "recommendation" : "recommendations";
    status.textContent = "Showing " + grouped(shown) + " of " + grouped(count) + " " + noun + ": " + describe(filters) + ".";
    if (empty) empty.hidden = shown !== 0;
  }

  function show(page) {
    var filters = chosen();
    rendering += 1;
    if (!isFiltered(filters)) {
      own.rows.forEach(function (row) { row.hidden = false; });
      showOwn();
      return Promise.resolve();
    }
    if (!ownHasPages) {
      filterInPlace(filters);
      return Promise.resolve();
    }
    return showFiltered(filters, page);
  }

  function update() {
    writeQuery(chosen(), 1, false);
    show(1);
  }

  var page = readQuery();
  form.hidden = false;
  document.body.classList.add("tracker-enhanced");
  show(page);

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
  // A page of filtered results: shown in place, with the address kept, so the back button returns to the last.
  if (pages) {
    pages.addEventListener("click", function (event) {
      var target = event.target.closest ? event.target.closest("a[data-page]") : null;
      if (!target) return;
      var number = parseInt(target.getAttribute("data-page"), 10);
      if (!writeQuery(chosen(), number, true)) return;
      event.preventDefault();
      // The new page's rows, from their start: the region around the table takes the focus.
      show(number).then(function () { (table.closest(".table-wrap") || table).focus(); });
    });
  }
  window.addEventListener("popstate", function () {
    show(readQuery());
  });
})();
