// The Snowball English stemmer ("Porter2"), the current `english` algorithm of the Snowball
// project, written from its description at https://snowballstem.org/algorithms/english/stemmer.html.
// Checked in a real browser against the project's reference vocabulary
// (Tests/browser/test_stemmer_js.py). The server side has the same algorithm in Swift
// (Sources/HubSearch/EnglishStemmer.swift); both must give the same stems.
//
// Input: one word, already lower-cased with its diacritics folded. The word is handled as an
// array of code points, so every letter the algorithm counts is one element; letters other
// than the ASCII ones the algorithm names are simply non-vowels. A right single quotation
// mark (U+2019) counts as an apostrophe. Never throws: anything that is not a string is
// treated as an empty word.
//
// Defines one global: window.LearningHubStemmer = { stem: function (word) { ... } }.
(function () {
  "use strict";

  // Whole words with a fixed stem (invariant words map to themselves). Checked before
  // anything else, even before a leading apostrophe is dropped.
  var EXCEPTIONS = new Map([
    ["skis", "ski"], ["skies", "sky"],
    ["dying", "die"], ["lying", "lie"], ["tying", "tie"],
    ["idly", "idl"], ["gently", "gentl"], ["ugly", "ugli"], ["early", "earli"],
    ["only", "onli"], ["singly", "singl"],
    ["sky", "sky"], ["news", "news"], ["howe", "howe"],
    ["atlas", "atlas"], ["cosmos", "cosmos"], ["bias", "bias"], ["andes", "andes"]
  ]);

  // Beginnings after which R1 starts, whatever the letters: "generous", "communism", ...
  var R1_PREFIXES = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

  // -ing and -eed words left alone when the rest of the word is exactly one of these.
  var ING_KEEP = ["inn", "out", "cann", "herr", "earr", "even"];
  var EED_KEEP = ["proc", "exc", "succ"];

  // Suffix tables: [suffix, action]. Every table is sorted longest first so that the first
  // suffix found is the longest one, as the algorithm requires. A string action is the
  // replacement; the other actions are small codes handled by the step itself.
  var DELETE = "";
  var OGI = 1;        // step 2: -ogi -> -og after l
  var LI = 2;         // step 2: -li deleted after c d e g h k m n r t
  var ATIVE = 3;      // step 3: -ative deleted only in R2
  var ION = 4;        // step 4: -ion deleted only after s or t

  function table(rows) {
    var list = rows.map(function (row) { return { suffix: Array.from(row[0]), action: row[1] }; });
    list.sort(function (a, b) { return b.suffix.length - a.suffix.length; });
    return list;
  }

  var STEP2 = table([
    ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"], ["entli", "ent"],
    ["izer", "ize"], ["ization", "ize"],
    ["ational", "ate"], ["ation", "ate"], ["ator", "ate"],
    ["alism", "al"], ["aliti", "al"], ["alli", "al"],
    ["fulness", "ful"],
    ["ousli", "ous"], ["ousness", "ous"],
    ["iveness", "ive"], ["iviti", "ive"],
    ["biliti", "ble"], ["bli", "ble"],
    ["ogist", "og"], ["ogi", OGI],
    ["fulli", "ful"], ["lessli", "less"],
    ["li", LI]
  ]);

  var STEP3 = table([
    ["tional", "tion"], ["ational", "ate"], ["alize", "al"],
    ["icate", "ic"], ["iciti", "ic"], ["ical", "ic"],
    ["ful", DELETE], ["ness", DELETE],
    ["ative", ATIVE]
  ]);

  var STEP4 = table([
    ["al", DELETE], ["ance", DELETE], ["ence", DELETE], ["er", DELETE], ["ic", DELETE],
    ["able", DELETE], ["ible", DELETE], ["ant", DELETE], ["ement", DELETE], ["ment", DELETE],
    ["ent", DELETE], ["ism", DELETE], ["ate", DELETE], ["iti", DELETE], ["ous", DELETE],
    ["ive", DELETE], ["ize", DELETE],
    ["ion", ION]
  ]);

  var STEP1B = table([
    ["eed", "eed"], ["eedly", "eed"],
    ["ed", "ed"], ["edly", "ed"], ["ingly", "ed"],
    ["ing", "ing"]
  ]);

  function isVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y";
  }

  // Vowels plus w, x and Y: the letters that cannot open a short syllable.
  function isVowelWXY(c) {
    return isVowel(c) || c === "w" || c === "x" || c === "Y";
  }

  function isValidLi(c) {
    return c === "c" || c === "d" || c === "e" || c === "g" || c === "h" ||
      c === "k" || c === "m" || c === "n" || c === "r" || c === "t";
  }

  function isDouble(w, n) {
    if (n < 2 || w[n - 1] !== w[n - 2]) return false;
    var c = w[n - 1];
    return c === "b" || c === "d" || c === "f" || c === "g" || c === "m" ||
      c === "n" || c === "p" || c === "r" || c === "t";
  }

  // Does w[0..n) end with the given letters?
  function endsWith(w, n, letters) {
    var k = letters.length;
    if (k > n) return false;
    for (var i = 0; i < k; i++) {
      if (w[n - k + i] !== letters[i]) return false;
    }
    return true;
  }

  // Is w[0..n) exactly one of the given strings?
  function isOneOf(w, n, strings) {
    for (var i = 0; i < strings.length; i++) {
      var s = strings[i];
      if (s.length !== n) continue;
      var j = 0;
      while (j < n && w[j] === s[j]) j++;
      if (j === n) return true;
    }
    return false;
  }

  function hasVowel(w, from, to) {
    for (var i = from; i < to; i++) {
      if (isVowel(w[i])) return true;
    }
    return false;
  }

  // The longest suffix of the table that w[0..n) ends with, or null.
  function longest(list, w, n) {
    for (var i = 0; i < list.length; i++) {
      if (endsWith(w, n, list[i].suffix)) return list[i];
    }
    return null;
  }

  // Replaces the last `drop` letters of the word by `by` (a string).
  function replaceEnd(w, drop, by) {
    w.length -= drop;
    for (var i = 0; i < by.length; i++) w.push(by[i]);
  }

  // Does w[0..n) end with a short syllable: a non-vowel, a vowel, then a non-vowel other than
  // w, x or Y ("hop"); or a vowel then a non-vowel as the whole word ("at"); or "past"?
  function endsShort(w, n) {
    if (n >= 3 && !isVowelWXY(w[n - 1]) && isVowel(w[n - 2]) && !isVowel(w[n - 3])) return true;
    if (n === 2 && isVowel(w[0]) && !isVowel(w[1])) return true;
    return n >= 4 && w[n - 4] === "p" && w[n - 3] === "a" && w[n - 2] === "s" && w[n - 1] === "t";
  }

  // After the first vowel, the position just past the first non-vowel; else the word length.
  function regionAfter(w, from) {
    var n = w.length;
    var i = from;
    while (i < n && !isVowel(w[i])) i++;
    while (i < n && isVowel(w[i])) i++;
    return i < n ? i + 1 : n;
  }

  function markRegions(w) {
    var p1 = -1;
    for (var i = 0; i < R1_PREFIXES.length; i++) {
      var prefix = R1_PREFIXES[i];
      if (prefix.length > w.length) continue;
      var j = 0;
      while (j < prefix.length && w[j] === prefix[j]) j++;
      if (j === prefix.length) {
        p1 = prefix.length;
        break;
      }
    }
    if (p1 < 0) p1 = regionAfter(w, 0);
    return { p1: p1, p2: regionAfter(w, p1) };
  }

  function step1a(w) {
    var n = w.length;
    if (endsWith(w, n, ["'", "s", "'"])) w.length -= 3;
    else if (endsWith(w, n, ["'", "s"])) w.length -= 2;
    else if (n >= 1 && w[n - 1] === "'") w.length -= 1;

    n = w.length;
    if (n === 0 || w[n - 1] !== "s" && w[n - 1] !== "d") return;
    if (endsWith(w, n, ["s", "s", "e", "s"])) {
      w.length -= 2;
    } else if (endsWith(w, n, ["i", "e", "s"]) || endsWith(w, n, ["i", "e", "d"])) {
      // -ies/-ied: "i" after two or more letters (cries -> cri), else "ie" (ties -> tie).
      if (n - 3 >= 2) w.length -= 2;
      else w.length -= 1;
    } else if (w[n - 1] === "s") {
      if (n >= 2 && (w[n - 2] === "s" || w[n - 2] === "u")) return;
      // Delete the s when a vowel comes earlier than the letter just before it.
      if (n >= 2 && hasVowel(w, 0, n - 2)) w.length -= 1;
    }
  }

  function step1b(w, p1) {
    var n = w.length;
    var found = longest(STEP1B, w, n);
    if (!found) return;
    var start = n - found.suffix.length;
    if (found.action === "eed") {
      if (isOneOf(w, start, EED_KEEP)) return;
      if (start >= p1) replaceEnd(w, found.suffix.length, "ee");
      return;
    }
    if (found.action === "ing") {
      // A consonant then -ying, the whole word: dying -> die, vying -> vie.
      if (start === 2 && w[1] === "y" && !isVowel(w[0])) {
        replaceEnd(w, 4, "ie");
        return;
      }
      if (isOneOf(w, start, ING_KEEP)) return;
    }
    // -ed, -edly, -ing, -ingly: removed when a vowel comes before them.
    if (!hasVowel(w, 0, start)) return;
    w.length = start;
    n = start;
    if (endsWith(w, n, ["a", "t"]) || endsWith(w, n, ["b", "l"]) || endsWith(w, n, ["i", "z"])) {
      w.push("e");
    } else if (isDouble(w, n)) {
      // hopp -> hop, but not add/egg/off (a, e or o, then the double, is the whole word).
      if (!(n === 3 && (w[0] === "a" || w[0] === "e" || w[0] === "o"))) w.length -= 1;
    } else if (p1 === n && endsShort(w, n)) {
      w.push("e");
    }
  }

  function step1c(w) {
    var n = w.length;
    if (n < 3) return;
    var c = w[n - 1];
    if ((c === "y" || c === "Y") && !isVowel(w[n - 2])) w[n - 1] = "i";
  }

  function step2(w, p1) {
    var n = w.length;
    var found = longest(STEP2, w, n);
    if (!found) return;
    var start = n - found.suffix.length;
    if (start < p1) return;
    var action = found.action;
    if (action === OGI) {
      if (start >= 1 && w[start - 1] === "l") replaceEnd(w, 3, "og");
    } else if (action === LI) {
      if (start >= 1 && isValidLi(w[start - 1])) w.length -= 2;
    } else {
      replaceEnd(w, found.suffix.length, action);
    }
  }

  function step3(w, p1, p2) {
    var n = w.length;
    var found = longest(STEP3, w, n);
    if (!found) return;
    var start = n - found.suffix.length;
    if (start < p1) return;
    if (found.action === ATIVE) {
      if (start >= p2) w.length = start;
    } else {
      replaceEnd(w, found.suffix.length, found.action);
    }
  }

  function step4(w, p2) {
    var n = w.length;
    var found = longest(STEP4, w, n);
    if (!found) return;
    var start = n - found.suffix.length;
    if (start < p2) return;
    if (found.action === ION) {
      if (start >= 1 && (w[start - 1] === "s" || w[start - 1] === "t")) w.length = start;
    } else {
      w.length = start;
    }
  }

  function step5(w, p1, p2) {
    var n = w.length;
    if (n === 0) return;
    var start = n - 1;
    if (w[start] === "e") {
      if (start >= p2 || (start >= p1 && !endsShort(w, start))) w.length = start;
    } else if (w[start] === "l") {
      if (start >= p2 && start >= 1 && w[start - 1] === "l") w.length = start;
    }
  }

  function stemWord(word) {
    if (word.indexOf("\u2019") >= 0) word = word.split("\u2019").join("'");

    var exception = EXCEPTIONS.get(word);
    if (exception !== undefined) return exception;

    var w = Array.from(word);
    if (w.length < 3) return word;

    // Prelude: drop one leading apostrophe; mark consonant y (first letter, or after a vowel) as Y.
    if (w[0] === "'") w.shift();
    var marked = false;
    for (var i = 0; i < w.length; i++) {
      if (w[i] === "y" && (i === 0 || isVowel(w[i - 1]))) {
        w[i] = "Y";
        marked = true;
      }
    }

    var regions = markRegions(w);
    var p1 = regions.p1;
    var p2 = regions.p2;

    step1a(w);
    step1b(w, p1);
    step1c(w);
    step2(w, p1);
    step3(w, p1, p2);
    step4(w, p2);
    step5(w, p1, p2);

    if (marked) {
      for (var j = 0; j < w.length; j++) {
        if (w[j] === "Y") w[j] = "y";
      }
    }
    return w.join("");
  }

  function stem(word) {
    if (typeof word !== "string") return "";
    try {
      return stemWord(word);
    } catch (error) {
      return word;
    }
  }

  window.LearningHubStemmer = { stem: stem };
})();
