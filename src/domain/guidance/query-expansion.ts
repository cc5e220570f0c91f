// Synonyms and abbreviations applied to questions before search: staff say "pw", "waiting room", "externals",
// "rec" or "vc"; the knowledge base says password, lobby, guests, recording, video conference. The original words
// stay in the query; the expansions are added to it.

/** Whole-word abbreviations and slang → the knowledge base's words. */
const WORD_EXPANSIONS: Readonly<Record<string, string>> = {
  pw: 'password',
  pwd: 'password',
  pword: 'password',
  passwd: 'password',
  passcode: 'password pin',
  passcodes: 'password pin',
  passkey: 'passcode',
  passphrase: 'passcode password',
  pin: 'passcode',
  pins: 'passcode',
  rec: 'recording',
  recs: 'recordings',
  vid: 'video',
  cam: 'camera',
  webcam: 'camera',
  mic: 'microphone',
  mics: 'microphone',
  e2ee: 'end to end encryption',
  e2e: 'end to end encryption',
  sso: 'single sign on',
  mfa: 'multi factor authentication',
  '2fa': 'two factor authentication',
  '2sv': 'two step verification',
  otp: 'one time code authentication',
  rbac: 'role based access control',
  mdm: 'device management managed devices',
  intune: 'device management managed devices',
  externals: 'external guests',
  outsiders: 'external guests',
  strangers: 'unknown participants',
  stranger: 'unknown participant',
  randoms: 'unknown participants',
  randos: 'unknown participants',
  intruder: 'unknown participant',
  intruders: 'unknown participants',
  gatecrasher: 'uninvited participant',
  gatecrashers: 'uninvited participants',
  zoombombing: 'uninvited participants lobby',
  zoombombed: 'uninvited participants lobby',
  anon: 'anonymous',
  ppl: 'people',
  prep: 'prepare',
  prepping: 'prepare',
  b4: 'before',
  msg: 'message',
  pic: 'photo',
  pics: 'photos',
  apk: 'app install download',
  exe: 'app install download',
  dc: 'data centre',
  dcs: 'data centres',
  ms: 'microsoft',
  gmeet: 'google meet',
  bjn: 'bluejeans',
  ringing: 'calling unsolicited',
  kicked: 'remove',
  kick: 'remove',
  boot: 'remove',
  eject: 'remove',
  admins: 'administrators admin',
  cisos: 'security',
  ciso: 'security',
};

/** Phrases → the knowledge base's words (matched on the normalised question, whole words). */
const PHRASE_EXPANSIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwaiting ?rooms?\b/, 'lobby'],
  [/\bholding (area|room|pen)\b/, 'lobby'],
  [/\bpass ?codes?\b|\bpass words?\b/, 'passcode password'],
  [/\baccess codes?\b/, 'passcode'],
  [/\bmeeting (id|number)s?\b/, 'join details'],
  [/\bdial[- ]?in\b|\bphon(e|ing) in\b|\bby phone\b|\btelephone\b/, 'dial in phone'],
  [/\bscreen ?shar(e|es|ed|ing)\b|\bshare (my |their |the )?screens?\b/, 'screen sharing present'],
  [/\bend[- ]to[- ]end\b/, 'e2ee encryption'],
  [
    /\bsingle sign[- ]?on\b|\bwork (login|log ?in|account)s?\b|\bcompany (login|account)s?\b|\bcorporate (login|account)s?\b/,
    'sso single sign on',
  ],
  [
    /\b(no|without|cannot|can'?t|doesn'?t|does not|don'?t|do not|lacks?) (do |support |supports |have |has |use |offer |offers )?(sso|single sign)/,
    'password guidance mfa multi factor authentication',
  ],
  [/\btwo[- ]factor\b|\bmulti[- ]factor\b|\b2[- ]step\b|\btwo[- ]step\b/, 'mfa multi factor authentication'],
  [/\bleast[- ]privilege\b/, 'least privilege rbac'],
  [/\blet (them|him|her|people|everyone|someone|guests|anyone)( all)? in\b/, 'admit verify identify'],
  [
    /\bkick(ed|ing)? (them|him|her|someone|people)? ?out\b|\bthrow (them|him|her) out\b|\bget rid of\b/,
    'remove participant',
  ],
  [/\bwho(s| is) (on|in) (the|my|this) (call|meeting)\b/, 'verify identify participants'],
  [/\bintroduce (themselves|himself|herself|yourself)\b/, 'identify'],
  [/\bwho (they|he|she) (are|is)\b|\bjoined as\b/, 'identify unknown participant'],
  [/\bout of (nowhere|the blue)\b|\bcold[- ]call\w*\b/, 'unsolicited'],
  [/\blisten(ing)? in\b|\beavesdrop\w*\b/, 'eavesdrop intercept'],
  [/\btest (call|meeting) (thing|feature|function)\b|\btest call\b/, 'test feature'],
  [
    /\bno idea who\b|\b(don'?t|do not|didn'?t|did not|can'?t|cannot|can not) (know|recogni[sz]e|identify|tell)\b/,
    'unknown identify',
  ],
  [
    /\bcalendar (invite|invitation|entry|appointment|event)s?\b|\boutlook (invite|invitation|entry)s?\b/,
    'calendar appointment invite',
  ],
  [/\bin the invite\b|\bin the invitation\b/, 'calendar appointment'],
  [/\bbeing recorded\b|\bis recording\b|\bare recording\b|\brecording (me|us)\b/, 'recording indicator'],
  [/\bturn(ed|ing)? (off|on) (my |the )?(camera|video|webcam)\b|\bcamera (on|off)\b/, 'camera webcam'],
  [
    /\bdata cent(re|er)s?\b|\bdatacent(re|er)s?\b|\bservers? (abroad|overseas|in the us)\b/,
    'data centre location jurisdiction',
  ],
  [
    /\b(in|to|from|via|through|across) the (us|usa|uk|eu|states)\b|\b(abroad|overseas|offshore|united states|europe)\b/,
    'country jurisdiction location',
  ],
  [/\bsplit[- ]tunnel\w*\b/, 'vpn exception'],
  [/\bapp ?stores?\b|\bplay ?store\b|\bcompany portal\b|\bsoftware (centre|center)\b/, 'app store install'],
  [/\bside[- ]?load\w*\b/, 'install app download'],
  [
    /\b(get|download|find|obtain) (the |a |our |this |that )?(\w+ )?(app|client|software)\b/,
    'install download app store',
  ],
  [/\bthird[- ]party\b/, 'third party'],
  [/\bcloud (security )?principles?\b/, 'cloud security principles'],
  [/\bfree (plan|tier|version|account|licen[cs]e)s?\b/, 'paid free plan'],
  [/\bmeeting rooms?\b|\bconference rooms?\b|\bboard ?rooms?\b/, 'room equipment'],
  [/\bbackground\b/, 'background blur'],
  [/\bchat (logs?|history|messages?)\b/, 'saved chat'],
  [/\bunified comm\w*\b|\bucaas\b/, 'existing service'],
];

/** The question plus the knowledge base's words for its abbreviations, slang and phrases. */
export function expandQuery(normalised: string, wordList: readonly string[]): string {
  const extra: string[] = [];
  for (const w of wordList) {
    const expansion = WORD_EXPANSIONS[w];
    if (expansion) extra.push(expansion);
  }
  for (const [pattern, expansion] of PHRASE_EXPANSIONS) if (pattern.test(normalised)) extra.push(expansion);
  return extra.length ? `${normalised} ${extra.join(' ')}` : normalised;
}
