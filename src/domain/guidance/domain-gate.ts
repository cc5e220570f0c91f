// Is a question about video meetings at all? A cheap check run before ranking, so that questions sharing a word
// with the knowledge base ("wifi password", "book a meeting room", "record my timesheet") are not answered
// from it. It looks at the spelling-corrected, normalised question.

/** Words that only occur when someone talks about meetings, calls or conferencing. */
const MEETING_WORDS =
  /\b(meetings?|meeting's|calls?|interviews?|call(er|ers|ing)|video\w*|vc|conferenc\w*|teleconferenc\w*|webinars?|zoom|webex|skype|bluejeans|gotomeeting|jitsi|whereby|ringcentral|huddles?|ring(ing|s)? (me|us|our|my|staff|people)|lobby|lobbies|waiting rooms?|passcodes?|dial[- ]?ins?|webcams?|cameras?|mics?|microphones?|mut(e|ed|ing)|unmute\w*|transcri\w*|attendees?|participants?|organi[sz]ers?|co-?organi[sz]ers?|hosts?|hosting|invit\w*|recordings?|being recorded|recorded (me|us|the|this|our|my)|records? (our|us|me)|1:1s?|1-2-1s?|one[- ]to[- ]ones?|catch[- ]ups?|stand[- ]?ups?|presenters?|panell?ists?|(online|virtual|remote|live) (sessions?|class(es)?|events?|training|workshops?|lessons?|seminars?|briefings?|town ?halls?)|screen ?shar\w*|share (my |the |their )?screens?)\b/;

/** Concepts of the guidance that imply the conferencing context even without a meeting word. */
const GUIDANCE_CONCEPTS =
  /\b(sso|single sign[- ]?on|mfa|2fa|two[- ]factor|multi[- ]factor|rbac|least[- ]privilege|e2ee|end[- ]to[- ]end|encrypt\w*|cloud (security )?principles?|saas|jurisdictions?|data ?cent(re|er)s?|data residency|vendors?|suppliers?|providers?|shortlist\w*|vpn|split[- ]tunnel\w*|blur\w*|virtual backgrounds?|backgrounds?|join(ing)? (links?|details|instructions)|meeting (ids?|links?)|room (systems?|kit|equipment|devices?)|conferencing bars?|video bars?|chats?|chatting|chatted|address books?|contacts? lists?|app permissions?|app stores?|company portal|third[- ]party apps?|(browser|web|mobile|desktop|app) (join|client)s?|join(ing)? (from|in|via|through) (the |a )?(browser|app|web)|verif\w* (every ?(one|body)|all|each) (\w+ )?(joining|joiners?|participants|attendees|guests)|verif\w* every ?(one|body) (joining|is who)|(ms|microsoft) teams|teams (client|app|calls?|meetings?|chat|accounts?|tenant|admin|rooms?|phone|desktop|web|mobile|polic(y|ies)|settings?|link)|(in|on|via|through|using|into|with) teams|google meet|meet (links?|app|calls?)|(in|on|via|using) meet|attend(ing|ees?)?|let (them|him|her|people|guests|everyone|anyone|externals|someone|outsiders)( all)? in|(external|invited|anonymous|partner|client|customer) guests?|guests? from|joined (as|under (the |a )?name|with (the |a )?name))\b/;

/** Subjects of other help desks: if present, the question is declined unless the match is very strong. */
const OTHER_SUBJECTS =
  /\b((can|could|would|will) you (please )?(send|give|tell|share|forward|resend|re-send|find|look up) me (the|my|our|a|this) (\w+ ){0,3}(passcode|password|pin|link|invite|invitation|dial[- ]?in|meeting id)|(is|was|would) (it|this|that) (even )?(legal|lawful|illegal)|(legal|lawful) (for|to)|retention (periods?|polic(y|ies)|schedules?)|how long( \w+){0,4} (keep|retain)|wi-?fi|bank details|scam\w*|fraud\w*|printers?|printing|scanners?|photo ?copiers?|copiers?|toner|ink cartridges?|shredders?|stationery|post ?room|canteen|cafeteria|lunch|cater\w*|pizza|restaurants?|coffee|payslips?|payroll|salar(y|ies)|expenses?|timesheets?|holidays?|annual leave|sick|parking|weather|football|sports?|recipes?|insurance|dmarc|spf|dkim|firewalls?|ports?|crackl\w*|echo\w*|headsets?|headphones?|earbuds?|status|presence|emojis?|reactions?|gifs?|captions?|subtitles?|breakouts?|polls?|polling|dark mode|book(ing|ed)? (a |the |our )?(\w+ )?(meeting |conference )?(room|desk)s?|room bookings?|desk bookings?|reminders?|remind|ping|birthday|party|taxi|trains?|flights?|hotels?|visa|pension|monitors?|docking|dock|mouse|keyboard|battery|charger|signature|out of office|gym|stock price|agenda|(take|taking|took) (the )?minutes|meeting minutes|dress code|etiquette|voicemail|ringtone|desk phone|podcasts?|mp3|pdf|projectors?|fire drill|vacation|visitors? (badges?|pass(es)?|parking|sign[- ]?in|book\w*|wi-?fi|toilets?|lunch)|(sign|signing|book|booking) (in )?visitors?|host(ing)? (a |our |the )?websites?|web ?hosting|(dial|country) code|mileage|recurring (meetings?|calls?|series|invites?)|summari[sz]e|translat\w*|poem|joke|song|write me|wear|outfit|clothes|clothing|how much (does|do|is|would|will) (it|\w+) cost|cost per (user|licen[cs]e|seat|month)|per user per month|gmail|hotmail|icloud|personal e-?mails?( accounts?)?|social media accounts?|distribution lists?|mailing lists?|bank accounts?|online banking|(mute|silence|turn off|disable|stop) (\w+ )?notifications?|who approves|(request|order|get|need) (a |my )?(new|replacement|spare) (phone|laptop|mobile|monitor|headset|keyboard|mouse|pc)|(is|are) (the )?(\w+ )?(down|offline)( right now| today| again)?$|outage|work(ing)? (from )?(abroad|overseas)|work from another country|background colou?r|wallpaper|desktop background|lock ?screen|how many (people|participants|attendees|users|guests) can (join|attend|be in|fit|i invite|we invite)|participant limits?|maximum (number of )?(participants|attendees|people)|what(s| is| are) the (dial in|phone|conference|bridge|dial) numbers?|(more |less )?productive meetings?|meeting productivity|effective meetings?|(run|running|chair|chairing) (a |an )?(good|better|effective|efficient|shorter) meetings?|(set ?up|connect to|connecting to|install|get) (the |my )vpn( client)? (on|for|to work|at home)|share (my|our) (calendar|diary)|(calendar|diary|mailbox) (permissions|access|sharing|delegat\w*)|delegat\w* (\w+ )?(access )?(to|on|for|of) (my|the|our|his|her|their) (\w+ )?(calendar|diary|mailbox|inbox|e-?mails?)|share (a|the|this) (file|folder|document|spreadsheet) with (a |my |the )?(colleague|manager|boss|team|pa))\b/;

/** Passwords of other systems ("laptop password", "reset my password") are IT help, not meeting passwords. */
const OTHER_PASSWORDS =
  /\b(laptop|windows|computer|pc|network|e-?mail|wi-?fi|domain|mac|payroll|hr)\s+(password|pin)s?\b|\b(reset|forgot|forgotten|expired|unlock|change|update)\s+(my |the |our )?(?!meeting |zoom |teams |webex |call |conference |webinar )(\w+ )?password|\bpassword (on|for|to) (the |my |our )?(hr|payroll|expenses|intranet|vpn|crm|\w+ portal|portal)\b|\blocked out\b|\baccounts? (got |gets |is |was |has been |keeps getting )?locked\b|\btoo many (\w+ )?attempts\b|\bpassword (has )?expir\w*|\bpasswords? (for|on|to) (my|our|the) (?!zoom|teams|webex|meeting|video|conferenc|call|admin|work account|service|platform|webinar)\w+ (account|login|app|subscription)s?\b/;

/**
 * Meeting logistics: organising when, where and how long people meet, who comes and what they eat. These questions
 * share "meeting", "room", "invite" and "call" with the guidance, but they are about another subject unless they
 * also name a security concept (below). Workplace places and documents that are settings rather than subjects
 * ("reception", "the staff handbook") belong here too: "strangers video calling our reception team" is about calls.
 */
const LOGISTICS =
  /\b(agendas?|(?<!\b(?:\d+|a few|few|several|\w+teen|\w+ty|ten|five|two|three|four|six|seven|eight|nine|first|last|next) )minutes|minute[- ]tak\w*|cater\w*|sandwich\w*|snacks?|refreshments?|food|drinks|lunch|(?<!address |contact |phone |face)book(ing|ed|s)?|reserv\w*|re-?schedul\w*|schedul\w*|time ?zones?|timezones?|best time|(which|what) time (is|would be|works) (good|best|ok)|(find|suggest|pick) a (time|slot|date)|availability|free ?busy|attendance|accept(ed|s)?|declin\w*|rsvps?|tentative|capacity|seats?|seating|fit (in|into)|chairs?|tables?|projector|whiteboard\w*|aircon|air con\w*|heating|floor|how long|duration|last(s)? (for )?(longer|more|less|about|\d)|overrun\w*|recurring|recurrence|every (other )?(monday|tuesday|wednesday|thursday|friday|week|day|month)|add (a |the )?(room|location)|etiquette|icebreakers?|action items?|follow[- ]?ups?|productive|reminders?|(take|taking|took|keep|keeping) notes|note[- ]?tak\w*|notes? template|postpon\w*|push (it |this |the meeting |my \w+ )?(back|out)|bring (it |this )?forward|move (my|the|our|a|this|that) (\w+ ){0,3}(to|till|until|into) (next|tomorrow|another|a later|later|monday|tuesday|wednesday|thursday|friday|the afternoon|the morning)|repeats?|repeating|weekly|fortnightly|monthly|daily|how many (people|persons|of us|folks|staff)|hold (\d+|\w+ people)|(write|draft|compose)( me| us)? (a|an|some|the)( \w+){0,2} (message|e-?mail|note|letter|post|speech|announcement|reply|response)s?|reception|handbooks?|turn ?out|no[- ]shows?|sign[- ]?ups|promot\w*|advertis\w*|marketing)\b/;

/** Equipment that does not work or is to be bought, calls from the car: IT help unless a security concept is named. */
const MALFUNCTION_OR_PURCHASE =
  /\b((is ?n'?t|is not|are ?n'?t|not|won'?t|wont|doesn'?t|doesnt|does not|stopped|stops|keeps?) (work\w*|turn\w* on|switch\w* on|connect\w*|load\w*|start\w*|show\w*|detect\w*|freez\w*|crash\w*|drop\w*|lagg?\w*)|broken|faulty|not working|(get|buy|order|purchase|recommend|choose|pick) (me |us )?(a |an |some |new |good |better |decent |cheap )*(\w+ )?(webcams?|cameras?|headsets?|mics?|microphones?|speakers?|speakerphones?|soundbars?|video bars?|conference phones?|monitors?|screens?|displays?|tvs?|laptops?|lights?|ring lights?)|cheap(er|est)|pricing|prices?|discounts?|(best|good|decent|cheap) (webcams?|cameras?|headsets?|mics?|microphones?) for|(webcams?|cameras?|headsets?|mics?|microphones?|speakers?|monitors?|laptops?|lights?) (to|i should|should i|we should|should we) (buy|get|order|purchase)|(£|\$|€) ?\d+|\d+ ?(pounds|quid|dollars|euros|gbp|usd)|update (zoom|teams|webex|the app|my app|the client)|driving|(in|from) (my|the|a) car)\b/;

/** Product how-tos ("how do I set a custom background in Teams"): not about security unless a security concept is named. */
const PRODUCT_HOW_TO =
  /(^|[.?!] )(how (do|can|to|would|should) (i|you|we|u) |how to |is there a way to |where do i )(set|change|switch|add|use|turn on|enable|make|show|pin|rename|find|customi[sz]e|upload|choose|select|see|view|export|import|print)\b(?! sure| certain)/;

/** Security concepts: with one of these, a logistics question is still about meeting security. */
const SECURITY_CONCEPTS =
  /\b(secur\w*|safe\w*|risk\w*|private|privacy|confidential\w*|sensitive|passwords?|passcodes?|pins?|lobby|lobbies|waiting rooms?|encrypt\w*|e2ee|mfa|2fa|(two|2|multi)[- ]?factor|sso|single sign[- ]?on|okta|entra|azure ad|identity provider|sign[- ]?in|log ?in|login|accounts?|admin\w*|privilege\w*|guests?|external\w*(?! (webcams?|cameras?|monitors?|screens?|displays?|mics?|microphones?|speakers?|drives?|hard drives?|keyboards?|mouse|headsets?))|outsiders?|strangers?|uninvited|unknown|anonymous|intruders?|gatecrash\w*|zoom ?bomb\w*|recordings?|recorded|record|transcri\w*|verif\w*|identit\w*|admit\w*|remov\w*|links?|leak\w*|phish\w*|malicious|attack\w*|hack\w*|data|stored|storage|access\w*|permissions?|vpn|vendors?|suppliers?|providers?|jurisdiction\w*|overheard|overhear\w*|eavesdrop\w*|watch\w*|spy\w*|covers?|shutters?|ncsc|guidance|polic(y|ies)|settings?|defaults?)\b/;

/**
 * Other products and systems: consumer services, personal devices and accounts, and business software other than
 * video conferencing. Without a meeting word, a question naming one is about it, even when it names a concept of
 * the guidance ("two factor on my personal instagram", "SSO for salesforce", "admin rights in jira", "is our aws
 * data held in the uk"); a meeting link or join details posted on one are still about the link.
 */
const OTHER_PRODUCTS =
  /\b(instagram|facebook|twitter|tiktok|snapchat|whatsapp|telegram|linkedin|youtube|netflix|amazon|ebay|paypal|spotify|apple id|icloud|gmail|hotmail|yahoo|outlook\.com|personal (e-?mails?|accounts?|phones?|mobiles?|laptops?|devices?|computers?|tablets?|ipads?|iphones?)|(my|our) kids|children|salesforce|sap|workday|servicenow|jira|confluence|sharepoint|onedrive|dropbox|box\.com|google (drive|docs|sheets)|gdrive|github|gitlab|bitbucket|aws|amazon web services|gcp|google cloud|azure (subscriptions?|storage|vms?|portal|blob)|xero|sage|quickbooks|hubspot|mailchimp|docusign|photoshop|canva|trello|asana|miro|figma|wordpress|shopify|crm|erp|(hr|finance|payroll|accounting|expenses|ticketing|booking|crm|erp) (systems?|portals?|software|platforms?|apps?|tools?)|databases?|sql|file (servers?|shares?)|excel|spreadsheets?|word documents?)\b/;

/**
 * Personal and family use, which the guidance leaves to the NCSC's separate guidance for individuals and families
 * ("stream our wedding on zoom for relatives abroad").
 */
const PERSONAL_USE =
  /\b((my|our) (daughter|son|child|kid)s?'?s? school|family (tablet|computer|ipad|laptop|pc)|parents'? evenings?|grand ?(kids?|children|sons?|daughters?)|weddings?|funerals?|christenings?|baptisms?|bar mitzvahs?|birthday (party|parties|call)|family (calls?|quiz|quizzes|gatherings?|reunions?)|relatives|grandparents?|grandma|grandad|granny)\b/;

/** Reversed purchase questions and brand comparisons ("what webcam do you recommend", "logitech or razer"). */
const PRODUCT_CHOICE =
  /\b((which|what) (\w+ )?(webcams?|cameras?|headsets?|mics?|microphones?|speakers?|speakerphones?|lights?|laptops?|monitors?) (do|would|should|can) (you|i|we) (recommend|suggest|buy|get|order)|(webcams?|cameras?|headsets?|mics?|microphones?) (recommendations?|reviews?)|(better|worse|nicer|easier|faster|cheaper) than|logitech|razer|jabra|plantronics|sennheiser|elgato|blue yeti|rode|shure|anker)\b/;

export interface DomainVerdict {
  /** The question mentions meetings, calls or a concept of the guidance. */
  inDomain: boolean;
  /** The question mentions meetings or calls themselves (not only a concept such as MFA or encryption). */
  meetingWords: boolean;
  /** The question is mainly about another subject (IT help, facilities, HR…). */
  otherSubject: boolean;
}

export function judgeDomain(normalisedQuestion: string): DomainVerdict {
  const meetingWords = MEETING_WORDS.test(normalisedQuestion);
  const inDomain = meetingWords || GUIDANCE_CONCEPTS.test(normalisedQuestion);
  const otherSubject =
    OTHER_SUBJECTS.test(normalisedQuestion) ||
    (!meetingWords &&
      !/\b(links?|join(ing)? (details|instructions|info))\b/.test(normalisedQuestion) &&
      OTHER_PRODUCTS.test(normalisedQuestion)) ||
    OTHER_PASSWORDS.test(normalisedQuestion) ||
    ((LOGISTICS.test(normalisedQuestion) ||
      PRODUCT_CHOICE.test(normalisedQuestion) ||
      MALFUNCTION_OR_PURCHASE.test(normalisedQuestion) ||
      PRODUCT_HOW_TO.test(normalisedQuestion)) &&
      !SECURITY_CONCEPTS.test(normalisedQuestion)) ||
    // Something that does not work, with no meeting named, is IT help even when it is a security tool ("the vpn
    // wont connect on my new macbook").
    (!meetingWords && MALFUNCTION_OR_PURCHASE.test(normalisedQuestion)) ||
    PERSONAL_USE.test(normalisedQuestion);
  return { inDomain, meetingWords, otherSubject };
}
