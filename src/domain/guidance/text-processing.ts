// Turning text into search terms: normalise, split into words, drop stop words, unify spellings, stem (Porter).
// The same functions process the knowledge base at index time and questions at query time.
import { stemmer } from 'stemmer';
import { LruCache } from './lru.js';

/** Lower case, no diacritics, straight quotes, "&"/"+" as "and". */
export function normalise(text: string): string {
  // Unicode normalisation is the costly step; plain ASCII does not need it.
  return (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s[&+]\s/g, ' and ');
}

/** Word tokens: letters and digits; apostrophes of contractions and possessives are dropped ("don't" → "dont"). */
export function words(text: string): string[] {
  return (
    normalise(text)
      .replace(/'/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

// Function words plus question scaffolding ("how do I…", "what should we…") that carries no topic.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any anyone anything are aren as at be because been before being below ' +
    'rather instead whether wish wishes consider considering next step steps ' +
    'between both but by can cant could couldnt did didnt do does doesnt doing dont down during each else etc even ever every few for ' +
    'from further get gets getting got had hadnt has hasnt have havent having he her here hers herself him himself his how i id ' +
    'if im in into is isnt it its itself ive just let lets like ll me might more most much must mustnt my myself need needs no ' +
    'nor not now of off ok okay on once only or other others otherwise our ours ourselves out over own per please pls re really ' +
    'same shall shant she should shouldnt so some something such than that thats the their theirs them themselves then there ' +
    'theres these they theyre this those though through thru to too u under until up upon us ur very via want wants was wasnt we ' +
    'were werent weve what whats when where which while who whom whose why will with wont would wouldnt yes yet you youd youll your ' +
    'youre yours yourself yourselves ya yeah hi hello hey thanks thank cheers anybody somebody someone one ones any thing things ' +
    'way ways tell say says said know think go going gonna wanna lot lots bit quite actually basically currently today tomorrow ' +
    'yesterday still since ago ask asked asking question questions help advice advise suggest recommend best good bad ' +
    'better right wrong fine sure idea guess mean means make makes made doing done use used using'
  ).split(' '),
);

// Spellings that Porter would stem differently: US forms, and word families whose stems diverge.
const CANONICAL: Readonly<Record<string, string>> = {
  conferencing: 'conference',
  conferences: 'conference',
  conf: 'conference',
  caller: 'call',
  callers: 'call',
  calling: 'call',
  identity: 'identify',
  identities: 'identify',
  identification: 'identify',
  identified: 'identify',
  unidentified: 'unidentify',
  datacenter: 'datacentre',
  datacenters: 'datacentre',
  datacentres: 'datacentre',
  center: 'centre',
  centers: 'centre',
  admission: 'admit',
  admitted: 'admit',
  admitting: 'admit',
  verification: 'verify',
  verified: 'verify',
  presentation: 'present',
  presentations: 'present',
  installation: 'install',
  installer: 'install',
  permissions: 'permission',
  authorisation: 'authorise',
  recorder: 'record',
  transcription: 'transcript',
  transcribe: 'transcript',
  transcribed: 'transcript',
  transcripts: 'transcript',
  panelist: 'panellist',
  panelists: 'panellist',
  panellists: 'panellist',
  practise: 'practice',
  practising: 'practice',
  practicing: 'practice',
  behaviour: 'behavior',
  licence: 'license',
  licences: 'license',
  e2e: 'e2ee',
};

/** US "-ize" family to UK "-ise" so "organizer" and "organiser" meet. */
const toBritishSpelling = (word: string): string =>
  word.length >= 7 ? word.replace(/iz(e|es|ed|er|ers|ing|ation|ations)$/, 'is$1') : word;

/** Canonical surface form of a word (before stemming). */
export const canonicalWord = (word: string): string => CANONICAL[word] ?? toBritishSpelling(word);

/** Stems remembered (bounded, least recently used out): the vocabulary of questions is small. */
const stems = new LruCache<string, string>(50_000);

/** Porter stem of the canonical form. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const canonical = canonicalWord(word);
    stem = /^[0-9]/.test(canonical) ? canonical : stemmer(canonical);
    stems.set(word, stem);
  }
  return stem;
}

/**
 * Words nearly every question to this bot contains ("meeting", "call", "video", "security"): they decide whether a
 * question is about video meetings at all (domain-gate.ts) but say nothing about which topic answers it.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    'meeting meetings meet call calls calling caller callers video videos conference conferences conferencing vc ' +
    'online virtual service services platform platforms tool tools software product products solution solutions ' +
    'one two three four five six seven eight nine ten ' +
    'security secure securely safe safely safety risk risks staff people organisation organisations company team teams microsoft ' +
    // Product names: a question about Zoom or Webex can be about any topic.
    'zoom webex skype gotomeeting bluejeans jitsi whereby ringcentral google'
  ).split(' '),
);

/** Search terms of a text: words minus stop words, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stemWord);
}
