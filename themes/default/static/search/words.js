// The search client's words: what a word stands for in the index (folded, stop words, British
// spelling, stemmed: the generator's SearchTokenizer in JavaScript), and the corrections of a word
// the index does not have (edit distance, weighed by how many documents have each term), or of a
// run-on word the index has in two ("selfharm", "cosleeping"). Needs stemmer.js; defines
// window.LearningHubWords.
(function () {
  "use strict";

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
  var has = Object.prototype.hasOwnProperty;
  var spelling = { words: {}, roots: {}, endings: [], zEndings: [] };

  /** Uses the spelling table the generator wrote (vocabulary.json). */
  function configure(table) {
    if (table) spelling = table;
  }

  function fold(word) {
    return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\u2019/g, "'");
  }

  /** The British spelling of a folded word ("behavior" -> "behaviour"): SpellingVariants.british. */
  function british(word) {
    if (has.call(spelling.words, word)) return spelling.words[word];
    if (word.length < 3 || !/^[\x00-\x7f]*$/.test(word)) return word;
    for (var e = 0; e < spelling.endings.length; e++) {
      var ending = spelling.endings[e];
      if (word.length <= ending.length || word.slice(word.length - ending.length) !== ending) continue;
      var root = word.slice(0, word.length - ending.length);
      if (has.call(spelling.roots, root)) return spelling.roots[root] + ending;
    }
    if (word.indexOf("z") < 0) return word;
    for (var z = 0; z < spelling.zEndings.length; z++) {
      var zEnding = spelling.zEndings[z];
      if (word.length < zEnding.length + 3 || word.slice(word.length - zEnding.length) !== zEnding) continue;
      var at = word.length - zEnding.length + 1;
      return word.slice(0, at) + "s" + word.slice(at + 1);
    }
    return word;
  }

  /** A possessive "'s" is kept apart from the spelling ("behavior's" -> "behaviour's"). */
  function britishKeepingPossessive(word) {
    if (word.length > 2 && word.slice(-2) === "'s") {
      var base = word.slice(0, -2);
      var mapped = british(base);
      return mapped === base ? word : mapped + "'s";
    }
    return british(word);
  }

  /** What a word stands for: { term } or { stop } (the stop word), or null for a word of nothing. */
  function keyOf(word) {
    var folded = fold(word);
    if (STOP.has(folded)) return { stop: folded };
    var trimmed = folded.replace(/'+$/, "").replace(/^'+/, "");
    var term = window.LearningHubStemmer ? window.LearningHubStemmer.stem(britishKeepingPossessive(trimmed)) : trimmed;
    return term ? { term: term } : null;
  }

  /** The term of a word, or null for a stop word. */
  function termOf(word) {
    var key = keyOf(word);
    return key && key.term ? key.term : null;
  }

  /** The words of a text with where each starts: [{ word, index }]. */
  function wordsOf(text) {
    var out = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) out.push({ word: match[0], index: match.index });
    return out;
  }

  /**
   * The term the index keeps a text of two to eight words under when it is a phrase of the search
   * vocabulary (the generator's SearchPhrase): its words' terms, stop words as they are, joined by
   * spaces; null when it is not such a phrase.
   */
  function phraseKey(text) {
    var words = wordsOf(text);
    if (words.length < 2 || words.length > 8) return null;
    var parts = [];
    var anyTerm = false;
    for (var i = 0; i < words.length; i++) {
      var key = keyOf(words[i].word);
      if (!key) return null;
      parts.push(key.term || key.stop);
      anyTerm = anyTerm || !!key.term;
    }
    return anyTerm ? parts.join(" ") : null;
  }

  /** How many edits a misspelt word may be from its correction: one for short words, two for longer. */
  function allowedEdits(word) {
    var length = fold(word).length;
    return length < 3 ? 0 : length < 6 ? 1 : 2;
  }

  /**
   * The optimal string alignment distance of a and b (insertions, deletions, substitutions, and
   * transpositions of neighbours, each one edit), or max + 1 when it is more than max.
   */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = null, previous = [], current = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      current = [i];
      var smallest = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current.push(value);
        if (value < smallest) smallest = value;
      }
      if (smallest > max) return max + 1;
      before = previous;
      previous = current;
    }
    return previous[b.length] <= max ? previous[b.length] : max + 1;
  }

  /** The correction dictionary (words.json): each term's bucket (it is in about 2^(bucket/4) documents). */
  function Dictionary(json) {
    this.bucket = new Map();
    this.byLength = [];
    var self = this;
    (json.buckets || []).forEach(function (pair) {
      pair[1].split(" ").forEach(function (term) {
        if (!term) return;
        self.bucket.set(term, pair[0]);
        (self.byLength[term.length] = self.byLength[term.length] || []).push(term);
      });
    });
  }

  /**
   * The terms a word may have been meant as, best first: fewest edits, then the most common. A term
   * counts as `edits` away when the word's own term is (stems compared), or when a word one edit from
   * the typed one has it (whole words compared: "disabilty" -> "disability", whose term the stems of
   * the two do not show). Each { term, edits, bucket, word } (`word`: the edited word, if any).
   */
  Dictionary.prototype.corrections = function (word, limit, nearby) {
    var max = allowedEdits(word);
    var stem = termOf(word);
    if (!max || !stem) return [];
    var found = new Map();
    var self = this;
    // Terms of the shard the word would be in (`nearby`: term -> bucket) count too: a rare term the
    // dictionary leaves out is there when the slip is not in the word's first letters.
    var bucketOf = function (term) { return self.bucket.has(term) ? self.bucket.get(term) : nearby && nearby.get(term); };
    function add(term, edits, edited) {
      var before = found.get(term);
      if (!before || edits < before.edits || (edits === before.edits && edited && !before.word)) found.set(term, { term: term, edits: edits, bucket: bucketOf(term), word: edited || null });
    }
    function consider(term) {
      if (term === stem || Math.abs(term.length - stem.length) > max) return;
      var edits = distance(stem, term, max);
      if (edits <= max) add(term, edits);
    }
    for (var length = Math.max(1, stem.length - max); length <= stem.length + max; length++) (this.byLength[length] || []).forEach(consider);
    if (nearby) nearby.forEach(function (bucket, term) { if (!self.bucket.has(term)) consider(term); });
    oneEditAway(fold(word)).forEach(function (edited) {
      var term = termOf(edited);
      if (term && term !== stem && bucketOf(term) !== undefined && bucketOf(term) !== null) add(term, 1, edited);
    });
    var sorted = Array.from(found.values());
    sorted.sort(function (a, b) { return a.edits - b.edits || b.bucket - a.bucket || (a.term < b.term ? -1 : 1); });
    return sorted.slice(0, limit || 5);
  };

  var LETTERS = "abcdefghijklmnopqrstuvwxyz";

  /**
   * Every word of letters one edit from `word`, the likelier typing slips first: a letter left out
   * (so inserted here), two letters swapped, one wrong, one too many.
   */
  function oneEditAway(word) {
    if (!/^[a-z]+$/.test(word)) return [];
    var inserted = [], swapped = [], replaced = [], removed = [];
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i), tail = word.slice(i);
      for (var l = 0; l < LETTERS.length; l++) {
        inserted.push(head + LETTERS[l] + tail);
        if (tail) replaced.push(head + LETTERS[l] + tail.slice(1));
      }
      if (tail.length > 1) swapped.push(head + tail[1] + tail[0] + tail.slice(2));
      if (tail) removed.push(head + tail.slice(1));
    }
    var seen = new Set([word]);
    return inserted.concat(swapped, replaced, removed).filter(function (w) {
      if (seen.has(w)) return false;
      seen.add(w);
      return true;
    });
  }

  /**
   * The best way to read a run-on word as two words the index has ("selfharm" -> "self harm"), as
   * { words: [first, second], terms, bucket }, or null. Each part must be a term of the dictionary, the
   * second of at least three letters; the split whose rarer part is commonest wins.
   */
  Dictionary.prototype.split = function (word) {
    var folded = fold(word);
    if (!/^[a-z]+$/.test(folded) || folded.length < 5) return null;
    var best = null;
    for (var at = 2; at <= folded.length - 3; at++) {
      var first = folded.slice(0, at), second = folded.slice(at);
      var a = termOf(first), b = termOf(second);
      if (!a || !b || !this.bucket.has(a) || !this.bucket.has(b)) continue;
      var bucket = Math.min(this.bucket.get(a), this.bucket.get(b));
      if (!best || bucket > best.bucket) best = { words: [first, second], terms: [a, b], bucket: bucket };
    }
    return best;
  };

  /**
   * How to show a correction to `term` of the reader's `typed` word: the way the vocabulary writes it
   * (`known`, e.g. "CAMHS"), else of the forms the index reads as the term (the reader's own ending on the
   * corrected stem, "trasitions" -> "transitions", or a common form), the one closest to what was typed;
   * the term itself as a last resort.
   */
  function displayWord(typed, term, known) {
    if (known && termOf(known) === term) return known;
    var folded = fold(typed);
    var stem = termOf(typed) || folded;
    var tries = [];
    if (folded.lastIndexOf(stem, 0) === 0) tries.push(term + folded.slice(stem.length));
    tries.push(term, term + "e", term.replace(/i$/, "y"), term + "s", term + "ing", term + "ion", term + "ation",
      term.replace(/i$/, "ies"), term + "al", term + "ed");
    var best = null, bestCost = Infinity;
    tries.forEach(function (form, order) {
      if (termOf(form) !== term) return;
      var cost = distance(folded, form, 99) * 100 + Math.abs(form.length - folded.length) * 10 + order;
      if (cost < bestCost) { best = form; bestCost = cost; }
    });
    return best || term;
  }

  window.LearningHubWords = {
    configure: configure, fold: fold, british: british, keyOf: keyOf, termOf: termOf, wordsOf: wordsOf,
    phraseKey: phraseKey, allowedEdits: allowedEdits, distance: distance, Dictionary: Dictionary,
    displayWord: displayWord, WORD: WORD
  };
})();
