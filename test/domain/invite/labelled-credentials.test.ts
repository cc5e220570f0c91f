import { describe, expect, it } from 'vitest';
import { CREDENTIAL_TERM_SOURCES, CREDENTIAL_WORD_PROBE } from '../../../src/domain/invite/credential-lexicon.js';
import { lazyIdentifiers } from '../../../src/domain/invite/identifiers.js';
import { findLabelledCredentials } from '../../../src/domain/invite/labelled-credentials.js';

const values = (text: string) => {
  return findLabelledCredentials(text, lazyIdentifiers(text, [], [])).map((c) => c.value);
};
const kinds = (text: string) => findLabelledCredentials(text, lazyIdentifiers('', [], [])).map((c) => c.kind);

describe('labelled credentials: label lexicon × value grammar', () => {
  it.each([
    ['Passcode: Wq7Lm2', 'Wq7Lm2'],
    ['Meeting password: tR4-8vZq', 'tR4-8vZq'],
    ['Kenncode: 7hG2kP', '7hG2kP'],
    ['Kennwort: Bq9!xz4', 'Bq9!xz4'],
    ['Code secret : 55Tq8w', '55Tq8w'],
    ['Mot de passe : Lp0#zz81', 'Lp0#zz81'],
    ['Contraseña: 8841207', '8841207'],
    ['Código de acceso: 330981', '330981'],
    ['Clave de la sala: Ux5pQw', 'Ux5pQw'],
    ['Wachtwoordcode: Nd5XcV', 'Nd5XcV'],
    ['Toegangscode: 918273', '918273'],
    ["Codice d'accesso: 602214", '602214'],
    ['Senha da reunião: Hj8#kL2', 'Hj8#kL2'],
    ['パスコード：845120', '845120'],
    ['パスワード: Zq81Lmx', 'Zq81Lmx'],
    ['PIN: 482 917 503 61#', '482 917 503 61'],
    ['Dial-in password: 7730145', '7730145'],
    ['Participant passcode: 4412 9083', '4412 9083'],
    ['the password is Gh72kLmn', 'Gh72kLmn'],
    ['[pw Tq2Zx9] Board call', 'Tq2Zx9'],
    ['Jitsi room / password Kx82mNq1', 'Kx82mNq1'],
    ['Quick call (passcode zR7k!) at 3', 'zR7k!'],
    ['PW = Lm-3kQ, meeting ID 612 3344 5566', 'Lm-3kQ'],
    ['Externals need the code, so: p8#Qz', 'p8#Qz'],
    ['Meeting password: RfT92kLm', 'RfT92kLm'],
    ['PIN-Code: 4471', '4471'],
    ['Audio bridge: +44 20 3000 1234, participant code 7713 9021#', '7713 9021'],
    ['Webex: Meetingkennnummer (Zugriffscode): 2514 883 9021 / Meeting Passwort: Xy7abc12Q', 'Xy7abc12Q'],
    ['Passcode “Ab12cd34”', 'Ab12cd34'],
  ])('%s → credential', (text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('reads the letters-only passcodes of generated blocks, and only there', () => {
    expect(values('Meeting ID: 861 401 731 289\nPasscode: Xubhrh')).toEqual(['Xubhrh']);
    expect(values('会議 ID: 861 401 731 289\nパスコード: Xubhrh')).toEqual(['Xubhrh']);
    expect(values('Passcode: Xubhrh')).toEqual([]);
    expect(values('Meeting ID: 861 401 731 289\nPasscode: Required')).toEqual([]);
    expect(values('Meeting ID: 861 401 731 289\nPasscode: XXXXXX')).toEqual([]);
    expect(values('Meeting ID: 861 401 731 289\nPasscode: Xubhrh for everyone')).toEqual([]);
    // A digit group before a dash is the value, not a qualifier of the label.
    expect(values('Zoom PW 901133 – budget')).toEqual(['901133']);
    expect(values('PIN (valid until 2026): 4471')).toEqual(['4471']);
    // Arrows as chat writes them, misspelled labels, an example marked after the quoted pair.
    expect(values('TOEGANGSCODE → 601229')).toEqual(['601229']);
    expect(values('pw -> Hx72pQ9')).toEqual(['Hx72pQ9']);
    expect(values('> Passcdoe: 09x!Lm')).toEqual(['09x!Lm']);
    expect(values('Pasword: 8830117')).toEqual(['8830117']);
    expect(values('Slide 4: "Passcode: 000000" (example only)')).toEqual([]);
    expect(values('if it asks for a code 🔑 551903')).toEqual(['551903']);
    expect(values('772019 is the passcode if Zoom prompts you.')).toEqual(['772019']);
    // Spanish Teams blocks write "Id. de reunión"; a weak label still reads letters there.
    expect(values('Id. de reunión: 735 319 128 728\nCódigo de acceso: suvvpr')).toEqual(['suvvpr']);
    // A label and value quoted as an example of what not to do are not this meeting's credential.
    expect(values('Example of what NOT to do: "Passcode: 123456" – anyone can join.')).toEqual([]);
    expect(values('Negativbeispiel: „Kenncode: 123456“ – so bitte nicht.')).toEqual([]);
    expect(values('悪い例：「パスコード: 123456」')).toEqual([]);
    expect(values('Passcode: "Hx72pQ"')).toEqual(['Hx72pQ']);
    // Localised blocks: the Italian host key, Google Meet's French phone line.
    expect(kinds('Numero riunione: 2650 123 4567\nChiave organizzatore: 337492')).toEqual(['host']);
    expect(values('Participer par téléphone\n(FR) +33 1 70 37 22 46 Code : 780 884 394#')).toEqual(['780 884 394']);
  });

  it('reads what organisers write themselves: abbreviations, values asked for later, changed codes', () => {
    expect(values('Point hebdo – mdp 9021')).toEqual(['9021']);
    expect(values('Stuurgroep – ww 4410')).toEqual(['4410']);
    expect(values('Dial +44 20 7946 0321 and use 4411 when asked for the participant code.')).toEqual(['4411']);
    expect(values('> Code for the phone bridge is now 8274 4410 – the old one was retired.')).toEqual(['8274 4410']);
    // Discount, dress and booking codes are not join credentials, whatever the language.
    expect(values('Code de réduction adhérents : ADH15.')).toEqual([]);
    expect(values('Código de vestimenta: elegante. Código de reserva del restaurante: RSV-20931.')).toEqual([]);
    expect(values('Il codice sconto per il parcheggio è PARK5; codice di abbigliamento: elegante;')).toEqual([]);
  });

  it("leaves the venue's Wi-Fi passwords and door codes alone, in any language", () => {
    expect(values('Guest Wi-Fi: GranaryGuest / password Harvest-2026!')).toEqual([]);
    expect(values('WLAN: HausAmSee-Gast, Passwort: Seeblick!2026')).toEqual([]);
    expect(values('Wifi: Hooiberg-Gasten, wachtwoord Koeienwei7')).toEqual([]);
    expect(values('Codice porta carraia: 1945#')).toEqual([]);
    expect(values('入館コード: 4471')).toEqual([]);
    // A weak label takes a value after a plain space only when a host role qualifies it.
    expect(values('Tutors use the moderator access code 228615.')).toEqual(['228615']);
    expect(values('Quote the access code 228615 when you call the desk.')).toEqual([]);
    // A password on the line under the network's is the network's; the meeting's own passcode there still counts.
    expect(values('Wi-Fi: FOUNDRY-GUEST\nPassword: copperkettle88')).toEqual([]);
    expect(values('Wi-Fi: GranaryGuest\nPasscode: Hx72pQ')).toEqual(['Hx72pQ']);
  });

  it('reads a value written on the line after its label', () => {
    expect(values('Participant Passcode\n9081\n\nMeeting ID\n5512309871')).toEqual(['9081']);
    expect(values('Passcode:\nKq82Lm')).toEqual(['Kq82Lm']);
  });

  it('reads labels in long prose lines with no digit, colon or equals sign', () => {
    const prose = 'Hi all, looking forward to our planning session next week where we go through the roadmap together';
    expect(prose.length).toBeGreaterThan(60);
    expect(values(`${prose}; the password is bluefalconsky`)).toEqual(['bluefalconsky']);
    expect(values(`${prose}, and das Kennwort lautet Blaufalkenhimmel`)).toEqual(['Blaufalkenhimmel']);
    // …and stays silent on password talk in prose.
    expect(values(`${prose}; the password is required to join`)).toEqual([]);
    expect(values(`${prose}; the password is something you should never share with anyone`)).toEqual([]);
    expect(values(`${prose}, please remember the password policy and change your password every few months`)).toEqual(
      [],
    );
  });

  it('probes prose with fragments that every credential label contains', () => {
    // One spelling of each label alternative: first character of each class, first branch of each group.
    const spell = (source: string): string =>
      source
        .replace(/\[(.)[^\]]*\]/g, '$1')
        .replace(/\(\?:([^|)]*)[^)]*\)/g, '$1')
        .replace(/\?/g, '');
    for (const source of CREDENTIAL_TERM_SOURCES) {
      expect(CREDENTIAL_WORD_PROBE.test(spell(source)), spell(source)).toBe(true);
      expect(CREDENTIAL_WORD_PROBE.test(spell(source).toUpperCase()), spell(source)).toBe(true);
    }
  });

  it('finds labels whatever their case, also where lower-casing folds unlike the probe', () => {
    expect(values('PASSCODE: 4471902')).toEqual(['4471902']);
    expect(values('Mot De Passe : Xq7-pLm2')).toEqual(['Xq7-pLm2']);
    expect(values('ПАРОЛЬ: 4471902')).toEqual(['4471902']);
    // İ lower-cases to two code units, the Kelvin sign to `k` (which the case-insensitive probe does not match).
    expect(values('İstanbul office\nPasscode: 4471902')).toEqual(['4471902']);
    expect(values('\u212Aenncode: 4471902\nPasscode: 5582013')).toEqual(['5582013']);
    expect(values('Room \u212A-12\nKenncode: 4471902')).toEqual(['4471902']);
  });

  it('reads lines found by ASCII-led and other credential words in text order', () => {
    expect(values('パスコード: 552013\nPasscode: 4471902\nПароль: 7Hq2mZ')).toEqual(['552013', '4471902', '7Hq2mZ']);
    expect(values('Passcode: 4471902\n密码：9922\nŞifre: Kq77xz\nPIN: 3311')).toEqual([
      '4471902',
      '9922',
      'Kq77xz',
      '3311',
    ]);
  });

  it('reads the numeric twin of a Webex password', () => {
    expect(values('Meeting password: Tb7kQ2mWz (82231945 from phones and video systems)')).toEqual([
      'Tb7kQ2mWz',
      '82231945',
    ]);
  });

  it('reads a value written before its label ("enter … as the conference PIN")', () => {
    expect(values('Then enter 39017 as the conference PIN number.')).toEqual(['39017']);
    expect(values('+49 30 5557 1868, dann 60886 als Konferenz-PIN eingeben')).toEqual(['60886']);
    expect(values('Em seguida, digite 37702 como o número PIN da conferência.')).toEqual(['37702']);
    expect(values('Voer 4471 in als pincode')).toEqual(['4471']);
    expect(values('Please use Zq81Lmx as your password')).toEqual(['Zq81Lmx']);
    expect(kinds('Enter 7712 as the host PIN')).toEqual(['host']);
    expect(values('Enter your PIN as the password')).toEqual([]);
  });

  it('reads quoted values up to their closing quote, and dashed digit groups whole', () => {
    expect(values('パスワードは「Kx82mQ」です。')).toEqual(['Kx82mQ']);
    expect(values('Das Kennwort lautet „ahZL2L“.')).toEqual(['ahZL2L']);
    expect(values('PIN: 4471-2290')).toEqual(['4471-2290']);
    expect(values('Passcode: 12!ab9')).toEqual(['12!ab9']);
    expect(values('PIN: 482 917 503#')).toEqual(['482 917 503']);
  });

  it('reads values under a header row of table cells', () => {
    expect(values('Meeting ID\tPasscode\tHost key\n\n845 1234 5678\t551203\t773311')).toEqual(['551203', '773311']);
    expect(kinds('Meeting ID\tHost key\n845 1234 5678\t773311')).toEqual(['host']);
    // Label and value cells in one row are read as before, not from the row below.
    expect(values('Passcode\t551203\n\nHost key\t773311')).toEqual(['551203', '773311']);
    expect(values('Meeting ID\tPasscode\n845 1234 5678')).toEqual([]);
  });

  it('reads past a remark in parentheses before the value, or after it on the next line', () => {
    expect(values('Password: (case sensitive) Xy12ab')).toEqual(['Xy12ab']);
    expect(values('Host key\n(claim host if Jo drops)\t408051')).toEqual(['408051']);
    expect(values('Mot de passe de la réunion :\nFj8vLr2Nq5W (52602081 à partir des téléphones)')).toEqual([
      'Fj8vLr2Nq5W',
      '52602081',
    ]);
    // An area code in parentheses starts a phone number, not a remark.
    expect(values('Não precisa de senha. Qualquer coisa me chama no celular: (11) 97658-3321.')).toEqual([]);
    expect(values('ホスト キー: 967606')).toEqual(['967606']);
  });

  it('keeps a labelled PIN that a dial string also carries as its first group, unless an ID label names it', () => {
    // The ids as a dial string's first group names them (neither a join link nor a label).
    const asDialed = (ids: string[]) => ({
      has: (d: string) => ids.includes(d),
      inJoinLink: () => false,
      labelledInText: () => false,
    });
    const pin = (text: string, ids: string[]) => findLabelledCredentials(text, asDialed(ids)).map((c) => c.value);
    expect(pin('Join by phone: +1 414-555-0164 PIN: 282 181 928', ['282181928'])).toEqual(['282 181 928']);
    expect(pin('Phone conference ID: 282 181 928#\nPIN: 282 181 928', ['282181928'])).toEqual([]);
    expect(pin('Zugangscode: 377-160-065', ['377160065'])).toEqual([]);
  });

  it('reads a PIN that repeats a join link\'s meeting number as that number (Chime\'s older "Meeting PIN")', () => {
    const link = [{ url: 'https://chime.aws/3490613325', label: '' }];
    const text = 'Amazon Chime meeting\n[link]\nMeeting PIN: 3490 61 3325';
    expect(findLabelledCredentials(text, lazyIdentifiers(text, link, [])).map((c) => c.value)).toEqual([]);
    const other = 'Amazon Chime meeting\n[link]\nMeeting PIN: 5512 20 4471';
    expect(findLabelledCredentials(other, lazyIdentifiers(other, link, [])).map((c) => c.value)).toEqual([
      '5512 20 4471',
    ]);
  });

  it('takes the label of the clause that holds the value, not an identifier named earlier in the sentence', () => {
    expect(values('Meeting ID 518 220 441, passcode 1984 (yes, like the book).')).toEqual(['1984']);
    expect(
      values('When you dial in, enter the Conference ID and then your leader PIN 83514 so the call starts.'),
    ).toEqual(['83514']);
    expect(values('Numero riunione (codice di accesso): 2742 119 0836\nCodice di accesso: 2742 119 0836')).toEqual([]);
    expect(values('Meeting ID and passcode: 518 220 441')).toEqual([]);
  });

  it('reads what people write in updates and from memory', () => {
    expect(values('Same link, same code as last week: 5093 77 (it is six digits).')).toEqual(['5093 77']);
    expect(values('Stesso link e stesso codice della settimana scorsa: 660193.')).toEqual(['660193']);
    expect(values('I think the code is Hq4tZ9 but if it asks for something else ring me.')).toEqual(['Hq4tZ9']);
    expect(values("et le code c'est 517 903 je crois – sinon appelle-moi")).toEqual(['517 903']);
    expect(values('de toegangscode is gewijzigd naar 551820 (Zoom had de oude geblokkeerd)')).toEqual(['551820']);
    expect(values('The passcode has changed to Rk29mq.')).toEqual(['Rk29mq']);
    // A word after a bare "code" is still a sentence, not a value.
    expect(values('the code is required to join')).toEqual([]);
  });

  it('reads a value given before its label, a value after words and a colon, and a quoted value mid-sentence', () => {
    expect(values('2. saisissez 418 227, c’est le code participant, puis validez avec #')).toEqual(['418 227']);
    expect(values('Se il sistema chiede un codice, 8842 è il PIN della riunione.')).toEqual(['8842']);
    expect(values('El código de acceso es el mismo que en la última sesión: 550127')).toEqual(['550127']);
    expect(values('A senha da sala é a de sempre: Ipanema#21')).toEqual(['Ipanema#21']);
    expect(values('Der Raum ist mit dem Passwort »Lindenblatt-42« geschützt – bitte nicht weiterleiten.')).toEqual([
      'Lindenblatt-42',
    ]);
    expect(values("Moderator access code (tutors only, please don't share with students): 1j0knt")).toEqual(['1j0knt']);
    expect(values('Leader code (Incident Manager only): 5530917#')).toEqual(['5530917']);
    expect(values('Hostcode: 290614')).toEqual(['290614']);
    // A number after words and a colon that are not the credential's stays unread.
    expect(values('The password is the one from the policy: 12 characters')).toEqual([]);
    expect(values('Keep it in your password manager: 1Password')).toEqual([]);
  });

  it('reads a chat-style "pass" alone on its line over its value, and no "pass" in prose', () => {
    expect(values('> zoom is [link]\n> pass\n> 99120\n> (my personal room)')).toEqual(['99120']);
    expect(values('Bring your building pass 4471 to reception')).toEqual([]);
    expect(values('Boarding\npass\nrequired for all')).toEqual([]);
  });

  it('reads instructions to guests, and a code beside its link', () => {
    expect(values('2. When prompted for a passcode, enter 61840275.')).toEqual(['61840275']);
    expect(values('Falls Teams nach einem Kenncode fragt, bitte Kx7tP2 eingeben.')).toEqual(['Kx7tP2']);
    expect(values('Pessoal, o Teams está pedindo senha para quem é de fora da empresa – é cJ9x2W')).toEqual(['cJ9x2W']);
    expect(values('社外の方は参加時にパスコード「Hx8mK2」の入力を求められます')).toEqual(['Hx8mK2']);
    expect(values('Same Zoom room — password is still sunflower42 (Maya changed it)')).toEqual(['sunflower42']);
    expect(values('Audioconferenza: +39 02 3046 1120 – codice partecipante 7781 2290#')).toEqual(['7781 2290']);
    expect(values('Zoom — [link] — code 7781204 — starts 10:00 sharp')).toEqual(['7781204']);
    // Told to type something that is no code, or a code that is a venue's: nothing.
    expect(values('When prompted for a passcode, enter the one from the email')).toEqual([]);
    expect(values('If asked for a password, use your SSO login')).toEqual([]);
    expect(values('Quote the code 7781204 when you call')).toEqual([]);
    expect(values('Parking: visitor bays 40–46; the barrier asks for a PIN – use 7730')).toEqual([]);
  });

  it('reads past a remark that ends the label line, and past words between a dash and the real colon', () => {
    expect(values('Participant Passcode\n2284\nModerator Passcode (Charlotte / Rupert only)\n6031')).toEqual([
      '2284',
      '6031',
    ]);
    expect(values('Chair (host) passcode – Supt. Harrow and deputy only: 550921')).toEqual(['550921']);
    expect(values('Passcode – see the confirmation email')).toEqual([]);
  });

  it("reads a code beside its service in a subject, 'it's' after a comma, and no mail-merge field", () => {
    expect(values('Internal audit prep (Teams code 9rTq4D if it asks)')).toEqual(['9rTq4D']);
    expect(values("Here's the Teams link – if it asks for a passcode, it's T4vx9Q.")).toEqual(['T4vx9Q']);
    expect(values('Teams code 2026 rollout')).toEqual([]);
    expect(values('Passcode: [[TEAMS_PASSCODE]]\nPIN: <<pin>>\nPassword: %%PWD%%')).toEqual([]);
  });

  it("reads 'try' and 'enter the code' instructions, and a value before its label after an identifier", () => {
    expect(
      values("It'll ask for a room password once you're past the lobby screen — try tangerine-88, if rejected ping me"),
    ).toEqual(['tangerine-88']);
    expect(values('Per entrare cliccate sul link e, quando richiesto, inserite il codice 552831.')).toEqual(['552831']);
    expect(values('Call ID 88412270, and 6113 is the passcode – same one for web and video units.')).toEqual(['6113']);
    expect(values('If the room panel asks for a code, use K5-12 – that is the booking ID.')).toEqual([]);
    expect(values('use the code 2026 when booking')).toEqual([]);
  });

  it("takes GoTo's dashed phone access code for the call's identifier", () => {
    expect(values('United Kingdom: +44 20 3608 2157\nAccess Code: 218-530-744\nAudio PIN: 41')).toEqual([]);
  });

  it('reads "value = label" on its own line, and a misspelt role label', () => {
    expect(values('4hG7tQ = passcode\n364 118 902 775 = meeting ID (if you join from the app)')).toEqual(['4hG7tQ']);
    expect(values('> Particpant code: 30917726#')).toEqual(['30917726']);
  });

  it('reads a value alone in parentheses, and past a word that describes the value', () => {
    expect(values('Guests: enter the guest PIN (3390) when prompted')).toEqual(['3390']);
    expect(values("The passcode is case-sensitive – it's wK7pQz with a lower-case w.")).toEqual(['wK7pQz']);
    expect(values('The passcode is case-sensitive.')).toEqual([]);
    expect(values('Passcode (6 digits): 123456')).toEqual(['123456']);
  });

  it('reads digits written as words, four or more in a row', () => {
    expect(values('Participant code: four four one nine two seven, then the hash key')).toEqual([
      'four four one nine two seven',
    ]);
    expect(values('el código de acceso es siete siete cuatro uno nueve cero; Zoom os lo pedirá')).toEqual([
      'siete siete cuatro uno nueve cero',
    ]);
    expect(values('Passcode: one of the two we agreed')).toEqual([]);
  });

  it('reads number-sign role labels, compound labels and a multi-word access code spelled out after a space', () => {
    expect(values('Participant #: 6630 2291\nChair #: 9912 2048 (Ray only)')).toEqual(['6630 2291', '9912 2048']);
    expect(values('Vergaderwachtwoord: Vd7kLp2xQe')).toEqual(['Vd7kLp2xQe']);
    expect(values('Besprechungskennwort: 7hG2kq')).toEqual(['7hG2kq']);
    expect(values('Comité de dirección (código de acceso 604118)')).toEqual(['604118']);
    expect(values('RE: Comité – código de acceso Hx49Tq')).toEqual(['Hx49Tq']);
    expect(values('claim host with key 482913 and start')).toEqual(['482913']);
    // A bare "code" after a space stays a reference, and talk about weak PINs names none.
    expect(values('see code 604118 in the handbook')).toEqual([]);
    expect(values('avoid predictable PINs – 123456 and 000000 are the most common')).toEqual([]);
  });

  it('reads a value after emphasis that closes the label', () => {
    expect(values('*Passcode:* 551203')).toEqual(['551203']);
  });

  it('ends a value where Japanese runs on into the sentence', () => {
    expect(values('パスコードは551203です。')).toEqual(['551203']);
    expect(values('パスワードはHx72pQです')).toEqual(['Hx72pQ']);
  });

  it('reads dial-in code labels of German and Dutch audio bridges', () => {
    expect(values('Einwahlcode: 551203')).toEqual(['551203']);
    expect(values('Inbelcode: 551203')).toEqual(['551203']);
    expect(values("Simon's meeting passcode: 551203")).toEqual(['551203']);
  });

  it('reads Japanese audio-bridge participant codes', () => {
    expect(values('参加者コード：4720 9058#')).toEqual(['4720 9058']);
    expect(kinds('主催者コード：99120044')).toEqual(['host']);
  });

  it('tells host-side and dial-in credentials apart', () => {
    expect(kinds('Host key: 448120')).toEqual(['host']);
    expect(kinds('Moderator PIN (co-hosts only): 99120044')).toEqual(['host']);
    expect(kinds('Leader passcode: 772210')).toEqual(['host']);
    expect(kinds('Phone password: 66120933')).toEqual(['dial-in']);
  });
});

describe('labelled credentials: silent on identifiers, placeholders and password talk', () => {
  it.each([
    'Meeting ID: 812 3456 7890',
    'Meeting number (access code): 2514 883 9021\nAccess code: 2514 883 9021',
    'Access code / Meeting ID: 819 627 157',
    'Phone conference ID: 161 095 966#',
    'Conference ID: 687696881',
    'Tenant key: 662515994@t.plcm.vc\nVideo ID: 919 976 100 6',
    'ID de reunión: 447 9994 3106',
    'Besprechungs-ID: 318 440 275 906',
    'Passcode: ******',
    'Password: XXXXXXXX',
    'Passcode: [redacted]',
    'Meeting password: {{meeting_passcode}}',
    'Meeting password: ##meetingPassword',
    'Passcode: — (no passcode, waiting room on)',
    'Passcode: none',
    'Password: not required',
    'Passcode: sent separately',
    'Passcode: via SMS',
    'Code secret : par SMS',
    'Senha: sem senha',
    'Código de acceso: te la mando por Telegram',
    'Passcode: (sent by text message 1h before)',
    'Meeting Password: see the project wiki',
    'PIN: (see email from IT)',
    'Forgot your dial-in PIN?',
    'Reset PIN',
    'Dial jane@acme.webex.com and enter your host PIN.',
    'Reminder: the new password policy takes effect on 12/03.',
    'Password reset: https://sso.example.com/reset',
    'Tracking code: 1Z999AA10123456784',
    'Postcode: 1012 AB',
    'We will discuss password rules 2026 and PIN length',
    'Call us on +44 20 7946 0000, PIN numbers are on the badge',
    'Time: 10:30 - 11:30, Room: B-204, Code: ABC-2024-Q3 project',
    'Passwort: wird separat per SMS verschickt',
    'Wachtwoord: volgt per sms',
    'Passcode: ●●●●●●',
    'Password: <set in Zoom>',
    'パスコード：なし（待機室を有効にしています）',
    'パスワード：別途メールでお送りします',
    'Código de la reunión: hvt-ozma-pdr',
    'Code de la réunion : bnz-qkpe-wyr',
    'Meeting code: abc-defg-hij',
    'Code porte : 12B45',
    'Door PIN: 4471',
    'Türcode: 4471B',
    'Wachtwoord: n.v.t.',
    'Contraseña: pendiente',
    'Kennwort: k.A.',
    'Passcode: 6-digit code from the SMS',
    'Passcode: $PASSCODE',
    'Your voicemail PIN: unchanged',
    'SIM-PIN: 4471',
    'Badge PIN: 4471',
  ])('%s → nothing', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('treats an "access code" that repeats a number shown elsewhere as the meeting number', () => {
    expect(values('https://acme.webex.com/meet/jane | 1114953249\nAccess code: 111 495 3249')).toEqual([]);
    expect(values('https://meet.goto.com/700656885\nAccess Code: 700-656-885')).toEqual([]);
  });

  it('treats a meeting-number-long "access code" in a Webex invite as the meeting number', () => {
    expect(values('Join my Webex Personal Room:\n[link]\nAccess code: 4427 745 4937')).toEqual([]);
    // Outside Webex, or short like an audio bridge's participant code, it is a credential.
    expect(values('Conference call\nAccess code: 4427 745 4937')).toEqual(['4427 745 4937']);
    expect(values('Webex room plus our bridge\nAccess code: 482913')).toEqual(['482913']);
  });
});
