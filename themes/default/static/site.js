// Site-wide behaviour. No inline script anywhere: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  // Opened straight from disk (file://), a link or a form that leads to a folder shows a file
  // listing instead of its page: point each at the folder's index.html.
  if (window.location.protocol !== "file:") return;

  // The address to use from disk for `href`: folders get their index.html, before any query or fragment;
  // null when it needs no change (another scheme, or a fragment of this page).
  function fromDisk(href) {
    if (href === null || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return null;
    var cut = href.search(/[?#]/);
    var path = cut < 0 ? href : href.slice(0, cut);
    var rest = cut < 0 ? "" : href.slice(cut);
    if (path !== "" && path.slice(-1) !== "/") return null;
    return (path === "" ? "./" : path) + "index.html" + rest;
  }

  document.querySelectorAll("a[href]").forEach(function (link) {
    var href = fromDisk(link.getAttribute("href"));
    if (href !== null) link.setAttribute("href", href);
  });
  // The search boxes of the header and the home page send their query to search/index.html?q=...
  document.querySelectorAll("form[action]").forEach(function (form) {
    var action = fromDisk(form.getAttribute("action"));
    if (action !== null) form.setAttribute("action", action);
  });
})();
