// An eighth independent question set, written before reading the decline code in detail and before the changes it
// prompted: answerable questions across every topic and the three audiences (staff attending, organisers, admins) in
// casual, indirect, typo and formal styles, and near-miss out-of-scope questions (security topics outside the
// video-conferencing guidance, and video-related questions it does not cover). It is NOT used by the knowledge base
// and must not be copied into topic examples.
// First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const EIGHTH_OUT_OF_SCOPE: string[] = [
  'how do i spot a phishing email',
  'whats the best way to set up the vpn on my home laptop',
  'which password manager does the company recommend',
  'is my work laptop hard drive encrypted',
  'a customer sent a subject access request under GDPR, what is the deadline',
  'how do I secure the wifi router at home',
  'are the office printers safe to print payslips on',
  'found a usb stick in the car park, can i plug it in to see whose it is',
  'what is the best webcam to buy for under 100 pounds',
  'which video editing software should marketing use',
  'how do i record a podcast with a guest remotely',
  'can we livestream my sisters wedding on youtube',
  "what is zoom's share price today",
  'how do i book meeting room 3 for thursday',
  'whats a good time for a call between london and sydney',
  'How do I report a lost work phone?',
  'Our website TLS certificate expires next week, how do I renew it?',
  'is it safe to use public wifi at the train station for email',
  'how do i turn on bitlocker',
  'should we buy cyber insurance',
  'can you recommend a ring light for video calls',
  'how long should we keep CCTV footage',
  'what microphone is best for recording voiceovers',
  'how do I convert an mp4 to a gif',
  'teams keeps crashing on my mac after the update',
  "Who is responsible for approving new starters' building access passes?",
  'what is the difference between ransomware and malware',
  'how do i encrypt an email attachment to a client',
  'can i use my personal iphone for work email',
  'how many people can join a zoom meeting on the free plan',
];

export const EIGHTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'Before procuring anything, should we check whether our current business software already includes video conferencing?',
    topics: ['existing-services'],
    must: [['existing', 'already']],
  },
  {
    q: 'we already pay for google workspace, any reason to bother looking at other video tools?',
    topics: ['existing-services'],
    must: [['familiar', 'authentication', 'audit', 'compliance', 'training']],
  },
  {
    q: 'whats the proces for vetting a new video conferncing vendor',
    topics: ['assessing-new-services'],
    must: [['risk assessment', 'saas', 'assessment']],
  },
  {
    q: "Procurement want us to sign up with a startup's meeting platform next week; what should security look at first?",
    topics: ['assessing-new-services', 'existing-services'],
    must: [['risk assessment', 'assessment', 'terms']],
  },
  {
    q: 'We handle OFFICIAL government data. Which NCSC framework should we use to judge a conferencing provider?',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles', 'principles']],
  },
  {
    q: 'is the premium tier of our meeting tool worth it for security?',
    topics: ['paid-features'],
    must: [['paid', 'enhanced security', 'additional features']],
  },
  {
    q: 'does end to end encription mean the provider cant see our calls?',
    topics: ['encryption'],
    must: [['end-to-end', 'decrypt', 'encrypt'], ['trust']],
  },
  {
    q: 'What is the difference between end-to-end encryption and encryption between devices and the service?',
    topics: ['encryption'],
    must: [['server-side', 'participants']],
  },
  {
    q: 'Our legal team asked which countries our meeting data might end up in. Where do I start?',
    topics: ['data-location'],
    must: [['jurisdiction', 'location', 'where your data']],
  },
  {
    q: 'should screen sharing be locked down for everyone or left up to each meeting?',
    topics: ['organisation-defaults', 'in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['default', 'per-meeting', 'enforce', 'subset']],
  },
  {
    q: 'How should we decide which conferencing settings to enforce centrally and which to leave as overridable defaults?',
    topics: ['organisation-defaults'],
    must: [['default'], ['enforce', 'override']],
  },
  {
    q: 'can we make ppl log into zoom with there microsoft work acount',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso']],
  },
  {
    q: 'Users keep complaining they have to log in again every time they open the meeting app.',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso']],
  },
  {
    q: "we can't do SSO for our webinar platform, what's the fallback for account security?",
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', 'mfa', '2fa', 'two factor'], ['password']],
  },
  {
    q: 'is 2fa needed on the video call acounts?',
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', '2fa', 'two factor']],
  },
  {
    q: 'Which staff should be allowed to access meeting transcripts and recordings in the admin console?',
    topics: ['privileged-accounts', 'recordings-and-stored-data'],
    must: [['least privilege', 'role', 'access']],
  },
  {
    q: 'does every IT person need full admin on teams',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role-based', 'rbac']],
  },
  {
    q: "Should guests who weren't invited get straight into our meetings?",
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [
      ['lobby', 'waiting'],
      ['passcode', 'verified', 'admit', 'identity'],
    ],
  },
  {
    q: 'shoud anonymus people need a passcode to join',
    topics: ['lobby-and-passcodes'],
    must: [['passcode']],
  },
  {
    q: 'Random people outside the company keep ringing me directly on Teams.',
    topics: ['unscheduled-calls'],
    must: [['block'], ['contacts', 'outside']],
  },
  {
    q: "Should we permit inbound calls from external users who are not in the recipient's contact list?",
    topics: ['unscheduled-calls'],
    must: [['block']],
  },
  {
    q: "Is it wise to let participants take remote control of each other's screens?",
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['remote control'], ['trust', 'default', 'opt-in', 'subset']],
  },
  {
    q: 'auto transcripts: on by default or opt in?',
    topics: ['in-meeting-features', 'organisation-defaults'],
    must: [['opt-in', 'opt in', 'default']],
  },
  {
    q: 'Our recordings have been piling up for months and no one knows who can see them.',
    topics: ['recordings-and-stored-data'],
    must: [['stored', 'where'], ['access']],
  },
  {
    q: 'What should our user guidance for remote workers cover regarding video calls?',
    topics: ['staff-user-guidance'],
    must: [['guidance'], ['securely', 'secure']],
  },
  {
    q: 'first zoom call tommorow, how do i not embarass myself',
    topics: ['preparing-for-calls'],
    must: [['test'], ['mute', 'camera', 'microphone']],
  },
  {
    q: 'how do I check my mic and camera work before an interview call',
    topics: ['preparing-for-calls'],
    must: [['test']],
  },
  {
    q: 'can I post our team meeting link on my public LinkedIn?',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'is the meeting id and passcode secret or can i share it round',
    topics: ['join-details', 'sharing-passwords'],
    must: [['sensitive', 'private', 'only']],
  },
  {
    q: 'my kitchen is a mess, can ppl see it on calls',
    topics: ['camera-and-background'],
    must: [['blur', 'background']],
  },
  {
    q: "I worry the webcam on my laptop might be on when I'm not in a meeting.",
    topics: ['camera-and-background'],
    must: [['light', 'shutter', 'active', 'unplug']],
  },
  {
    q: 'how would i know if someone is recording our call',
    topics: ['recording-indicator'],
    must: [['record'], ['indicat']],
  },
  {
    q: 'never hosted a webinar with outside people before, any tips?',
    topics: ['host-test-meeting'],
    must: [['test meeting', 'practi', 'dry run', 'rehears']],
  },
  {
    q: 'For a client presentation, should all attendees be able to share their screens?',
    topics: ['screen-sharing-and-presenters', 'in-meeting-features'],
    must: [['subset', 'presenter', 'restrict', 'constrain', 'limit']],
  },
  {
    q: 'shud i put the meeting pasword in the outlook invite?',
    topics: ['sharing-passwords', 'join-details'],
    must: [
      ['directly', 'separately', 'email'],
      ['calendar', 'invite', 'appointment'],
    ],
  },
  {
    q: "There's an unknown name on my call that nobody recognises.",
    topics: ['who-is-on-the-call'],
    must: [['remove', 'verify', 'identif']],
  },
  {
    q: "What are the organiser's responsibilities during a video conference with external parties?",
    topics: ['who-is-on-the-call', 'host-test-meeting'],
    must: [['verif', 'identif', 'lobby']],
  },
  {
    q: 'do browser and dial-in users need the same settings as the desktop app?',
    topics: ['consistent-platforms'],
    must: [['consistent', 'same', 'all platforms']],
  },
  {
    q: 'the zoom app on my phone wants access to my contacts and photos, should i allow it',
    topics: ['app-permissions'],
    must: [
      ['contact', 'photo', 'location'],
      ['understand', 'shared', 'protected', 'constrain'],
    ],
  },
  {
    q: "site keeps popping up 'download our app' when i join, shd i?",
    topics: ['installing-apps', 'other-organisations-services'],
    must: [['prompt', 'browser', 'app store']],
  },
  {
    q: 'How should meeting apps be deployed to managed corporate laptops?',
    topics: ['installing-apps'],
    must: [['app store', 'enterprise management', 'management tools']],
  },
  {
    q: 'video calls are laggy over the vpn, can we split tunnel them?',
    topics: ['vpn-exception'],
    must: [['vpn'], ['exception']],
  },
  {
    q: 'Who patches the conference room video kit and does it need different settings?',
    topics: ['room-equipment'],
    must: [['patch', 'support'], ['configur']],
  },
  {
    q: "a supplier sent a webex invite but we're a teams shop",
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
];
