// A probe of the near-miss classes named when this round began (phishing, VPN set-up, password managers, laptop
// encryption, subject access requests, home Wi-Fi, printers, USB sticks, webcams to buy, video editing, podcasts,
// streaming a wedding, share prices, room booking, time zones), in new wording, written after the tenth set's
// changes. It is NOT used by the knowledge base and must not be copied into topic examples.
// First try: declined 23/30 = 0.767 (answered: a VPN that will not connect, a laptop encrypted before travel, two webcam
// choices, two video edits, a wedding stream). After the general changes it prompted (see question-sets.test.ts): 30/30.
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
