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
      'whiteboard, display name, profile picture, avatar, status, presence, away status, busy status, do not disturb, notifications, ' +
      'dark mode, theme, keyboard shortcuts, recurring meeting, reschedule, time zone, calendar sync, outlook add-in, ' +
      'how many people, maximum attendees, participant limit, time limit, meeting length, together mode, gallery view, ' +
      'layout, spotlight, rename, change name, language, translate, agenda, take the minutes, minute taker, action items, ' +
      'presenting confidently, presentation skills, public speaking, speak too fast, nerves before presenting, ' +
      'max number of people, how many people can i invite, ' +
      'dress code, etiquette, icebreaker, cancel a meeting, decline an invitation, find a time, calendar availability, ' +
      'magnify a document, pdf, mp3, convert to another format, trim or edit a video, podcast, voiceover, ' +
      'private channel, team site, channel settings, share computer sound, share system audio, transfer the host role, ' +
      'transcribe an interview, transcribing interviews, transcription app, speech to text, dictation, dictaphone, ' +
      'voice memo, voice notes, recorded on my phone, ' +
      'self view, noise suppression, noise cancellation, background noise reduction, mirror my video, pin a video, optimise for video clip',
  },
  {
    // Organising meetings rather than securing them: when, where, how long, who comes and what they eat.
    id: 'meeting-logistics',
    text:
      'who accepted the invitation, tentative, rsvp, take notes, action points, follow up email, overrun, ' +
      'best time to meet, time zone difference, across time zones, find a slot, move a meeting, postpone, ' +
      'fortnightly meeting, room capacity, meeting room seats, how many fit, catering order, sandwiches, refreshments, tea and coffee, ' +
      'whiteboard markers, flip chart, aircon, heating, too cold, too hot, quiet room, phone booth, floor plan, ' +
      'lost property, spare chairs, spare tables, stand up length, how long should it last, meeting notes template, ' +
      'sign ups, registrations, turnout, no shows, promote the webinar, advertise the event, marketing email',
  },
  {
    id: 'audio-video-quality',
    text:
      'headset, headphones, earbuds, bluetooth, echo, crackle, crackling, audio feedback, audio quality, sound quality, ' +
      'volume too low, lag, laggy, freezing, frozen, choppy, pixelated, camera resolution, bandwidth, internet connection, hotel internet, ' +
      'broadband, slow connection, connection drops out, which brand to buy',
  },
  {
    id: 'general-it-help',
    text:
      'reset password, forgot password, locked out of my laptop, unlock account, laptop password, windows login, email password, ' +
      'printer, printing, scanner, monitor flickering, flickering, keyboard, mouse, docking station, charger, battery, ' +
      'broken laptop, helpdesk ticket, email signature, out of office reply, mailbox full, wifi password, wi-fi, hotspot, ' +
      'password policy for laptops, voicemail, desk phone, ringtone, projector, air conditioning, second monitor, ' +
      'replacement laptop, broken camera, disconnecting, fastest browser, install python, install software on my laptop, ' +
      'software request, install a program, admin rights to install, screen goes to sleep, screensaver, shared mailbox, ' +
      'globalprotect, anyconnect, forticlient, conditional access policy, geo-blocking, named locations',
  },
  {
    id: 'other-security-subjects',
    text:
      'usb stick, memory stick, removable media, disk encryption, bitlocker, filevault, antivirus, malware scan, ' +
      'backup, restore deleted files, ransomware, firewall rules, firewall ports, dmarc, spf, dkim, email domain, patch servers, ' +
      'password manager, report a phishing email, suspicious email, incident response, host a website, web hosting, domain name, ' +
      'strong passwords at home, personal passwords, gmail, personal email account, bank account, online banking, ' +
      'work email on a personal phone, byod, bring your own device, ' +
      'social media account, encrypt an email attachment, encrypt a file, encrypt a word document, password protect a spreadsheet, send a file securely, share a large file, big file, large video file, file transfer service, wetransfer, send a large attachment, stolen laptop, lost phone',
  },
  {
    // Other security subjects (devices, networks, email, passwords, data protection, physical security): the same
    // concepts as the guidance ("encrypt", "password", "vpn", "phishing") about something other than video calls.
    id: 'other-security-subjects-more',
    text:
      'hard drive, hard disk, laptop encryption, encrypt my laptop, full disk encryption, device encryption, ' +
      'work laptop, personal laptop, home laptop, personal phone, personal mobile, work email on an iphone, android phone, jailbreak, ' +
      'windows update, operating system update, screen lock, lock my screen, home wifi, wifi router, home router, ' +
      'router password, home network, public wifi, broadband router, remote desktop, proxy server, dns, ' +
      'set up the vpn at home, vpn keeps disconnecting, ' +
      'phishing email, spot a phishing, phishing simulation, phishing test, phishing training, phishing awareness, ai chatbot, chatgpt, generative ai, copilot, suspicious link, spam email, junk mail, junk folder, ' +
      'spoofed email, email spoofing, invoice fraud, ceo fraud, text message scam, smishing, vishing, email attachment, ' +
      'open an attachment, email filter, zip file, password protect a zip, compressed folder,  password manager, passphrase, reuse passwords, password expiry, lastpass, ' +
      'bitwarden, keepass, subject access request, data subject request, right to erasure, report a data breach, ' +
      'under gdpr, gdpr retention, retention period, data retention schedule, ' +
      'information commissioner, freedom of information, foi request, privacy notice, cookie banner, cookie consent, ' +
      'work mobile, mobile phone, mobile contract, sim card, phone signal, landline, nuisance calls, robocalls, ' +
      'usb drive, usb key, thumb drive, flash drive, external drive, confidential waste, shredding, clear desk, ' +
      'tailgating, door entry, building pass, access card, id badge, cctv, cctv footage, security camera, ' +
      'burglar alarm, smart doorbell, doorbell camera, smart home, smart speaker, smart tv, baby monitor, ' +
      'nest camera, iot device, tls certificate, ssl certificate, website certificate, domain renewal, web server, ' +
      'travelling abroad with a laptop, travel to china, legal in another country, export controls, ' +
      'website security, cyber insurance, malware, computer virus, trojan, keylogger, spyware, ransomware attack',
  },
  {
    // Video and audio, but not video-meeting security: production, streaming, equipment to buy, files, the provider as a business.
    id: 'video-production-and-equipment',
    text:
      'video editing, edit a video, editing software, trim, trim the start, cut together, video editor, splice,  premiere pro, final cut, davinci resolve, imovie, youtube, ' +
      'youtube channel, livestream, live stream, live streaming, stream to youtube, wedding, funeral, church service, ' +
      'broadcast on tv, obs studio, twitch, vlog, tiktok, instagram, facebook live, buy a webcam, webcam to buy, ' +
      'webcam recommendation, ring light, studio lighting, better lighting, lighting on my webcam, look washed out, tripod, capture card, usb microphone, microphone to buy, ' +
      'podcast microphone, audio interface, convert a video, compress a video, mp4, mov file, file format, camcorder, ' +
      'gopro, dslr, photography, photo editing, animation, subtitles file, music licence, stock footage, ' +
      'customer support, support phone number, contact support, support ticket, helpline, share price, investors, quarterly earnings, company news, acquisition, ceo of zoom, refund, ' +
      'subscription renewal, blur a face, blur faces, blur a number plate, post a video, posting a video, upload a video',
  },
  {
    id: 'facilities-and-hr',
    text:
      'canteen, lunch, menu, catering, coffee, parking, car park, book a desk, desk booking, room booking, ' +
      'book a room, reserve a room, expenses, expenses claim, payslip, payroll, salary, holiday, annual leave, sick leave, ' +
      'timesheet, overtime, pension, travel booking, taxi, railway, rail ticket, flight, hotel booking, social event, office party, christmas party, birthday, opening hours, ' +
      'reception desk, sign in visitors, visitor badge, fire drill, fire alarm, vacation days, carry over leave, staff handbook, ' +
      'mileage, sick leave, head office, office opening times, building lobby, open on saturday, weekend opening, ' +
      'call centre, contact centre, customer complaint, complaints procedure, queue times,  data protection officer, dial code, country code, international dialling',
  },
  {
    id: 'general-knowledge',
    text:
      'weather, rain, forecast, football, match score, sport, news headlines, joke, capital city, mountain, recipe, film, ' +
      'stock price, share price, exchange rate, world history, science, trivia, poem, song, bedtime story, summarise, summary, ' +
      'translate, what to wear, outfit, price per user, how much does the licence cost',
  },
];
