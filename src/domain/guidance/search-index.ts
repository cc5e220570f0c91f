// The MiniSearch index over the topics: BM25 ranking with field boosts, prefix and light fuzzy matching.
// Questions arrive here already processed into stemmed terms (see analyse-question.ts).
import MiniSearch, { type SearchResult } from 'minisearch';
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
  /** The best score any topic gets for this one term: the most the term can add to a question's score. */
  bestScore(term: string): number;
  /** Whether some topic contains this stem. */
  hasTerm(stem: string): boolean;
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

export function buildSearchIndex(topics: readonly Topic[], outOfScope: readonly OutOfScopeSubject[] = []): SearchIndex {
  const index = new MiniSearch<TopicDocument>({
    fields: ['title', 'keywords', 'examples', 'body'],
    tokenize: (text) => words(text),
    processTerm: (word) => (STOP_WORDS.has(word) ? null : stemWord(word)),
    searchOptions: {
      boost: BOOST,
      combineWith: 'OR',
      // Query terms are stems already: split on spaces, no further processing.
      tokenize: (query) => query.split(' ').filter(Boolean),
      processTerm: (term) => term,
      maxFuzzy: 2,
      weights: { fuzzy: 0.4, prefix: 0.3 },
    },
  });
  index.addAll(topics.flatMap((t) => [toDocument(t), ...toExampleDocuments(t)]));
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

  // Fuzzy and prefix matching only for terms the topics do not contain: a known term matching its neighbours
  // too ("contract" ~ "contact") would add noise, and MiniSearch rewards each extra matched term.
  // (The example questions are left out: some are misspelt on purpose.)
  const known = new Set(
    topics.flatMap((t) => {
      const { title, keywords, body } = toDocument(t);
      return words(`${title} ${keywords} ${body}`)
        .filter((w) => !STOP_WORDS.has(w))
        .map(stemWord);
    }),
  );
  const fuzzy = (term: string) => (known.has(term) || term.length < 5 ? false : term.length < 9 ? 1 : 2);
  const prefix = (term: string) => !known.has(term) && term.length >= 5;

  const aggregate = (results: SearchResult[]): Ranking => {
    const own = new Map<string, { score: number; matched: Set<string> }>();
    const example = new Map<string, { score: number; matched: string[] }>();
    let outOfScopeScore = 0;
    for (const r of results) {
      if (String(r.id).startsWith(OUT_OF_SCOPE_PREFIX)) {
        outOfScopeScore = Math.max(outOfScopeScore, r.score / Math.max(1, r.queryTerms.length));
        continue;
      }
      const [topicId, exampleNo] = String(r.id).split(EXAMPLE_SEPARATOR) as [string, string | undefined];
      const score = r.score / Math.max(1, r.queryTerms.length);
      if (exampleNo === undefined) own.set(topicId, { score, matched: new Set(r.queryTerms) });
      else if (score > (example.get(topicId)?.score ?? 0)) example.set(topicId, { score, matched: r.queryTerms });
    }
    const out: Candidate[] = [];
    for (const topic of topics) {
      const a = own.get(topic.id);
      const b = example.get(topic.id);
      if (!a && !b) continue;
      const matched = new Set([...(a?.matched ?? []), ...(b?.matched ?? [])]);
      out.push({ topic, score: (a?.score ?? 0) + (b?.score ?? 0), matched: [...matched] });
    }
    return { candidates: out.sort((x, y) => y.score - x.score), outOfScope: outOfScopeScore };
  };

  const best = new Map<string, number>();
  return {
    rank(terms, weights) {
      if (terms.length === 0) return { candidates: [], outOfScope: 0 };
      const boostTerm = (term: string) => weights?.get(term) ?? 1;
      // MiniSearch multiplies the BM25 sum by the number of query terms matched; that rewards topics that happen
      // to contain many of a question's generic words ("meeting", "call", "video"). Rank by the plain BM25 sum.
      return aggregate(index.search(terms.join(' '), { boostTerm, fuzzy, prefix }));
    },
    hasTerm: (stem) => known.has(stem),
    bestScore(term) {
      let score = best.get(term);
      if (score === undefined) {
        score = aggregate(index.search(term, { fuzzy, prefix })).candidates[0]?.score ?? 0;
        if (best.size < 50_000) best.set(term, score);
      }
      return score;
    },
  };
}
