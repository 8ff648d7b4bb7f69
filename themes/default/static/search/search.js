// The search client: ranked (BM25), faceted search over the sharded JSON index in
// search/index/, written by the generator. No framework, no build step, no inline script.
//
// A query downloads the index's small metadata, the facet codes, the shards that hold
// its terms, and what the first results show; never the whole index. Opened from disk
// (file://), where browsers block fetch(), the same data arrives through scripts, loaded
// by script tags: meta.js, facets.js, and scripts/ with sixteen term or summary files each.
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var resultsList = document.getElementById("search-results");
  var statusLine = document.getElementById("search-status");
  var facetsBox = document.getElementById("search-facets");
  var moreButton = document.getElementById("search-more");
  if (!form || !input || !resultsList || !statusLine || !facetsBox || !moreButton) return;

  var PAGE = 10;
  var SUMMARIES_PER_FILE = 8;
  var FILES_PER_SCRIPT = 16;
  var MAX_EXPANSIONS = 30;
  var MAX_PHRASE_CHECKS = 200;
  var FACETS = ["type", "theme", "review_type", "committee", "year"];
  var STOP = new Set(("i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her " +
    "hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was " +
    "were be been being have has had having do does did doing would should could ought i'm you're he's she's it's we're " +
    "they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't " +
    "wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't " +
    "let's that's who's what's here's there's when's where's why's how's a an the and but if or because as until while of " +
    "at by for with about against between into through during before after above below to from up down in out on off over " +
    "under again further then once here there when where why how all any both each few more most other some such no nor " +
    "not only own same so than too very").split(" "));
  var WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;

  var root = document.body.getAttribute("data-root") || "";
  var indexBase = root + "search/index/";
  var fromDisk = window.location.protocol === "file:";

  // ---- Loading: fetch() over HTTP, script tags from disk. -------------------------------

  var loaded = {};
  // From disk, scripts hand over the JSON: each term and summary script holds FILES_PER_SCRIPT files.
  var received = {};
  var scripts = {};
  window.LearningHubSearch = {
    receive: function (name, data) { received[name] = data; }
  };

  function load(name) {
    if (!loaded[name]) {
      loaded[name] = fromDisk ? loadScript(name) : fetch(indexBase + name + ".json").then(function (response) {
        if (!response.ok) throw new Error(name + ": " + response.status);
        return response.json();
      });
      loaded[name].catch(function () { delete loaded[name]; });
    }
    return loaded[name];
  }

  /** The script that holds `name`: `terms/12` is in `scripts/terms-0`, `meta` in `meta`. */
  function scriptOf(name) {
    var batched = /^(docs|terms)\/(\d+)$/.exec(name);
    return batched ? "scripts/" + batched[1] + "-" + Math.floor(Number(batched[2]) / FILES_PER_SCRIPT) : name;
  }

  function loadScript(name) {
    var file = scriptOf(name);
    if (!scripts[file]) {
      scripts[file] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = indexBase + file + ".js";
        script.onload = resolve;
        script.onerror = function () { delete scripts[file]; reject(new Error(file)); };
        document.head.appendChild(script);
      });
    }
    return scripts[file].then(function () {
      if (!(name in received)) throw new Error(name + ": not in " + file);
      return received[name];
    });
  }

  /**
   * Document `number`'s text. The texts of a group of results are one file, a gzip member each,
   * and the group's summaries say where each lies, so one range request fetches just that text.
   */
  function loadText(number) {
    var key = "text/" + number;
    if (!loaded[key]) {
      var group = Math.floor(number / SUMMARIES_PER_FILE);
      loaded[key] = load("docs/" + group).then(function (summaries) {
        var place = summaries[number % SUMMARIES_PER_FILE].text;
        if (!place) throw new Error(key + ": withdrawn");
        var range = "bytes=" + place[0] + "-" + (place[0] + place[1] - 1);
        return fetch(indexBase + "text/" + group + ".txt.gz", { headers: { Range: range } }).then(function (response) {
          if (!response.ok) throw new Error(key + ": " + response.status);
          return response.arrayBuffer().then(function (buffer) { return textIn(response, new Uint8Array(buffer), place, key); });
        });
      });
      loaded[key].catch(function () { delete loaded[key]; });
    }
    return loaded[key];
  }

  /** The text at `place` ([start, length]) of a group's text file, from the response to its range request. */
  function textIn(response, bytes, place, key) {
    // A server that ignores ranges sends the whole file (200); one that honours them, the range asked for.
    var from = place[0];
    if (response.status === 206) {
      var sent = /^bytes (\d+)-/.exec(response.headers.get("Content-Range") || "");
      from = sent ? place[0] - Number(sent[1]) : 0;
    }
    var member = bytes.subarray(from, from + place[1]);
    if (member[0] === 0x1f && member[1] === 0x8b) {
      var stream = new Blob([member]).stream().pipeThrough(new DecompressionStream("gzip"));
      return new Response(stream).text();
    }
    // Some servers send .gz files with Content-Encoding: gzip; the browser has then decompressed the range already.
    if (response.status === 206 && from === 0) return new TextDecoder().decode(bytes);
    throw new Error(key + ": not found in its file");
  }

  // ---- Terms: the same folding, stop words and stemmer as the generator. ----------------

  function fold(word) {
    return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\u2019/g, "'");
  }

  function termOf(word) {
    var folded = fold(word);
    if (STOP.has(folded)) return null;
    folded = folded.replace(/^'+|'+$/g, "");
    var term = window.LearningHubStemmer ? window.LearningHubStemmer.stem(folded) : folded;
    return term || null;
  }

  /** Splits a query into words, quoted phrases, and whether the last word is still being typed. */
  function parseQuery(text, typing) {
    var phrases = [];
    var rest = text.replace(/"([^"]*)"?/g, function (match, inner) {
      var terms = [];
      (inner.match(WORD) || []).forEach(function (word) { var t = termOf(word); if (t) terms.push(t); });
      if (terms.length > 1) phrases.push(terms);
      return " " + inner + " ";
    });
    var words = rest.match(WORD) || [];
    var terms = [];
    var endsInWord = typing && /[\p{L}\p{N}\p{M}]$/u.test(text) && (text.split('"').length % 2 === 1);
    words.forEach(function (word, index) {
      var term = termOf(word);
      var prefix = endsInWord && index === words.length - 1 ? fold(word) : null;
      if (prefix && prefix.length < 2) prefix = null;
      if (term || prefix) terms.push({ term: term, prefix: prefix, word: word });
    });
    return { terms: terms, phrases: phrases };
  }

  function shardFor(meta, term) {
    var low = 0, high = meta.shards.length - 1, found = 0;
    while (low <= high) {
      var mid = (low + high) >> 1;
      if (meta.shards[mid] <= term) { found = mid; low = mid + 1; } else { high = mid - 1; }
    }
    return found;
  }

  function decodePostings(text) {
    var documents = [], weights = [];
    var value = 0, shift = 0, previous = -1, expectGap = true;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      value |= (digit & 31) << shift;
      if (digit >= 32) { shift += 5; continue; }
      if (expectGap) { previous += value + 1; documents.push(previous); } else { weights.push(value); }
      expectGap = !expectGap; value = 0; shift = 0;
    }
    return { documents: documents, weights: weights };
  }

  /** Postings of one query term: the exact stem, and while typing, the words it begins. */
  function postingsFor(meta, query) {
    var shardNumbers = [];
    if (query.term) shardNumbers.push(shardFor(meta, query.term));
    if (query.prefix) {
      var first = shardFor(meta, query.prefix);
      shardNumbers.push(first);
      if (first + 1 < meta.shards.length && meta.shards[first + 1].lastIndexOf(query.prefix, 0) === 0) shardNumbers.push(first + 1);
    }
    var unique = shardNumbers.filter(function (n, i) { return shardNumbers.indexOf(n) === i; });
    return Promise.all(unique.map(function (n) { return load("terms/" + n); })).then(function (shards) {
      var lists = [];
      var seen = {};
      shards.forEach(function (shard) {
        if (query.term && shard[query.term] && !seen[query.term]) {
          seen[query.term] = true;
          lists.push({ term: query.term, postings: shard[query.term] });
        }
      });
      if (query.prefix) {
        var expansions = [];
        shards.forEach(function (shard) {
          Object.keys(shard).forEach(function (term) {
            if (!seen[term] && term.lastIndexOf(query.prefix, 0) === 0) { seen[term] = true; expansions.push({ term: term, postings: shard[term] }); }
          });
        });
        expansions.sort(function (a, b) { return b.postings.length - a.postings.length; });
        lists = lists.concat(expansions.slice(0, MAX_EXPANSIONS));
      }
      // One score per document: the best of the term's forms.
      var scores = new Map();
      lists.forEach(function (list) {
        var decoded = decodePostings(list.postings);
        var df = decoded.documents.length;
        var idf = Math.log(1 + (meta.documents - df + 0.5) / (df + 0.5));
        for (var i = 0; i < df; i++) {
          var score = idf * decoded.weights[i] / meta.weightScale * (meta.k1 + 1);
          var before = scores.get(decoded.documents[i]);
          if (before === undefined || score > before) scores.set(decoded.documents[i], score);
        }
      });
      return { query: query, terms: lists.map(function (l) { return l.term; }), scores: scores };
    });
  }

  // ---- Facets ---------------------------------------------------------------------------

  function facetValue(meta, facets, facet, number) {
    if (facet === "theme") return null;
    var code = DIGIT[facets[facet].charCodeAt(number)];
    return code ? meta.facetById[facet].values[code - 1].id : null;
  }

  function themeSet(meta, facets, number) {
    var ids = [];
    var chars = meta.themeChars;
    for (var c = 0; c < chars; c++) {
      var bits = DIGIT[facets.theme.charCodeAt(number * chars + c)];
      for (var b = 0; b < 6; b++) {
        if (bits & (1 << b)) {
          var value = meta.facetById.theme.values[c * 6 + b];
          if (value) ids.push(value.id);
        }
      }
    }
    return ids;
  }

  function valuesOf(meta, facets, facet, number) {
    if (facet === "theme") return themeSet(meta, facets, number);
    var value = facetValue(meta, facets, facet, number);
    return value ? [value] : [];
  }

  function passes(meta, facets, filters, number, except) {
    for (var f = 0; f < FACETS.length; f++) {
      var facet = FACETS[f];
      if (facet === except || !filters[facet] || filters[facet].length === 0) continue;
      var values = valuesOf(meta, facets, facet, number);
      if (!filters[facet].some(function (v) { return values.indexOf(v) >= 0; })) return false;
    }
    return true;
  }

  // ---- State in the URL -----------------------------------------------------------------

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var filters = {};
    FACETS.forEach(function (facet) { filters[facet] = params.getAll(facet).filter(Boolean); });
    return { q: params.get("q") || "", filters: filters };
  }

  function stateURL(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    FACETS.forEach(function (facet) { state.filters[facet].forEach(function (v) { params.append(facet, v); }); });
    var text = params.toString();
    return window.location.pathname + (text ? "?" + text : "");
  }

  // ---- Running a search -----------------------------------------------------------------

  var generation = 0;
  var current = null;

  function run(state, typing) {
    var mine = ++generation;
    var parsed = parseQuery(state.q, typing);
    var started = performance.now();
    return Promise.all([load("meta"), load("facets")]).then(function (base) {
      var meta = base[0], facets = base[1];
      if (!meta.facetById) {
        meta.facetById = {};
        meta.facets.forEach(function (facet) { meta.facetById[facet.id] = facet; });
      }
      return Promise.all(parsed.terms.map(function (t) { return postingsFor(meta, t); })).then(function (perTerm) {
        if (mine !== generation) return;
        var arrived = performance.now();
        var ranked = rank(meta, perTerm, parsed);
        var hasQuery = parsed.terms.length > 0 || parsed.phrases.length > 0;
        var anyFilter = FACETS.some(function (f) { return state.filters[f].length > 0; });
        var matches = hasQuery ? ranked.documents : (anyFilter ? allDocuments(meta) : []);
        current = {
          state: state, meta: meta, facets: facets, parsed: parsed, matchedTerms: ranked.terms, loose: ranked.loose,
          matches: matches, hasQuery: hasQuery, anyFilter: anyFilter, started: started, arrived: arrived
        };
        return verifyPhrases(current, mine).then(function () {
          if (mine !== generation) return;
          current.results = current.matches.filter(function (n) { return passes(meta, facets, state.filters, n, null); });
          renderFacets(current);
          var rendered = renderResults(current, 0);
          // How long ranking, filtering and drawing took once the index data had arrived (for benchmarks).
          document.body.setAttribute("data-search-compute-ms", String(Math.round(performance.now() - current.arrived)));
          return rendered;
        });
      });
    }).catch(function () {
      if (mine !== generation) return;
      statusLine.textContent = "Search could not load its index. You can still browse the learning by theme.";
    });
  }

  function allDocuments(meta) {
    var all = [];
    for (var i = 0; i < meta.documents; i++) all.push(i);
    return all;
  }

  /** BM25 ranking: every word must match; if none has all of them, any word will do. */
  function rank(meta, perTerm, parsed) {
    var terms = [];
    perTerm.forEach(function (entry) { terms = terms.concat(entry.terms); });
    if (perTerm.length === 0) return { documents: [], terms: terms, loose: false };
    function combine(requireAll) {
      var total = new Map();
      var counts = new Map();
      perTerm.forEach(function (entry) {
        entry.scores.forEach(function (score, doc) {
          total.set(doc, (total.get(doc) || 0) + score);
          counts.set(doc, (counts.get(doc) || 0) + 1);
        });
      });
      var docs = [];
      total.forEach(function (score, doc) { if (!requireAll || counts.get(doc) === perTerm.length) docs.push(doc); });
      docs.sort(function (a, b) { return total.get(b) - total.get(a) || a - b; });
      return docs;
    }
    var strict = combine(true);
    if (strict.length > 0 || perTerm.length === 1 || parsed.phrases.length > 0) return { documents: strict, terms: terms, loose: false };
    return { documents: combine(false), terms: terms, loose: true };
  }

  /** Quoted phrases are checked against the documents' text, best candidates first. */
  function verifyPhrases(state, mine) {
    if (state.parsed.phrases.length === 0) return Promise.resolve();
    var candidates = state.matches.slice(0, MAX_PHRASE_CHECKS);
    state.phraseLimited = state.matches.length > MAX_PHRASE_CHECKS;
    if (fromDisk) return Promise.resolve();
    return Promise.all(candidates.map(function (n) {
      return loadText(n).then(function (text) { return containsPhrases(text, state.parsed.phrases) ? n : -1; },
        function () { return -1; });
    })).then(function (kept) {
      if (mine !== generation) return;
      state.matches = kept.filter(function (n) { return n >= 0; });
    });
  }

  function termsOfText(text) {
    var out = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      out.push({ term: termOf(match[0]), index: match.index, length: match[0].length });
    }
    return out;
  }

  function containsPhrases(text, phrases) {
    var stems = termsOfText(text).filter(function (t) { return t.term; }).map(function (t) { return t.term; });
    return phrases.every(function (phrase) {
      outer: for (var i = 0; i + phrase.length <= stems.length; i++) {
        for (var j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer;
        return true;
      }
      return false;
    });
  }

  // ---- Rendering ------------------------------------------------------------------------

  var LABELS = { review: "Review", brief: "Learning brief", briefing: "Seven-minute briefing", page: "Page" };

  function renderResults(state, from) {
    if (from === 0) resultsList.textContent = "";
    var page = state.results.slice(from, from + PAGE);
    var shown = from + page.length;
    announce(state);
    moreButton.hidden = shown >= state.results.length;
    moreButton.onclick = function () { renderResults(state, shown).then(function () { focusResult(shown); }); };
    var items = page.map(function (number) {
      var item = document.createElement("li");
      item.className = "document-item";
      resultsList.appendChild(item);
      return load("docs/" + Math.floor(number / SUMMARIES_PER_FILE)).then(function (group) {
        var doc = group[number % SUMMARIES_PER_FILE];
        if (state !== current) return;
        fillResult(item, doc, number, state);
      });
    });
    return Promise.all(items).then(function () {
      if (state === current && from === 0) {
        document.body.setAttribute("data-search-ms", String(Math.round(performance.now() - state.started)));
      }
    });
  }

  function focusResult(index) {
    var link = resultsList.querySelectorAll("li a")[index];
    if (link) link.focus();
  }

  function fillResult(item, doc, number, state) {
    item.className = "document-item document-item--" + doc.type;
    var meta = document.createElement("p");
    meta.className = "document-item__type";
    meta.textContent = (LABELS[doc.type] || doc.type) + (doc.published ? " \u00b7 " + longDate(doc.published) : "");
    var heading = document.createElement("h2");
    heading.className = "document-item__title";
    var link = document.createElement("a");
    link.href = root + doc.url + (fromDisk ? "index.html" : "");
    highlightInto(link, doc.title, state);
    heading.appendChild(link);
    var excerpt = document.createElement("p");
    excerpt.className = "document-item__summary";
    highlightInto(excerpt, doc.summary, state);
    item.appendChild(meta);
    item.appendChild(heading);
    item.appendChild(excerpt);
    if (state.hasQuery && doc.text && !fromDisk) {
      loadText(number).then(function (text) {
        var window = bestWindow(text, state);
        if (window && state === current) {
          excerpt.textContent = "";
          highlightInto(excerpt, window, state);
        }
      }, function () {});
    }
  }

  function isMatch(term, state) {
    if (!term) return false;
    if (state.matchedTerms.indexOf(term) >= 0) return true;
    return state.parsed.phrases.some(function (p) { return p.indexOf(term) >= 0; });
  }

  /** Writes `text` into `element`, wrapping the words that match the query in <mark>. */
  function highlightInto(element, text, state) {
    var last = 0;
    termsOfText(text).forEach(function (token) {
      if (!isMatch(token.term, state)) return;
      element.appendChild(document.createTextNode(text.slice(last, token.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(token.index, token.index + token.length);
      element.appendChild(mark);
      last = token.index + token.length;
    });
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  /** About thirty words of `text` around the densest cluster of matching words. */
  function bestWindow(text, state) {
    // The text file starts with the title, which the result shows already.
    var bodyStart = text.indexOf("\n\n");
    if (bodyStart > 0) text = text.slice(bodyStart + 2);
    var tokens = termsOfText(text);
    var hits = [];
    tokens.forEach(function (t, i) { if (isMatch(t.term, state)) hits.push(i); });
    if (hits.length === 0) return null;
    var best = hits[0], bestCount = 0;
    for (var h = 0; h < hits.length; h++) {
      var seen = {};
      var count = 0;
      for (var k = h; k < hits.length && hits[k] - hits[h] < 25; k++) {
        var term = tokens[hits[k]].term;
        count += seen[term] ? 0.25 : 1;
        seen[term] = true;
      }
      if (count > bestCount) { bestCount = count; best = hits[h]; }
    }
    var start = Math.max(0, best - 10);
    var end = Math.min(tokens.length - 1, best + 22);
    var from = tokens[start].index, to = tokens[end].index + tokens[end].length;
    // A block that ends without a stop (a heading, a list item) is closed with one, so that it does not
    // run into the next sentence ("Why it matters. Neglect in adolescence ...").
    var excerpt = text.slice(from, to).replace(/([^\s.!?:;\u2026])[ \t]*\n[ \t]*\n\s*/g, "$1. ").replace(/\s+/g, " ");
    return (start > 0 ? "\u2026 " : "") + excerpt + (end < tokens.length - 1 ? " \u2026" : "");
  }

  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  function longDate(iso) {
    var parts = iso.split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function announce(state) {
    var count = state.results.length;
    var words = [];
    if (state.hasQuery) words.push("for \u201c" + state.state.q.trim() + "\u201d");
    var filters = [];
    FACETS.forEach(function (facet) {
      var chosen = state.state.filters[facet];
      if (!chosen.length) return;
      var labels = chosen.map(function (id) {
        var value = state.meta.facetById[facet].values.filter(function (v) { return v.id === id; })[0];
        return value ? value.label : id;
      });
      filters.push(state.meta.facetById[facet].label + ": " + labels.join(" or "));
    });
    if (filters.length) words.push("filtered by " + filters.join("; "));
    if (!state.hasQuery && !state.anyFilter) {
      statusLine.textContent = "Type a word or phrase, or choose a filter, to find learning.";
      return;
    }
    var text = (count === 1 ? "1 result " : count + " results ") + words.join(", ");
    if (state.loose) text += ". No document has every word; these have some of them";
    if (state.phraseLimited) text += ". Phrases were checked in the best " + MAX_PHRASE_CHECKS + " matches";
    if (fromDisk && state.parsed.phrases.length) text += ". Opened from disk, phrases are matched as separate words";
    statusLine.textContent = text + ".";
  }

  function renderFacets(state) {
    var meta = state.meta, facets = state.facets, filters = state.state.filters;
    var base = state.hasQuery ? state.matches : allDocuments(meta);
    var focusedId = document.activeElement && document.activeElement.id;
    facetsBox.textContent = "";
    FACETS.forEach(function (facet) {
      var definition = meta.facetById[facet];
      var counts = {};
      base.forEach(function (number) {
        if (!passes(meta, facets, filters, number, facet)) return;
        valuesOf(meta, facets, facet, number).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      var values = definition.values.filter(function (v) { return counts[v.id] || filters[facet].indexOf(v.id) >= 0; });
      if (values.length === 0) return;
      var fieldset = document.createElement("fieldset");
      fieldset.className = "facet";
      var legend = document.createElement("legend");
      legend.textContent = definition.label;
      fieldset.appendChild(legend);
      var list = document.createElement("ul");
      values.forEach(function (value) {
        var id = "facet-" + facet + "-" + value.id;
        var item = document.createElement("li");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = id;
        box.name = facet;
        box.value = value.id;
        box.checked = filters[facet].indexOf(value.id) >= 0;
        box.addEventListener("change", onFacetChange);
        var label = document.createElement("label");
        label.htmlFor = id;
        label.appendChild(document.createTextNode(value.label + " "));
        var count = document.createElement("span");
        count.className = "count";
        count.textContent = "(" + (counts[value.id] || 0) + ")";
        label.appendChild(count);
        item.appendChild(box);
        item.appendChild(label);
        list.appendChild(item);
      });
      fieldset.appendChild(list);
      facetsBox.appendChild(fieldset);
    });
    if (focusedId) {
      var again = document.getElementById(focusedId);
      if (again && again !== document.activeElement) again.focus();
    }
  }

  // ---- Events ---------------------------------------------------------------------------

  function formState() {
    var filters = {};
    FACETS.forEach(function (facet) {
      filters[facet] = Array.prototype.map.call(
        facetsBox.querySelectorAll("input[name='" + facet + "']:checked"), function (box) { return box.value; });
    });
    return { q: input.value, filters: filters };
  }

  function onFacetChange() {
    var state = formState();
    window.history.pushState(null, "", stateURL(state));
    run(state, false);
  }

  var typingTimer = null;
  input.addEventListener("input", function () {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () {
      var state = formState();
      window.history.replaceState(null, "", stateURL(state));
      run(state, true);
    }, 120);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(typingTimer);
    var state = formState();
    window.history.pushState(null, "", stateURL(state));
    run(state, false);
  });

  window.addEventListener("popstate", function () {
    var state = readState();
    input.value = state.q;
    run(state, false);
  });

  document.body.classList.add("search-enhanced");
  var initial = readState();
  // On a phone the filters start folded away, so the results come first; open when filters are in use.
  var filtersPanel = document.getElementById("search-filters");
  if (filtersPanel) {
    filtersPanel.hidden = false;
    var narrow = window.matchMedia && window.matchMedia("(max-width: 56em)").matches;
    var filtering = FACETS.some(function (facet) { return initial.filters[facet].length > 0; });
    filtersPanel.open = !narrow || filtering;
  }
  input.value = initial.q;
  run(initial, false);
})();
