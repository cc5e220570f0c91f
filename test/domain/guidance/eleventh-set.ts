// An eleventh independent question set, written after the near-miss probe's changes and scored once before any change
// it could prompt: answerable questions over every topic and audience in casual, indirect, typo and formal styles
// (must groups taken from the guidance's own words), and near misses (other security subjects, other video and
// meeting subjects, HR and facilities) in wordings unlike the earlier sets. It is NOT used by the knowledge base and
// must not be copied into topic examples. First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const ELEVENTH_OUT_OF_SCOPE: string[] = [
  'my manager wants a weekly report of who turned up to the all hands, where do I get attendance numbers',
  'can someone explain what a zero day exploit actually is',
  'Is it acceptable to store customer passport scans on the shared drive?',
  'whats the process for getting a new starter set up with a laptop and email',
  'how do I stop my teams status going to away after five minutes',
  'our webinar had loads of sign ups but only half came, how do we boost turnout',
  'could you draft a polite email chasing an unpaid invoice',
  'the lift on the third floor is making a weird noise again',
  'how long do we keep CVs of unsuccessful job applicants',
  'which antivirus do you lot recommend for a mac',
  'how do I get the meeting room screen to show my laptop with a hdmi cable',
  'is it safe to use hotel computers in the business centre to print boarding passes',
  'can we use AI to write meeting summaries automatically',
  'what should I do if I clicked a link in a dodgy text about a parcel',
  "What is the organisation's policy on flexible working hours?",
  'how to make my voice sound less robotic on calls, is it my mic settings',
  'anyone know a good app for transcribing interviews i recorded on my phone',
  'where can i find the brand guidelines and logo for presentation slides',
  'my kid spilt juice on my work laptop keyboard what now',
  'how do I set up two factor on the payroll system',
  'should we penetration test our website before launch',
  'what size should a video thumbnail be for our intranet page',
];

export const ELEVENTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'we already pay for microsoft 365, do we even need to look at another video tool',
    topics: ['existing-services'],
    must: [['existing', 'already']],
  },
  {
    q: 'procurement asked me what evidence to ask a new conferencing supplier for',
    topics: ['assessing-new-services', 'cloud-security-principles'],
    must: [['audit', 'independent', 'assessment', 'saas']],
  },
  {
    q: 'We handle patient records. Is a standard consumer video app good enough for case conferences?',
    topics: ['cloud-security-principles', 'assessing-new-services'],
    must: [['cloud security principles', 'personal data']],
  },
  {
    q: 'is it worth paying extra for the enterprise tier of our meeting software?',
    topics: ['paid-features'],
    must: [['paid', 'additional', 'enhanced']],
  },
  {
    q: 'can the provider itself listen in on our calls?',
    topics: ['encryption'],
    must: [['end-to-end', 'encrypt']],
  },
  {
    q: 'does it matter which country our meeting recordings end up being stored in',
    topics: ['data-location', 'recordings-and-stored-data'],
    must: [['jurisdiction', 'where', 'location']],
  },
  {
    q: 'shoud we force the same meeting settings for everyone or let people pick their own',
    topics: ['organisation-defaults'],
    must: [['default', 'enforce']],
  },
  {
    q: 'Can staff log into the video platform with their normal work login rather than yet another password?',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso', 'corporate identity']],
  },
  {
    q: "our conferencing tool can't hook into azure ad, what's the fallback for logins",
    topics: ['passwords-and-mfa', 'single-sign-on'],
    must: [['password', 'multi-factor', 'mfa', '2fa']],
  },
  {
    q: 'how many people should have full admin on the zoom account',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role']],
  },
  {
    q: 'randoms keep turning up in our public webinars, how do we vet them before they get in',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby', 'waiting']],
  },
  {
    q: 'people outside the company can ring my teams directly out of the blue, can we stop that',
    topics: ['unscheduled-calls'],
    must: [['block', 'contacts']],
  },
  {
    q: 'should remote control of another persons screen be switched on for everyone',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters', 'organisation-defaults'],
    must: [['opt-in', 'default', 'features', 'restrict']],
  },
  {
    q: 'who can get at the transcripts the system generates automatically after each call',
    topics: ['recordings-and-stored-data', 'privileged-accounts'],
    must: [['access']],
  },
  {
    q: 'the zoom app wants access to my photos and contacts, should i allow it',
    topics: ['app-permissions'],
    must: [['contact', 'photos', 'constrain']],
  },
  {
    q: 'a pop up on the meeting page told me to download their app, is that ok?',
    topics: ['installing-apps', 'other-organisations-services'],
    must: [['app store', 'browser', 'prompt']],
  },
  {
    q: 'calls are choppy over the always on vpn, can we route the meeting traffic round it',
    topics: ['vpn-exception'],
    must: [['exception', 'vpn']],
  },
  {
    q: 'Who is responsible for updating the firmware on the conference room video units?',
    topics: ['room-equipment'],
    must: [['patch', 'room']],
  },
  {
    q: 'a partner agency sends us webex invites but we use teams. whats the safest way to join',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'does the meeting behave the same if someone dials in by phone vs using the app',
    topics: ['consistent-platforms'],
    must: [['consistent', 'platform', 'audio-only', 'dial']],
  },
  {
    q: 'lots of our staff have never used video calls before, what should we give them',
    topics: ['staff-user-guidance', 'preparing-for-calls'],
    must: [['guidance', 'test']],
  },
  {
    q: 'first time on a video call tomorrow any tips so i dont embarass myself',
    topics: ['preparing-for-calls', 'staff-user-guidance'],
    must: [['test', 'mute']],
  },
  {
    q: 'a colleague pasted our meeting link in a public slack channel, does that matter?',
    topics: ['join-details'],
    must: [['sensitive', 'joining details', 'invited']],
  },
  {
    q: 'I work from my kitchen and dont want people seeing my family in the background',
    topics: ['camera-and-background'],
    must: [['blur', 'background']],
  },
  {
    q: 'how can i tell if the other side is taping our conversation',
    topics: ['recording-indicator'],
    must: [['recorded', 'recording']],
  },
  {
    q: 'I have a meeting with a supplier next week and have never used the host controls. What should I do beforehand?',
    topics: ['host-test-meeting'],
    must: [['test meeting', 'practice', 'test']],
  },
  {
    q: 'during a town hall can I stop attendees from sharing their screens',
    topics: ['screen-sharing-and-presenters'],
    must: [['presenter', 'restrict', 'subset']],
  },
  {
    q: 'is it bad to put the meeting passcode in the outlook invite for a client call',
    topics: ['sharing-passwords'],
    must: [['directly', 'calendar']],
  },
  {
    q: 'someone joined as "iphone 12" and never said who they were, what should I have done',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [
      ['identity', 'identif', 'verif'],
      ['remov', 'lobby'],
    ],
  },
  {
    q: 'Kindly advise whether chat messages exchanged during a conference are retained, and by whom they may be viewed.',
    topics: ['recordings-and-stored-data'],
    must: [['stored', 'access']],
  },
  {
    q: 'wat shud i check b4 a conf call with extrnal ppl as the organiser',
    topics: ['host-test-meeting', 'who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['lobby', 'test', 'verif', 'identit']],
  },
  {
    q: 'my webcam has no cover and i am paranoid, options?',
    topics: ['camera-and-background'],
    must: [['shutter', 'unplug']],
  },
];
