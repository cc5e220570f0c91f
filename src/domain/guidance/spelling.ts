// Typo correction against the knowledge base's own vocabulary ("cliant" → "client", "shoud" → "should"),
// using MiniSearch's radix tree (SearchableMap.fuzzyGet) so a lookup costs microseconds. Swapped neighbouring letters
// ("bieng", "unknwon", "mtue") count as one edit (Damerau), as they are the commonest typing slip.
import SearchableMap from 'minisearch/SearchableMap';
import { LruCache } from './lru.js';

/** Corrections remembered (bounded, least recently used out): a word seen before costs one map lookup. */
const SPELLING_CACHE = 20_000;

export interface SpellingCorrector {
  /** The word itself when known or too short to correct safely, else its nearest known word, else itself. */
  correct(word: string): string;
  isKnown(word: string): boolean;
}

/** Edit distance allowed for a word of this length: none below 5 letters (too many near neighbours). */
const maxEdits = (length: number): number => (length < 5 ? 0 : length < 9 ? 1 : 2);
/** Swapped letters are corrected from this length on (a swap in a 3-letter word is too often another word). */
const MIN_SWAP_LENGTH = 4;

/** The words made by swapping two neighbouring letters. */
function* transpositions(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) yield word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/**
 * @param vocabulary known surface words
 * @param isKnownStem words whose stem is known are never corrected ("hosts" is not a typo of "costs")
 */
export function createSpellingCorrector(
  vocabulary: Iterable<string>,
  isKnownStem: (word: string) => boolean = () => false,
): SpellingCorrector {
  const known = new SearchableMap<number>();
  for (const w of vocabulary) known.update(w, (n = 0) => n + 1);
  const cache = new LruCache<string, string>(SPELLING_CACHE);
  return {
    isKnown: (word) => known.has(word),
    correct(word) {
      if (known.has(word) || /[0-9]/.test(word) || isKnownStem(word)) return word;
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      const edits = maxEdits(word.length);
      let best = word;
      let bestDistance = Number.POSITIVE_INFINITY;
      let bestCount = 0;
      const consider = (candidate: string, count: number, distance: number) => {
        // Prefer the closest word; among equals, the more frequent; never a much shorter word.
        if (candidate.length < 4) return;
        if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
          best = candidate;
          bestDistance = distance;
          bestCount = count;
        }
      };
      if (word.length >= MIN_SWAP_LENGTH)
        for (const swapped of transpositions(word)) {
          const count = known.get(swapped);
          if (count !== undefined) consider(swapped, count, 1);
        }
      // One edit first: the closest word wins, so the far larger walk of the tree for two edits is needed only when no
      // word is one edit away. Same result as searching two edits at once.
      if (edits > 0)
        for (const [candidate, [count, distance]] of known.fuzzyGet(word, 1)) consider(candidate, count, distance);
      if (edits > 1 && bestDistance > 1)
        for (const [candidate, [count, distance]] of known.fuzzyGet(word, edits)) consider(candidate, count, distance);
      cache.set(word, best);
      return best;
    },
  };
}
