// The search client: ranked (BM25), faceted search over the sharded JSON index in
// search/index/, written by the generator. No framework, no build step, no inline script.
//
// A query downloads the index's small metadata, the facet codes, the vocabulary (synonyms and
// spellings), the shards that hold its terms, and what the first results show; never the whole
// index. A word the index does not have is corrected from words.json, fetched only then. Opened
// from disk (file://), where browsers block fetch(), the same data arrives through scripts, loaded by
// script tags: meta.js, facets.js, vocabulary.js, words.js, and scripts/ with sixteen term or
// summary files each. Needs stemmer.js, words.js and query.js.
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var resultsList = document.getElementById("search-results");
  var statusLine = document.getElementById("search-status");
  var correctionLine = document.getElementById("search-correction");
  var expansionLine = document.getElementById("search-expansion");
  var helpBox = document.getElementById("search-help");
  var facetsBox = document.getElementById("search-facets");
  var moreButton = document.getElementById("search-more");
  if (!form || !input || !resultsList || !statusLine || !facetsBox || !moreButton || !correctionLine ||
      !expansionLine || !helpBox || !window.LearningHubWords || !window.LearningHubQuery) return;
  var Words = window.LearningHubWords;
  var Query = window.LearningHubQuery;

  var PAGE = 10;
  var SUMMARIES_PER_FILE = 8;
  var FILES_PER_SCRIPT = 16;
  var MAX_EXPANSIONS = 30;
  var MAX_PHRASE_CHECKS = 200;
  /** A word in at most this many documents is corrected when a word one edit away is in ten times as many. */
  var RARE = 2;
  var FACETS = ["type", "theme", "review_type", "committee", "year"];
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;
  var has = Object.prototype.hasOwnProperty;

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

  /** The vocabulary, read once; null when it cannot be loaded (search then works without it). */
  var vocabulary = null;
  function loadVocabulary() {
    return load("vocabulary").then(function (json) {
      if (!vocabulary) vocabulary = new Query.Vocabulary(json);
      return vocabulary;
    }, function () { return null; });
  }

  var dictionary = null;
  function loadDictionary() {
    return load("words").then(function (json) {
      if (!dictionary) dictionary = new Words.Dictionary(json);
      return dictionary;
    });
  }

  // ---- Postings ----------------------------------------------------------------------------

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

  /** How many documents an encoded postings list has, without decoding it. */
  function countPostings(text) {
    var count = 0;
    for (var i = 0; i < text.length; i++) if (DIGIT[text.charCodeAt(i)] < 32) count++;
    return count / 2;
  }

  var scoreCache = new Map();
  /** The BM25 score of each document that has `term` (a Map), or null when the index has no such term. */
  function termScores(meta, term) {
    if (!scoreCache.has(term)) {
      var scored = load("terms/" + shardFor(meta, term)).then(function (shard) {
        return has.call(shard, term) ? bm25(meta, decodePostings(shard[term])) : null;
      });
      scoreCache.set(term, scored);
      scored.catch(function () { scoreCache.delete(term); });
    }
    return scoreCache.get(term);
  }

  function bm25(meta, decoded) {
    var scores = new Map();
    var df = decoded.documents.length;
    var idf = Math.log(1 + (meta.documents - df + 0.5) / (df + 0.5));
    for (var i = 0; i < df; i++) scores.set(decoded.documents[i], idf * decoded.weights[i] / meta.weightScale * (meta.k1 + 1));
    return scores;
  }

  /** The terms that begin with `prefix` (most common first, at most MAX_EXPANSIONS), each with its scores. */
  function prefixScores(meta, prefix, exclude) {
    var numbers = [shardFor(meta, prefix)];
    if (numbers[0] + 1 < meta.shards.length && meta.shards[numbers[0] + 1].lastIndexOf(prefix, 0) === 0) numbers.push(numbers[0] + 1);
    return Promise.all(numbers.map(function (n) { return load("terms/" + n); })).then(function (shards) {
      var found = [];
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (term.lastIndexOf(prefix, 0) === 0 && term.indexOf(" ") < 0 && exclude.indexOf(term) < 0) found.push({ term: term, postings: shard[term] });
        });
      });
      found.sort(function (a, b) { return b.postings.length - a.postings.length; });
      return found.slice(0, MAX_EXPANSIONS).map(function (f) { return { term: f.term, scores: bm25(meta, decodePostings(f.postings)) }; });
    });
  }

  // ---- Clauses: each document's best score over a clause's alternatives. --------------------

  /** The documents that have every one of `lists` (Maps), scored by the sum. */
  function together(lists) {
    if (lists.length === 1) return lists[0];
    var smallest = lists.reduce(function (a, b) { return a.size <= b.size ? a : b; });
    var out = new Map();
    smallest.forEach(function (score, doc) {
      var total = 0;
      for (var i = 0; i < lists.length; i++) {
        var s = lists[i].get(doc);
        if (s === undefined) return;
        total += s;
      }
      out.set(doc, total);
    });
    return out;
  }

  function keep(scores, from, weight) {
    from.forEach(function (score, doc) {
      var weighed = score * weight;
      var before = scores.get(doc);
      if (before === undefined || weighed > before) scores.set(doc, weighed);
    });
  }

  /**
   * A clause evaluated: `scores` (document -> score), the terms that matched (`terms`), the expansions
   * that found documents (`expanded`), and how many documents have the typed word itself (`typedCount`).
   */
  function evaluateClause(meta, clause) {
    var work = clause.alternatives.map(function (alternative) {
      return Promise.all(alternative.terms.map(function (t) { return termScores(meta, t); })).then(function (lists) {
        return lists.indexOf(null) >= 0 ? null : { alternative: alternative, scores: together(lists) };
      });
    });
    var typedTerms = clause.alternatives.filter(function (a) { return a.kind !== "expansion"; })
      .reduce(function (all, a) { return all.concat(a.terms); }, []);
    var prefixWork = clause.prefix ? prefixScores(meta, clause.prefix, typedTerms) : Promise.resolve([]);
    return Promise.all([Promise.all(work), prefixWork]).then(function (done) {
      var result = { clause: clause, scores: new Map(), terms: [], expanded: [], typedCount: 0 };
      done[0].forEach(function (found) {
        if (!found || found.scores.size === 0) return;
        keep(result.scores, found.scores, found.alternative.weight);
        result.terms = result.terms.concat(found.alternative.terms);
        if (found.alternative.kind === "expansion") result.expanded.push(found.alternative.label);
        else if (found.alternative.kind === "typed") result.typedCount = found.scores.size;
      });
      done[1].forEach(function (expansion) {
        keep(result.scores, expansion.scores, 1);
        result.terms.push(expansion.term);
      });
      return result;
    });
  }

  function evaluate(meta, parsed) {
    return Promise.all(parsed.clauses.map(function (clause) { return evaluateClause(meta, clause); }));
  }

  // ---- Corrections -------------------------------------------------------------------------

  /**
   * The query with its misspelt words corrected, or null when there is nothing to correct. A word is
   * corrected when no document has it (from words.json: a split into two words, or the closest common
   * term), or when it is rare and a word one edit away, in the same shard, is far more common. Also
   * returns every correction it considered (`tried`), for a page with no results.
   */
  function correct(meta, parsed, evaluated) {
    var dead = evaluated.filter(function (e) { return e.scores.size === 0 && e.clause.correctable; });
    var rare = evaluated.filter(function (e) { return e.clause.correctable && e.typedCount > 0 && e.typedCount <= RARE; });
    if (dead.length === 0 && rare.length === 0) return Promise.resolve(null);
    var dictionaryWork = dead.length ? loadDictionary().catch(function () { return null; }) : Promise.resolve(null);
    var nearbyWork = Promise.all(dead.map(function (e) { return nearbyTerms(meta, parsed.words[e.clause.from].word); }));
    var rareWork = Promise.all(rare.map(function (e) { return commonNeighbour(meta, parsed.words[e.clause.from].word, e.typedCount); }));
    return Promise.all([dictionaryWork, rareWork, nearbyWork]).then(function (found) {
      var replacements = [];
      var tried = [];
      dead.forEach(function (e, i) {
        var word = parsed.words[e.clause.from];
        var choice = found[0] ? bestCorrection(found[0], word.word, tried, found[2][i]) : null;
        if (choice) replacements.push({ index: word.index, end: word.end, text: choice });
      });
      rare.forEach(function (e, i) {
        var word = parsed.words[e.clause.from];
        var term = found[1][i];
        if (term) replacements.push({ index: word.index, end: word.end, text: Words.displayWord(word.word, term, vocabulary && vocabulary.formOf(term)) });
      });
      if (replacements.length === 0) return tried.length ? { text: null, tried: tried } : null;
      replacements.sort(function (a, b) { return b.index - a.index; });
      var text = parsed.text;
      replacements.forEach(function (r) { text = text.slice(0, r.index) + r.text + text.slice(r.end); });
      return { text: Words.fold(text) === Words.fold(parsed.text) ? null : text, tried: tried };
    });
  }

  /** The correction of a word no document has: one edit away, else a split, else two edits away. */
  function bestCorrection(dict, word, tried, nearby) {
    var corrections = dict.corrections(word, 3, nearby);
    var split = dict.split(word);
    var shown = corrections.map(function (c) {
      var known = vocabulary && vocabulary.formOf(c.term);
      return known || c.word || Words.displayWord(word, c.term);
    });
    if (split) shown.splice(corrections.length && corrections[0].edits === 1 ? 1 : 0, 0, split.words.join(" "));
    shown.forEach(function (text) { tried.push({ word: word, text: text }); });
    return shown.length ? shown[0] : null;
  }

  /** The terms of the shard a word's term would be in (it is loaded already), each with its bucket as words.json has it. */
  function nearbyTerms(meta, word) {
    var term = Words.termOf(word);
    if (!term) return Promise.resolve(null);
    return load("terms/" + shardFor(meta, term)).then(function (shard) {
      var nearby = new Map();
      Object.keys(shard).forEach(function (other) {
        if (/^[a-z]+$/.test(other) && Math.abs(other.length - term.length) <= 2) {
          nearby.set(other, Math.floor(4 * Math.log2(countPostings(shard[other]))));
        }
      });
      return nearby;
    }, function () { return null; });
  }

  /** The commonest term one edit away from a rare word, in the shard the word's own term is in, if ten times as common. */
  function commonNeighbour(meta, word, count) {
    var term = Words.termOf(word);
    if (!term || Words.allowedEdits(word) === 0 || term.length < 5) return Promise.resolve(null);
    return load("terms/" + shardFor(meta, term)).then(function (shard) {
      var best = null, bestCount = Math.max(3, count * 10) - 1;
      Object.keys(shard).forEach(function (other) {
        if (Math.abs(other.length - term.length) > 1 || other === term || !/^[a-z]+$/.test(other)) return;
        if (Words.distance(term, other, 1) !== 1) return;
        var n = countPostings(shard[other]);
        if (n > bestCount) { best = other; bestCount = n; }
      });
      return best;
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
    return { q: params.get("q") || "", filters: filters, exact: params.get("nocorrect") === "1", all: params.get("all") === "1" };
  }

  function stateURL(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.q && state.exact) params.set("nocorrect", "1");
    if (!state.q.trim() && state.all) params.set("all", "1");
    FACETS.forEach(function (facet) { state.filters[facet].forEach(function (v) { params.append(facet, v); }); });
    var text = params.toString();
    return window.location.pathname + (text ? "?" + text : "");
  }

  function noFilters() {
    var filters = {};
    FACETS.forEach(function (facet) { filters[facet] = []; });
    return filters;
  }

  // ---- Running a search -----------------------------------------------------------------

  var generation = 0;
  var current = null;

  function run(state, typing) {
    var mine = ++generation;
    var started = performance.now();
    return Promise.all([load("meta"), load("facets"), loadVocabulary()]).then(function (base) {
      var meta = base[0], facets = base[1];
      if (!meta.facetById) {
        meta.facetById = {};
        meta.facets.forEach(function (facet) { meta.facetById[facet.id] = facet; });
      }
      var parsed = Query.parse(state.q, typing, base[2]);
      return evaluate(meta, parsed).then(function (evaluated) {
        if (mine !== generation) return null;
        var corrected = state.exact ? correct(meta, parsed, evaluated).then(function (c) { return c && { text: null, tried: c.tried }; })
          : correct(meta, parsed, evaluated);
        return corrected.then(function (correction) {
          if (!correction || !correction.text) return { parsed: parsed, evaluated: evaluated, correction: correction };
          var again = Query.parse(correction.text, typing, base[2]);
          return evaluate(meta, again).then(function (evaluatedAgain) {
            return { parsed: again, evaluated: evaluatedAgain, correction: correction, original: parsed };
          });
        });
      }).then(function (outcome) {
        if (!outcome || mine !== generation) return;
        show(state, typing, meta, facets, outcome, started, mine);
      });
    }).catch(function () {
      if (mine !== generation) return;
      statusLine.textContent = "Search could not load its index. You can still browse the learning by theme.";
    });
  }

  function show(state, typing, meta, facets, outcome, started, mine) {
    var arrived = performance.now();
    var parsed = outcome.parsed;
    var ranked = rank(outcome.evaluated, parsed);
    var hasQuery = parsed.clauses.length > 0 || parsed.phrases.length > 0;
    var anyFilter = FACETS.some(function (f) { return state.filters[f].length > 0; });
    var matches = hasQuery ? ranked.documents : (anyFilter || state.all ? allDocuments(meta) : []);
    var correction = outcome.correction && outcome.correction.text ? outcome.correction.text : null;
    var shown = correction ? { q: correction, filters: state.filters, exact: false, all: false } : state;
    if (correction) {
      window.history.replaceState(null, "", stateURL(shown));
      if (!typing) input.value = correction;
    }
    var matchedTerms = [];
    var expanded = [];
    outcome.evaluated.forEach(function (e) {
      matchedTerms = matchedTerms.concat(e.terms);
      expanded = expanded.concat(e.expanded);
    });
    current = {
      state: shown, asked: state, meta: meta, facets: facets, parsed: parsed, matchedTerms: highlightable(matchedTerms),
      loose: ranked.loose, matches: matches, hasQuery: hasQuery, anyFilter: anyFilter, started: started, arrived: arrived,
      correction: correction, tried: outcome.correction ? outcome.correction.tried : [], expanded: unique(expanded)
    };
    var showing = current;
    return verifyPhrases(showing, mine).then(function () {
      if (mine !== generation) return;
      showing.results = showing.matches.filter(function (n) { return passes(meta, facets, state.filters, n, null); });
      return hasQuery ? titleFirst(showing) : null;
    }).then(function () {
      if (mine !== generation) return;
      renderFacets(showing);
      var rendered = renderResults(showing, 0);
      // How long ranking, filtering and drawing took once the index data had arrived (for benchmarks).
      document.body.setAttribute("data-search-compute-ms", String(Math.round(performance.now() - showing.arrived)));
      return rendered;
    });
  }

  /** Words as titles are compared: folded, anything but letters and digits one space. */
  function plainWords(text) {
    return Words.fold(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  /**
   * A document whose whole title is the query comes first: the index cannot tell "Child A" from
   * "Child", whose "A" is a stop word. Only the first page's summaries are looked at, which it shows anyway.
   */
  function titleFirst(state) {
    var wanted = plainWords(state.state.q);
    if (!wanted) return null;
    var page = state.results.slice(0, PAGE);
    return Promise.all(page.map(function (number) {
      return load("docs/" + Math.floor(number / SUMMARIES_PER_FILE)).then(function (group) {
        return plainWords(group[number % SUMMARIES_PER_FILE].title) === wanted;
      }, function () { return false; });
    })).then(function (exact) {
      var first = page.filter(function (n, i) { return exact[i]; });
      if (first.length === 0 || exact[0]) return;
      state.results = first.concat(state.results.filter(function (n) { return first.indexOf(n) < 0; }));
    });
  }

  function unique(list) {
    return list.filter(function (item, i) { return list.indexOf(item) === i; });
  }

  /** The terms to mark in excerpts: a phrase's words as well as the phrase. */
  function highlightable(terms) {
    var out = [];
    terms.forEach(function (term) { term.split(" ").forEach(function (part) { out.push(part); }); });
    return unique(out);
  }

  function allDocuments(meta) {
    var all = [];
    for (var i = 0; i < meta.documents; i++) all.push(i);
    return all;
  }

  /** BM25 ranking: every clause must match; if no document has all of them, any will do. */
  function rank(evaluated, parsed) {
    if (evaluated.length === 0) return { documents: [], loose: false };
    function combine(requireAll) {
      var total = new Map();
      var counts = new Map();
      evaluated.forEach(function (entry) {
        entry.scores.forEach(function (score, doc) {
          total.set(doc, (total.get(doc) || 0) + score);
          counts.set(doc, (counts.get(doc) || 0) + 1);
        });
      });
      var docs = [];
      total.forEach(function (score, doc) { if (!requireAll || counts.get(doc) === evaluated.length) docs.push(doc); });
      docs.sort(function (a, b) { return total.get(b) - total.get(a) || a - b; });
      return docs;
    }
    var strict = combine(true);
    if (strict.length > 0 || evaluated.length === 1 || parsed.phrases.length > 0) return { documents: strict, loose: false };
    return { documents: combine(false), loose: true };
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
    return Words.wordsOf(text).map(function (w) {
      return { term: Words.termOf(w.word), index: w.index, length: w.word.length };
    });
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

  /**
   * Excerpts are fetched for results on the screen or near it (a phone shows three or four), and for
   * the others as the reader scrolls to them: a cold query then downloads only what is read.
   */
  var pendingExcerpts = new Map();
  var excerptWatcher = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      excerptWatcher.unobserve(entry.target);
      var show = pendingExcerpts.get(entry.target);
      pendingExcerpts.delete(entry.target);
      if (show) show();
    });
  }, { rootMargin: "400px 0px" }) : null;

  function whenNearScreen(item, show) {
    if (!excerptWatcher) return show();
    pendingExcerpts.set(item, show);
    excerptWatcher.observe(item);
  }

  function renderResults(state, from) {
    if (from === 0) {
      resultsList.textContent = "";
      if (excerptWatcher) excerptWatcher.disconnect();
      pendingExcerpts.clear();
    }
    var page = state.results.slice(from, from + PAGE);
    var shown = from + page.length;
    announce(state);
    if (from === 0) renderNotes(state);
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
      whenNearScreen(item, function () {
        loadText(number).then(function (text) {
          var window = bestWindow(text, state);
          if (window && state === current) {
            excerpt.textContent = "";
            highlightInto(excerpt, window, state);
          }
        }, function () {});
      });
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

  function filterWords(state) {
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
    return filters;
  }

  function announce(state) {
    var count = state.results.length;
    var words = [];
    if (state.hasQuery) words.push("for \u201c" + state.state.q.trim() + "\u201d");
    var filters = filterWords(state);
    if (filters.length) words.push("filtered by " + filters.join("; "));
    if (!state.hasQuery && !state.anyFilter && !state.state.all) {
      statusLine.textContent = "Type a word or phrase, or choose a filter, to find learning.";
      return;
    }
    if (!state.hasQuery && !state.anyFilter) {
      statusLine.textContent = "All " + count + " documents, newest first.";
      return;
    }
    var text = (count === 1 ? "1 result " : count + " results ") + words.join(", ");
    if (state.loose) text += ". No document has every word; these have some of them";
    if (state.phraseLimited) text += ". Phrases were checked in the best " + MAX_PHRASE_CHECKS + " matches";
    if (fromDisk && state.parsed.phrases.length) text += ". Opened from disk, phrases are matched as separate words";
    statusLine.textContent = text + ".";
  }

  // ---- Notes: the correction, the expansions, and where to go when nothing matched. -------

  /** A link within the search page to `state`, run here when followed. */
  function searchLink(text, state) {
    var link = document.createElement("a");
    link.href = stateURL(state);
    link.textContent = text;
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      window.history.pushState(null, "", stateURL(state));
      input.value = state.q;
      run(state, false);
    });
    return link;
  }

  function renderNotes(state) {
    correctionLine.textContent = "";
    correctionLine.hidden = !state.correction;
    if (state.correction) {
      var asked = state.asked;
      correctionLine.appendChild(document.createTextNode("Showing results for "));
      var strong = document.createElement("strong");
      strong.appendChild(searchLink(state.correction, { q: state.correction, filters: asked.filters, exact: false, all: false }));
      correctionLine.appendChild(strong);
      correctionLine.appendChild(document.createTextNode(". Search instead for "));
      correctionLine.appendChild(searchLink(asked.q.trim(), { q: asked.q.trim(), filters: asked.filters, exact: true, all: false }));
      correctionLine.appendChild(document.createTextNode("."));
    }
    expansionLine.textContent = "";
    expansionLine.hidden = state.expanded.length === 0 || state.results.length === 0;
    if (!expansionLine.hidden) {
      expansionLine.textContent = "Also searched for: " + state.expanded.slice(0, 8).join(", ") + ".";
    }
    renderHelp(state);
  }

  /** When nothing matches: the corrections tried, the filters to drop, the themes, and every document. */
  function renderHelp(state) {
    helpBox.textContent = "";
    helpBox.hidden = !(state.results.length === 0 && (state.hasQuery || state.anyFilter));
    if (helpBox.hidden) return;
    var heading = document.createElement("h2");
    heading.textContent = "No documents match";
    helpBox.appendChild(heading);
    var asked = state.asked;
    if (state.tried.length) {
      var tried = document.createElement("p");
      tried.appendChild(document.createTextNode("Corrections tried: "));
      state.tried.slice(0, 6).forEach(function (t, i) {
        if (i > 0) tried.appendChild(document.createTextNode(", "));
        var q = asked.q.replace(t.word, t.text);
        tried.appendChild(searchLink(q, { q: q, filters: asked.filters, exact: false, all: false }));
      });
      tried.appendChild(document.createTextNode("."));
      helpBox.appendChild(tried);
    } else if (state.hasQuery) {
      var none = document.createElement("p");
      none.textContent = "No word in this hub is close enough to \u201c" + asked.q.trim() + "\u201d to correct it. Check the spelling, or try fewer or other words.";
      helpBox.appendChild(none);
    }
    if (state.anyFilter && state.hasQuery) {
      var unfiltered = document.createElement("p");
      unfiltered.appendChild(searchLink("Search every document for \u201c" + asked.q.trim() + "\u201d, without the filters",
        { q: asked.q, filters: noFilters(), exact: asked.exact, all: false }));
      helpBox.appendChild(unfiltered);
    }
    helpBox.appendChild(themeList(state.meta));
    var all = document.createElement("p");
    all.appendChild(searchLink("Browse all " + state.meta.documents + " documents, newest first", { q: "", filters: noFilters(), exact: false, all: true }));
    helpBox.appendChild(all);
  }

  function themeList(meta) {
    var box = document.createElement("div");
    var label = document.createElement("p");
    label.textContent = "Or browse the learning by theme:";
    box.appendChild(label);
    var list = document.createElement("ul");
    list.className = "theme-list";
    meta.facetById.theme.values.forEach(function (theme) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + "themes/" + encodeURIComponent(theme.id) + "/" + (fromDisk ? "index.html" : "");
      link.textContent = theme.label;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    return box;
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
    // "Search instead for" and "all documents" hold only while the box is as they left it.
    var before = current ? current.asked : { q: "", exact: false, all: false };
    return { q: input.value, filters: filters, exact: before.exact && before.q === input.value, all: !input.value.trim() && before.all };
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
