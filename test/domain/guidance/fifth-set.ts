// A fifth independent question set, written after the decline changes prompted by fourth-set.ts and NOT tuned on:
// measured once, and the rates asserted (fourth-set.test.ts) are what it got then minus a small margin. It is NOT used
// by the knowledge base and must not be copied into topic examples.
// First try: answered with the key advice 11/15 = 0.733, declined 12/15 = 0.800.
import type { ThirdSetAnswerable } from './third-set.js';

export const FIFTH_OUT_OF_SCOPE: string[] = [
  'is the staff kitchen fridge cleared out on fridays?',
  'cant connect to the office wifi on my android',
  'how do i submit my mileage claim',
  'who do i call if the photocopier runs out of toner',
  'my account got locked after too many password attempts',
  'what are the bank holidays this year',
  'how do I report a suspicious text message pretending to be the CEO',
  'can you suggest a good template for meeting minutes',
  'how do i move my 1:1 with sarah to next week',
  'the projector in room 6 has no hdmi cable',
  'how do i give a colleague delegate access to my outlook calendar',
  'how do i use the whiteboard in a teams meeting',
  'who won the rugby at the weekend',
  'whats the best way to take notes during a video call',
  'can i get a standing desk for my home office',
];

export const FIFTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'can i put the dial in pin in the meeting subject line so people find it easily',
    topics: ['sharing-passwords', 'join-details'],
    must: [['directly', 'separately', 'only', 'private']],
  },
  {
    q: 'i think someone joined our call pretending to be from our partner company, how do we check',
    topics: ['who-is-on-the-call'],
    must: [['verify', 'identif', 'who']],
  },
  {
    q: 'will everyone see a notice if I start recording the zoom',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'who in the company can get at our saved teams recordings',
    topics: ['recordings-and-stored-data'],
    must: [['access']],
  },
  {
    q: 'do we need to buy the enterprise tier to get proper security controls',
    topics: ['paid-features'],
    must: [['paid', 'additional', 'enhanced']],
  },
  {
    q: 'is e2ee worth switching on for board meetings',
    topics: ['encryption'],
    must: [['end-to-end']],
  },
  {
    q: 'should external visitors to our webinars wait in the lobby till I let them in',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby']],
  },
  {
    q: 'our conferencing admins use their day to day account for admin work, ok?',
    topics: ['privileged-accounts'],
    must: [['privilege', 'admin']],
  },
  {
    q: 'can the meeting app be set so it cant see my location',
    topics: ['app-permissions'],
    must: [['location']],
  },
  {
    q: 'whats the risk of letting guests take remote control of my screen',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['control']],
  },
  {
    q: 'should staff tape over their webcams',
    topics: ['camera-and-background'],
    must: [['camera', 'webcam']],
  },
  {
    q: 'checks to do before a confidential call with a client from home',
    topics: ['preparing-for-calls', 'camera-and-background', 'staff-user-guidance'],
    must: [['mute', 'camera', 'background', 'overheard', 'test']],
  },
  {
    q: 'we are choosing between three video providers, how do we judge their security',
    topics: ['assessing-new-services', 'cloud-security-principles'],
    must: [['assess', 'principles', 'risk']],
  },
  {
    q: 'the boardroom video system - does it need patching and who looks after it',
    topics: ['room-equipment'],
    must: [['updat', 'patch', 'device']],
  },
  {
    q: 'should our meetings be joinable by anyone who has the link',
    topics: ['lobby-and-passcodes', 'join-details', 'who-is-on-the-call'],
    must: [['lobby', 'passcode', 'password']],
  },
];
