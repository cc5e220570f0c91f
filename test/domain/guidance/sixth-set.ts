// A sixth independent question set, written after the fifth set was measured and before any change made after it,
// to measure those changes (and the code before them) on questions neither was tuned on. It is NOT used by the
// knowledge base and must not be copied into topic examples.
// First try: answered with the key advice 10/10, declined 18/20 = 0.900.
import type { ThirdSetAnswerable } from './third-set.js';

export const SIXTH_OUT_OF_SCOPE: string[] = [
  'whens the canteen doing the curry day',
  'what is the password for the meeting room pc',
  'my expenses claim got rejected, who do i ask',
  'printer wont print double sided',
  'forgot the pin for my work phone',
  'will it rain during the away day',
  'did england win the test match',
  'how do i install the vpn client on a new laptop',
  'how many sick days can i take without a note',
  'the toilets on the 2nd floor are out of order',
  'how can i tell if a link in an email is safe to click',
  'is keepass allowed on work laptops',
  'how do i share the agenda with everyone before the meeting',
  'who is responsible for sending round the minutes after the board meeting',
  'can i book the big room for a team social',
  'order coffee and biscuits for the 10am client meeting please',
  'how do i set up a weekly catch up that repeats forever',
  'what time is 9am new york in london for the call',
  'how do i change my profile picture in teams',
  'how do you turn on the noise suppression in zoom',
];

export const SIXTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'is it a bad idea to put the meeting passcode in the teams chat that the whole company can see',
    topics: ['sharing-passwords', 'join-details'],
    must: [['directly', 'separately', 'only', 'private']],
  },
  {
    q: 'an unnamed caller joined by phone and wont say who they are',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['verify', 'identif', 'remove']],
  },
  {
    q: 'can our provider decrypt our video calls',
    topics: ['encryption'],
    must: [['end-to-end', 'decrypt']],
  },
  {
    q: 'should we stop people installing zoom from random websites',
    topics: ['installing-apps'],
    must: [['official', 'store', 'portal', 'management']],
  },
  {
    q: 'is the webex app allowed to see my photos and files?',
    topics: ['app-permissions'],
    must: [['photos', 'documents', 'access']],
  },
  {
    q: 'how long are our zoom cloud recordings kept and who can open them',
    topics: ['recordings-and-stored-data'],
    must: [['access']],
  },
  {
    q: 'should we enforce mfa for everyone who logs into the video platform',
    topics: ['passwords-and-mfa', 'single-sign-on'],
    must: [['multi-factor', 'mfa']],
  },
  {
    q: 'strangers keep turning up in our public webinars, how do we keep them out',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby', 'passcode']],
  },
  {
    q: 'what should I practise before hosting my first external webinar',
    topics: ['host-test-meeting'],
    must: [['test meeting']],
  },
  {
    q: 'is it ok that people can see my kitchen behind me on calls',
    topics: ['camera-and-background'],
    must: [['background', 'blur']],
  },
];
