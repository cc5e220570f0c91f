// A ninth independent question set, written after the eighth set's changes and scored once before any change it could
// prompt: the honest measure of how those changes generalise. Answerable questions over every topic and audience in
// casual, indirect, typo and formal styles; near misses from other security subjects (messaging, devices, supplier
// vetting for other software, data protection) and video-related questions the guidance does not cover. It is NOT used
// by the knowledge base and must not be copied into topic examples.
// First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const NINTH_OUT_OF_SCOPE: string[] = [
  'how do I report a suspicious text message claiming to be from HMRC',
  'can I forward work emails to my personal gmail',
  'how often should I change my windows password',
  'is it ok to let my kids use my work laptop',
  'what should I do if I clicked a link in a dodgy email',
  'how do i set up two factor on my personal instagram',
  'whats the policy on working from a coffee shop',
  'how do we do a data protection impact assessment for the new HR system',
  'can alexa in my home office hear work conversations',
  'which antivirus do we use on macs',
  'how do I encrypt a zip file before emailing it',
  'is whatsapp safe for sending customer details',
  'how do I shoot a good product video for our website',
  'what camera settings give the best picture for a youtube video',
  'can you recommend a conference speakerphone for the boardroom',
  'what time is the all-staff meeting on friday',
  'how do I add a second screen to see my slides while presenting',
  'what is the cheapest webinar platform for a charity',
  'can I claim a new headset on expenses',
  'how do i translate a meeting recording into spanish',
  'how do I make my slides look more professional',
  'who do I contact about a broken screen on my work phone',
  'are QR codes safe to scan',
  'how do i block spam calls on my work mobile',
  'how should we vet a new payroll software supplier',
];

export const NINTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'Is Teams Premium worth paying for if all we want is better meeting security?',
    topics: ['paid-features'],
    must: [['paid', 'enhanced security', 'additional']],
  },
  {
    q: "what's the main benefit of sticking with webex since we already use it everywhere",
    topics: ['existing-services'],
    must: [['familiar', 'authentication', 'audit', 'training', 'compliance']],
  },
  {
    q: 'Our CISO asked how to compare three shortlisted meeting vendors.',
    topics: ['assessing-new-services'],
    must: [['risk assessment', 'assessment', 'saas']],
  },
  {
    q: "does the provider get to read our meeting chat if it's not end to end encrypted",
    topics: ['encryption'],
    must: [['encrypt'], ['trust', 'server-side', 'decrypt']],
  },
  {
    q: "we're an NHS trust, where should our video call data legally sit",
    topics: ['data-location', 'cloud-security-principles'],
    must: [['jurisdiction', 'location', 'principle']],
  },
  {
    q: 'can we stop ppl turning off the lobby in thier own meetings',
    topics: ['organisation-defaults', 'lobby-and-passcodes'],
    must: [['default', 'enforce', 'lobby']],
  },
  {
    q: 'Should conferencing accounts sign in through our identity provider?',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso']],
  },
  {
    q: 'the meeting service only lets us set a password, nothing else. good enough?',
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', 'mfa', '2fa', 'two factor']],
  },
  {
    q: "Who in IT should be able to download everyone's call recordings?",
    topics: ['privileged-accounts', 'recordings-and-stored-data'],
    must: [['least privilege', 'role', 'access']],
  },
  {
    q: 'people dialling in from unknown numbers get straight into the meeting - is that right',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby', 'passcode', 'verif']],
  },
  {
    q: "I keep getting video calls from people I've never heard of outside the company",
    topics: ['unscheduled-calls'],
    must: [['block']],
  },
  {
    q: 'should the meeting chat be turned on for everyone by default?',
    topics: ['in-meeting-features', 'organisation-defaults'],
    must: [['default', 'opt-in', 'trust']],
  },
  {
    q: 'where do the transcripts end up after a teams call and who can read them',
    topics: ['recordings-and-stored-data', 'in-meeting-features'],
    must: [['stored', 'where'], ['access']],
  },
  {
    q: "We're rolling out video calls to the whole council for the first time. What do staff need to be told?",
    topics: ['staff-user-guidance'],
    must: [['guidance', 'test', 'mute']],
  },
  {
    q: 'how do i make sure im on mute before the call starts',
    topics: ['preparing-for-calls'],
    must: [['mute']],
  },
  {
    q: 'someone screenshotted our zoom link and passcode into a public slack channel, is that a big deal?',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'i want my face visible but not my bedroom, options?',
    topics: ['camera-and-background'],
    must: [['blur', 'background']],
  },
  {
    q: 'how can staff tell if a teams meeting is being recorded',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'running my first external webinar tomorrow - how do I learn the host buttons',
    topics: ['host-test-meeting'],
    must: [['test meeting', 'practi', 'rehears', 'dry run']],
  },
  {
    q: 'only the CEO should present in the all-hands, how to set that up securely?',
    topics: ['screen-sharing-and-presenters'],
    must: [['subset', 'presenter', 'restrict', 'constrain', 'limit']],
  },
  {
    q: 'can i just paste the webinar password into the calendar invite for the external panel',
    topics: ['sharing-passwords'],
    must: [['directly', 'separately', 'email', 'only']],
  },
  {
    q: "A participant on my call says he's from our auditors but I can't confirm it.",
    topics: ['who-is-on-the-call'],
    must: [['verif', 'identif', 'remove']],
  },
  {
    q: 'mobile app users seem to have different meeting security settings than desktop users',
    topics: ['consistent-platforms'],
    must: [['consistent', 'same', 'all platforms']],
  },
  {
    q: 'shud the meeting app be allowed to see my location?',
    topics: ['app-permissions'],
    must: [['location']],
  },
  {
    q: 'staff are downloading meeting apps from random websites',
    topics: ['installing-apps'],
    must: [['app store', 'enterprise', 'official']],
  },
  {
    q: 'Teams audio keeps breaking up for people on the corporate VPN',
    topics: ['vpn-exception'],
    must: [['vpn'], ['exception']],
  },
  {
    q: "the boardroom's video conferencing unit hasn't had an update in years",
    topics: ['room-equipment'],
    must: [['patch', 'support', 'update']],
  },
  {
    q: 'A partner organisation uses Google Meet and we use Teams; how should staff join?',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'Is there NCSC guidance for choosing a platform for confidential legal meetings?',
    topics: ['cloud-security-principles', 'assessing-new-services'],
    must: [['principles', 'sensitive']],
  },
  {
    q: 'shud remote control of other peoples screens be allowed',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['remote control']],
  },
];
