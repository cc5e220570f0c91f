// Who may use the web console (../shared/CONTRACT.md, CONSOLE_ENABLED): `auto` = on for loopback requests, and for
// every request when NODE_ENV is not production; `true` / `false` force it. Only the socket's peer address counts:
// X-Forwarded-For is set by whoever sends the request, so trusting it would open the console to anyone.
import type { Config } from '../../config.js';

/** 127.0.0.0/8, ::1, and IPv4-mapped loopback (::ffff:127.x.y.z) as Node reports it on a dual-stack socket. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  const v4 = a.startsWith('::ffff:') ? a.slice('::ffff:'.length) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

type AccessConfig = Pick<Config, 'consoleEnabled' | 'production'> & { teams?: Pick<Config['teams'], 'appId'> };

/** Whether the console answers a request from this peer address. */
export function consoleAllowed(config: AccessConfig, remoteAddress: string | undefined): boolean {
  if (config.consoleEnabled === 'true') return true;
  if (config.consoleEnabled === 'false') return false;
  return !config.production || isLoopbackAddress(remoteAddress);
}

/**
 * Local mode: the operator's own machine (a loopback peer), or a development service that is not registered with
 * Teams. Only then does the console show recent deliveries and audit entries — never to the network once Teams
 * authentication is on, whatever NODE_ENV says, even when CONSOLE_ENABLED=true opens the chat to the network.
 */
export function isLocalRequest(config: AccessConfig, remoteAddress: string | undefined): boolean {
  if (isLoopbackAddress(remoteAddress)) return true;
  return !config.production && !config.teams?.appId;
}
