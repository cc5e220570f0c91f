import { describe, expect, it } from 'vitest';
import { createGuidance } from '../../../src/domain/guidance/index.js';
import { LruCache } from '../../../src/domain/guidance/lru.js';
import { OUT_OF_SCOPE_SUBJECTS } from '../../../src/domain/guidance/out-of-scope.js';
import { buildSearchIndex } from '../../../src/domain/guidance/search-index.js';
import { HELDOUT_ANSWERABLE, HELDOUT_OUT_OF_SCOPE } from './heldout-questions.js';

describe('search index', () => {
  const guidance = createGuidance();
  const index = buildSearchIndex(guidance.topics, OUT_OF_SCOPE_SUBJECTS);
  const key = (r: ReturnType<typeof index.rank>) =>
    `${r.candidates.map((c) => `${c.topic.id}:${c.score.toFixed(6)}:${[...c.matched].sort().join('+')}`).join(',')}|${r.outOfScope.toFixed(6)}`;

  it('ranks exactly as a MiniSearch search does (precomputed postings, prefix matches of unknown terms)', () => {
    const questions = [
      ...HELDOUT_ANSWERABLE.map((x) => x.q),
      ...HELDOUT_OUT_OF_SCOPE,
      ...guidance.topics.flatMap((t) => t.examples),
      'transcrip config settin', // prefixes of known terms
    ];
    for (const q of questions) {
      const { terms, weights } = guidance.explain(q).question;
      expect(key(index.rank(terms, weights)), q).toBe(key(index.rankWithMiniSearch(terms, weights)));
    }
  });

  it('gives the best score of a term alone', () => {
    expect(index.bestScore('lobbi')).toBeCloseTo(index.rank(['lobbi']).candidates[0]!.score, 9);
    expect(index.bestScore('transcrip')).toBeGreaterThan(0);
    expect(index.bestScore('zzzqqq')).toBe(0);
  });

  it('counts the words of whole out-of-scope phrases the best topic does not explain', () => {
    const weights = new Map<string, number>();
    // "hard drive" is an out-of-scope phrase; "hard" alone is not evidence, and explained words do not count.
    expect(index.offScopeEvidence(['laptop', 'hard', 'drive', 'encrypt'], weights, ['encrypt'])).toBeGreaterThan(20);
    expect(index.offScopeEvidence(['hard', 'encrypt'], weights, ['encrypt'])).toBe(0);
    expect(index.offScopeEvidence(['hard', 'drive'], weights, ['hard', 'drive'])).toBe(0);
  });
});

describe('LruCache', () => {
  it('is bounded and keeps recently used entries', () => {
    const cache = new LruCache<number, number>(3);
    for (let i = 0; i < 100; i++) {
      cache.set(i, i);
      expect(cache.get(0) ?? cache.get(i)).toBeDefined();
      cache.set(0, 0); // keep 0 in use
      expect(cache.size).toBeLessThanOrEqual(6);
    }
    expect(cache.get(0)).toBe(0);
    expect(cache.get(99)).toBe(99);
    expect(cache.get(1)).toBeUndefined();
  });
});
