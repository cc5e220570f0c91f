// Cheap URL splitting for the hot path (the WHATWG URL parser is exact but slower and throws).

export interface UrlParts {
  scheme: string;
  /** Lower-cased host without port or user info. */
  host: string;
  /** Path as written (not decoded). */
  path: string;
  /** Query and fragment parameters, decoded, names lower-cased; first value wins. */
  params: Map<string, string>;
}

export function splitUrl(url: string): UrlParts | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):(?:\/\/)?/i.exec(url);
  if (!scheme?.[1]) return undefined;
  const rest = url.slice(scheme[0].length);
  const hostEnd = rest.search(/[/?#]/);
  const authority = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  const host = authority.replace(/^.*@/, '').replace(/:\d+$/, '').toLowerCase();
  const tail = hostEnd < 0 ? '' : rest.slice(hostEnd);
  const pathEnd = tail.search(/[?#]/);
  const path = pathEnd < 0 ? tail : tail.slice(0, pathEnd);
  const params = new Map<string, string>();
  if (pathEnd >= 0) {
    // Query and fragment both (Pexip and others put `pin=` after `#/?`).
    for (const pair of tail.slice(pathEnd + 1).split(/[?&#;]/)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).toLowerCase();
      if (!params.has(name)) params.set(name, pair.slice(eq + 1));
    }
  }
  return { scheme: scheme[1].toLowerCase(), host, path, params };
}
