// Test TLS: a throwaway CA and a `localhost` server certificate made with openssl at test time.
// Node (20) reads NODE_EXTRA_CA_CERTS only at process start — fetch (undici) and https both honour it then — so
// this file is also vitest's globalSetup: it makes the certificates once and sets NODE_EXTRA_CA_CERTS before the
// test workers are forked. Production code needs no test hook: the service trusts the fake Graph and authority
// exactly as it would trust a corporate CA.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: 'pipe' });

/** Writes ca.pem, server.key, server.pem (CN/SAN localhost, 127.0.0.1) into a new temp dir; returns the dir. */
export function generateTestTls(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hygiene-tls-'));
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=meeting-hygiene test CA',
    ],
    dir,
  );
  openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'],
    dir,
  );
  writeFileSync(
    join(dir, 'ext.cnf'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'ext.cnf',
    ],
    dir,
  );
  return dir;
}

let made: string | undefined;

/** vitest globalSetup. */
export function setup(): void {
  if (process.env.HYGIENE_TEST_TLS_DIR) return;
  made = generateTestTls();
  process.env.HYGIENE_TEST_TLS_DIR = made;
  process.env.NODE_EXTRA_CA_CERTS = join(made, 'ca.pem');
}

export function teardown(): void {
  if (made) rmSync(made, { recursive: true, force: true });
}

export interface TestTls {
  key: string;
  cert: string;
  ca: string;
}

/** The server key and certificate for fakes. Fails loudly when the process does not trust the test CA. */
export function testTls(): TestTls {
  const dir = process.env.HYGIENE_TEST_TLS_DIR;
  if (!dir || !process.env.NODE_EXTRA_CA_CERTS) {
    throw new Error(
      'test TLS is not set up: run through vitest (globalSetup test/helpers/tls.ts) or set HYGIENE_TEST_TLS_DIR and NODE_EXTRA_CA_CERTS at process start',
    );
  }
  return {
    key: readFileSync(join(dir, 'server.key'), 'utf8'),
    cert: readFileSync(join(dir, 'server.pem'), 'utf8'),
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
  };
}

export interface TlsTunnel {
  /** https://localhost:PORT — what GRAPH_NOTIFICATION_URL is set to. */
  url: string;
  /** Where requests go (the service's http URL), set once the service listens. */
  setTarget(httpUrl: string): void;
  close(): Promise<void>;
}

/**
 * An https front for the service, as a TLS-terminating ingress would be in production: Graph calls the public
 * https notification URL, the service listens on plain http behind it. Started before the service so its URL can
 * go into GRAPH_NOTIFICATION_URL.
 */
export async function startTlsTunnel(): Promise<TlsTunnel> {
  const tls = testTls();
  let target: URL | undefined;
  const server: Server = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    if (!target) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((r) => server.listen(0, r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    setTarget(httpUrl) {
      target = new URL(httpUrl);
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
