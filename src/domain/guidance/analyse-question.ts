// From a raw question to what retrieval needs: corrected words, the domain verdict and weighted search terms.
import { type DomainVerdict, judgeDomain } from './domain-gate.js';
import { expandQuery } from './query-expansion.js';
import type { SpellingCorrector } from './spelling.js';
import { GENERIC_WORDS, normalise, STOP_WORDS, stemWord, terms, words } from './text-processing.js';

export interface AnalysedQuestion {
  /** The question's words after typo correction. */
  words: string[];
  domain: DomainVerdict;
  /** Distinct stemmed search terms, synonyms and abbreviations expanded, each with its weight. */
  terms: string[];
  weights: Map<string, number>;
  /**
   * Stems of words that never carry a question's subject: single letters and text-speak ("r", "wld", "tbh") and
   * adverbs in -ly ("apparently"). The intent check does not count them as words no topic knows.
   */
  fillers: ReadonlySet<string>;
}

const TEXT_SPEAK = new Set(
  'r u y n wld cld shd wud cud shld wd cd tho pls plz thx ty idk tbh imo imho btw bc coz cos lol omg ngl fyi asap atm rn'.split(
    ' ',
  ),
);
const isFiller = (w: string): boolean => TEXT_SPEAK.has(w) || (w.length > 5 && w.endsWith('ly'));

/**
 * A correction may turn a real word the knowledge base lacks into one it has ("contracts" → "contacts"), so a
 * corrected word is searched beside the original, at a lower weight.
 */
const CORRECTION_WEIGHT = 0.8;

const GENERIC_STEMS = new Set([...GENERIC_WORDS].map(stemWord));

export function analyseQuestion(question: string, speller: SpellingCorrector): AnalysedQuestion {
  const raw = words(question);
  const corrected = raw.map((w) => speller.correct(w));
  const text = corrected.join(' ');
  const domain = judgeDomain(`${normalise(question)} \n ${text}`);
  const weights = new Map<string, number>();
  for (const t of terms(expandQuery(text, corrected))) if (!GENERIC_STEMS.has(t)) weights.set(t, 1);
  // Only words unknown to the knowledge base are corrected; the correction counts a little less than a word
  // the user typed, in case the unknown word was real.
  raw.forEach((w, i) => {
    const fixed = corrected[i]!;
    if (fixed === w || STOP_WORDS.has(fixed) || GENERIC_WORDS.has(fixed)) return;
    weights.set(stemWord(fixed), CORRECTION_WEIGHT);
  });
  const fillers = new Set<string>();
  raw.forEach((w, i) => {
    if (isFiller(w)) fillers.add(stemWord(w)).add(stemWord(corrected[i]!));
  });
  return { words: corrected, domain, terms: [...weights.keys()], weights, fillers };
}
