#!/usr/bin/env node
// Throughput benchmark for `hygiene check --jsonl --format json`: streams generated invites (HTML and text,
// ~3 KB each, mixed providers and languages, some with passcodes) into a spawned `bin/hygiene` and reports
// invites per second and the child's peak RSS (VmHWM). Usage: node bench/check.mjs [--count N]
// Credentials generated here are fake; the figures printed never include invite content.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg('count', 100_000);

// Deterministic pseudo-random numbers so runs are comparable.
let seed = 0x2f6b1d;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = (list) => list[Math.floor(rnd() * list.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const token = (n) => {
  const a = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return Array.from({ length: n }, () => a[Math.floor(rnd() * a.length)]).join('');
};
const guid = () => `${token(8)}-${digits(4)}-${digits(4)}-${digits(4)}-${digits(12)}`.toLowerCase();

const AGENDA = [
  'Please review the attached quarterly figures before the call and bring questions about the forecast.',
  'We will walk through the migration plan, the rollback steps and the communication to customers.',
  'Bitte bringt eure Zahlen für das dritte Quartal mit; wir besprechen die Planung für das nächste Jahr.',
  'Merci de préparer vos remarques sur la feuille de route ; nous ferons le point sur les priorités.',
  'Revisaremos los resultados del trimestre y acordaremos los próximos pasos con el equipo comercial.',
  'We bespreken de planning voor volgende week en de openstaande acties uit het vorige overleg.',
  'Discuteremo il piano di lancio e le attività aperte del progetto con il team di prodotto.',
  'Vamos alinhar o cronograma de entregas e as pendências do último ciclo com a equipe.',
  '四半期の結果を確認し、次のステップについて話し合います。資料は事前に共有します。',
];
const filler = (target) => {
  const parts = [];
  let size = 0;
  while (size < target) {
    const p = pick(AGENDA);
    parts.push(p);
    size += p.length + 1;
  }
  return parts;
};

const teamsHtml = (withPass) => {
  const thread = token(40);
  const intro = filler(1400)
    .map((p) => `<p class="MsoNormal">${p}<o:p></o:p></p>`)
    .join('\n');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;} --></style></head><body lang="EN-GB">
<div class="WordSection1">${intro}
<div style="width:100%;height:20px"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>
<div class="me-email-text" style="color:#252424;font-family:'Segoe UI'"><div style="margin-top:24px;margin-bottom:20px"><span style="font-size:24px;color:#252424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px"><div style="margin-top:0px;margin-bottom:0px;font-weight:bold"><span style="font-size:14px;color:#252424">Join on your computer, mobile app or room device</span></div>
<a class="me-email-headline" href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22${guid()}%22%2c%22Oid%22%3a%22${guid()}%22%7d" target="_blank" style="font-size:14px;text-decoration:underline;color:#6264a7">Click here to join the meeting</a></div>
<div style="margin-bottom:20px;margin-top:20px"><div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px;color:#252424">Meeting ID: <span style="font-size:16px;color:#252424">${digits(3)} ${digits(3)} ${digits(3)} ${digits(3)}</span> </span>
${withPass ? `<br><span style="font-size:14px;color:#252424">Passcode: </span><span style="font-size:16px;color:#252424">${token(6)}</span>` : ''}
<div style="font-size:14px"><a href="https://www.microsoft.com/en-us/microsoft-teams/download-app" style="font-size:14px">Download Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting" style="font-size:14px">Join on the web</a></div></div></div>
<div style="margin-bottom:24px;margin-top:20px"><a href="https://aka.ms/JoinTeamsMeeting" style="font-size:14px">Learn More</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=${guid()}&amp;tenantId=${guid()}&amp;threadId=19_meeting_${thread}@thread.v2&amp;messageId=0&amp;language=en-GB" style="font-size:14px">Meeting options</a></div>
</div></div></body></html>`;
};

const zoomText = (withPass) => {
  const id = digits(11);
  const pass = digits(6);
  const pwd = `${token(30)}.1`;
  return [
    ...filler(1200),
    '',
    `${pick(['Anna', 'Jonas', 'Sofía', 'Luca'])} is inviting you to a scheduled Zoom meeting.`,
    '',
    `Topic: ${pick(['Weekly sync', 'Budget review', 'Sprint planning'])}`,
    'Time: Mar 3, 2026 10:00 AM London',
    '',
    'Join Zoom Meeting',
    `https://us06web.zoom.us/j/${id}${withPass ? `?pwd=${pwd}` : ''}`,
    '',
    `Meeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`,
    withPass ? `Passcode: ${pass}` : '',
    '',
    '---',
    '',
    'One tap mobile',
    `+442034815240,,${id}#${withPass ? `,,,,*${pass}#` : ''} United Kingdom`,
    `+443300885830,,${id}#${withPass ? `,,,,*${pass}#` : ''} United Kingdom`,
    '',
    'Dial by your location',
    '• +44 203 481 5240 United Kingdom',
    '• +44 330 088 5830 United Kingdom',
    '',
    `Meeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`,
    withPass ? `Passcode: ${pass}` : '',
    '',
    `Find your local number: https://us06web.zoom.us/u/${token(9)}`,
  ].join('\n');
};

const webexText = (withPass) => {
  const number = digits(10);
  return [
    ...filler(1500),
    '',
    'Join meeting',
    `https://acme.webex.com/acme/j.php?MTID=m${token(32).toLowerCase()}`,
    '',
    `Meeting number (access code): ${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}`,
    withPass ? `Meeting password: ${token(11)} (${digits(8)} from phones and video systems)` : '',
    '',
    'Join by phone',
    '+44-20-7194-3340 United Kingdom Toll',
    `Access code: ${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}`,
    '',
    'Need help? Go to https://help.webex.com',
  ].join('\n');
};

const meetHtml = (withPin) => {
  const code = `${token(3).toLowerCase()}-${token(4).toLowerCase()}-${token(3).toLowerCase()}`;
  const intro = filler(1600).join('<br>');
  return `<table><tr><td><h2>${pick(['Revue de sprint', 'Teamoverleg', 'Reunión semanal'])}</h2>
<div><a href="https://meet.google.com/${code}?hs=224">Join with Google Meet</a></div>
<div><a href="https://meet.google.com/${code}?hs=224">meet.google.com/${code}</a></div>
<div>Join by phone</div>
${withPin ? `<div>(GB) +44 20 3957 1234 PIN: ${digits(3)} ${digits(3)} ${digits(3)}#</div><div><a href="https://www.google.com/url?q=https%3A%2F%2Ftel.meet%2F${code}%3Fpin%3D${digits(13)}&amp;sa=D">More phone numbers</a></div>` : ''}
<div style="white-space:pre-wrap">${intro}</div></td></tr></table>`;
};

const plainNote = () =>
  [
    ...filler(2600),
    '',
    `Room 4.${digits(2)}, ticket ${digits(7)}, call +44 20 ${digits(4)} ${digits(4)} if late.`,
  ].join('\n');

const makers = [
  (p) => ({ body: teamsHtml(p), format: 'html' }),
  (p) => ({ body: zoomText(p), format: 'text' }),
  (p) => ({ body: webexText(p), format: 'text' }),
  (p) => ({ body: meetHtml(p), format: 'html' }),
  () => ({ body: plainNote(), format: 'text' }),
];

// A pool of distinct invites, cycled with fresh ids (generation must not be the bottleneck).
const POOL = Array.from({ length: 2000 }, (_, i) => {
  const withPass = rnd() < 0.35;
  const invite = makers[i % makers.length](withPass);
  return { subject: `Meeting ${i}`, ...invite };
});
const poolLines = POOL.map((x) => JSON.stringify(x).slice(1));
const avgBytes = Math.round(poolLines.reduce((n, l) => n + l.length, 0) / poolLines.length);

// `--dump FILE`: write the generated JSONL instead of running (for profiling with node --cpu-prof).
const dumpAt = process.argv.indexOf('--dump');
if (dumpAt >= 0) {
  const { writeFileSync } = await import('node:fs');
  const lines = [];
  for (let j = 0; j < COUNT; j++) lines.push(`{"id":"b${j}",${poolLines[j % poolLines.length]}`);
  writeFileSync(process.argv[dumpAt + 1], `${lines.join('\n')}\n`);
  process.exit(0);
}

const readPeakRss = (pid) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
};

// CPU seconds the child used (utime + stime, in clock ticks of 1/100 s): a fair "one core" figure on a busy machine.
const readCpuSeconds = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};

const child = spawn(join(root, 'bin', 'hygiene'), ['check', '--jsonl', '--format', 'json', '-'], {
  cwd: root,
  stdio: ['pipe', 'pipe', 'inherit'],
});
let peakKb = 0;
let cpuSeconds = 0;
const poll = setInterval(() => {
  peakKb = Math.max(peakKb, readPeakRss(child.pid));
  cpuSeconds = Math.max(cpuSeconds, readCpuSeconds(child.pid));
}, 20);

let outLines = 0;
let flagged = 0;
let tail = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  const text = tail + chunk;
  const lines = text.split('\n');
  tail = lines.pop() ?? '';
  for (const line of lines) {
    outLines++;
    if (line.includes('"rule":"passcode-')) flagged++;
  }
});

const started = process.hrtime.bigint();
const feed = async () => {
  const BATCH = 200;
  for (let i = 0; i < COUNT; i += BATCH) {
    const lines = [];
    for (let j = i; j < Math.min(COUNT, i + BATCH); j++) lines.push(`{"id":"b${j}",${poolLines[j % poolLines.length]}`);
    if (!child.stdin.write(`${lines.join('\n')}\n`)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
};
child.stdin.on('error', () => {});
feed();
child.on('exit', (code) => {
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = Math.round(COUNT / seconds);
  console.log(
    JSON.stringify({
      invites: COUNT,
      results: outLines,
      flagged,
      avgInviteBytes: avgBytes,
      seconds: Number(seconds.toFixed(2)),
      invitesPerSecond: rate,
      childCpuSeconds: cpuSeconds,
      invitesPerCpuSecond: cpuSeconds ? Math.round(COUNT / cpuSeconds) : null,
      megabytesPerSecond: Number(((COUNT * avgBytes) / seconds / 1e6).toFixed(1)),
      peakRssMiB: Number((peakKb / 1024).toFixed(1)),
      exitCode: code,
    }),
  );
  console.log(
    `bench check: ${rate.toLocaleString('en')} invites/s wall (${COUNT.toLocaleString('en')} invites of ~${avgBytes} B in ${seconds.toFixed(1)} s), ${cpuSeconds ? Math.round(COUNT / cpuSeconds).toLocaleString('en') : '?'} invites per CPU-second of the child, child peak RSS ${(peakKb / 1024).toFixed(1)} MiB`,
  );
  if (outLines !== COUNT) process.exitCode = 1;
});
