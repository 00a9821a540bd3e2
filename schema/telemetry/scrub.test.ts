import { describe, expect, it } from 'vitest';
import { scrub } from './scrub.ts';

describe('scrub', () => {
  it('replaces a BSN-like number wherever it stands, also between letters', () => {
    expect(scrub('child 123456782 not found')).toBe('child [number] not found');
    expect(scrub('bsn=123456782;')).toBe('bsn=[number];');
    expect(scrub('x123456782y')).toBe('x[number]y');
    expect(scrub('abc123456782def')).toBe('abc[number]def');
  });

  it('keeps a trace or span id whole although it holds nine decimal digits', () => {
    expect(scrub('da85da9717a9b061952140bd793d861f')).toBe('da85da9717a9b061952140bd793d861f');
    expect(scrub('trace da85da9717a9b061952140bd793d861f failed')).toBe('trace da85da9717a9b061952140bd793d861f failed');
    expect(scrub('a061952140bd793d')).toBe('a061952140bd793d');
  });

  it('keeps a UUID whole although a group of it holds nine decimal digits', () => {
    expect(scrub('record 0b6f2e1c-8d3a-4f5e-9a7b-123456789abc stored')).toBe('record 0b6f2e1c-8d3a-4f5e-9a7b-123456789abc stored');
    expect(scrub('record 0b6f2e1c-8d3a-4f5e-9a7b-123456789abc-x')).toBe('record 0b6f2e1c-8d3a-4f5e-9a7b-[number]abc-x');
  });

  it('does not take a longer hex-looking word for an identifier', () => {
    expect(scrub('da85da9717a9b061952140bd793d861fa')).toBe('da85da9717a9b[number]bd793d861fa');
    expect(scrub('ida85da9717a9b061952140bd793d861f')).toBe('ida85da9717a9b[number]bd793d861f');
  });
});
