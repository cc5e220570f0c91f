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
  upside: 'benefits advantages',
  upsides: 'benefits advantages',
  pros: 'benefits advantages',
  perks: 'benefits advantages',
  colleagues: 'colleagues staff',
  employees: 'employees staff',
  chrome: 'browser',
  firefox: 'browser',
  safari: 'browser',
  renew: 'contract re-examine',
  renewal: 'contract re-examine',
  recheck: 're-examine risk assessment',
  reassess: 're-examine risk assessment',
  revisit: 're-examine risk assessment',
  outdated: 're-examine risk assessment',
  salesperson: 'vendor supplier provider',
  salespeople: 'vendor supplier provider',
  sales: 'vendor supplier provider',
  assurance: 'cloud security principles',
  mod: 'government official',
  defence: 'government official',
  intercept: 'encryption decrypt',
  intercepted: 'encryption decrypt',
  wiretap: 'encryption decrypt',
  snoop: 'encryption decrypt',
  snooping: 'encryption decrypt',
  vet: 'evaluate assessment due diligence',
  vetting: 'evaluate assessment due diligence',
  vetted: 'evaluate assessment due diligence',
  taping: 'recording',
  taped: 'recorded',
  cisos: 'security',
  ciso: 'security',
  unfamiliar: 'unknown',
  beforehand: 'prepare',
  unrecognised: 'unknown',
};

/** The abbreviations and slang words expanded: never "corrected" by the spelling corrector ("vetting" ≠ "setting"). */
export const EXPANDED_WORDS: readonly string[] = Object.keys(WORD_EXPANSIONS);

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
    /\bsingle sign[- ]?on\b|(?<!\b(without|no|not have|don'?t have|do not have) (a |an |any )?)\b(work|company|corporate) (login|log ?in|account)s?\b/,
    'sso single sign on',
  ],
  [
    /\b(no|without|cannot|can'?t|doesn'?t|does not|don'?t|do not|lacks?) (do |support |supports |have |has |use |offer |offers )?(sso|single sign)/,
    'password guidance mfa multi factor authentication',
  ],
  // Identity providers by name are the corporate identity single sign-on integrates with ("our azure ad", "okta").
  [
    /\b(azure (ad|active directory)|entra( id)?|active directory|okta|onelogin|google workspace (login|account|identity))\b/,
    'sso single sign on corporate identity',
  ],
  // The information people join with, by any name ("the dial-in info", "the joining instructions").
  [/\b(dial[- ]?in|joining|join|call|meeting) (info|information|details|instructions)\b/, 'join details'],
  // Someone nobody recognises on a call is someone to identify ("an unfamiliar name turned up").
  [
    /\b(unfamiliar|unknown|unrecognised|unrecognized) (name|person|people|caller|participant|attendee|face)s?\b/,
    'verify identify participants',
  ],
  [/\btwo[- ]factor\b|\bmulti[- ]factor\b|\b2[- ]step\b|\btwo[- ]step\b/, 'mfa multi factor authentication'],
  [/\bleast[- ]privilege\b/, 'least privilege rbac'],
  [
    /\bsame (login|log ?in|sign[- ]?in|password|account|credentials|username)s? (as|they|we|i|you|that)\b/,
    'sso single sign on corporate identity',
  ],
  [/\blet (them|him|her|people|everyone|someone|guests|anyone)( all)? in\b/, 'admit verify identify'],
  [
    /\bkick(ed|ing)? (them|him|her|someone|people)? ?out\b|\bthrow (them|him|her) out\b|\bget rid of\b/,
    'remove participant',
  ],
  [/\bwho(s| is) (on|in) (the|my|this) (call|meeting)\b/, 'verify identify participants'],
  [/\bintroduce (themselves|himself|herself|yourself)\b/, 'identify'],
  [/\bwho (they|he|she) (are|is)\b|\bjoined as\b/, 'identify unknown participant'],
  [
    /\bout of (nowhere|the blue)\b|\bcold[- ]call\w*\b|\bunannounced\b|\bwithout (warning|notice|being invited|an invite)\b/,
    'unsolicited',
  ],
  [/\blisten(ing)? in\b|\beavesdrop\w*\b/, 'eavesdrop intercept encryption decrypt'],
  [/\btest (call|meeting) (thing|feature|function)\b|\btest call\b/, 'test feature'],
  [
    /\bno idea who\b|\b(nobody|no ?one|none of us) (knows?|recogni[sz]es?)\b|\b(don'?t|do not|didn'?t|did not|can'?t|cannot|can not) (know|recogni[sz]e|identify|tell)\b/,
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
  [
    /\bofficial[- ]?sensitive\b|\bofficial (data|information|material|documents?|level|classification)\b|\bgovernment (data|information|work|departments?|contracts?)\b/,
    'cloud security principles government official sensitive',
  ],
  [
    /\bwho (can|could|gets to|is able to|has access to) (see|view|watch|open|access|get at|get hold of|download|listen to)( \w+){0,3} (them|it|those|recordings?|files|chats?|transcripts?|videos?)\b/,
    'who can access stored',
  ],
  [
    /\bre ?(check|assess|review|visit|do)\b|\b(security|risk) review\b|\breview (it |that |this )?again\b|\bout of date\b|\bold (review|assessment)\b/,
    're-examine security risk assessment',
  ],
  [/\bquestions (do|should|to|can) (i|we|you)? ?ask\b|\bwhat (do|should) (i|we) ask\b/, 'due diligence assessment'],
  [
    /\b(getting|receiving|get|got|gets)( \w+){0,2} (calls|rung|phoned) from\b|\bcalls from (people|someone|strangers|numbers|outsiders)\b/,
    'unscheduled inbound calls from outside block contacts list',
  ],
  [
    /\b(train|training|trained|educate|educating|educated|teach|teaching|taught|awareness)\b.*\b(staff|users|employees|colleagues|workforce|people)\b|\b(staff|users|employees|colleagues)\b.*\b(training|trained|taught|educated|awareness)\b/,
    'user guidance staff',
  ],
  [
    /\b(won'?t|wont|will not|refuses? to|refusing to) (stop|leave|mute|go|be quiet|shut up)\b|\bplaying music\b|\bdisrupt\w*\b|\bheckl\w*\b|\btroll\w*\b/,
    'disruptive remove participant mute individuals',
  ],
  [
    /\b(a|the|our|my|some|an) how to\b|\bhow to (guide|sheet|page|doc|document)\b|\b(write|writing|draft|drafting|put together|create|creating|updating) (a |an |some |the |our )?(guide|guidance|faq|instructions|how to|cheat sheet|intranet page)\b/,
    'user guidance staff guide instructions',
  ],
  [
    /\bwhat (should|do|does|must|would) (our |the |a |an |my )?(staff |user |employee )?(handbook|guide|guidance|faq|intranet page|poster|briefing|induction|training)( \w+)? (say|include|cover|contain|mention|tell)\b/,
    'user guidance staff guide instructions',
  ],
  [
    /\bbefore (my|the|a|an|our|your|their|this)( \w+){0,3} (call|meeting|interview|webinar)s?\b|\bfirst (ever )?(\w+ )?(call|meeting|interview)\b|\bfirst time (on|in|joining|attending|using) (a |an )?(\w+ ){0,2}(call|meeting|interview)s?\b|\b(joining|attending|attend) (my|a|the|an|our|your)( \w+){0,2} (call|meeting|interview|webinar)s?\b/,
    'prepare preparation microphone familiar',
  ],
  [
    /\btap(e|ed|es|ing) (this|the|our|my|a|your|their)( \w+)? (meeting|call|conversation|session)s?\b|\b(film|filming|screen ?record\w*) (the|this|our|my) (meeting|call)\b/,
    'recording being recorded indicator',
  ],
  [
    /\bonly (the |our |my |a |one )?(\w+ ){0,2}(should|can|may|must|is allowed to|are allowed to) (be able to )?(present|share|show)\b/,
    'presenters restrict subset screen sharing',
  ],
  [/\bverif\w* (every ?(one|body)|all|each)\b|\bwho (they|he|she) (say|claim)\b/, 'verify identify participants'],
  [
    /\b(stay|staying|stick|sticking|keep|keeping|remain|remaining) (on|with) (the |our |what |this )?\b/,
    'existing service already have',
  ],
  [
    /\bbefore (we|you|i) sign\b|\bsign(ing)? (the |a |our )?(contract|deal|agreement|up)\b|\bhand over\b/,
    'contract procurement supplier independent assessment',
  ],
  [
    /\b(walk|wander|stroll|waltz|barge|stumble|wander)(s|ed|ing)? (in|into|straight in)\b|\banyone with the link\b/,
    'uninvited lobby passcode',
  ],
  [
    /\bnot (logged|signed) (in|on)\b|\bwithout (logging|signing) (in|on)\b|\bnot authenticated\b|\bno (work )?(account|login)\b|\b(without|no|not have|don'?t have|do not have) (a |an |any )?(work |company |corporate |staff |organisation )?(account|login)s?\b/,
    'unauthenticated anonymous lobby passcode',
  ],
  [
    /\b(external|outside|random|incoming|inbound|unexpected|unsolicited)( \w+)? (callers?|calls|calling)\b|\bcalls? from (outside|external|strangers|anyone|people outside)\b/,
    'unscheduled inbound calls block contacts list',
  ],
  [
    /\bnew to (\w+ )?(online |video )?(meetings?|calls?|video|zoom|teams|conferencing|this|remote working|home working)\b|\bnever (used|done|joined|been on) (a |an )?(\w+ )?(video|zoom|teams|online|calls?|meetings?)\b/,
    'first time new to video calls user guidance',
  ],
  [
    /\b(tell|brief|teach|train|remind) (our |the |my |all )?(new )?(employees|staff|users|colleagues|people|team|workforce|starters|new starters|volunteers)\b/,
    'what to tell staff user guidance',
  ],
  [
    /\b(want|plan|planning|going|like|need|start|starting|decided|intend|allowed) to record\b|\brecord(ing)? (all|every|each|our|the whole|team|board|staff|client)( \w+)? (meetings|calls|sessions|interviews)\b/,
    'recordings stored where who can access',
  ],
  [
    /\b(should ?n'?t|should not|must ?n'?t|must not|can ?n'?t|cannot|not|without) (be able to )?(see|view|watch|access|open|get at|listen to|download)( \w+){0,2} (recordings?|transcripts?|logs?)\b/,
    'privileged access least privilege role',
  ],
  [/\bremote(ly)? work\w*\b|\bhybrid work\w*\b/, 'home working remote workers'],
  // Staff phrasings of the guidance's points: asking for more admin rights is privileged access; the approach the NCSC
  // prefers for signing in is single sign-on; "everyone is internal" asks whether invited people go straight in; a
  // request for the dial-in code is about join details; "is my camera actually on" is the webcam's indicator.
  [
    /\b(global|full|super|more) admin\b|\badmin (rights|access|role|permissions)\b/,
    'privileged accounts least privilege role',
  ],
  [
    /\b(prefer\w*|recommend\w*|best|favou?r\w*) (authentication|sign[- ]in|login|log[- ]in)\b|\bauthentication (approach|method|option|model)s?\b/,
    'single sign-on corporate identity',
  ],
  [
    /\b(everyone|everybody|all|they)( \w+){0,4} (internal|signed in|logged in|colleagues|our staff)\b/,
    'invited straight in unauthenticated lobby',
  ],
  [
    /\b(asking|asked|asks|ask) (me |us )?for (the |our |my )?(dial[- ]?in|meeting|joining|join|conference) (code|details|link|pin|number|id)\b/,
    'join details sensitive',
  ],
  [
    /\b(camera|webcam|camra|cam)( is| was)? (actually|still|really|actualy) (on|running|active|recording)\b|\bif my (camera|webcam|camra) is (on|active|running)\b/,
    'webcam active indicator light',
  ],
  // An assistant who runs calls for someone is a delegate of the organiser ("my PA schedules and runs my calls").
  [
    /\b(my|our|the|his|her) (pa|personal assistant|executive assistant|assistant|secretary|ea)\b|\bdelegates?\b/,
    'delegates test meeting familiarise controls',
  ],
  [
    /\b(anyone|anybody|people|strangers|randoms?|outsiders|externals?|the public)( \w+){0,4} (call|calls|calling|ring|rings|ringing|phone|phones|phoning|video call|video calls|video calling|message|messaging) (me|us|my|our|staff|people|employees)\b/,
    'unscheduled calls from outside block contacts list',
  ],
  [/\b(told|notified|know|aware|warned|informed|alerted|tell)\b.*\brecord/, 'recording indicator'],
  [
    /\b(give|send|share|email|text|pass|distribute|circulate|communicate|post|paste|put)( \w+){0,3} (the |a |our )?(meeting |zoom |teams |webex |call )?(password|passcode|pin|pwd|pasword)s?\b/,
    'share the password send directly participants',
  ],
];

/** Two ways into meetings compared ("the desktop app asks for a passcode but phone users skip it"): consistent platforms. */
const PLATFORMS: readonly RegExp[] = [
  /\b(browser|web)\b/,
  /\b(mobile|phone app|iphone|android|ipad|tablet)\b/,
  /\b(desktop|installed app|laptop app)\b/,
  /\b(dial in|dial ins|audio only|by phone|phone call|telephone)\b/,
  /\b(room system|room kit|meeting room)s?\b/,
];
const COMPARISON =
  /\b(but|whereas|while|same|different|differently|stricter|weaker|looser|inconsistent|vs|versus|compared|than|others|some)\b/;

/** Idioms whose words would mislead the search ("where do recordings end up" is not about end-to-end encryption). */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(end|ends|ended|ending) up\b/g, 'stored'],
  [
    /\b(company|firm|people|vendor|supplier|provider|organisation)s? (running|behind|that runs|who runs)\b/g,
    'provider',
  ],
  [/\bset(ting)? ?up\b/g, 'setup'],
];

/** "vet them", "vetting attendees": people, not a supplier. */
const VETTING_PEOPLE =
  /\bvet(s|ted|ting)? (them|him|her|people|everyone|every ?body|any ?one|guests?|attendees?|participants?|joiners?|callers?|visitors?|those|who)\b/;

/** The question plus the knowledge base's words for its abbreviations, slang and phrases. */
export function expandQuery(question: string, wordList: readonly string[]): string {
  let normalised = question;
  for (const [pattern, replacement] of IDIOMS) normalised = normalised.replace(pattern, replacement);
  const extra: string[] = [];
  // Vetting people who join is verifying who they are, not the due diligence of vetting a supplier.
  const vettingPeople = VETTING_PEOPLE.test(normalised);
  if (vettingPeople) extra.push('verify identify participants');
  for (const w of wordList) {
    if (vettingPeople && w.startsWith('vet')) continue;
    const expansion = WORD_EXPANSIONS[w];
    if (expansion) extra.push(expansion);
  }
  for (const [pattern, expansion] of PHRASE_EXPANSIONS) if (pattern.test(normalised)) extra.push(expansion);
  if (COMPARISON.test(normalised) && PLATFORMS.filter((p) => p.test(normalised)).length >= 2)
    extra.push('consistent all platforms same settings');
  return extra.length ? `${normalised} ${extra.join(' ')}` : normalised;
}
