import { syntheticBsn } from './bsn.ts';
import { randomFor, type Random } from './random.ts';

/**
 * The synthetic population: one deterministic child per index. Every demo partner system builds
 * its own records from the same children, so the same child links across partners through its
 * BSN, as in reality, and nothing here resembles a real person.
 */
export const DEFAULT_SEED = 'ketengraaf-demo-v1';
export const DEFAULT_CHILD_COUNT = 2000;
/** Ages are generated relative to this date, not to today, so the data never drifts. */
export const REFERENCE_DATE = new Date('2026-09-01T00:00:00Z');

export interface PopulationOptions {
  seed: string;
  count: number;
}

/** Reads `DEMO_SEED` and `DEMO_CHILDREN` (1 to 9,000,000) with the defaults above. */
export function populationOptions(env: NodeJS.ProcessEnv = process.env): PopulationOptions {
  const count = env.DEMO_CHILDREN ? Number(env.DEMO_CHILDREN) : DEFAULT_CHILD_COUNT;
  if (!Number.isInteger(count) || count < 1 || count > 9_000_000) {
    throw new Error(`DEMO_CHILDREN must be a whole number from 1 to 9000000, got "${env.DEMO_CHILDREN}"`);
  }
  return { seed: env.DEMO_SEED || DEFAULT_SEED, count };
}

export interface SyntheticChild {
  index: number;
  bsn: string;
  givenName: string;
  familyName: string;
  sex: 'F' | 'M' | 'X';
  /** ISO date. */
  birthDate: string;
  /** Age in whole years on the reference date. */
  ageAtReference: number;
  postcode: string;
  /**
   * Latent need for care, 0..1: most children are low; the few above 0.9 gather signals at several
   * partners at once, as in reality, so matches and cases arise in the demo.
   */
  risk: number;
}

const ONSETS = ['b', 'd', 'f', 'h', 'j', 'k', 'l', 'm', 'n', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kl', 'st'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'aa', 'ee', 'oo', 'ie', 'ou'];
const CODAS = ['', 'n', 'r', 's', 'l', 'k', 'm', 'nt', 'rk'];

/** A pronounceable, invented name: clearly synthetic, never a real person's. */
function inventedName(random: Random, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const DAY_MS = 86_400_000;

export function syntheticChild(seed: string, index: number): SyntheticChild {
  const random = randomFor(seed, 'child', index);
  const ageDays = random.int(0, 20 * 365 - 1);
  const birth = new Date(REFERENCE_DATE.getTime() - ageDays * DAY_MS);
  const sexDraw = random.next();
  const riskDraw = random.next();
  return {
    index,
    bsn: syntheticBsn(index),
    givenName: inventedName(random, random.int(1, 2)),
    familyName: inventedName(random, 2),
    sex: sexDraw < 0.49 ? 'F' : sexDraw < 0.99 ? 'M' : 'X',
    birthDate: birth.toISOString().slice(0, 10),
    ageAtReference: Math.floor(ageDays / 365.25),
    postcode: `${random.int(9990, 9999)} ${String.fromCharCode(65 + random.int(0, 25), 65 + random.int(0, 25))}`,
    risk: riskDraw ** 2.5,
  };
}

/** All children of the population, generated lazily. */
export function* population(options: PopulationOptions): Generator<SyntheticChild> {
  for (let index = 0; index < options.count; index++) yield syntheticChild(options.seed, index);
}

/** A date `daysBefore` the reference date, as ISO date. */
export const daysBeforeReference = (daysBefore: number): string =>
  new Date(REFERENCE_DATE.getTime() - daysBefore * DAY_MS).toISOString().slice(0, 10);
