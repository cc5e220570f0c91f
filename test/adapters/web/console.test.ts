// The web console over real HTTP (the whole service in-process), and its access rule at the function level.
import type { Request, Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CSS } from '../../../src/adapters/web/assets/console-css.js';
import { CONSOLE_CSP, createConsoleRouter } from '../../../src/adapters/web/console.js';
import { consoleAllowed, isLocalRequest, isLoopbackAddress } from '../../../src/adapters/web/console-access.js';
import { createChatEngines } from '../../../src/app/engines.js';
import { readConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/observability/logger.js';
import { startTestService, type TestService } from '../../helpers/service.js';

const PASSCODE = 'Kq7Zr2Mw';
const ZOOM_INVITE = [
  'Alex is inviting you to a scheduled Zoom meeting.',
  '',
  'Join Zoom Meeting',
  'https://us02web.zoom.us/j/84712345678',
  '',
  'Meeting ID: 847 1234 5678',
  `Passcode: ${PASSCODE}`,
].join('\n');

describe('web console over HTTP', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ LOG_LEVEL: 'debug' });
  });
  afterAll(async () => {
    await service?.close();
  });

  it('serves the page with a strict CSP, a language and landmarks', async () => {
    const page = await service.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toMatch(/default-src 'self'/);
    expect(page.text).toMatch(/<html lang="en-GB">/);
    for (const landmark of [
      '<header',
      '<main',
      '<footer',
      'role="log"',
      'aria-live="polite"',
      '<label for="message">',
    ]) {
      expect(page.text).toContain(landmark);
    }
    // No external script or stylesheet, no inline script.
    expect(page.text).not.toMatch(/<script(?![^>]*src="\/console\.js")/);
    expect(page.text).not.toMatch(/(src|href)="https?:\/\/[^"]*\.(js|css)"/);
  });

  it('serves its own script and stylesheet', async () => {
    const js = await service.get('/console.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.text).toContain('/api/console/chat');
    const css = await service.get('/console.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(css.text).toBe(CONSOLE_CSS);
  });

  it('answers a question through the shared message model', async () => {
    const res = await service.post('/api/console/chat', { text: 'How do I stop uninvited people joining my meeting?' });
    expect(res.status).toBe(200);
    const body = res.body as { intent: string; html: string; message: { kind: string; title: string } };
    expect(body.intent).toBe('ask');
    expect(body.message.kind).toBe('answer');
    expect(body.html).toContain('<article class="bot-message kind-answer');
  });

  it('answers help and checklists', async () => {
    const help = (await service.post('/api/console/chat', { text: 'help' })).body as { intent: string; html: string };
    expect(help.intent).toBe('help');
    expect(help.html).toContain('data-prompt=');
    const list = (await service.post('/api/console/chat', { text: 'checklist organiser' })).body as {
      message: { checklist: string[] };
    };
    expect(list.message.checklist.length).toBeGreaterThan(2);
  });

  it('checks a pasted invite and never repeats the passcode', async () => {
    const res = await service.post('/api/console/check', { text: ZOOM_INVITE });
    expect(res.status).toBe(200);
    const body = res.body as { items: { providers: string[]; findings: { rule: string }[] }[]; html: string };
    expect(body.items[0]?.providers).toContain('zoom');
    expect(body.items[0]?.findings.map((f) => f.rule)).toContain('passcode-in-body');
    expect(body.html).toContain('[REDACTED]');
    expect(res.text).not.toContain(PASSCODE);
    // The same through the chat (a pasted invite is recognised as a check).
    const chat = await service.post('/api/console/chat', { text: ZOOM_INVITE });
    expect((chat.body as { intent: string }).intent).toBe('check');
    expect(chat.text).not.toContain(PASSCODE);
    expect(service.logLines.join('\n')).not.toContain(PASSCODE);
  });

  it('checks an .ics file with several events', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:one',
      'DTSTART:20260105T100000Z',
      'SUMMARY:Planning',
      `DESCRIPTION:Join: https://us02web.zoom.us/j/84712345678\\nPasscode: ${PASSCODE}`,
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:two',
      'DTSTART:20260106T100000Z',
      'SUMMARY:Clean',
      'DESCRIPTION:No link here.',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const res = await service.post('/api/console/check', { text: ics });
    const body = res.body as { items: { id: string; findings: unknown[] }[] };
    expect(body.items.map((i) => i.id)).toEqual(['one', 'two']);
    expect(body.items[0]?.findings.length).toBeGreaterThan(0);
    expect(body.items[1]?.findings).toEqual([]);
    expect(res.text).not.toContain(PASSCODE);
  });

  it('applies card actions with the console as actor', async () => {
    const why = await service.post('/api/console/action', { verb: 'why', data: { rule: 'passcode-in-body' } });
    expect(why.status).toBe(200);
    expect((why.body as { ok: boolean; html: string }).ok).toBe(true);
    expect((why.body as { html: string }).html).toContain('Why it matters');
    const ask = await service.post('/api/console/action', { verb: 'ask', data: { question: 'what is a lobby?' } });
    expect((ask.body as { ok: boolean }).ok).toBe(true);
    const dismiss = await service.post('/api/console/action', { verb: 'dismiss', data: { warning: 'evt:abc' } });
    expect((dismiss.body as { ok: boolean }).ok).toBe(true);
    expect(await service.store.decisions.get('evt:abc')).toMatchObject({ decision: 'dismissed', actor: 'console' });
  });

  it('refuses malformed input with a 4xx JSON error', async () => {
    const cases: [string, unknown][] = [
      ['/api/console/chat', { text: 'x'.repeat(20_001) }],
      ['/api/console/chat', { nope: true }],
      ['/api/console/chat', { text: 42 }],
      ['/api/console/chat', '{"text":'],
      ['/api/console/check', { text: '   ' }],
      ['/api/console/check', { text: '{"body": ' }],
      ['/api/console/action', { verb: 'frobnicate', data: {} }],
      ['/api/console/action', { verb: 'why', data: { rule: '../../etc' } }],
    ];
    for (const [path, body] of cases) {
      const res = await service.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(body).slice(0, 40)}`).toBe(400);
      expect((res.body as { error: string }).error).toMatch(/bad_request|invalid_json/);
    }
  });

  it('shows recent deliveries and audit entries in local mode, without credentials', async () => {
    await service.store.audit.record({
      at: new Date().toISOString(),
      actor: 'admin@contoso.example',
      platform: 'teams',
      action: 'remind',
      target: 'channel:19:abc',
      outcome: 'ok',
    });
    await service.store.deliveries.begin({
      channel: 'teams',
      target: 'user:1',
      kind: 'warning',
      dedupeKey: 'k-secret',
    });
    const res = await service.get('/api/console/recent');
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { deliveries: { kind: string }[]; audit: { action: string }[] };
    expect(body.audit[0]?.action).toBe('remind');
    expect(body.deliveries[0]?.kind).toBe('warning');
    expect(res.text).not.toContain('k-secret');
  });
});

describe('web console switched off', () => {
  it('answers 404 JSON everywhere when CONSOLE_ENABLED=false', async () => {
    const service = await startTestService({ CONSOLE_ENABLED: 'false' });
    try {
      for (const path of ['/', '/console.js', '/api/console/recent']) {
        const res = await service.get(path);
        expect(res.status).toBe(404);
        expect(JSON.parse(res.text)).toMatchObject({ error: 'not_found' });
      }
      const chat = await service.post('/api/console/chat', { text: 'help' });
      expect(chat.status).toBe(404);
      // The rest of the service is unaffected.
      expect((await service.get('/healthz')).status).toBe(200);
    } finally {
      await service.close();
    }
  });
});

describe('console access rule', () => {
  it('recognises loopback peers only', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) {
      expect(isLoopbackAddress(a), a).toBe(true);
    }
    for (const a of [undefined, '', '10.0.0.5', '::ffff:10.0.0.5', '128.0.0.1', '127.0.0.1.evil', 'fe80::1', '::2']) {
      expect(isLoopbackAddress(a), String(a)).toBe(false);
    }
  });

  it('follows CONSOLE_ENABLED: auto, true, false', () => {
    const dev = { production: false } as const;
    const prod = { production: true } as const;
    expect(consoleAllowed({ ...dev, consoleEnabled: 'auto' }, '10.0.0.5')).toBe(true);
    expect(consoleAllowed({ ...prod, consoleEnabled: 'auto' }, '10.0.0.5')).toBe(false);
    expect(consoleAllowed({ ...prod, consoleEnabled: 'auto' }, '::ffff:127.0.0.1')).toBe(true);
    expect(consoleAllowed({ ...prod, consoleEnabled: 'true' }, '10.0.0.5')).toBe(true);
    expect(consoleAllowed({ ...dev, consoleEnabled: 'false' }, '127.0.0.1')).toBe(false);
    expect(isLocalRequest({ ...prod, consoleEnabled: 'true' }, '10.0.0.5')).toBe(false);
    expect(isLocalRequest({ ...prod, consoleEnabled: 'true' }, '127.0.0.1')).toBe(true);
    // A development service registered with Teams keeps organisers' activity to loopback requests.
    const registered = {
      ...dev,
      consoleEnabled: 'auto',
      teams: { appId: '00000000-0000-0000-0000-0000000000b0' },
    } as const;
    expect(isLocalRequest(registered, '10.0.0.5')).toBe(false);
    expect(isLocalRequest(registered, '127.0.0.1')).toBe(true);
    expect(isLocalRequest({ ...dev, consoleEnabled: 'auto' }, '10.0.0.5')).toBe(true);
  });

  /** Runs one request through the router with a fake peer address (no socket needed). */
  async function call(env: Record<string, string>, path: string, remoteAddress: string) {
    const router = createConsoleRouter({
      engines: createChatEngines(),
      config: readConfig(env),
      logger: createLogger({ level: 'silent' }),
    });
    return new Promise<{ status: number; body: unknown; headers: Record<string, string> }>((resolve) => {
      const headers: Record<string, string> = {};
      let status = 200;
      const req = {
        method: 'GET',
        url: path,
        path,
        headers: { 'x-forwarded-for': '127.0.0.1' },
        socket: { remoteAddress },
      } as unknown as Request;
      const res = {
        setHeader: (k: string, v: string) => {
          headers[k.toLowerCase()] = v;
        },
        status(code: number) {
          status = code;
          return res;
        },
        json: (body: unknown) => resolve({ status, body, headers }),
        type: () => res,
        send: (body: unknown) => resolve({ status, body, headers }),
      } as unknown as Response;
      router(req, res, () => resolve({ status: 404, body: 'fell through', headers }));
    });
  }

  it('hides the console from non-loopback peers in production, whatever X-Forwarded-For says', async () => {
    const off = await call({ NODE_ENV: 'production' }, '/', '203.0.113.7');
    expect(off.status).toBe(404);
    expect(off.body).toMatchObject({ error: 'not_found' });
    const onLoopback = await call({ NODE_ENV: 'production' }, '/', '127.0.0.1');
    expect(onLoopback.status).toBe(200);
    expect(onLoopback.headers['content-security-policy']).toBe(CONSOLE_CSP);
    const forced = await call({ NODE_ENV: 'production', CONSOLE_ENABLED: 'true' }, '/', '203.0.113.7');
    expect(forced.status).toBe(200);
    expect(String(forced.body)).not.toContain('id="recent"');
    const devRemote = await call({}, '/', '203.0.113.7');
    expect(devRemote.status).toBe(200);
    expect(String(devRemote.body)).toContain('id="recent"');
  });
});

describe('console colours', () => {
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('keeps text at 4.5:1 or more against its background (WCAG 1.4.3)', () => {
    const pairs: [string, string][] = [
      ['#1b1b1b', '#ffffff'], // ink on paper
      ['#1b1b1b', '#f3f5f8'], // ink on panel
      ['#1b1b1b', '#e4eefa'], // ink on the user's bubble
      ['#4a4a4a', '#ffffff'], // muted on paper
      ['#4a4a4a', '#f3f5f8'], // muted on panel
      ['#4a4a4a', '#e4eefa'], // muted on the user's bubble
      ['#0b5cad', '#ffffff'], // accent on paper (buttons, links)
      ['#0b5cad', '#e4eefa'], // accent on hover
      ['#ffffff', '#0b5cad'], // primary button, header, selected tab
      ['#ffffff', '#08467f'], // primary button on hover
      ['#a4000f', '#fde7e9'],
      ['#8a3a00', '#fff0e0'],
      ['#5c4700', '#fff8d6'],
      ['#1d5e20', '#e8f5e9'],
      ['#0b4f8a', '#e7f1fb'],
    ];
    for (const [fg, bg] of pairs) {
      expect(CONSOLE_CSS).toContain(fg);
      expect(CONSOLE_CSS).toContain(bg);
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
