// A fourth independent question set, written before any change it prompted and without reading the other sets
// (questions.ts, heldout-questions.ts, third-set.ts, validation-questions.ts, the eval corpus). It is NOT used by the
// knowledge base and must not be copied into topic examples. Emphasis: near-misses that share words with the domain
// (password, meeting, room, record, call, camera, invite, host) but ask about logistics, IT help, HR, facilities or
// other security topics. Styles: casual, typos, indirect.
// First try (before any change it prompted): answered with the key advice 27/30 = 0.900 (one of the three misses was a
// must-group slip, corrected below: 28/30 = 0.933), declined 38/50 = 0.760.
import type { ThirdSetAnswerable } from './third-set.js';

export const FOURTH_OUT_OF_SCOPE: string[] = [
  // facilities / canteen / office
  'wat time does the canteen shut on fridays',
  'is there a quiet room on the 3rd floor i can take calls in',
  'who do i ask about the broken aircon in meeting room 4',
  'can I bring my dog into the office',
  'where are the spare chairs for the big meeting room kept',
  // IT help
  'whats the guest wifi password',
  'printer on floor 2 keeps jamming, who fixes it',
  'i forgot my laptop password how do i reset it',
  'my outlook keeps crashing when i open attachments',
  'how do I map a network drive',
  'headset mic sounds crackly on every app, any fix',
  'how do i get a second monitor for home working',
  // HR / leave / expenses
  'how many days annual leave do i get',
  'how do i claim expenses for the train to the client meeting',
  'who approves overtime',
  'is there a cycle to work scheme',
  'when is the next payroll date',
  // other security topics
  'how do i spot a phishing email',
  'which password manager does the company recommend',
  'should i report a lost work phone',
  'is it ok to use a usb stick from a conference',
  'how often should i change my windows password',
  'what is ransomware and how does it spread',
  // meeting logistics
  'how do I write a good agenda for a team meeting',
  'who should take the minutes in our weekly call',
  'how do i book meeting room 2b for tuesday',
  'can you order sandwiches for the board meeting',
  'how do i set up a recurring invite every other monday',
  'best time to schedule a call with colleagues in singapore and new york',
  'how many people fit in the large conference room',
  'how do i reschedule a meeting without sending everyone a new invite',
  'whats the etiquette for declining a meeting invite',
  'how long should a stand up meeting last',
  'how do i add a room to my calendar invite in outlook',
  'can i see who accepted my meeting invite',
  // product how-tos unrelated to security
  'how do i change my zoom display name',
  'how do i raise my hand in teams',
  'how to make breakout rooms in zoom',
  'can i use emoji reactions in a webex call',
  'how do I turn on live captions in teams',
  'how do i change the ringtone for teams calls',
  'how to record my screen for a training video in powerpoint',
  // general knowledge / chit-chat
  'whats the weather like in leeds tomorrow',
  'who won the football last night',
  'what is the capital of australia',
  'tell me a joke',
  'how do I make a good cup of tea',
  'what year was the ncsc founded',
  'recommend a good camera for wildlife photography',
  'who is hosting the christmas party this year',
];

const SHARE_PASSWORD = [['directly', 'separately', 'only']];
const STORED = [['stored', 'store'], ['access']];

export const FOURTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'is it safe to paste the zoom passcode into the calendar invite that goes to the whole dept',
    topics: ['sharing-passwords', 'join-details', 'lobby-and-passcodes'],
    must: SHARE_PASSWORD,
  },
  {
    q: 'someone posted our teams link on twitter, what now',
    topics: ['join-details', 'lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby', 'link', 'passcode']],
  },
  {
    q: 'how do i know if someone is recording me on a call',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'where do our meeting recordings end up and who can see them',
    topics: ['recordings-and-stored-data'],
    must: STORED,
  },
  {
    q: 'shud we turn on the waiting room for external calls',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby']],
  },
  {
    q: 'theres an unknown phone number dialled into my meeting, what do i do',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['remove', 'verify', 'identify', 'lobby']],
  },
  {
    q: 'is my webcam light always on when the camera is recording',
    topics: ['camera-and-background'],
    must: [['camera', 'webcam']],
  },
  {
    q: 'what should i check before joining a sensitive video call from home',
    topics: ['preparing-for-calls', 'camera-and-background', 'staff-user-guidance'],
    must: [['camera', 'mute', 'background']],
  },
  {
    q: 'can the zoom app read my contacts and photos on my phone?',
    topics: ['app-permissions'],
    // was [['permission']] when first measured (a must-group slip: the right topic, which says "access", failed it)
    must: [['permission', 'access']],
  },
  {
    q: 'where should staff download the webex client from',
    topics: ['installing-apps'],
    must: [['official', 'store', 'trusted']],
  },
  {
    q: 'our always on vpn makes video calls laggy, can we split tunnel it',
    topics: ['vpn-exception'],
    must: [['vpn']],
  },
  {
    q: 'how do we secure the conference room video bar',
    topics: ['room-equipment'],
    must: [['room', 'device']],
  },
  {
    q: 'a supplier invited me to their google meet, should i install their app',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'do we actually need a new video platform or stick with what we have in 365',
    topics: ['existing-services', 'assessing-new-services'],
    must: [['existing', 'already']],
  },
  {
    q: 'what questions should we ask a video conferencing vendor about security',
    topics: ['assessing-new-services', 'cloud-security-principles'],
    must: [['assess', 'principles', 'risk']],
  },
  {
    q: 'is teams end to end encrypted?',
    topics: ['encryption'],
    must: [['end-to-end']],
  },
  {
    q: 'does it matter which country our video call data sits in',
    topics: ['data-location'],
    must: [['jurisdiction', 'location']],
  },
  {
    q: 'is the free tier of zoom secure enough for business',
    topics: ['paid-features'],
    must: [['paid', 'free', 'enhanced']],
  },
  {
    q: 'should we make people log in to the conferencing tool with their company account',
    topics: ['single-sign-on', 'passwords-and-mfa'],
    must: [['single sign-on', 'sso', 'multi-factor', 'mfa']],
  },
  {
    q: 'do we need two factor on the webex admin accounts',
    topics: ['passwords-and-mfa', 'privileged-accounts'],
    must: [['multi-factor', 'mfa', '2fa', 'privilege']],
  },
  {
    q: 'how many people should have admin rights on our teams tenant',
    topics: ['privileged-accounts'],
    must: [['privilege', 'admin']],
  },
  {
    q: 'which security settings should be switched on by default for every meeting',
    topics: ['organisation-defaults'],
    must: [['default']],
  },
  {
    q: 'should randoms from outside be able to ring our staff on teams out of the blue',
    topics: ['unscheduled-calls'],
    must: [['unscheduled', 'outside', 'external']],
  },
  {
    q: 'should we disable file transfer in meeting chat',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['file']],
  },
  {
    q: 'can i stop attendees sharing their screens in my webinar',
    topics: ['screen-sharing-and-presenters', 'in-meeting-features'],
    must: [['present', 'shar']],
  },
  {
    q: 'first time running a zoom for customers, how do i practice the controls',
    topics: ['host-test-meeting'],
    must: [['test meeting']],
  },
  {
    q: 'what guidance should we give employees on using video calls securely',
    topics: ['staff-user-guidance'],
    must: [['guidance']],
  },
  {
    q: 'my settings look different in the browser version vs the desktop app, is that a risk',
    topics: ['consistent-platforms'],
    must: [['browser', 'app']],
  },
  {
    q: 'we handle official-sensitive stuff, what should our video provider meet',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: 'how do i make sure only invited ppl get into my meeting',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes', 'sharing-passwords', 'join-details'],
    must: [['lobby', 'passcode', 'password']],
  },
];
