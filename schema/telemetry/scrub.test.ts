import { describe, expect, it } from 'vitest';
import { scrub } from './scrub.ts';

describe('scrub', () => {
  it('replaces a BSN-like number wherever it stands, also between letters', () => {
    expect(scrub('child 123456782 not found')).toBe('child [number] not found');
    expect(scrub('bsn=123456782;')).toBe('bsn=[number];');
    expect(scrub('x123456782y')).toBe('x[number]y');
    expect(scrub('abc123456782def')).toBe('abc[number]def');
    expect(scrub('BSN 123456782.')).toBe('BSN [number].');
    expect(scrub('/kind/123456782.json')).toBe('/kind/[number].json');
  });

  it('replaces a BSN written in groups, and leaves longer numbers and decimals alone', () => {
    expect(scrub('bsn 1234.56.782 en 123 456 782')).toBe('bsn [number] en [number]');
    expect(scrub('1234567890 0.123456789 123456789.5')).toBe('1234567890 0.123456789 123456789.5');
  });

  it('scrubs nine digits inside a long hex-like run, which is no identifier, in one pass', () => {
    const run = 'a123456789'.repeat(6000);
    expect(scrub(run)).toBe('a[number]'.repeat(6000));
  });

  it('keeps a trace or span id whole although it holds nine decimal digits', () => {
    expect(scrub('da85da9717a9b061952140bd793d861f')).toBe('da85da9717a9b061952140bd793d861f');
    expect(scrub('trace da85da9717a9b061952140bd793d861f failed')).toBe('trace da85da9717a9b061952140bd793d861f failed');
    expect(scrub('a061952140bd793d')).toBe('a061952140bd793d');
  });

  it('keeps a UUID whole although a group of it holds nine decimal digits', () => {
    expect(scrub('record 0b6f2e1c-8d3a-4f5e-9a7b-123456789abc stored')).toBe('record 0b6f2e1c-8d3a-4f5e-9a7b-123456789abc stored');
    expect(scrub('record 0b6f2e1c-8d3a-4f5e-9a7b-123456789abcd')).toBe('record 0b6f2e1c-8d3a-4f5e-9a7b-[number]abcd');
  });

  it('does not take a longer hex-looking word for an identifier', () => {
    expect(scrub('da85da9717a9b061952140bd793d861fa')).toBe('da85da9717a9b[number]bd793d861fa');
    expect(scrub('ida85da9717a9b061952140bd793d861f')).toBe('ida85da9717a9b[number]bd793d861f');
  });
});
