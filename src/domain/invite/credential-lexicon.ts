// The label lexicon: words that name a join credential, words that name a meeting identifier, and the
// contexts in which "password"/"PIN" talk is not a credential. Eight required languages (en de fr es nl it
// pt ja) plus a few neighbours. Labels are matched case-insensitively; the whole label phrase (the words
// before the separator) decides what a value is, so "Meeting number (access code): …" reads as an identifier.

// Word boundaries for Latin, Greek and Cyrillic letters, written as ranges so the patterns need no `u` flag
// (non-unicode case-insensitive patterns run several times faster in V8 on this hot path).
const LETTER = 'a-zA-Z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const WORD_START = `(?<![${LETTER}0-9])`;
/** For scanning patterns that drop the leading lookbehind (see CREDENTIAL_TERM). */
export const WORD_START_SOURCE = WORD_START;
const WORD_END = `(?![${LETTER}])`;

/** Labels that always name a credential when followed by a value. */
const STRONG_TERMS = [
  // en
  'pass ?codes?',
  'pass-?words?',
  // Common misspellings in hand-written invites.
  'pasw[o0]rds?',
  'passwrods?',
  'passowrds?',
  'passcdoes?',
  'passocdes?',
  'pascodes?',
  'passwd',
  'pwd',
  'pw',
  'pins?',
  'pin ?codes?',
  'pin-codes?',
  'host ?keys?',
  'host with (?:the |my |this )?keys?', // Zoom's "claim host with key 482913"
  'security codes?',
  'entry codes?',
  'passphrase',
  '(?:participant|attendee|guest|moderator|leader|chair|chairperson|host|organi[sz]er|presenter|dial-in|phone|audio|bridge) (?:codes?|pins?)',
  // Audio bridges' number-sign labels ("Participant #: 6630 2291", "Chair #: 9912 2048").
  '(?:participant|attendee|guest|moderator|leader|chair|chairperson|host|organi[sz]er|presenter) ?#:',
  // de
  'kenncodes?',
  'kennw[oö]rt(?:er)?',
  'passw[oö]rt(?:er)?',
  // Compounds naming the meeting ("Besprechungskennwort", "Konferenzpasswort").
  '(?:besprechungs|konferenz|meeting|sitzungs|teilnehmer|einwahl)(?:kennw[oö]rt|passw[oö]rt)',
  'zugangscodes?',
  'zugangskennwort',
  'sicherheitscodes?',
  'host-?schlüssel',
  'gastgeberschlüssel',
  'moderatoren-?pin',
  'teilnehmer-?pin',
  'einwahl-?pin',
  'teilnehmercodes?',
  'einwahlcodes?',
  // fr
  'mdp', // « mot de passe », as written in subjects and chat
  'mots? de passe',
  'mot-de-passe',
  'codes? secrets?',
  'codes? confidentiels?',
  'codes? pin',
  "clés? (?:de l['’]|d['’])?(?:h[ôo]te|organisateur)",
  // es
  'contraseñas?',
  'contrasenas?',
  'claves?',
  'códigos? secretos?',
  'codigos? secretos?',
  // pt
  'senhas?',
  'palavras?-passe',
  'chaves? d[oa] (?:organizador|anfitri[ãa]o)',
  // nl
  'ww', // « wachtwoord », as written in subjects and chat
  'wachtwoord(?:code)?s?',
  // Compounds naming the meeting ("Vergaderwachtwoord", "Deelnemerswachtwoord").
  '(?:vergader|vergaderings|meeting|deelnemers|inbel)wachtwoord(?:code)?s?',
  'toegangscodes?',
  'pincodes?',
  'hostsleutel',
  'hostcodes?',
  'organisatorcode',
  'deelnemerscode',
  'inbelcodes?',
  // it
  "codic[ei] d['’] ?accesso",
  'codic[ei] di accesso',
  "parola d['’] ?ordine",
  "chiave (?:host|(?:dell['’] ?)?organizzatore)",
  // neighbours
  'hasło',
  'lösenord',
  'adgangskode',
  'passord',
  'salasana',
  'şifre',
  'heslo',
  'пароль',
];

/** Labels that name a credential only with an explicit separator (`:`/`=`), as they often mean an identifier. */
const WEAK_TERMS = [
  'access ?codes?',
  'códigos? de acceso',
  'codigos? de acceso',
  'códigos? de acesso',
  'codigos? de acesso',
  "codes? d['’] ?accès",
  "codes? d['’] ?acces",
  'zugriffscodes?',
  'codes?',
  'códigos?',
  'codigos?',
  'codice',
  'kode',
];

/** Japanese/Chinese/Korean labels: no word boundaries in those scripts. */
const CJK_TERMS = [
  // A key or lock emoji stands for the word in chat-style invites ("if it asks for a code 🔑 551903").
  '🔑',
  '🔐',
  'パスコード',
  'パスワード',
  '暗証番号',
  '暗証コード',
  'ホスト ?キー',
  'アクセスコード',
  '密码',
  '密碼',
  '口令',
  '비밀번호',
  '암호',
  '参加コード',
  // Audio bridges: participant / organiser codes.
  '参加者コード',
  '主催者コード',
  'ホストコード',
  // The keypad emoji as the label of a code to key in ("☎ +1 929-555-0148" then "🔢 472 906 183#").
  '🔢',
];

/**
 * Credential labels. The word-start boundary is checked by the caller (`startsWord`): a leading lookbehind
 * would be evaluated at every position of the text and makes the scan several times slower.
 */
// Longer labels first, so "PIN-Code" is read whole rather than as "PIN" followed by "-Code".
const BY_LENGTH = (a: string, b: string): number => b.length - a.length;
export const CREDENTIAL_TERM = new RegExp(
  `(?:${[...STRONG_TERMS, ...WEAK_TERMS].sort(BY_LENGTH).join('|')})${WORD_END}|${CJK_TERMS.join('|')}`,
  'gi',
);

/**
 * A cheap probe for prose lines: fragments of which every credential label contains at least one (checked
 * by a test over the lexicon's own terms). Simple literals, so the scan is far cheaper than CREDENTIAL_TERM.
 */
export const CREDENTIAL_WORD_FRAGMENTS = [
  'pass',
  'pw',
  'pin',
  'cod',
  'cód',
  'kenn',
  'key',
  'schlüssel',
  'clé',
  'clave',
  'contrase',
  'senha',
  'chave',
  'woord',
  'sleutel',
  'parola',
  'chiave',
  'hasło',
  'lösenord',
  'kode',
  'pasw',
  'pasc',
  '🔑',
  '🔐',
  '🔢',
  '#:',
  'mdp',
  'ww',
  'salasana',
  'şifre',
  'heslo',
  'пароль',
  'パス',
  '暗証',
  'キー',
  'コード',
  '密',
  '口令',
  '비밀번호',
  '암호',
];
export const CREDENTIAL_WORD_PROBE = new RegExp(CREDENTIAL_WORD_FRAGMENTS.join('|'), 'i');
/** The label alternatives as written, for tests that check the probe covers them. */
export const CREDENTIAL_TERM_SOURCES: readonly string[] = [...STRONG_TERMS, ...WEAK_TERMS, ...CJK_TERMS];

const LETTER_OR_DIGIT = new RegExp(`[${LETTER}0-9]`);
/** True when `index` of `text` does not continue a word (letters and digits of Latin, Greek, Cyrillic). */
export const startsWord = (text: string, index: number): boolean =>
  index === 0 || !LETTER_OR_DIGIT.test(text[index - 1] ?? '');

const WEAK_TERM = new RegExp(`^(?:${WEAK_TERMS.join('|')}|アクセスコード)$`, 'i');
const STRONG_TERM_IN = new RegExp(`${WORD_START}(?:${STRONG_TERMS.join('|')})${WORD_END}`, 'gi');

const IN_PARENTHESES = /\([^()\n]*\)/g;

/**
 * Offset just past the last label in `text` that always names a credential (passcode, PIN, password…), or -1.
 * A label in parentheses qualifies the words before it ("Numero riunione (codice di accesso)") and is not counted.
 */
export function endOfLastStrongTerm(text: string): number {
  const outside = text.includes('(') ? text.replace(IN_PARENTHESES, (p) => ' '.repeat(p.length)) : text;
  let end = -1;
  STRONG_TERM_IN.lastIndex = 0;
  for (let m = STRONG_TERM_IN.exec(outside); m; m = STRONG_TERM_IN.exec(outside)) end = m.index + m[0].length;
  return end;
}
const BARE_CODE = /^(?:codes?|códigos?|codigos?|codice|kode)$/iu;

export const isWeakTerm = (term: string): boolean => WEAK_TERM.test(term);
export const isBareCode = (term: string): boolean => BARE_CODE.test(term);

/** Words that may stand before a bare "code" that names a join credential ("the code", "meeting code" is not one). */
export const BARE_CODE_OK_BEFORE = new Set([
  '',
  'the',
  'a',
  'this',
  'that',
  'our',
  'my',
  'your',
  'join',
  'joining',
  'entry',
  'room',
  'secret',
  'guest',
  'participant',
  'attendee',
  'moderator',
  'host',
  'leader',
  'chair',
  'chairperson',
  'organizer',
  'organiser',
  'presenter',
  'dial-in',
  'dial',
  'phone',
  'audio',
  'numeric',
  'video',
  'sip',
  'le',
  'el',
  'o',
  'il',
  'de',
  'het',
  'der',
  'den',
  'die',
  'das',
  'with',
  'and',
  'plus',
  'zoom',
  'teams',
  'webex',
  'jitsi',
  'meet',
  'bridge',
  // Updates and recurring meetings: "same code as last week: 5093 77", "stesso codice…", "new code: 4471".
  'same',
  'new',
  'stesso',
  'nuovo',
  'mismo',
  'nuevo',
  'même',
  'nouveau',
  'mesmo',
  'novo',
  'selbe',
  'gleiche',
  'neue',
  'neuer',
  'zelfde',
  'nieuwe',
]);

/** A label phrase naming a meeting identifier: its value is not a secret (and is remembered as an identifier). */
export const IDENTIFIER_PHRASE = new RegExp(
  [
    `${WORD_START}(?:meeting|conference|webinar|video|event|session|call|participant|attendee|besprechungs|konferenz|sitzungs|vergadering|vergaderings|webinar)[\\s-]*(?:id|i\\.d\\.|number|no\\.?|nr\\.?|nummer|kennung)${WORD_END}`,
    // "Meeting #", but not an audio bridge's "Participant #: 6630 2291" (its code).
    `${WORD_START}(?:meeting|conference|webinar|video|event|session|call)[\\s-]*#`,
    `${WORD_START}(?:meeting|konferenz)[\\s-]*(?:kennnummer|nummer)`,
    `${WORD_START}(?:meeting|room) code${WORD_END}`,
    `${WORD_START}id\\.?\\s+(?:de\\s+la|de|da|do|del|della|di|van\\s+de)?\\s*(?:reuni[oó]n|r[ée]union|reuni[aã]o|riunione|conferencia|conf[ée]rence|confer[êe]ncia|vergadering|webinar|webinaire|seminario)`,
    `${WORD_START}(?:n[úu]mero|num[ée]ro|numero)\\s+(?:de\\s+la|de|da|do|della|di)?\\s*(?:reuni[oó]n|r[ée]union|reuni[aã]o|riunione|conferencia|conf[ée]rence)`,
    `${WORD_START}(?:vergadernummer|sitzungsnummer|meetingnummer|besprechungsnummer|vergaderingsnummer)`,
    `${WORD_START}(?:tenant key|tenant-key|pmi|personal meeting id|vtc conference id|conference id)${WORD_END}`,
    'ミーティング ?ID|会議 ?ID|ウェビナー ?ID|会议 ?ID|会議番号|ミーティング ?番号|ウェビナー ?番号',
  ].join('|'),
  'i',
);

/** Phrases in which credential words talk about something else (policies, resets, reminders). */
const NOT_A_CREDENTIAL_WORDS = [
  'forgot',
  'forgotten',
  'reset',
  'change',
  'changed',
  'policy',
  'policies',
  'rules?',
  'expir',
  '(?:password|passwort|kennwort|wachtwoord)-? ?manager',
  'gestionnaire de mots de passe',
  'vault',
  'strength',
  // Passwords of files ("the file password is Mercury!2026", "Kennwort für die PDF").
  'file',
  'deck',
  'documents?',
  'pdf',
  'zip',
  'attachments?',
  'spreadsheet',
  'workbook',
  'slides',
  'archive',
  'datei',
  'dokument',
  'anhang',
  'fichier',
  'pi[èe]ce jointe',
  'archivo',
  'documento',
  'adjunto',
  'bestand',
  'bijlage',
  'arquivo',
  'anexo',
  'allegato',
  // Talk about bad choices in general ("avoid predictable PINs – 123456 and 000000 are the most common").
  'predictable',
  'guessable',
  'weak',
  'sequential',
  'vorhersehbar',
  'prévisible',
  'predecible',
  'prevedibil',
  'voorspelba',
  'previsíve',
  'requirements?',
  'complexity',
  'rotation',
  'hint',
  'vergessen',
  'zurücksetzen',
  'ändern',
  'richtlinie',
  'oubli',
  'réinitialis',
  'politique',
  'olvid',
  'restablec',
  'pol[íi]tica',
  'esquec',
  'redefini',
  'vergeten',
  'opnieuw instellen',
  'beleid',
  'dimentica',
  'reimposta',
  'criteri',
  'リセット',
  '忘れ',
  'postcode',
  'zip code',
  'post code',
  'promo',
  // Discount, dress and booking codes in the other languages.
  'r[ée]duction',
  'rabais',
  'descuento',
  'sconto',
  'korting',
  'rabatt',
  'desconto',
  'vestimenta',
  'vestimentaire',
  'abbigliamento',
  'kleiderordnung',
  'dresscode',
  'vestu[áa]rio',
  'reserva',
  'r[ée]servation',
  'reservierung',
  'reservering',
  'prenotazione',
  'discount',
  'voucher',
  'coupon',
  'tracking',
  'dress code',
  'qr code',
  'source code',
  'area code',
  'country code',
  'postal code',
  'sort code',
  'bar ?code',
  'booking code',
  'wifi',
  'wi-fi',
  'wlan',
  'guest network',
  // PINs of other things: voicemail, badges, cards, SIMs.
  'voicemail',
  'voice mail',
  'mailbox',
  'badge',
  'sim[- ]?(?:card|pin|karte)',
  'atm(?![a-z])',
  // Door and gate codes of the venue (in-person invites) are not join credentials.
  'door',
  'gate(?![a-z])',
  'locker',
  'tür',
  'digicode',
  'porte',
  'portail',
  'puerta',
  'portão',
  'portone',
  'porta(?![a-z])',
  'portaria',
  'cancello',
  'portón',
  'poort',
  'deur',
  'building (?:access|entry|door)',
  'gebäude',
  'ドア',
  '入館',
];
// The Latin-led words share one word-start lookbehind (tried once per position rather than once per word).
export const NOT_A_CREDENTIAL_PHRASE = new RegExp(
  `${WORD_START}(?:${NOT_A_CREDENTIAL_WORDS.filter((w) => /^[a-z]/.test(w)).join('|')})|${NOT_A_CREDENTIAL_WORDS.filter((w) => !/^[a-z]/.test(w)).join('|')}`,
  'i',
);

/** Host-side credential: more dangerous (it lets the holder run the meeting). */
export const HOST_PHRASE =
  /host|moderator|leader|chair|organi[sz]|presenter|gastgeber|organisateur|h[ôo]te|anfitri|organizzatore|moderador|moderatore|ホスト|主催者|主持人/iu;

/** Phone-side credential: numeric dial-in password or PIN. */
export const DIAL_IN_PHRASE =
  /phone|dial|numeric|audio|telefon|t[ée]l[ée]phon|tel[ée]fono|telefono|電話|pstn|sip|h\.323|video systems?/iu;

/** Single words that stand where a credential would but say there is none (any language we read). */
export const NO_CREDENTIAL_WORDS = new Set([
  'none',
  'no',
  'n/a',
  'na',
  'nil',
  'null',
  'nothing',
  'hidden',
  'masked',
  'redacted',
  'removed',
  'omitted',
  'tbd',
  'tba',
  'tbc',
  'pending',
  'later',
  'separately',
  'below',
  'above',
  'attached',
  'required',
  'optional',
  'disabled',
  'off',
  'on',
  'enabled',
  'unknown',
  'unset',
  'empty',
  'blank',
  'same',
  'sms',
  'email',
  'e-mail',
  'slack',
  'teams',
  'chat',
  'text',
  'phone',
  'whatsapp',
  'signal',
  'telegram',
  'wiki',
  'confluence',
  'intranet',
  'request',
  'ask',
  'see',
  'via',
  'in',
  'by',
  'per',
  'upon',
  'on-request',
  'password',
  'passcode',
  'pin',
  'code',
  'secret',
  'keine',
  'kein',
  'nicht',
  'folgt',
  'separat',
  'aucun',
  'aucune',
  'néant',
  'neant',
  'sans',
  'ninguna',
  'ninguno',
  'ninguna',
  'nada',
  'sin',
  'nessuna',
  'nessuno',
  'geen',
  'niets',
  'nenhuma',
  'nenhum',
  'sem',
  'nan',
  'sent',
  'shared',
  'provided',
  'protected',
  'private',
  'confidential',
  'default',
  'dummy',
  'example',
  'sample',
  'placeholder',
  'changeme',
  'secret',
  'your',
  'the',
  'is',
  'will',
  'follows',
  'following',
  'necessary',
  'needed',
  'needs',
  'not',
  // "pending", "empty", "disabled", "required" in the other languages we read.
  'unchanged',
  'unverändert',
  'pendiente',
  'pendente',
  'ausstehend',
  'offen',
  'volgt',
  'segue',
  'suivra',
  'leer',
  'leeg',
  'vacío',
  'vacio',
  'vuoto',
  'vazio',
  'vide',
  'deaktiviert',
  'désactivé',
  'desactivado',
  'disattivato',
  'desativado',
  'uitgeschakeld',
  'erforderlich',
  'requis',
  'requerido',
  'richiesto',
  'richiesta',
  'obrigatório',
  'verplicht',
]);
