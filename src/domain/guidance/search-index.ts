// The index over the topics: MiniSearch's BM25+ with field boosts, and prefix matching of unknown terms.
// Questions arrive here already processed into stemmed terms (see analyse-question.ts).
//
// MiniSearch builds the index (tokens, field lengths, term frequencies). A term's BM25 score in a document does not
// depend on the rest of the query, so at build time every indexed term gets its postings (document → score, field
// boosts included) and its best score; a question then costs one array addition per term, and no search. The
// result is the same as MiniSearch's OR search divided by its "number of matched terms" factor (see
// `rankWithMiniSearch`, kept for the tests).
import MiniSearch, { type SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { LruCache } from './lru.js';
import type { OutOfScopeSubject } from './out-of-scope.js';
import type { Topic } from './schema.js';
import { STOP_WORDS, stemWord, words } from './text-processing.js';

export interface Candidate {
  topic: Topic;
  score: number;
  /** The question's terms this topic matched. */
  matched: string[];
}

export interface Ranking {
  candidates: Candidate[];
  /** The best score of an out-of-scope subject (see out-of-scope.ts), 0 when none matched. */
  outOfScope: number;
}

export interface SearchIndex {
  rank(terms: readonly string[], weights?: ReadonlyMap<string, number>): Ranking;
  /** The same ranking computed by MiniSearch's own search (slow; tests check that both agree). */
  rankWithMiniSearch(terms: readonly string[], weights?: ReadonlyMap<string, number>): Ranking;
  /** The best score any topic gets for this one term: the most the term can add to a question's score. */
  bestScore(term: string): number;
  /** Whether some topic contains this stem. */
  hasTerm(stem: string): boolean;
  /**
   * How much of the question an out-of-scope subject explains that the best topic does not: the question's terms
   * that belong to an out-of-scope phrase whose every term the question has ("hard drive", "live stream",
   * "password manager"), less the terms in `explained`, each weighted by its best out-of-scope score.
   */
  offScopeEvidence(
    terms: readonly string[],
    weights: ReadonlyMap<string, number>,
    explained: readonly string[],
  ): number;
}

interface TopicDocument {
  id: string;
  title: string;
  keywords: string;
  examples: string;
  body: string;
}

// Titles, keywords and the example questions say what a topic is about; the body says it at length.
const BOOST = { title: 2.5, keywords: 2, examples: 1.5, body: 1 } as const;
const FIELDS = ['title', 'keywords', 'examples', 'body'] as const;
/** MiniSearch's default BM25+ parameters and prefix weight. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const PREFIX_WEIGHT = 0.3;
/** Unknown terms whose prefix matches are remembered (bounded, least recently used out). */
const PREFIX_CACHE = 20_000;

const toDocument = (t: Topic): TopicDocument => ({
  id: t.id,
  title: t.title,
  keywords: [...t.keywords, ...t.synonyms].join(' ; '),
  examples: '',
  body: [t.answer, ...t.productTips, ...t.checklist].join(' '),
});

// Each example question is its own small document, so one close example counts fully instead of being diluted
// in a long field; a topic scores its own document plus its best example.
const EXAMPLE_SEPARATOR = '#';
const OUT_OF_SCOPE_PREFIX = '~';
const toExampleDocuments = (t: Topic): TopicDocument[] =>
  t.examples.map((q, i) => ({ id: `${t.id}${EXAMPLE_SEPARATOR}${i}`, title: '', keywords: '', examples: q, body: '' }));

/** What a document of the index stands for. */
interface DocumentRole {
  /** Index of the topic in `topics`, or -1 for an out-of-scope phrase. */
  topic: number;
  /** An example question of the topic (scored as the topic's best example) rather than the topic itself. */
  example: boolean;
}

/** A term's scores: parallel arrays of document numbers and BM25 scores. */
interface Postings {
  docs: Int32Array;
  scores: Float64Array;
}

const calcBM25 = (tf: number, matching: number, total: number, length: number, avgLength: number): number =>
  Math.log(1 + (total - matching + 0.5) / (matching + 0.5)) *
  (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength)));

export function buildSearchIndex(topics: readonly Topic[], outOfScope: readonly OutOfScopeSubject[] = []): SearchIndex {
  const index = new MiniSearch<TopicDocument>({
    fields: [...FIELDS],
    tokenize: (text) => words(text),
    processTerm: (word) => (STOP_WORDS.has(word) ? null : stemWord(word)),
    searchOptions: {
      boost: BOOST,
      combineWith: 'OR',
      // Query terms are stems already: split on spaces, no further processing.
      tokenize: (query) => query.split(' ').filter(Boolean),
      processTerm: (term) => term,
      fuzzy: false,
      weights: { fuzzy: 0.4, prefix: PREFIX_WEIGHT },
    },
  });
  index.addAll(topics.flatMap((t) => [toDocument(t), ...toExampleDocuments(t)]));
  const outOfScopePhrases = outOfScope.flatMap((s) => s.text.split(',').map((phrase) => phrase.trim()));
  index.addAll(
    outOfScope.flatMap((s) =>
      s.text.split(',').map((phrase, i) => ({
        id: `${OUT_OF_SCOPE_PREFIX}${s.id}${EXAMPLE_SEPARATOR}${i}`,
        title: '',
        keywords: phrase.trim(),
        examples: '',
        body: '',
      })),
    ),
  );

  // Prefix matching only for terms the topics do not contain ("transcrip", "config"): a known term matching its
  // neighbours too would add noise. No fuzzy matching here: typos are corrected word by word, with a cache, before
  // the search (spelling.ts).
  // (The example questions are left out: some are misspelt on purpose.)
  const known = new Set(
    topics.flatMap((t) => {
      const { title, keywords, body } = toDocument(t);
      return words(`${title} ${keywords} ${body}`)
        .filter((w) => !STOP_WORDS.has(w))
        .map(stemWord);
    }),
  );
  const prefix = (term: string) => !known.has(term) && term.length >= 5;

  // --- Precomputed postings (the plain-object form of the MiniSearch index is its documented serialisation).
  const plain = index.toJSON();
  const topicNo = new Map(topics.map((t, i) => [t.id, i]));
  const shortIds = Object.keys(plain.documentIds);
  const docOf = new Map<string, number>(shortIds.map((s, i) => [s, i]));
  const shortIdOf = new Map(shortIds.map((s) => [String(plain.documentIds[s]), s]));
  const roles: DocumentRole[] = shortIds.map((s) => {
    const id = String(plain.documentIds[s]);
    if (id.startsWith(OUT_OF_SCOPE_PREFIX)) return { topic: -1, example: false };
    const [topicId, exampleNo] = id.split(EXAMPLE_SEPARATOR) as [string, string | undefined];
    return { topic: topicNo.get(topicId) ?? -1, example: exampleNo !== undefined };
  });
  const fieldBoost = FIELDS.map((f) => BOOST[f]);
  const fieldNo = new Map(FIELDS.map((f, i) => [String(plain.fieldIds[f]), i]));
  const postings = new Map<string, Postings>();
  const vocabulary = new SearchableMap<true>();
  const acc = new Float64Array(roles.length);
  const seen: number[] = [];
  for (const [term, byField] of plain.index) {
    for (const fieldId in byField) {
      const f = fieldNo.get(fieldId);
      if (f === undefined) continue;
      const freqs = byField[fieldId] as Record<string, number>;
      const shorts = Object.keys(freqs);
      const avg = plain.averageFieldLength[Number(fieldId)] ?? 1;
      for (const shortId of shorts) {
        const doc = docOf.get(shortId);
        if (doc === undefined) continue;
        const length = plain.fieldLength[shortId]?.[Number(fieldId)] ?? 0;
        if (acc[doc] === 0) seen.push(doc);
        acc[doc]! += fieldBoost[f]! * calcBM25(freqs[shortId]!, shorts.length, plain.documentCount, length, avg);
      }
    }
    const docs = Int32Array.from(seen);
    const scores = new Float64Array(docs.length);
    docs.forEach((doc, i) => {
      scores[i] = acc[doc]!;
      acc[doc] = 0;
    });
    seen.length = 0;
    postings.set(term, { docs, scores });
    vocabulary.set(term, true);
  }

  /** A query term's postings: its own, or for an unknown term the weighted sum of its prefix matches. */
  const prefixed = new LruCache<string, Postings | null>(PREFIX_CACHE);
  const postingsOf = (term: string): Postings | undefined => {
    if (!prefix(term)) return postings.get(term);
    const cached = prefixed.get(term);
    if (cached !== undefined) return cached ?? undefined;
    const scores = new Map<number, number>();
    const add = (p: Postings, weight: number) => {
      for (let i = 0; i < p.docs.length; i++)
        scores.set(p.docs[i]!, (scores.get(p.docs[i]!) ?? 0) + weight * p.scores[i]!);
    };
    const exact = postings.get(term);
    if (exact) add(exact, 1);
    for (const [derived] of vocabulary.atPrefix(term)) {
      const distance = derived.length - term.length;
      if (distance === 0) continue;
      add(postings.get(derived)!, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance));
    }
    const merged = scores.size
      ? { docs: Int32Array.from(scores.keys()), scores: Float64Array.from(scores.values()) }
      : null;
    prefixed.set(term, merged);
    return merged ?? undefined;
  };

  const docCount = roles.length;
  const total = new Float64Array(docCount);
  const rank = (terms: readonly string[], weights?: ReadonlyMap<string, number>): Ranking => {
    if (terms.length === 0) return { candidates: [], outOfScope: 0 };
    total.fill(0);
    const matchedBy: (string[] | undefined)[] = new Array(docCount);
    const touched: number[] = [];
    for (const term of new Set(terms)) {
      const p = postingsOf(term);
      if (!p) continue;
      const weight = weights?.get(term) ?? 1;
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i]!;
        const list = matchedBy[doc];
        if (list) list.push(term);
        else {
          matchedBy[doc] = [term];
          touched.push(doc);
        }
        total[doc]! += weight * p.scores[i]!;
      }
    }
    return aggregate(touched.map((doc) => ({ doc, score: total[doc]!, matched: matchedBy[doc]! })));
  };

  const ownHit: ({ score: number; matched: readonly string[] } | undefined)[] = new Array(topics.length);
  const exampleHit: ({ score: number; matched: readonly string[] } | undefined)[] = new Array(topics.length);
  const aggregate = (hits: readonly { doc: number; score: number; matched: readonly string[] }[]): Ranking => {
    ownHit.fill(undefined);
    exampleHit.fill(undefined);
    let outOfScopeScore = 0;
    for (const hit of hits) {
      const role = roles[hit.doc]!;
      if (role.topic < 0) outOfScopeScore = Math.max(outOfScopeScore, hit.score);
      else if (!role.example) ownHit[role.topic] = hit;
      else if (hit.score > (exampleHit[role.topic]?.score ?? 0)) exampleHit[role.topic] = hit;
    }
    const out: Candidate[] = [];
    for (let i = 0; i < topics.length; i++) {
      const a = ownHit[i];
      const b = exampleHit[i];
      if (!a && !b) continue;
      const matched = !a ? [...b!.matched] : !b ? [...a.matched] : [...new Set([...a.matched, ...b.matched])];
      out.push({ topic: topics[i]!, score: (a?.score ?? 0) + (b?.score ?? 0), matched });
    }
    return { candidates: out.sort((x, y) => y.score - x.score), outOfScope: outOfScopeScore };
  };

  // The best score of every indexed term, computed once here; unknown terms' prefix matches on first use.
  const best = new Map<string, number>();
  const ownScore = new Float64Array(topics.length);
  const exampleScore = new Float64Array(topics.length);
  const bestOf = (p: Postings): number => {
    ownScore.fill(0);
    exampleScore.fill(0);
    for (let i = 0; i < p.docs.length; i++) {
      const role = roles[p.docs[i]!]!;
      if (role.topic < 0) continue;
      if (role.example) exampleScore[role.topic] = Math.max(exampleScore[role.topic]!, p.scores[i]!);
      else ownScore[role.topic]! += p.scores[i]!;
    }
    let max = 0;
    for (let t = 0; t < topics.length; t++) max = Math.max(max, ownScore[t]! + exampleScore[t]!);
    return max;
  };
  for (const [term, p] of postings) best.set(term, bestOf(p));

  // Out-of-scope phrases as sets of stems, found through any of their stems; each stem's best out-of-scope score.
  const phraseStems = outOfScopePhrases
    .map((phrase) => [
      ...new Set(
        words(phrase)
          .filter((w) => !STOP_WORDS.has(w))
          .map(stemWord),
      ),
    ])
    .filter((stems) => stems.length > 0);
  const phrasesOf = new Map<string, string[][]>();
  for (const stems of phraseStems)
    for (const stem of stems) phrasesOf.set(stem, [...(phrasesOf.get(stem) ?? []), stems]);
  const bestOutOfScope = new Map<string, number>();
  for (const [term, p] of postings)
    for (let i = 0; i < p.docs.length; i++)
      if (roles[p.docs[i]!]!.topic < 0) bestOutOfScope.set(term, Math.max(bestOutOfScope.get(term) ?? 0, p.scores[i]!));
  const bestUnknown = new LruCache<string, number>(PREFIX_CACHE);

  return {
    rank,
    rankWithMiniSearch(terms, weights) {
      if (terms.length === 0) return { candidates: [], outOfScope: 0 };
      const boostTerm = (term: string) => weights?.get(term) ?? 1;
      const results: SearchResult[] = index.search([...new Set(terms)].join(' '), { boostTerm, prefix });
      // MiniSearch multiplies the BM25 sum by the number of query terms matched; that rewards topics that happen
      // to contain many of a question's generic words ("meeting", "call", "video"). Rank by the plain BM25 sum.
      return aggregate(
        results.map((r) => ({
          doc: docOf.get(String(shortIdOf.get(String(r.id)))) ?? -1,
          score: r.score / Math.max(1, r.queryTerms.length),
          matched: r.queryTerms,
        })),
      );
    },
    hasTerm: (stem) => known.has(stem),
    offScopeEvidence(terms, weights, explained) {
      const present = new Set(terms);
      const covered = new Set<string>();
      for (const term of present)
        for (const stems of phrasesOf.get(term) ?? [])
          if (stems.every((s) => present.has(s))) for (const s of stems) covered.add(s);
      for (const term of explained) covered.delete(term);
      let evidence = 0;
      for (const term of covered) evidence += (weights.get(term) ?? 1) * (bestOutOfScope.get(term) ?? 0);
      return evidence;
    },
    bestScore(term) {
      if (!prefix(term)) return best.get(term) ?? 0;
      let score = bestUnknown.get(term);
      if (score === undefined) {
        const p = postingsOf(term);
        score = p ? bestOf(p) : 0;
        bestUnknown.set(term, score);
      }
      return score;
    },
  };
}
