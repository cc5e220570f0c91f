import { describe, expect, it } from 'vitest';
import { providerOf } from '../../../src/domain/invite/providers.js';
import { splitUrl } from '../../../src/domain/invite/url-parts.js';

describe('splitUrl', () => {
  it('splits scheme, host, path and the query and fragment parameters (split when asked for)', () => {
    const parts = splitUrl(
      'HTTPS://user@Pexip.Example.com:8443/webapp/home?conference=Room1&PIN=4471;x=1#/?pin=9&role=guest',
    );
    expect(parts?.scheme).toBe('https');
    expect(parts?.host).toBe('pexip.example.com');
    expect(parts?.path).toBe('/webapp/home');
    expect([...(parts?.params ?? [])]).toEqual([
      ['conference', 'Room1'],
      ['pin', '4471'],
      ['x', '1'],
      ['role', 'guest'],
    ]);
    expect(parts?.params).toBe(parts?.params);
    expect(splitUrl('https://zoom.us/j/123')?.params.size).toBe(0);
    expect(splitUrl('no url')).toBeUndefined();
  });

  it('reads a self-hosted video bridge from its webapp path and conference parameter', () => {
    expect(providerOf({ url: 'https://video.example.org/webapp/?conference=room42&pin=1234', label: '' })).toBe(
      'other',
    );
    expect(providerOf({ url: 'https://video.example.org/app/?conference=room42', label: '' })).toBeUndefined();
  });
});
