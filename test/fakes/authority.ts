// A local fake of the Microsoft identity platform for the client-credentials flow (facts/graph.md §8): OIDC
// metadata at /{tenant}/v2.0/.well-known/openid-configuration and a token endpoint that counts token requests.
// HTTPS with the test CA (MSAL refuses http authorities). Tokens it issues are what the fake Graph accepts.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { testTls } from '../helpers/tls.js';

export interface FakeAuthority {
  /** https://localhost:PORT — AZURE_AUTHORITY_HOST. */
  url: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Token requests received (successful or not). */
  tokenRequests: { form: URLSearchParams }[];
  metadataRequests: number;
  isValidToken(token: string): boolean;
  /** Forget issued tokens: Graph will answer 401 to them. */
  revokeAll(): void;
  close(): Promise<void>;
}

export async function startFakeAuthority(
  options: { tenantId?: string; clientId?: string; clientSecret?: string; expiresIn?: number } = {},
): Promise<FakeAuthority> {
  const tenantId = options.tenantId ?? '11111111-2222-3333-4444-555555555555';
  const clientId = options.clientId ?? 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
  const clientSecret = options.clientSecret ?? `secret-${randomBytes(12).toString('hex')}`;
  const tokens = new Set<string>();
  const tokenRequests: { form: URLSearchParams }[] = [];
  let metadataRequests = 0;
  let url = '';

  const json = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  };

  const tls = testTls();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (req.method === 'GET' && path === `/${tenantId}/v2.0/.well-known/openid-configuration`) {
        metadataRequests++;
        json(res, 200, {
          issuer: `${url}/${tenantId}/v2.0`,
          authorization_endpoint: `${url}/${tenantId}/oauth2/v2.0/authorize`,
          token_endpoint: `${url}/${tenantId}/oauth2/v2.0/token`,
          jwks_uri: `${url}/${tenantId}/discovery/v2.0/keys`,
          end_session_endpoint: `${url}/${tenantId}/oauth2/v2.0/logout`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        });
        return;
      }
      if (req.method === 'POST' && path === `/${tenantId}/oauth2/v2.0/token`) {
        const form = new URLSearchParams(raw);
        tokenRequests.push({ form });
        if (form.get('grant_type') !== 'client_credentials') {
          json(res, 400, { error: 'unsupported_grant_type', error_description: 'AADSTS70003: unsupported grant' });
          return;
        }
        if (form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
          json(res, 401, {
            error: 'invalid_client',
            error_description: 'AADSTS7000215: Invalid client secret provided.',
            error_codes: [7000215],
          });
          return;
        }
        if (!(form.get('scope') ?? '').split(' ').includes('https://graph.microsoft.com/.default')) {
          json(res, 400, { error: 'invalid_scope', error_description: 'AADSTS1002012: scope must be …/.default' });
          return;
        }
        const token = `fake-graph-token-${randomBytes(16).toString('hex')}`;
        tokens.add(token);
        json(res, 200, {
          token_type: 'Bearer',
          expires_in: options.expiresIn ?? 3599,
          ext_expires_in: 3599,
          access_token: token,
        });
        return;
      }
      json(res, 404, { error: 'not_found', error_description: `no route ${req.method} ${path}` });
    });
  });
  await new Promise<void>((r) => server.listen(0, r));
  url = `https://localhost:${(server.address() as AddressInfo).port}`;
  return {
    url,
    tenantId,
    clientId,
    clientSecret,
    tokenRequests,
    get metadataRequests() {
      return metadataRequests;
    },
    isValidToken: (t) => tokens.has(t),
    revokeAll: () => tokens.clear(),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
