// A fourteenth independent question set, written after the thirteenth set's changes and scored once before any change
// of this round: the honest measure of the code as the thirteenth round left it. Answerable questions over every topic
// and audience in casual, indirect, typo and formal styles (must groups from the guidance's own words) and near misses
// in new wordings (decoy words of the guidance — lobby, VPN, single sign-on, encryption, camera, recording, waiting,
// meeting room — about other subjects). It is NOT used by the knowledge base and must not be copied into topic
// examples. First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const FOURTEENTH_OUT_OF_SCOPE: string[] = [
  'how do I blur a face in a video before posting it on the intranet',
  'who should I tell if I lost my building pass',
  'can you book me a desk near the window on thursday',
  'how do i encrypt a usb stick before posting it to a client',
  'our password manager keeps logging me out, who supports it',
  'what time does the lobby of head office open on saturdays',
  'where is the nearest train station to the london office',
  'is there a template for the minutes of the board meeting',
  'how many people can fit in the large conference room upstairs',
  'do I need a tv licence to watch iplayer on my work laptop',
  'what camera settings give the best results for staff headshots',
  'can we change the background colour of the company website',
  'recommend some noise cancelling headphones for the open plan office',
  'how should I reply to a customer complaint about call centre waiting times',
  'how do I set an out of office reply in outlook',
  'we need a vpn for staff travelling to china, which one is legal there',
  'is single sign-on available for our expenses app',
  'what should go in our social media policy for staff',
  'how do I reserve a parking space for a visitor coming to a meeting',
  'how long should we keep cctv footage from the car park',
  'can you summarise yesterdays all hands meeting for me',
  'the hdmi adapter for the meeting room tv has gone missing again',
  'how do i report a colleague for bullying during a teams call',
];

export const FOURTEENTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'Before we shop around for a video platform, is there a case for sticking with what came with our office licences?',
    topics: ['existing-services'],
    must: [['existing', 'familiar', 'already']],
  },
  {
    q: 'what paperwork should we ask a prospective conferencing supplier for',
    topics: ['assessing-new-services'],
    must: [['independent', 'audit', 'assessment']],
  },
  {
    q: "we're a council team handling OFFICIAL info - what standard should a video service meet?",
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: 'does end to end encryption mean we dont have to trust the provider at all',
    topics: ['encryption'],
    must: [['trust']],
  },
  {
    q: "Which country's courts could get at our meeting data if the vendor hosts it abroad?",
    topics: ['data-location'],
    must: [['jurisdiction']],
  },
  {
    q: 'is the premium tier of our meeting software worth it for security reasons',
    topics: ['paid-features'],
    must: [['paid', 'additional', 'enhanced']],
  },
  {
    q: 'As the admin, should I lock settings centrally or let each host choose per meeting?',
    topics: ['organisation-defaults'],
    must: [['enforce', 'default']],
  },
  {
    q: 'can we hook the meeting platform up to our azure ad so people dont need another password',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso', 'corporate identity']],
  },
  {
    q: "our conferencing tool doesn't support SSO, what's the fallback for logins",
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', 'two factor', '2fa', 'password']],
  },
  {
    q: 'who on the team really needs access to call transcripts and logs in the admin console',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role']],
  },
  {
    q: 'ppl without a company account keep walking straight into our calls, how to stop that',
    topics: ['lobby-and-passcodes'],
    must: [['lobby', 'passcode', 'waiting']],
  },
  {
    q: 'Can outsiders ring staff on Teams out of the blue, and should we allow it?',
    topics: ['unscheduled-calls'],
    must: [['block']],
  },
  {
    q: 'should file transfer inside meetings be switched on for everyone',
    topics: ['in-meeting-features', 'organisation-defaults', 'screen-sharing-and-presenters'],
    must: [['default', 'opt-in', 'trust']],
  },
  {
    q: 'where do saved chat logs from our calls end up and who can open them',
    topics: ['recordings-and-stored-data'],
    must: [['stored', 'where'], ['access']],
  },
  {
    q: "what's the approved way to get the zoom app onto staff phones",
    topics: ['installing-apps'],
    must: [['app store', 'enterprise management']],
  },
  {
    q: 'the meeting app is asking for access to my photos and location, is that ok',
    topics: ['app-permissions'],
    must: [['location', 'photos', 'constrain']],
  },
  {
    q: 'calls stutter over the always-on VPN; can we route the meeting service around it?',
    topics: ['vpn-exception'],
    must: [['exception', 'vpn']],
  },
  {
    q: "the boardroom conferencing kit hasn't had a firmware update in ages - does that matter?",
    topics: ['room-equipment'],
    must: [['patch', 'support', 'dedicated']],
  },
  {
    q: 'people join from the browser, the desktop client and by phone, should the settings match?',
    topics: ['consistent-platforms'],
    must: [['consistent', 'all platforms']],
  },
  {
    q: 'a supplier invited us to their webex but we use teams, do I install webex',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'new hires have never used video calls before, what should we give them',
    topics: ['staff-user-guidance'],
    must: [['guidance']],
  },
  {
    q: 'first proper client call tomorrow from home, what should i check beforehand',
    topics: ['preparing-for-calls'],
    must: [['test', 'mute', 'camera']],
  },
  {
    q: 'is it a big deal if I forward the dial-in info for the board call to my team',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'i work from my kitchen, anything I can do so clients dont see my house on video',
    topics: ['camera-and-background'],
    must: [['blur', 'background']],
  },
  {
    q: 'how will i know if somebody starts recording the meeting',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'is a webcam cover for my laptop worth getting',
    topics: ['camera-and-background'],
    must: [['shutter', 'unplug', 'light']],
  },
  {
    q: "I'm hosting a panel with external guests next week and I've never used the host controls, advice?",
    topics: ['host-test-meeting'],
    must: [['test meeting', 'familiar']],
  },
  {
    q: 'Can I put the meeting passcode in the Outlook invite body?',
    topics: ['sharing-passwords'],
    must: [['directly', 'participants']],
  },
  {
    q: "an unfamiliar name turned up in our call and wouldn't say who they were, what should the host have done",
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['remov', 'identif', 'verif']],
  },
  {
    q: 'In a town hall with 300 people, who should be allowed to share their screen?',
    topics: ['screen-sharing-and-presenters', 'in-meeting-features', 'organisation-defaults'],
    must: [['subset', 'restrict', 'presenter', 'constrain']],
  },
];
