// Subjects the bot does not answer, indexed beside the topics as decoys: when a question matches one of these as
// well as any topic ("raise my hand in a teams meeting", "encrypt a usb stick"), it is about something else that
// merely shares words with video-meeting security, and the bot declines. Avoid words the topics rely on here.

export interface OutOfScopeSubject {
  id: string;
  /** Short phrases, comma separated; each is indexed on its own so that long lists do not dilute the match. */
  text: string;
}

export const OUT_OF_SCOPE_SUBJECTS: readonly OutOfScopeSubject[] = [
  {
    id: 'meeting-features-how-to',
    text:
      'raise hand, reactions, emoji, gif, polls, polling, breakout rooms, live captions, subtitles, closed captions, ' +
      'whiteboard, display name, profile picture, avatar, status, presence, away, busy, do not disturb, notifications, ' +
      'dark mode, theme, keyboard shortcuts, recurring meeting, reschedule, time zone, calendar sync, add-in, ' +
      'how many people, maximum attendees, participant limit, time limit, meeting length, together mode, gallery view, ' +
      'layout, spotlight, rename, change name, language, translate, agenda, take the minutes, minute taker, action items, ' +
      'dress code, etiquette, icebreaker, cancel a meeting, decline an invitation, find a time, availability, ' +
      'magnify a document, pdf, mp3, convert to another format, trim or edit a video, podcast, voiceover, ' +
      'private channel, team site, channel settings, share computer sound, share system audio, transfer the host role, ' +
      'self view, noise suppression, noise cancellation, background noise reduction, mirror my video, pin a video, optimise for video clip',
  },
  {
    // Organising meetings rather than securing them: when, where, how long, who comes and what they eat.
    id: 'meeting-logistics',
    text:
      'who accepted, tentative, rsvp, take notes, action points, follow up email, overrun, ' +
      'best time to meet, time zone difference, across time zones, find a slot, move a meeting, postpone, ' +
      'every other week, room capacity, seats, how many fit, catering order, sandwiches, refreshments, tea and coffee, ' +
      'whiteboard markers, flip chart, aircon, heating, too cold, too hot, quiet room, phone booth, floor plan, ' +
      'lost property, spare chairs, tables, stand up length, how long should it last, meeting notes template',
  },
  {
    id: 'audio-video-quality',
    text:
      'headset, headphones, earbuds, bluetooth, echo, crackle, crackling, audio feedback, audio quality, sound quality, ' +
      'volume, lag, laggy, freezing, frozen, choppy, pixelated, resolution, bandwidth, internet connection, hotel internet, ' +
      'broadband, slow connection, drops out, which one to buy, brand',
  },
  {
    id: 'general-it-help',
    text:
      'reset password, forgot password, locked out, unlock account, laptop password, windows login, email password, ' +
      'printer, printing, scanner, monitor, flickering, keyboard, mouse, docking station, charger, battery, ' +
      'broken laptop, helpdesk ticket, email signature, out of office, mailbox full, wifi password, wi-fi, hotspot, ' +
      'password policy for laptops, voicemail, desk phone, ringtone, projector, air conditioning, second monitor, ' +
      'replacement laptop, broken camera, disconnecting, fastest browser, install python, install software on my laptop, ' +
      'software request, install a program, admin rights to install, screen goes to sleep, screensaver, shared mailbox',
  },
  {
    id: 'other-security-subjects',
    text:
      'usb stick, memory stick, removable media, disk encryption, bitlocker, filevault, antivirus, malware scan, ' +
      'backup, restore, ransomware, firewall rules, ports, dmarc, spf, dkim, email domain, patch servers, ' +
      'password manager, report a phishing email, suspicious email, incident response, host a website, web hosting, domain name, ' +
      'strong passwords at home, personal passwords, gmail, personal email account, bank account, online banking, ' +
      'work email on a personal phone, byod, bring your own device, ' +
      'social media account, encrypt an email attachment, encrypt a file, encrypt a word document, password protect a spreadsheet, send a file securely, stolen laptop, lost phone',
  },
  {
    id: 'facilities-and-hr',
    text:
      'canteen, lunch, menu, catering, coffee, parking, car park, book a desk, desk booking, room booking, ' +
      'book a room, reserve a room, expenses, claim, payslip, payroll, salary, holiday, annual leave, sick leave, ' +
      'timesheet, overtime, pension, travel, taxi, railway, rail ticket, flight, hotel booking, social, party, birthday, opening hours, ' +
      'reception desk, sign in visitors, visitor badge, fire drill, fire alarm, vacation days, carry over, staff handbook, ' +
      'mileage, sick leave, data protection officer, dial code, country code, international dialling',
  },
  {
    id: 'general-knowledge',
    text:
      'weather, rain, forecast, football, match score, sport, news, joke, capital city, mountain, recipe, film, ' +
      'stock price, share price, exchange rate, history, science, trivia, poem, song, story, summarise, summary, ' +
      'translate, what to wear, outfit, price per user, how much does it cost',
  },
];
