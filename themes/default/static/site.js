// Site-wide behaviour. No inline script anywhere: the Content-Security-Policy forbids it.
(function () {
  "use strict";
  // Opened straight from disk (file://), a link to a folder shows a file listing
  // instead of its page: point such links at the folder's index.html.
  if (window.location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (link) {
      var href = link.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      var rest = cut < 0 ? "" : href.slice(cut);
      if (path === "" || path.slice(-1) === "/") {
        link.setAttribute("href", (path === "" ? "./" : path) + "index.html" + rest);
      }
    });
  }
})();
