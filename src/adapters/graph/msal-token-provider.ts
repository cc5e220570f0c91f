// App-only access tokens for Graph through MSAL's client-credentials flow (facts/graph.md §8). One
// ConfidentialClientApplication per process = one in-memory token cache: MSAL answers from the cache until the
// token is within 5 minutes of expiry, so one token request serves many Graph calls.
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Hosts MSAL knows itself (instance discovery and metadata are built in for these). */
const MICROSOFT_AUTHORITY_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'sts.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
  'login.microsoftonline.de',
]);

export interface MsalSettings {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** e.g. https://login.microsoftonline.com (AZURE_AUTHORITY_HOST). */
  authorityHost: string;
}

export function msalConfiguration(s: MsalSettings): Configuration {
  const host = new URL(s.authorityHost);
  // A non-Microsoft host (a sovereign proxy, a test fake) is a known authority: MSAL then skips instance
  // discovery and reads {host}/{tenant}/v2.0/.well-known/openid-configuration. MSAL compares host:port.
  const known = MICROSOFT_AUTHORITY_HOSTS.has(host.hostname.toLowerCase()) ? undefined : [host.host];
  return {
    auth: {
      clientId: s.clientId,
      clientSecret: s.clientSecret,
      authority: `${host.origin}/${encodeURIComponent(s.tenantId)}`,
      ...(known ? { knownAuthorities: known } : {}),
    },
  };
}

export interface TokenProvider extends AuthenticationProvider {
  getAccessToken(): Promise<string>;
}

export function createMsalTokenProvider(
  settings: MsalSettings,
  hooks: { onToken?: (token: string) => void; onOutcome?: (outcome: 'ok' | 'error') => void } = {},
): TokenProvider {
  const cca = new ConfidentialClientApplication(msalConfiguration(settings));
  return {
    async getAccessToken() {
      try {
        const result = await cca.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
        if (!result?.accessToken) throw new Error('MSAL returned no access token');
        hooks.onToken?.(result.accessToken);
        hooks.onOutcome?.('ok');
        return result.accessToken;
      } catch (err) {
        hooks.onOutcome?.('error');
        // MSAL errors can quote the request; keep only the code and a short message.
        const e = err as { errorCode?: string; message?: string };
        throw new Error(`could not get a Graph token: ${e.errorCode ?? ''} ${(e.message ?? '').slice(0, 200)}`.trim());
      }
    },
  };
}
