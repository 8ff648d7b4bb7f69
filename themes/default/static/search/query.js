// A query read as clauses, each satisfied by any of its alternatives: the words as typed (and, for a
// word still being typed, the words it begins), their hyphenated or joined forms, and the synonyms and
// acronyms of the search vocabulary (vocabulary.json), which rank below what the reader typed.
// Needs words.js; defines window.LearningHubQuery.
(function () {
  "use strict";

  var Words = window.LearningHubWords;
  /** How much a match counts: what was typed, a synonym, a broader or narrower term. */
  var TYPED = 1, SAME = 0.7, RELATED = 0.5;
  /** A phrase of the vocabulary typed as words counts most as the phrase; its words apart count as a related term. */
  var LOOSE_PHRASE = RELATED;
  var MAX_WORDS = 8;

  /** One word or phrase of the vocabulary: its text, its index key, and its joined form. */
  function expression(text) {
    var words = Words.wordsOf(text);
    if (words.length === 1) {
      var term = Words.termOf(words[0].word);
      return term ? { text: text, key: term, terms: [term] } : null;
    }
    var key = Words.phraseKey(text);
    if (!key) return null;
    var joined = Words.termOf(words.map(function (w) { return w.word; }).join(""));
    return { text: text, key: key, terms: [key], joined: joined };
  }

  /** The vocabulary: for each key, the entries it is in and in what role ("same" or "broader"). */
  function Vocabulary(json) {
    Words.configure(json && json.spelling);
    this.byKey = new Map();
    var self = this;
    ((json && json.synonyms) || []).forEach(function (raw) {
      var entry = {
        same: raw.same.map(expression).filter(Boolean),
        broader: (raw.broader || []).map(expression).filter(Boolean)
      };
      ["same", "broader"].forEach(function (role) {
        entry[role].forEach(function (expr) {
          self.add(expr.key, entry, role);
          if (expr.joined && expr.joined !== expr.key) self.add(expr.joined, entry, role);
        });
      });
    });
  }

  Vocabulary.prototype.add = function (key, entry, role) {
    if (!this.byKey.has(key)) this.byKey.set(key, []);
    this.byKey.get(key).push({ entry: entry, role: role });
  };

  Vocabulary.prototype.has = function (key) { return this.byKey.has(key); };

  /** How the vocabulary writes a single-word term ("CAMHS" for "camh"), or null. */
  Vocabulary.prototype.formOf = function (term) {
    var found = null;
    (this.byKey.get(term) || []).forEach(function (entry) {
      entry.entry.same.concat(entry.entry.broader).forEach(function (expr) {
        if (!found && expr.key === term && expr.terms.length === 1 && expr.text.indexOf(" ") < 0) found = expr.text;
      });
    });
    return found;
  };

  /**
   * What a key expands to: the other expressions of its entries (synonyms), their broader terms, and,
   * for a broader term, the entries under it; each { expr, weight }, at most once. An expression that
   * is the typed key in another form ("co-sleeping" for "cosleeping") counts as typed.
   */
  Vocabulary.prototype.expansions = function (key) {
    var out = [];
    var seen = new Set([key]);
    function add(expr, weight) {
      if (seen.has(expr.key)) return;
      seen.add(expr.key);
      out.push({ expr: expr, weight: expr.joined === key ? TYPED : weight });
    }
    (this.byKey.get(key) || []).forEach(function (found) {
      if (found.role === "same") {
        found.entry.same.forEach(function (expr) { add(expr, SAME); });
        found.entry.broader.forEach(function (expr) { add(expr, RELATED); });
      } else {
        found.entry.same.forEach(function (expr) { add(expr, RELATED); });
      }
    });
    return out.sort(function (a, b) { return b.weight - a.weight; });
  };

  /** Whether the text between two words is one hyphen, so that they make one hyphenated word. */
  function hyphenBetween(text, end, start) {
    var gap = text.slice(end, start);
    return gap === "-" || gap === "\u2010" || gap === "\u2011";
  }

  /** The query's words: each { word, index, end, key, quoted, hyphenNext }. */
  function readWords(text) {
    return Words.wordsOf(text).map(function (found, i, all) {
      var before = text.slice(0, found.index);
      var end = found.index + found.word.length;
      return {
        word: found.word, index: found.index, end: end, key: Words.keyOf(found.word),
        quoted: (before.split('"').length % 2) === 0,
        hyphenNext: i + 1 < all.length && hyphenBetween(text, end, all[i + 1].index)
      };
    });
  }

  /** The quoted phrases: the terms of each, in order (as the text check needs them). */
  function readPhrases(text) {
    var phrases = [];
    text.replace(/"([^"]*)"?/g, function (match, inner) {
      var terms = [];
      Words.wordsOf(inner).forEach(function (w) { var t = Words.termOf(w.word); if (t) terms.push(t); });
      if (terms.length > 1) phrases.push(terms);
      return match;
    });
    return phrases;
  }

  /** The key of words[from..<to] as the vocabulary and the index know a phrase of them. */
  function keyOfRun(words, from, to) {
    if (to - from === 1) return words[from].key && words[from].key.term;
    return Words.phraseKey(words.slice(from, to).map(function (w) { return w.word; }).join(" "));
  }

  /** Whether words[from..<to] are one hyphenated word. */
  function isHyphenated(words, from, to) {
    if (to - from < 2) return false;
    for (var i = from; i < to - 1; i++) if (!words[i].hyphenNext) return false;
    return true;
  }

  function joinedTerm(words, from, to) {
    return Words.termOf(words.slice(from, to).map(function (w) { return w.word; }).join(""));
  }

  /**
   * Reads `text` into clauses. `typing` says the last word is still being typed: it then also matches
   * the words it begins. `vocabulary` may be null (no expansions).
   */
  function parse(text, typing, vocabulary) {
    var words = readWords(text);
    var endsInWord = typing && /[\p{L}\p{N}\p{M}]$/u.test(text) && (text.split('"').length % 2 === 1);
    var clauses = [];
    var i = 0;
    while (i < words.length) {
      var taken = vocabulary ? vocabularyClause(words, i, vocabulary) : null;
      if (!taken) taken = hyphenClause(words, i) || wordClause(words, i);
      i = taken.to;
      if (!taken.clause) continue;
      var clause = taken.clause;
      if (endsInWord && taken.to === words.length && taken.to - taken.from === 1) {
        var prefix = Words.fold(words[taken.from].word);
        if (prefix.length >= 2) clause.prefix = prefix;
      }
      if (clause.alternatives.length > 0 || clause.prefix) clauses.push(clause);
    }
    return { text: text, words: words, clauses: clauses, phrases: readPhrases(text) };
  }

  function makeClause(words, from, to, alternatives) {
    var quoted = words.slice(from, to).every(function (w) { return w.quoted; });
    return {
      from: from, to: to, quoted: quoted, alternatives: alternatives, prefix: null,
      text: words.slice(from, to).map(function (w) { return w.word; }).join(" "),
      // A single typed word may be corrected when nothing has it.
      correctable: to - from === 1 && !!words[from].key && !!words[from].key.term
    };
  }

  /** The longest run of words from `from` that the vocabulary knows, with its expansions. */
  function vocabularyClause(words, from, vocabulary) {
    for (var to = Math.min(words.length, from + MAX_WORDS); to > from; to--) {
      var key = keyOfRun(words, from, to);
      var joined = isHyphenated(words, from, to) ? joinedTerm(words, from, to) : null;
      var found = key && vocabulary.has(key) ? key : (joined && vocabulary.has(joined) ? joined : null);
      if (!found) continue;
      var typed = typedAlternatives(words, from, to, key, joined);
      var clause = makeClause(words, from, to, typed);
      // Quoted words are meant as they are.
      if (!clause.quoted) {
        vocabulary.expansions(found).forEach(function (expansion) {
          if (expansion.expr.key === key || expansion.expr.key === joined) return;
          clause.alternatives.push({ terms: expansion.expr.terms, weight: expansion.weight, kind: "expansion", label: expansion.expr.text });
        });
      }
      return { from: from, to: to, clause: clause };
    }
    return null;
  }

  /** What the reader typed, as the index may have it: the words, their phrase, their joined form. */
  function typedAlternatives(words, from, to, key, joined) {
    if (to - from === 1) return key ? [{ terms: [key], weight: TYPED, kind: "typed" }] : [];
    var alternatives = [];
    var terms = [];
    for (var i = from; i < to; i++) {
      if (words[i].key && words[i].key.term) terms.push(words[i].key.term);
    }
    if (key) alternatives.push({ terms: [key], weight: TYPED, kind: "phrase" });
    if (joined) alternatives.push({ terms: [joined], weight: TYPED, kind: "joined" });
    if (terms.length > 0 && !(words[from].quoted && key)) {
      alternatives.push({ terms: terms, weight: key ? LOOSE_PHRASE : TYPED, kind: "words" });
    }
    return alternatives;
  }

  /** A hyphenated word: its parts together, or joined ("co-sleeping", "cosleeping"). */
  function hyphenClause(words, from) {
    var to = from + 1;
    while (to < words.length && words[to - 1].hyphenNext) to++;
    if (to - from < 2) return null;
    var terms = [];
    for (var i = from; i < to; i++) if (words[i].key && words[i].key.term) terms.push(words[i].key.term);
    var joined = joinedTerm(words, from, to);
    var alternatives = [];
    if (terms.length) alternatives.push({ terms: terms, weight: TYPED, kind: "words" });
    if (joined) alternatives.push({ terms: [joined], weight: TYPED, kind: "joined" });
    return { from: from, to: to, clause: alternatives.length ? makeClause(words, from, to, alternatives) : null };
  }

  /** One word; a stop word makes no clause. */
  function wordClause(words, from) {
    var key = words[from].key;
    var term = key && key.term;
    var clause = makeClause(words, from, from + 1, term ? [{ terms: [term], weight: TYPED, kind: "typed" }] : []);
    // A stop word still being typed may begin a word ("thr" of "threshold"): keep it for the prefix.
    return { from: from, to: from + 1, clause: clause };
  }

  window.LearningHubQuery = { Vocabulary: Vocabulary, parse: parse, expression: expression, weights: { TYPED: TYPED, SAME: SAME, RELATED: RELATED } };
})();
