// A third independent question set, written before any tuning against it and without reading the other sets
// (questions.ts, heldout-questions.ts, the eval corpus). It is NOT used by the knowledge base and must not be copied
// into topic examples. Styles: casual, typos (swapped letters, missing words), indirect situations, UK spelling,
// abbreviations. Each answerable question names the acceptable topics and "must" groups taken from the wording of the
// NCSC guidance: the answer text (checklist included, case-insensitive) must contain one alternative of every group.

export interface ThirdSetAnswerable {
  q: string;
  /** Acceptable topic ids. */
  topics: string[];
  /** Groups of alternatives; the answer must contain one alternative of each group. */
  must: string[][];
}

const SHARE_PASSWORD = [
  ['directly', 'separately', 'email'],
  ['only to', 'only with', 'participants', 'attendees'],
];
const STORED = [['where', 'stored'], ['access']];
const LOCATION = [['jurisdiction', 'physical location', 'who can access']];
const PANEL = [['presenters', 'restrict', 'limit', 'subset']];

export const THIRD_ANSWERABLE: ThirdSetAnswerable[] = [
  // existing-services
  {
    q: 'do we need to buy a new video call tool or just use the one in our office 365 licence?',
    topics: ['existing-services'],
    must: [['existing']],
  },
  {
    q: 'whats the benefit of sticking with teams since we allready have it',
    topics: ['existing-services'],
    must: [['familiar', 'existing']],
  },
  {
    q: 'we did a security risk assesment on our conferencing platform years ago, anything to do now?',
    topics: ['existing-services', 'assessing-new-services'],
    must: [['re-examine', 'revisit', 'risk assessment']],
  },
  // assessing-new-services
  {
    q: 'procurement want to bring in a new conferencing vendor, how should we evaluate them',
    topics: ['assessing-new-services'],
    must: [['risk assessment'], ['terms', 'privacy', 'independent', 'audit']],
  },
  {
    q: 'shortlisting video call providers - what security checks?',
    topics: ['assessing-new-services', 'cloud-security-principles'],
    must: [['saas', 'risk assessment', 'cloud security principles']],
  },
  {
    q: 'shoud we ask the suplier for independent audits before signing up',
    topics: ['assessing-new-services'],
    must: [['independent', 'audit']],
  },
  // cloud-security-principles
  {
    q: 'we handle OFFICIAL data, what standard should our video conf provider meet?',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: 'our board meetings are highly sensitive, is an ordinary zoom account good enough?',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: 'NHS trust here, patient data gets discussed on calls - which guidance applies when choosing the platform',
    topics: ['cloud-security-principles', 'data-location'],
    must: [['cloud security principles', 'jurisdiction']],
  },
  // paid-features
  {
    q: 'is the free tier of zoom secure enough or should we pay for the enterprise licence',
    topics: ['paid-features'],
    must: [['paid', 'enhanced security']],
  },
  {
    q: 'do premium plans give better privacy controls?',
    topics: ['paid-features'],
    must: [['paid', 'additional']],
  },
  // encryption
  {
    q: 'is our video call end to end encrypted?',
    topics: ['encryption'],
    must: [['end-to-end', 'end to end']],
  },
  {
    q: 'whats the diffrence between e2ee and normal encryption in transit',
    topics: ['encryption'],
    must: [['server-side', 'between user devices', 'decrypted']],
  },
  {
    q: 'can the provider decrypt our calls?',
    topics: ['encryption'],
    must: [['decrypt', 'end-to-end']],
  },
  // data-location
  {
    q: 'which country is our meeting data actually kept in?',
    topics: ['data-location'],
    must: LOCATION,
  },
  {
    q: "GDPR - does it matter where the conferencing company's data centres are?",
    topics: ['data-location'],
    must: LOCATION,
  },
  {
    q: 'our call traffic might be routed through the US, is that a problem',
    topics: ['data-location'],
    must: LOCATION,
  },
  // organisation-defaults
  {
    q: 'as the admin should i lock down settings centrally or let each organiser decide',
    topics: ['organisation-defaults'],
    must: [['default'], ['enforce', 'override']],
  },
  {
    q: 'tenant-wide meeting policies vs per meeting settings, what does ncsc say',
    topics: ['organisation-defaults'],
    must: [['default'], ['per-meeting', 'per meeting', 'override']],
  },
  {
    q: 'can we push confrencing settings out to managed laptops',
    topics: ['organisation-defaults', 'consistent-platforms'],
    must: [['managed devices', 'default']],
  },
  // single-sign-on
  {
    q: 'should staff log into webex with their microsoft work account',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso']],
  },
  {
    q: 'do we integrate zoom with entra id for login?',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso'], ['identity']],
  },
  {
    q: 'users keep complaining about having too many logins for the meeting tool',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso']],
  },
  // passwords-and-mfa
  {
    q: "we can't do SSO with our conferencing provider, what then?",
    topics: ['passwords-and-mfa', 'single-sign-on'],
    must: [['multi-factor', '2fa', 'mfa', 'two factor']],
  },
  {
    q: 'should 2fa be turned on for zoom accounts',
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', '2fa', 'two factor']],
  },
  {
    q: 'pasword rules for video call accounts?',
    topics: ['passwords-and-mfa'],
    must: [['password guidance', 'multi-factor', 'mfa']],
  },
  // privileged-accounts
  {
    q: 'who should have admin rights on our teams tenant',
    topics: ['privileged-accounts'],
    must: [['least privilege'], ['role']],
  },
  {
    q: 'does every manager need access to the logs and transcripts in the admin portal',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role-based']],
  },
  {
    q: 'RBAC for the conferencing platform - needed?',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role-based']],
  },
  // lobby-and-passcodes
  {
    q: 'should external guests wait in the waiting room before being let in',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [
      ['lobby', 'waiting'],
      ['verified', 'identity', 'admit'],
    ],
  },
  {
    q: 'do internal colleagues need to go through the lobby too',
    topics: ['lobby-and-passcodes'],
    must: [['straight in', 'straight into']],
  },
  {
    q: 'people dialling in by phone skip the lobby, is that ok?',
    topics: ['lobby-and-passcodes'],
    must: [['lobby'], ['passcode', 'unauthenticated']],
  },
  {
    q: 'anonymous users joining our meetings - should they need a passcode?',
    topics: ['lobby-and-passcodes'],
    must: [['passcode']],
  },
  // unscheduled-calls
  {
    q: 'random people outside the company can ring me on teams, can we stop that',
    topics: ['unscheduled-calls'],
    must: [['block'], ['contacts', 'outside']],
  },
  {
    q: 'ad hoc calls from external users not in my contacts list - what policy?',
    topics: ['unscheduled-calls'],
    must: [['block']],
  },
  {
    q: 'i got an unexpected video call out of the blue from someone i dont know',
    topics: ['unscheduled-calls'],
    must: [['block', 'contacts', 'unidentified']],
  },
  // in-meeting-features
  {
    q: 'should remote control of screens be enabled by default for everyone',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['opt-in', 'default']],
  },
  {
    q: 'auto transcription in calls - any security concerns',
    topics: ['in-meeting-features', 'recordings-and-stored-data'],
    must: [['trust', 'protect', 'stored']],
  },
  {
    q: 'is in-meeting chat and file transfer a risk?',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters', 'recordings-and-stored-data'],
    must: [['trust', 'opt-in', 'default', 'protect']],
  },
  // recordings-and-stored-data
  {
    q: 'where do recorded meetings end up and who can see them',
    topics: ['recordings-and-stored-data'],
    must: STORED,
  },
  {
    q: 'meeting chat history gets saved - who has access to it?',
    topics: ['recordings-and-stored-data'],
    must: STORED,
  },
  {
    q: 'retention of call recrodings, what should i check',
    topics: ['recordings-and-stored-data'],
    must: STORED,
  },
  // consistent-platforms
  {
    q: 'some people join from the browser, others the desktop app, some by phone - same settings?',
    topics: ['consistent-platforms'],
    must: [['consistent', 'same']],
  },
  {
    q: 'do audio-only dial in users get the same security settings as the app',
    topics: ['consistent-platforms', 'lobby-and-passcodes'],
    must: [['consistent', 'same', 'passcode']],
  },
  // app-permissions
  {
    q: 'the zoom mobile app wants access to my contacts and photos, should i allow it',
    topics: ['app-permissions'],
    must: [['contact'], ['shared', 'protected', 'constrain']],
  },
  {
    q: 'can we restrict what the meeting app can see on work phones, like location',
    topics: ['app-permissions'],
    must: [['constrain', 'restrict', 'organisational level'], ['location']],
  },
  // installing-apps
  {
    q: 'the join page keeps nagging me to download the app, should we turn that off',
    topics: ['installing-apps'],
    must: [['prompt'], ['phishing']],
  },
  {
    q: 'where should staff get the teams app from',
    topics: ['installing-apps'],
    must: [['app store', 'enterprise management']],
  },
  {
    q: 'is it ok to install the meeting software from a link someone emailed me',
    topics: ['installing-apps'],
    must: [['app store', 'phishing']],
  },
  // vpn-exception
  {
    q: 'calls are laggy over the always on vpn, can we split tunnel the conferencing traffic',
    topics: ['vpn-exception'],
    must: [
      ['exception', 'bypass', 'split'],
      ['encryption', 'mutual authentication'],
    ],
  },
  {
    q: 'should teams traffic go through our corporate VPN',
    topics: ['vpn-exception'],
    must: [['exception']],
  },
  // room-equipment
  {
    q: 'who patches the video kit in the boardroom',
    topics: ['room-equipment'],
    must: [['patch', 'support']],
  },
  {
    q: 'our meeting room polycom devices - anything special security wise',
    topics: ['room-equipment'],
    must: [['different', 'special care', 'patching']],
  },
  // other-organisations-services
  {
    q: 'a client sent me a google meet invite but we use teams, do I need to install meet',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'supplier uses webex, how do I join without installing stuff',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'external partners all use different conferencing tools, what should IT do',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  // staff-user-guidance
  {
    q: 'lots of new starters working from home have never used video calls, what should we give them',
    topics: ['staff-user-guidance', 'preparing-for-calls'],
    must: [['guidance', 'instructions'], ['secure']],
  },
  {
    q: "i'm writing a how-to for colleagues on using zoom safely, what should be in it",
    topics: ['staff-user-guidance'],
    must: [['guidance'], ['join', 'camera', 'recorded', 'background']],
  },
  // preparing-for-calls
  {
    q: 'how do i check my mic and camera work before an important call',
    topics: ['preparing-for-calls'],
    must: [['test']],
  },
  {
    q: 'tips before my first ever teams meeting?',
    topics: ['preparing-for-calls', 'staff-user-guidance'],
    must: [['test'], ['mute']],
  },
  {
    q: 'how do i mute myslef and turn camra off',
    topics: ['preparing-for-calls', 'camera-and-background'],
    must: [['mute']],
  },
  // join-details
  {
    q: 'can I forward the zoom link to my team whatsapp group',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'is it ok to post the meeting link on our public website',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'someone tweeted a screenshot with the meeting ID visible, bad?',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  // camera-and-background
  {
    q: "i'm working from my kitchen, should I blur my background",
    topics: ['camera-and-background'],
    must: [['blur', 'background image']],
  },
  {
    q: 'how do i blur my backround in teams',
    topics: ['camera-and-background'],
    must: [['blur']],
  },
  {
    q: 'how do i know if my webcam is on',
    topics: ['camera-and-background'],
    must: [['light', 'active']],
  },
  {
    q: 'is a webcam cover worth it',
    topics: ['camera-and-background'],
    must: [['shutter', 'unplug']],
  },
  // recording-indicator
  {
    q: 'how can i tell if the call is being recorded',
    topics: ['recording-indicator'],
    must: [['indicat']],
  },
  {
    q: 'is someone taping this meeting? how would i know',
    topics: ['recording-indicator'],
    must: [['indicat']],
  },
  // host-test-meeting
  {
    q: 'first time hosting a webinar with outside guests, how do i get ready',
    topics: ['host-test-meeting'],
    must: [['test'], ['lobby', 'remov', 'mut']],
  },
  {
    q: 'how do i practise removing people and muting them before the real thing',
    topics: ['host-test-meeting'],
    must: [['test']],
  },
  // screen-sharing-and-presenters
  {
    q: 'can i stop attendees sharing their screens in my meeting',
    topics: ['screen-sharing-and-presenters'],
    must: PANEL,
  },
  {
    q: 'in a town hall only the speakers should be able to present - how',
    topics: ['screen-sharing-and-presenters'],
    must: PANEL,
  },
  {
    q: 'for a panel session who should be allowed to share files',
    topics: ['screen-sharing-and-presenters'],
    must: PANEL,
  },
  // sharing-passwords
  {
    q: 'is it ok to put the zoom password in the calendar invite',
    topics: ['sharing-passwords', 'join-details'],
    must: SHARE_PASSWORD,
  },
  {
    q: 'how should I send the meeting passcode to the external people',
    topics: ['sharing-passwords'],
    must: SHARE_PASSWORD,
  },
  {
    q: 'outlook invite is visible to the whole org - where do i put the pwd',
    topics: ['sharing-passwords'],
    must: SHARE_PASSWORD,
  },
  // who-is-on-the-call
  {
    q: "there's an unknown name on my call, what do i do",
    topics: ['who-is-on-the-call'],
    must: [['remov'], ['identit', 'verif']],
  },
  {
    q: 'as the chair how do I verify everyone joining is who they say',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['verif', 'identit']],
  },
  {
    q: "someone joined as 'iphone' and wont say who they are",
    topics: ['who-is-on-the-call'],
    must: [['remov']],
  },
];

/** Out-of-scope and near-miss questions: every one must be declined. */
export const THIRD_OUT_OF_SCOPE: string[] = [
  'how do i reset my windows password',
  'the projector in room 3.14 isnt working',
  'can you book the large meeting room for friday afternoon',
  "what's the best way to write up meeting minutes",
  'how long should a meeting agenda be',
  'can we order sandwiches for the all-hands',
  'how many days annual leave do i have left',
  'how do I report a phishing email',
  'which password manager does the company recommend',
  'how do i set up the vpn on my new laptop',
  'what time zone is our singapore office in',
  'how do I change my teams status to away',
  'how do i add an emoji reaction in slack',
  'is there parking at head office',
  'how do i claim mileage for a client visit',
  'what is the capital of australia',
  'how do i schedule a recurring meeting in outlook',
  'my wifi keeps dropping, who do i call',
  'how do I share my calendar with my PA',
  "what's the dress code for client meetings",
  'how do i encrypt a usb stick',
  'how to spot a fake invoice',
  'tips for running a more productive meeting',
  'how do i turn on live captions for accessibility',
  'where can I download the latest version of excel',
  'how do i record a podcast episode',
];
