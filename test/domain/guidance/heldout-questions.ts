// A held-out set written before any tuning of retrieval against it, in styles staff really use (casual, typos,
// indirect situations). It is NOT used by the knowledge base, and must not be copied into topic examples: it measures
// whether retrieval generalises. Each answerable question names the acceptable topics and "must" groups: the answer
// text (checklist included, case-insensitive) must contain one alternative of every group, like the eval scorer.

export interface HeldOutAnswerable {
  q: string;
  /** Acceptable topic ids. */
  topics: string[];
  /** Groups of alternatives; the answer must contain one alternative of each group. */
  must: string[][];
}

export const HELDOUT_ANSWERABLE: HeldOutAnswerable[] = [
  // existing-services
  {
    q: 'we already pay for an office suite that has video calls built in, do we really need another product?',
    topics: ['existing-services'],
    must: [['existing']],
  },
  {
    q: 'our risk assesment of the call platform was done back in 2019, shall we just trust it',
    topics: ['existing-services', 'assessing-new-services'],
    must: [['re-examine', 'risk assessment']],
  },
  {
    q: "we're a council with one approved meeting tool, what do we gain by keeping everyone on it?",
    topics: ['existing-services'],
    must: [['familiar', 'existing']],
  },
  // assessing-new-services
  {
    q: 'a vendor wants us to move our meetings to their platform, what should we ask them for?',
    topics: ['assessing-new-services'],
    must: [['independent', 'audit', 'risk assessment']],
  },
  {
    q: 'we have three conferencing suppliers on a shortlist, how do we compare them on security',
    topics: ['assessing-new-services'],
    must: [['risk assessment', 'saas security']],
  },
  {
    q: 'should i read the t&cs and privacy statement before we sign up for a new webinar service',
    topics: ['assessing-new-services'],
    must: [['terms and conditions', 'privacy statement']],
  },
  {
    q: 'selecting a new video platform for the charity - whats the security process',
    topics: ['assessing-new-services'],
    must: [['risk assessment', 'shortlist']],
  },
  // cloud-security-principles
  {
    q: 'we run board meetings about official-sensitive stuff over video, how deep should our due diligence go',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: 'our GP practice wants to do patient consultations by video, which ncsc framework applies?',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: "we're a building society, is there extra guidance for regulated firms choosing a video conferencing service",
    topics: ['cloud-security-principles', 'data-location'],
    must: [['cloud security principle']],
  },
  // paid-features
  {
    q: 'finance wants to cancel our enterprise video licence and go on the free plan, any security catch?',
    topics: ['paid-features'],
    must: [['paid', 'free']],
  },
  {
    q: 'does the premium tier of a meeting app actually give better privacy controls',
    topics: ['paid-features'],
    must: [['enhanced security', 'privacy features', 'privacy']],
  },
  {
    q: 'is it worth paying extra for the business edition of our conferencing software for security?',
    topics: ['paid-features'],
    must: [['paid']],
  },
  // encryption
  {
    q: 'are teams calls encrypted end-to-end or can microsoft read them',
    topics: ['encryption'],
    must: [['end-to-end']],
  },
  {
    q: 'the sales guy says their product is "military grade encrypted", should we just believe it?',
    topics: ['encryption'],
    must: [['trust']],
  },
  {
    q: 'whats the difference between e2e and normal encryption for video meetings',
    topics: ['encryption'],
    must: [['end-to-end'], ['server-side', 'service']],
  },
  {
    q: 'can the video provider listen in to our confidential calls?',
    topics: ['encryption', 'data-location'],
    must: [['encrypt', 'who can access']],
  },
  // data-location
  {
    q: 'where physically do our call recordings live - uk or us servers?',
    topics: ['data-location', 'recordings-and-stored-data'],
    must: [['where']],
  },
  {
    q: 'our legal team asked which countries our video conferencing traffic passes through',
    topics: ['data-location'],
    must: [['jurisdiction', 'countries']],
  },
  {
    q: 'could the american authorities demand our meeting data from the provider',
    topics: ['data-location'],
    must: [['jurisdiction', 'who can access']],
  },
  // organisation-defaults
  {
    q: 'as the it admin should I lock meeting settings for everybody or let hosts decide',
    topics: ['organisation-defaults'],
    must: [['enforce', 'default']],
  },
  {
    q: 'what should the tenant wide default settings be for our video meetings',
    topics: ['organisation-defaults'],
    must: [['default']],
  },
  {
    q: 'can people override the security settings we set centrally on a per meeting basis?',
    topics: ['organisation-defaults'],
    must: [['override', 'per-meeting']],
  },
  {
    q: 'should screen sharing be on by default for the whole company',
    topics: ['organisation-defaults', 'screen-sharing-and-presenters', 'in-meeting-features'],
    must: [['default']],
  },
  // single-sign-on
  {
    q: 'can staff log into zoom with their normal work account instead of a separate password?',
    topics: ['single-sign-on'],
    must: [['single sign-on']],
  },
  {
    q: 'why did IT make us sign in to the meeting app with our microsoft login',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'corporate identity']],
  },
  {
    q: 'hook up our webinar platform to azure ad?',
    topics: ['single-sign-on'],
    must: [['single sign-on']],
  },
  // passwords-and-mfa
  {
    q: "our conferencing tool doesn't support single sign on, what should we do about logins",
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', '2fa', 'two-factor'], ['password']],
  },
  {
    q: 'should we switch on 2 factor for everyone who can schedule meetings',
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', 'two-factor']],
  },
  {
    q: 'a host account on our webinar service got hacked, how do we protect the accounts',
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', 'two-factor']],
  },
  // privileged-accounts
  {
    q: 'who in IT should be able to see everyones meeting recordings and logs',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role-based']],
  },
  {
    q: 'the whole helpdesk has global admin on our video platform, is that bad',
    topics: ['privileged-accounts'],
    must: [['least privilege']],
  },
  {
    q: 'how to set up admin roles in the meeting service so people only get what they need',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role-based']],
  },
  // lobby-and-passcodes
  {
    q: 'should internal colleagues skip the waiting room or wait like everyone else?',
    topics: ['lobby-and-passcodes'],
    must: [['straight in', 'lobby']],
  },
  {
    q: 'people joining anonymously from the link - should they need a code?',
    topics: ['lobby-and-passcodes'],
    must: [['passcode']],
  },
  {
    q: 'we got zoombombed last week, how do we stop randoms getting into our calls',
    topics: ['lobby-and-passcodes', 'who-is-on-the-call'],
    must: [['lobby', 'waiting room']],
  },
  {
    q: 'do phone dial in callers get let straight in to meetings?',
    topics: ['lobby-and-passcodes'],
    must: [['lobby'], ['passcode']],
  },
  {
    q: 'is a meeting link alone enough to keep people out',
    topics: ['lobby-and-passcodes', 'join-details'],
    must: [['passcode', 'lobby']],
  },
  // unscheduled-calls
  {
    q: 'people from other companies keep ringing our staff on teams out of nowhere, can IT block that?',
    topics: ['unscheduled-calls'],
    must: [['contacts', 'block']],
  },
  {
    q: 'should unauthenticated users be able to call our staff directly?',
    topics: ['unscheduled-calls'],
    must: [['block']],
  },
  {
    q: 'i keep getting video calls from strangers outside work',
    topics: ['unscheduled-calls'],
    must: [['block', 'contacts']],
  },
  // in-meeting-features
  {
    q: 'should we let attendees control each others computers during calls',
    topics: ['in-meeting-features'],
    must: [['remote control']],
  },
  {
    q: 'the new AI meeting notes thing - should admins turn it on for everyone',
    topics: ['in-meeting-features'],
    must: [['opt-in', 'by default', 'default']],
  },
  {
    q: 'is sending files through meeting chat a risk we should switch off?',
    topics: ['in-meeting-features', 'recordings-and-stored-data'],
    must: [['file sharing', 'files']],
  },
  // recordings-and-stored-data
  {
    q: "i'm recording a call with a client, where does the recording get saved and who can see it?",
    topics: ['recordings-and-stored-data'],
    must: [
      ['stored', 'saved'],
      ['who can access', 'access'],
    ],
  },
  {
    q: 'we want to record all our team meetings, anything to think about?',
    topics: ['recordings-and-stored-data'],
    must: [['stored', 'where'], ['access']],
  },
  {
    q: 'our hr investigations get recorded on the video system, who can get at those files',
    topics: ['recordings-and-stored-data', 'privileged-accounts'],
    must: [['access']],
  },
  {
    q: 'meeting chat history is kept forever?? who can read it',
    topics: ['recordings-and-stored-data', 'in-meeting-features'],
    must: [['stored'], ['who can access']],
  },
  // consistent-platforms
  {
    q: 'the browser version of our meeting tool lets people in without a passcode but the app doesnt',
    topics: ['consistent-platforms', 'lobby-and-passcodes'],
    must: [['consistent', 'passcode']],
  },
  {
    q: 'do I have to configure security separately for iphone android and desktop clients',
    topics: ['consistent-platforms'],
    must: [['consistent']],
  },
  {
    q: 'people who join audio only by phone bypass our settings, is that ok?',
    topics: ['consistent-platforms', 'lobby-and-passcodes'],
    must: [['phone', 'dial-in', 'dial in']],
  },
  // app-permissions
  {
    q: 'the video app on my work phone asked to see my location, should I allow it?',
    topics: ['app-permissions'],
    must: [['location']],
  },
  {
    q: 'can we stop the meeting app uploading staff address books to the vendor',
    topics: ['app-permissions'],
    must: [['contact']],
  },
  {
    q: 'what data does the conferencing app collect from our phones, photos etc',
    topics: ['app-permissions'],
    must: [['photos', 'documents']],
  },
  // installing-apps
  {
    q: 'got an email saying to download a new meeting client from a website, should i?',
    topics: ['installing-apps'],
    must: [['app store', 'enterprise management']],
  },
  {
    q: 'when people click a join link it nags them to install the desktop app, can we turn that off',
    topics: ['installing-apps'],
    must: [['prompt']],
  },
  {
    q: 'best way to get the video call app onto 500 staff laptops',
    topics: ['installing-apps'],
    must: [['enterprise management', 'app store']],
  },
  {
    q: 'is it safe to install teams from some random download site on my home pc for work',
    topics: ['installing-apps'],
    must: [['app store']],
  },
  // vpn-exception
  {
    q: 'calls are really choppy when everyone is on the always on vpn, what can we do',
    topics: ['vpn-exception'],
    must: [['exception']],
  },
  {
    q: 'is it a security risk to let zoom traffic go round the vpn',
    topics: ['vpn-exception'],
    must: [['mutual authentication', 'encryption']],
  },
  {
    q: 'split tunneling for webex yes or no',
    topics: ['vpn-exception'],
    must: [['exception', 'split']],
  },
  // room-equipment
  {
    q: 'who looks after updates on the video screens in our meeting rooms?',
    topics: ['room-equipment'],
    must: [['patch']],
  },
  {
    q: 'the boardroom has a Poly conferencing unit, does it need securing like a laptop',
    topics: ['room-equipment'],
    must: [['configuration', 'patch']],
  },
  {
    q: 'facilities installed teams room kits, anything IT security should check?',
    topics: ['room-equipment'],
    must: [['patch', 'support']],
  },
  // other-organisations-services
  {
    q: 'a customer invited me to a zoom but we only have teams, do i install zoom?',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'a vendor wants to meet on google meet, how should i join',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  {
    q: 'we keep installing a different meeting app for every partner, is that a problem',
    topics: ['other-organisations-services'],
    must: [['extra apps', 'browser']],
  },
  {
    q: 'can i join a webex from chrome instead of downloading it',
    topics: ['other-organisations-services'],
    must: [['browser']],
  },
  // staff-user-guidance
  {
    q: "we're writing an intranet page on safe video calls, what should it cover?",
    topics: ['staff-user-guidance'],
    must: [['guidance'], ['mute', 'test', 'sensitive']],
  },
  {
    q: 'lots of our volunteers have never used video calls, what do we tell them about security',
    topics: ['staff-user-guidance', 'preparing-for-calls'],
    must: [['test', 'mute']],
  },
  {
    q: 'training content for employees on secure online meetings?',
    topics: ['staff-user-guidance'],
    must: [['guidance']],
  },
  // preparing-for-calls
  {
    q: 'i have a job interview on video tomorrow, how do i make sure everything works',
    topics: ['preparing-for-calls'],
    must: [['test']],
  },
  {
    q: 'how do I mute myself quickly if my kids come in',
    topics: ['preparing-for-calls', 'camera-and-background'],
    must: [['mute']],
  },
  {
    q: 'is there a test call thing i can use before my first big meeting',
    topics: ['preparing-for-calls'],
    must: [['test']],
  },
  // join-details
  {
    q: 'my colleague posted the meeting link on linkedin for an internal call, is that bad?',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'can i share the dial in number with my mate who wants to listen',
    topics: ['join-details'],
    must: [['sensitive', 'invited', 'participants']],
  },
  {
    q: 'how secret do meeting ids need to be',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  {
    q: 'i took a screenshot of the call with the join details on and put it on twitter, oops',
    topics: ['join-details'],
    must: [['sensitive']],
  },
  // camera-and-background
  {
    q: 'working from the kitchen, dont want colleagues seeing my family behind me',
    topics: ['camera-and-background'],
    must: [['background', 'blur']],
  },
  {
    q: 'how do i know my laptop camera is really off',
    topics: ['camera-and-background'],
    must: [
      ['webcam', 'camera'],
      ['light', 'shutter', 'active'],
    ],
  },
  {
    q: 'should we buy webcam covers for staff',
    topics: ['camera-and-background'],
    must: [['shutter', 'cover']],
  },
  // recording-indicator
  {
    q: 'how would i know if the other side is recording our call',
    topics: ['recording-indicator'],
    must: [['recorded', 'recording']],
  },
  {
    q: 'can someone record a teams meeting secretly without the rest of us knowing?',
    topics: ['recording-indicator'],
    must: [['indicat']],
  },
  {
    q: 'what does it look like when the meeting is being recorded',
    topics: ['recording-indicator'],
    must: [['recorded']],
  },
  // host-test-meeting
  {
    q: "i'm hosting a webinar with members of the public next week and have never done it, help",
    topics: ['host-test-meeting', 'screen-sharing-and-presenters'],
    must: [['test meeting', 'presenter', 'present']],
  },
  {
    q: 'should organisers practise the admit and remove buttons before a meeting with outside people',
    topics: ['host-test-meeting', 'who-is-on-the-call'],
    must: [['lobby', 'remov']],
  },
  {
    q: 'dry run before chairing my first external video meeting?',
    topics: ['host-test-meeting'],
    must: [['test meeting']],
  },
  // screen-sharing-and-presenters
  {
    q: 'how do I stop random attendees sharing their screen in my all hands',
    topics: ['screen-sharing-and-presenters'],
    must: [['screen sharing', 'present']],
  },
  {
    q: 'only want the speakers to be able to present in our panel event',
    topics: ['screen-sharing-and-presenters'],
    must: [['presenter', 'speakers']],
  },
  {
    q: 'someone hijacked the screen share in my meeting, how to prevent',
    topics: ['screen-sharing-and-presenters'],
    must: [['subset', 'presenter', 'restrict']],
  },
  // sharing-passwords
  {
    q: 'my assistant manages my calendar, is it ok to put the meeting password in the invite?',
    topics: ['sharing-passwords'],
    must: [
      ['only with', 'participants'],
      ['calendar', 'separate'],
    ],
  },
  {
    q: 'where should i put the passcode when i send out a zoom invite',
    topics: ['sharing-passwords'],
    must: [['separate', 'directly', 'only with']],
  },
  {
    q: 'everyone in the company can see my outlook calendar, does the pin go in the appointment',
    topics: ['sharing-passwords'],
    must: [['calendar appointment', 'calendar']],
  },
  {
    q: 'is emailing the meeting code directly to guests better than adding it to the invite',
    topics: ['sharing-passwords'],
    must: [['participants']],
  },
  // who-is-on-the-call
  {
    q: 'there is an unknown phone number in my meeting and nobody knows who it is',
    topics: ['who-is-on-the-call'],
    must: [['identif', 'verif']],
  },
  {
    q: 'as organiser whats my job during a call with external guests security wise',
    topics: ['who-is-on-the-call', 'host-test-meeting'],
    must: [['identity', 'lobby']],
  },
  {
    q: 'someone joined as "iPhone" and wont say who they are, what do i do',
    topics: ['who-is-on-the-call'],
    must: [['remov']],
  },
  {
    q: 'five people are sat in my lobby, some I dont recognise - admit all?',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['lobby'], ['identi', 'verif']],
  },
];

/** Out-of-scope questions and near misses sharing words with the guidance (password, meeting, room, record…). */
export const HELDOUT_OUT_OF_SCOPE: string[] = [
  'how do I reset my vpn password',
  'can someone book the large meeting room on floor 4 for friday',
  'what should the agenda for our quarterly planning meeting include',
  'how do I record my mileage for the expenses claim',
  'who takes the minutes at the board meeting',
  'whats the guest wifi code for visitors',
  'can you recommend a good password manager for my family',
  'my laptop camera is broken, how do I get a replacement',
  'the projector in room 3 does not turn on',
  'how do I change my ringtone on my work mobile',
  'where can I find the staff handbook on holidays',
  'how do i host a website for our charity',
  'is there a dress code for client meetings',
  'how to sign visitors in at the reception lobby',
  'what is the best browser for speed',
  'how many vacation days can I carry over',
  'can I expense a new webcam for home',
  'help me write an email inviting people to the summer party',
  'how do I make my teams channel private',
  'what is the dial code for calling france',
  'what time is the all staff meeting on monday',
  'when is the next fire drill',
  'how do I set up voicemail on my desk phone',
  'can I get a second monitor for working from home',
  'how should I record sick leave in the hr system',
  'my vpn keeps disconnecting on the train',
  'who is the data protection officer',
  'how do I zoom in on a pdf',
  'best microphone for recording a podcast',
  'how do I share a file with a colleague in sharepoint',
  'convert a meeting recording to mp3 format',
];
