// A tenth independent question set, written after the ninth set's changes and scored once before any change it could
// prompt: a second honest measure of generalisation. Answerable questions over the topics and audiences in casual,
// indirect, typo and formal styles; near misses from home and personal security, NCSC subjects outside this
// guidance, and video production. It is NOT used by the knowledge base and must not be copied into topic examples.
// First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const TENTH_OUT_OF_SCOPE: string[] = [
  'how do i secure my home smart doorbell camera',
  "what's the best way to back up my laptop before travelling",
  'how do I set up a guest network on my home router',
  'can I plug my personal phone into my work laptop to charge it',
  'is chrome or edge more secure for online banking',
  'how do I make a youtube video private',
  'what lens should I use for filming interviews',
  'how do i caption a recorded training video for accessibility',
  'whats the zoom customer support phone number',
  'how do I schedule a meeting across three time zones',
  'who won the best picture oscar last year',
  'what is end to end encryption in whatsapp',
  'how do I encrypt my iphone backup',
  'can hackers get into my smart tv',
  'how do I record my screen to make a tutorial',
  "what are NCSC's cyber essentials requirements",
  'how do we report a cyber incident to the NCSC',
  'is it safe to charge my phone at a public usb port',
];

export const TENTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'r we allowed to use the free version of zoom for client calls',
    topics: ['paid-features', 'existing-services', 'assessing-new-services'],
    must: [['paid', 'existing', 'assessment']],
  },
  {
    q: 'Which data centres does our conferencing provider route calls through, and does it matter?',
    topics: ['data-location'],
    must: [['jurisdiction', 'location']],
  },
  {
    q: 'Our security team wants everyone to authenticate before joining internal meetings. Is that what NCSC suggests?',
    topics: ['lobby-and-passcodes', 'single-sign-on'],
    must: [['lobby', 'sso', 'single sign-on', 'authenticat']],
  },
  {
    q: 'how do i stop my camera turning on by itself when i join',
    topics: ['camera-and-background', 'preparing-for-calls'],
    must: [['camera']],
  },
  {
    q: "cam light's on but I'm not in a call?? freaking out",
    topics: ['camera-and-background'],
    must: [['light', 'active', 'shutter', 'unplug']],
  },
  {
    q: 'we need to let the auditors watch the board recordings without giving them admin',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role']],
  },
  {
    q: "what's the risk of letting guests take control of my screen",
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['control']],
  },
  {
    q: 'ppl keep forwarding the meeting invite to randoms',
    topics: ['join-details', 'sharing-passwords'],
    must: [['sensitive', 'only', 'private']],
  },
  {
    q: 'is sending the passcode by text message better than putting it in the invite',
    topics: ['sharing-passwords'],
    must: [['directly', 'separately', 'only']],
  },
  {
    q: 'Our Polycom units in the meeting rooms – separate patching?',
    topics: ['room-equipment'],
    must: [['patch', 'support']],
  },
  {
    q: 'the always-on VPN is eating bandwidth during Teams calls',
    topics: ['vpn-exception'],
    must: [['vpn'], ['exception']],
  },
  {
    q: 'a customer insists on their own video platform, do i need to install it',
    topics: ['other-organisations-services', 'installing-apps'],
    must: [['browser']],
  },
  {
    q: "Should the webinar app be able to read my phone's contacts list?",
    topics: ['app-permissions'],
    must: [['contact']],
  },
  {
    q: 'how do we make sure the web version has the same lobby rules as the app',
    topics: ['consistent-platforms'],
    must: [['consistent', 'same']],
  },
  {
    q: 'first time hosting a hybrid town hall with press attending',
    topics: ['host-test-meeting', 'who-is-on-the-call'],
    must: [['test', 'lobby', 'verif']],
  },
  {
    q: 'can we disable file transfer in meeting chat for everyone',
    topics: ['in-meeting-features', 'organisation-defaults', 'screen-sharing-and-presenters'],
    must: [['file']],
  },
  {
    q: 'what should I check before joining a call from my living room',
    topics: ['camera-and-background', 'preparing-for-calls'],
    must: [['background', 'test', 'mute', 'camera']],
  },
  {
    q: 'Do we really need MFA if the conferencing tool is behind SSO already?',
    topics: ['single-sign-on', 'passwords-and-mfa'],
    must: [['single sign-on', 'sso', 'multi-factor', 'mfa']],
  },
  {
    q: 'apparently calls r recorded automaticly now, how wld i even know',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'Our regulator asks how our video provider protects OFFICIAL-SENSITIVE discussions.',
    topics: ['cloud-security-principles', 'encryption'],
    must: [['principles', 'encrypt']],
  },
  {
    q: 'The dial-in number lets anyone join without a PIN',
    topics: ['lobby-and-passcodes'],
    must: [['passcode', 'lobby']],
  },
  {
    q: 'how do i kick someone out of a zoom call who shouldnt be there',
    topics: ['who-is-on-the-call'],
    must: [['remov']],
  },
  {
    q: 'Is there a list of questions to ask a conferencing vendor before we sign?',
    topics: ['assessing-new-services'],
    must: [['assessment', 'terms', 'saas', 'audit']],
  },
  {
    q: 'do we need to tell people how to use zoom safely or is it obvious',
    topics: ['staff-user-guidance'],
    must: [['guidance']],
  },
];
