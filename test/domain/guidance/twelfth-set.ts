// A twelfth independent question set, written after the eleventh set's changes and scored once before any change it
// could prompt: the honest measure of this round. Answerable questions over the topics and audiences in casual,
// indirect, typo and formal styles (must groups from the guidance's own words); near misses from other security
// subjects, other video and meeting subjects, HR and facilities. It is NOT used by the knowledge base and must not be
// copied into topic examples. First try: see question-sets.test.ts.
import type { ThirdSetAnswerable } from './third-set.js';

export const TWELFTH_OUT_OF_SCOPE: string[] = [
  'what counts as a reportable data breach under gdpr',
  'how do I set up an out of hours rota for the on call team',
  'can i claim back the cost of my home broadband while working from home',
  'whats the best way to share a big video file with a client',
  'should our website use captcha on the contact form',
  'how do I change the name on my teams account after getting married',
  'can you translate this paragraph into welsh for me',
  'who do I talk to about an ergonomic chair for my home office',
  'Please explain how our disaster recovery plan works for the finance system.',
  'is it ok to take my work laptop on holiday to spain',
  'how can I make our all-staff meeting more engaging',
  'the projector in the training room has a purple tint',
  'what microphone should our podcast host use',
  'how do i add subtitles to a video for our youtube channel',
  'do we need a licence to play music at the start of our webinar',
  'how many annual leave days do I get in my first year',
  'how do i stop spam calls to my work mobile',
  'can someone look at why outlook keeps crashing when i open attachments',
];

export const TWELFTH_ANSWERABLE: ThirdSetAnswerable[] = [
  {
    q: 'before we buy a shiny new meeting platform, do we have one already hiding in our office licences?',
    topics: ['existing-services'],
    must: [['existing', 'already']],
  },
  {
    q: 'what paperwork should a video conferencing company hand over so we can judge their security',
    topics: ['assessing-new-services', 'cloud-security-principles'],
    must: [['audit', 'independent', 'terms', 'privacy statement', 'assessment']],
  },
  {
    q: 'We are a government department discussing OFFICIAL material on calls. Which NCSC framework applies to picking a supplier?',
    topics: ['cloud-security-principles'],
    must: [['cloud security principles']],
  },
  {
    q: 'does the premium plan actually give us better security or is it just marketing',
    topics: ['paid-features'],
    must: [['paid', 'enhanced', 'additional']],
  },
  {
    q: 'is end to end encrypton on by default and does it stop the vendor seeing our calls',
    topics: ['encryption'],
    must: [['end-to-end', 'encrypt']],
  },
  {
    q: 'our lawyers ask which legal system applies to meeting data held by the provider',
    topics: ['data-location'],
    must: [['jurisdiction']],
  },
  {
    q: 'can organisers switch off the security settings we chose for the whole company?',
    topics: ['organisation-defaults'],
    must: [['default', 'enforce', 'overrid']],
  },
  {
    q: 'make people use their microsoft work account to get into zoom?',
    topics: ['single-sign-on'],
    must: [['single sign-on', 'sso']],
  },
  {
    q: 'our video tool only supports username and password, anything extra we should turn on',
    topics: ['passwords-and-mfa'],
    must: [['multi-factor', 'mfa', '2fa', 'two factor']],
  },
  {
    q: 'the helpdesk needs to reset meeting settings but shouldnt see recordings, how do we set that up',
    topics: ['privileged-accounts'],
    must: [['least privilege', 'role']],
  },
  {
    q: 'people without a company account get straight into our calls, is that right?',
    topics: ['lobby-and-passcodes'],
    must: [['lobby', 'passcode']],
  },
  {
    q: 'strangers from other firms are video calling our reception team unannounced',
    topics: ['unscheduled-calls'],
    must: [['block', 'contacts']],
  },
  {
    q: 'which features like file transfer and chat should be on by default in meetings',
    topics: ['in-meeting-features', 'organisation-defaults'],
    must: [['default', 'opt-in']],
  },
  {
    q: 'where do the saved chats and shared files from our meetings actually live',
    topics: ['recordings-and-stored-data', 'in-meeting-features'],
    must: [['stored', 'where']],
  },
  {
    q: 'can we stop the meeting app reading everyones location on their work phones',
    topics: ['app-permissions'],
    must: [['location', 'constrain']],
  },
  {
    q: 'staff are downloading the conferencing software from random websites, what should we tell them',
    topics: ['installing-apps'],
    must: [['app store', 'company portal', 'mdm', 'enterprise']],
  },
  {
    q: 'should video calls go through the corporate vpn or bypass it',
    topics: ['vpn-exception'],
    must: [['exception', 'vpn']],
  },
  {
    q: 'the boardroom video system hasnt had an update in two years, is that a worry',
    topics: ['room-equipment'],
    must: [['patch', 'room']],
  },
  {
    q: 'a customer insists on their own meeting service, do i have to install it?',
    topics: ['other-organisations-services', 'installing-apps'],
    must: [['browser']],
  },
  {
    q: 'phone dial-in users skip the passcode but app users dont, is that a gap',
    topics: ['consistent-platforms', 'lobby-and-passcodes'],
    must: [['consistent', 'lobby', 'platform']],
  },
  {
    q: 'what should our staff handbook say about joining video meetings safely',
    topics: ['staff-user-guidance'],
    must: [['guidance', 'sensitive', 'test']],
  },
  {
    q: 'hw do i check my mic and camera work b4 an important call',
    topics: ['preparing-for-calls'],
    must: [['test']],
  },
  {
    q: 'Is it acceptable to forward a meeting invitation, including the passcode, to a colleague who was not invited?',
    topics: ['join-details', 'sharing-passwords'],
    must: [['invited', 'participants', 'sensitive']],
  },
  {
    q: 'can people see my messy spare room behind me on calls',
    topics: ['camera-and-background'],
    must: [['blur', 'background']],
  },
  {
    q: 'how would I know if the host started recording halfway through',
    topics: ['recording-indicator'],
    must: [['record']],
  },
  {
    q: 'hosting my first call with outside partners, how do I learn the lobby and mute buttons first',
    topics: ['host-test-meeting'],
    must: [['test meeting', 'test', 'practice']],
  },
  {
    q: 'only the trainer should be able to present in our online training session, how?',
    topics: ['screen-sharing-and-presenters'],
    must: [['presenter', 'restrict', 'subset']],
  },
  {
    q: 'what is the safest way to get the call password to the external auditors',
    topics: ['sharing-passwords'],
    must: [['directly', 'email', 'separately']],
  },
  {
    q: 'there are two people called "guest" in my meeting and nobody knows them',
    topics: ['who-is-on-the-call', 'lobby-and-passcodes'],
    must: [['identit', 'identif', 'verif', 'remov']],
  },
];
