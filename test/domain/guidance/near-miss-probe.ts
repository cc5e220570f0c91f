// A probe of the near-miss classes named when this round began (phishing, VPN set-up, password managers, laptop
// encryption, subject access requests, home Wi-Fi, printers, USB sticks, webcams to buy, video editing, podcasts,
// streaming a wedding, share prices, room booking, time zones), in new wording, written after the tenth set's
// changes. It is NOT used by the knowledge base and must not be copied into topic examples.
// First try: declined 23/30 = 0.767 (answered: a VPN that will not connect, a laptop encrypted before travel, two webcam
// choices, two video edits, a wedding stream). After the general changes it prompted (see question-sets.test.ts): 30/30.
import type { ThirdSetAnswerable } from './third-set.js';

export const NEAR_MISS_PROBE: string[] = [
  'got a weird email from "IT" asking me to confirm my login, phishing?',
  'what should I do with a phishing email that got through to my inbox',
  'how do I connect to the company VPN from my hotel',
  'the vpn wont connect on my new macbook',
  'is 1password approved for staff use',
  'should I store my passwords in my browser',
  'how do I check my laptop is encrypted before I travel',
  'does bitlocker slow down my laptop',
  'someone asked for all the data we hold about them, how long do we have to respond',
  'does GDPR apply to our customer mailing list',
  'how do I make my home wifi more secure for working from home',
  'should I change the default password on my broadband router',
  'can anyone read what I send to the shared printer',
  'is it safe to print confidential documents at home',
  'can I use a usb stick to move files between work and home',
  'what webcam do you recommend for a home office',
  'which is better, logitech or razer webcams',
  'what software do you use to cut together recorded webinars',
  'how do I trim the start of a recorded video',
  'best setup for recording a podcast over zoom',
  'what mic do I need for a podcast',
  'can we stream our wedding on zoom for relatives abroad',
  'how do I livestream a funeral service',
  'is zoom stock a good investment',
  'how much is microsoft worth',
  'how do I reserve the boardroom for next tuesday',
  'is meeting room 2 free this afternoon',
  'how do I find a time that works for people in new york and tokyo',
  'what time is 3pm london in california',
  'how do I set a meeting to show in the attendees local time',
];

// Short answerable questions, most naming no meeting, written with the probe to check that its changes do not decline
// them. First try: 24/25 ("our webex admins all share one login" was declined: a stock-market decoy "shares" claimed
// "share"); 25/25 once decoys that are one everyday word were made specific. Topics only, no must groups.
export const ANSWERABLE_PROBE: ThirdSetAnswerable[] = [
  { q: 'sso for the conferencing tool, yes or no?', topics: ['single-sign-on'], must: [] },
  { q: 'our webex admins all share one login', topics: ['privileged-accounts', 'passwords-and-mfa'], must: [] },
  { q: 'encryption on our video platform - what should we look for', topics: ['encryption'], must: [] },
  { q: 'where does zoom keep our cloud recordings', topics: ['recordings-and-stored-data', 'data-location'], must: [] },
  { q: 'can externals skip the waiting room', topics: ['lobby-and-passcodes'], must: [] },
  { q: 'i dont want strangers joining my webinar', topics: ['lobby-and-passcodes', 'who-is-on-the-call'], must: [] },
  { q: 'dial in users and passcodes?', topics: ['lobby-and-passcodes'], must: [] },
  { q: 'my camera light came on by itself', topics: ['camera-and-background'], must: [] },
  { q: 'is the teams desktop app ok to install from the website', topics: ['installing-apps'], must: [] },
  { q: 'the conferencing app wants my location, why', topics: ['app-permissions'], must: [] },
  { q: 'vpn slows down teams calls, fix?', topics: ['vpn-exception'], must: [] },
  { q: 'the room system in the boardroom never gets updates', topics: ['room-equipment'], must: [] },
  { q: 'client uses webex, we dont', topics: ['other-organisations-services'], must: [] },
  { q: 'is it ok to put the zoom password in the calendar', topics: ['sharing-passwords', 'join-details'], must: [] },
  { q: 'who should be allowed to present in a big webinar', topics: ['screen-sharing-and-presenters'], must: [] },
  {
    q: 'can i turn off chat for attendees',
    topics: ['in-meeting-features', 'screen-sharing-and-presenters'],
    must: [],
  },
  { q: 'external callers ringing staff directly on teams, can we block that', topics: ['unscheduled-calls'], must: [] },
  { q: 'we want to shortlist video vendors, how to assess them', topics: ['assessing-new-services'], must: [] },
  { q: 'our recordings might be stored in the US, problem?', topics: ['data-location'], must: [] },
  {
    q: 'should admins be able to watch every recording',
    topics: ['privileged-accounts', 'recordings-and-stored-data'],
    must: [],
  },
  { q: 'practice run before hosting a client webinar?', topics: ['host-test-meeting'], must: [] },
  { q: 'how do i know im on mute', topics: ['preparing-for-calls'], must: [] },
  { q: 'blur my background on calls?', topics: ['camera-and-background'], must: [] },
  { q: 'is the free tier secure enough', topics: ['paid-features'], must: [] },
  { q: 'do we keep using the meeting tool that came with office 365', topics: ['existing-services'], must: [] },
];
