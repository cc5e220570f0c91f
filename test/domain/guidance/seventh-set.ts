// A seventh independent question set, written after all the decline changes (fourth to sixth sets) and not tuned on:
// the final honest measure of this round. It is NOT used by the knowledge base and must not be copied into topic
// examples.
// First try: answered with the key advice 10/10, declined 16/20 = 0.800.
import type { ThirdSetAnswerable } from './third-set.js';

export const SEVENTH_OUT_OF_SCOPE: string[] = [
  'does the canteen do vegan options',
  'hw do i connect my phone to the office wifi',
  'can i claim for a new chair for working from home',
  'scanner on the 4th floor emails blank pages',
  'i need to reset my pasword for the expenses system',
  'is it sunny in brighton today',
  'when is the next f1 race',
  'outlook search has stopped finding old emails',
  'how do i book a day off in the hr system',
  'the blinds in the meeting room are stuck',
  'we got an email asking us to update bank details for a supplier, is it legit',
  'should i use the same password manager at home and work',
  'can you write the agenda for tomorrows team meeting',
  'how do i let people know the meeting is cancelled',
  'how many chairs fit round the table in room 12',
  'how do i get the meeting to show in everyone elses time zone',
  'how do I set a custom background image in teams',
  'how do i change my camera to the external webcam in zoom settings',
  'whats the difference between a webinar and a town hall in teams',
  'whats the longest river in the world',
];

export const SEVENTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'we email the zoom link and passcode together to everyone, is that ok',
    topics: ['sharing-passwords', 'join-details', 'lobby-and-passcodes'],
    must: [['directly', 'separately', 'only', 'private', 'lobby']],
  },
  {
    q: 'how can people tell that the call is being recorded',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'which country are our teams meeting recordings stored in',
    topics: ['data-location', 'recordings-and-stored-data'],
    must: [['location', 'jurisdiction', 'stored']],
  },
  {
    q: 'can we let phone dial in users skip the lobby',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby']],
  },
  {
    q: 'do i need special settings for a meeting discussing sensitive hr cases',
    topics: ['cloud-security-principles', 'lobby-and-passcodes', 'preparing-for-calls', 'organisation-defaults'],
    must: [['sensitive', 'lobby', 'passcode', 'principles']],
  },
  {
    q: 'our zoom admins dont have 2fa yet, how urgent is that',
    topics: ['passwords-and-mfa', 'privileged-accounts'],
    must: [['multi-factor', 'mfa', '2fa', 'privilege']],
  },
  {
    q: 'should attendees be able to send files in the meeting chat',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [['file']],
  },
  {
    q: 'our always-on vpn and teams dont get on, what does ncsc say',
    topics: ['vpn-exception'],
    must: [['vpn']],
  },
  {
    q: 'a charity we work with uses jitsi, should i download it to join',
    topics: ['other-organisations-services', 'installing-apps'],
    must: [['browser', 'official', 'store']],
  },
  {
    q: 'what should we tell new starters about using video calls safely',
    topics: ['staff-user-guidance'],
    must: [['guidance']],
  },
];
