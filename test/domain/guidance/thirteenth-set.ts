// A thirteenth independent question set, written after the twelfth set's changes and scored once before any change:
// the honest measure of the code as this round leaves it. Answerable questions over the topics in casual, indirect,
// typo and formal styles (must groups from the guidance's own words) and near misses (other security subjects,
// other video and meeting subjects, HR and facilities). It is NOT used by the knowledge base and must not be copied
// into topic examples. First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const THIRTEENTH_OUT_OF_SCOPE: string[] = [
  'how often should we run a phishing test on staff',
  'can i use my personal zoom account to chat with my grandkids on my work laptop',
  'who is the fire warden for the second floor',
  'what is the wifi called in the new office',
  'how do i get a refund for a conference ticket i cant use',
  'is teams better than slack for team chat',
  'how do I export the attendee list from last weeks webinar to excel',
  'can we get a bigger screen for the boardroom',
  'what are the rules on using AI chatbots with company data',
  'is there a discount on zoom licences for charities',
  'how do I stop my laptop fan being so loud during calls',
  'please write a welcome message for new starters',
  'what is the dress code for video interviews with candidates',
  'how should I store the keys to the server room',
  'how do I set up a shared calendar for the whole team',
];

export const THIRTEENTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'we got a conferencing tool bundled with our email suite, any reason not to just use that?',
    topics: ['existing-services'],
    must: [['existing', 'already', 'familiar']],
  },
  {
    q: 'how do we check a new meeting vendor is trustworthy before signing',
    topics: ['assessing-new-services'],
    must: [['audit', 'independent', 'assessment', 'terms']],
  },
  {
    q: 'do we need extra assurance for calls where social workers discuss vulnerable children',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles', 'personal data']],
  },
  {
    q: 'is the encryption in our meeting tool something we can actually rely on',
    topics: ['encryption'],
    must: [['trust', 'encrypt']],
  },
  {
    q: 'the provider says our call data might be processed in several countries, what should we check',
    topics: ['data-location'],
    must: [['jurisdiction', 'where']],
  },
  {
    q: 'shld screen sharing be on for evryone by default or only some groups',
    topics: ['organisation-defaults', 'screen-sharing-and-presenters', 'in-meeting-features'],
    must: [['default', 'restrict', 'presenter']],
  },
  {
    q: 'can our staff use the same login they use for email to get into the conferencing system',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso', 'corporate identity']],
  },
  {
    q: 'we have 12 people with global admin on webex, is that too many',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role']],
  },
  {
    q: 'what should happen to people who dial in from unknown numbers before they join',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby', 'passcode', 'verif']],
  },
  {
    q: 'I keep getting random teams video calls from people I have never heard of',
    topics: ['unscheduled-calls'],
    must: [['block', 'contacts']],
  },
  {
    q: 'someone in the call took control of my screen, how do we turn that feature off',
    topics: ['in-meeting-features', 'organisation-defaults', 'screen-sharing-and-presenters'],
    must: [['remote control', 'default', 'opt-in', 'features']],
  },
  {
    q: 'Our recordings go to the vendor cloud. Who there can watch them?',
    topics: ['recordings-and-stored-data', 'data-location'],
    must: [['access']],
  },
  {
    q: 'should we let the conferencing app see staff contact lists',
    topics: ['app-permissions'],
    must: [['contact', 'constrain']],
  },
  {
    q: 'when people open a meeting link it keeps pushing them to install the desktop client',
    topics: ['installing-apps'],
    must: [['prompt', 'disable']],
  },
  {
    q: 'Do the video units in our meeting rooms need looking after differently from laptops?',
    topics: ['room-equipment'],
    must: [['patch', 'configuration', 'room']],
  },
  {
    q: 'a charity we partner with uses jitsi, how should i join their calls safely',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'is it a risk that the browser version of our meeting tool has different settings to the app',
    topics: ['consistent-platforms'],
    must: [['consistent', 'platform']],
  },
  {
    q: 'can i share the webinar link on our public twitter',
    topics: ['join-details'],
    must: [['sensitive', 'invited', 'public']],
  },
  {
    q: 'how do I make sure my webcam is really off after a meeting',
    topics: ['camera-and-background'],
    must: [['light', 'shutter', 'unplug', 'active']],
  },
  {
    q: 'is there a way to tell if a client is recording our video call',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'first time running a call with members of the public, anything to practise first?',
    topics: ['host-test-meeting'],
    must: [['test meeting', 'test', 'lobby']],
  },
  {
    q: 'whats the right way to send the meeting PIN to external attendees',
    topics: ['sharing-passwords'],
    must: [['directly', 'email', 'only']],
  },
  {
    q: 'Someone on my call has their camera off and a generic name. Should I ask who they are?',
    topics: ['who-is-on-the-call'],
    must: [['identit', 'identif', 'verif']],
  },
  {
    q: 'what do staff need to be taught about video call security',
    topics: ['staff-user-guidance'],
    must: [['guidance']],
  },
];
