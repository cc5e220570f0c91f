// Does the best topic explain what the question is about? A topic that matched only words the domain shares with
// facilities, logistics and everyday life ("room", "record", "camera", "invite", "long") while the question also
// has words no topic knows ("aircon", "sandwiches", "powerpoint", "wildlife") matched the setting of the question,
// not its intent: "who do I ask about the broken aircon in meeting room 4", "recommend a camera for wildlife
// photography". Measured on all question sets when introduced: it declined no answerable question, and 8 of the
// 12 near-misses of fourth-set.ts that were answered.
import { stemWord } from './text-processing.js';

/** Words of the guidance that are just as common in questions about rooms, scheduling, photography or office life. */
const AMBIGUOUS = new Set(
  (
    'room rooms equipment record recording camera cameras invite invites invited invitation host hosting take see ' +
    'new time times long add send sending board chair chairs calendar accept accepted schedule large big many fit ' +
    'photo photos picture screen screens display show laptop laptops present presentation slide slides page intranet ' +
    'store stored storage share shared sound sounds mic mics microphone settings setting customer customers'
  )
    .split(' ')
    .map(stemWord),
);

export interface IntentEvidence {
  /** The question's terms and the best score any topic gets for each (0: no topic knows the term). */
  terms: readonly string[];
  termBest: readonly number[];
  /** Terms that only expand an abbreviation or slang ("ppl"): not counted as unknown words. */
  expansionWords: ReadonlySet<string>;
  /** Terms of words that never carry a subject (text-speak, -ly adverbs): not counted as unknown words either. */
  fillers?: ReadonlySet<string>;
  /** The terms the best topic matched. */
  matched: readonly string[];
}

/** False when the best topic matched only ambiguous words and the question has words no topic knows. */
export function topicExplainsIntent({ terms, termBest, expansionWords, fillers, matched }: IntentEvidence): boolean {
  if (matched.some((t) => !AMBIGUOUS.has(t))) return true;
  return !terms.some((t, i) => termBest[i] === 0 && !expansionWords.has(t) && !fillers?.has(t));
}
