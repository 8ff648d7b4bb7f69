// Search over search/documents.json: every word of the query must appear in a
// document's title, summary or learning themes; title matches rank first.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!form || !input || !results || !status) return;

  var labels = { review: "Review", brief: "Learning brief", briefing: "Seven-minute briefing", page: "Page" };
  var root = document.body.getAttribute("data-root") || "";

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
  }

  function score(doc, terms) {
    var title = fold(doc.title);
    var rest = fold(doc.summary + " " + doc.themes.join(" ").replace(/-/g, " "));
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0;
      if (!inTitle && rest.indexOf(terms[i]) < 0) return 0;
      total += inTitle ? 3 : 1;
    }
    return total;
  }

  function show(docs, query) {
    var terms = words(query);
    results.textContent = "";
    if (terms.length === 0) {
      status.textContent = "";
      return;
    }
    var found = docs
      .map(function (doc) { return { doc: doc, score: score(doc, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || (b.doc.published || "").localeCompare(a.doc.published || ""); });
    status.textContent = found.length === 1 ? "1 result for \u201c" + query + "\u201d"
      : found.length + " results for \u201c" + query + "\u201d";
    found.forEach(function (hit) {
      var item = document.createElement("li");
      item.className = "document-item document-item--" + hit.doc.type;
      var meta = document.createElement("p");
      meta.className = "document-item__type";
      meta.textContent = (labels[hit.doc.type] || hit.doc.type) + (hit.doc.published ? " \u00b7 " + hit.doc.published : "");
      var heading = document.createElement("h2");
      heading.className = "document-item__title";
      var link = document.createElement("a");
      link.href = root + hit.doc.url + (window.location.protocol === "file:" ? "index.html" : "");
      link.textContent = hit.doc.title;
      heading.appendChild(link);
      var summary = document.createElement("p");
      summary.className = "document-item__summary";
      summary.textContent = hit.doc.summary;
      item.appendChild(meta);
      item.appendChild(heading);
      item.appendChild(summary);
      results.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  if (!query) return;
  status.textContent = "Searching\u2026";
  fetch(root + "search/documents.json")
    .then(function (response) { return response.json(); })
    .then(function (docs) { show(docs, query); })
    .catch(function () {
      status.textContent = "Search could not load its data. Browse the learning themes below instead.";
    });
})();
