/**
 * The JGZ's fixed moments, in days after birth: the contact moments of the Landelijk Professioneel
 * Kader (consultatiebureau 0 to 4, school from 4), the Rijksvaccinatieprogramma, and a rough growth
 * curve. Synthetic and simplified: good enough to look like a JGZ record, not a clinical reference.
 */
export type Setting = 'consultatiebureau' | 'school' | 'thuis' | 'digitaal';
export type Discipline = 'JA' | 'JVP' | 'DA';

export interface ContactMoment {
  day: number;
  label: string;
  setting: Setting;
  discipline: Discipline;
  /** Length and weight are measured at this moment. */
  growth: boolean;
  /** The development screening done at this moment, if any. */
  screening: 'van-wiechen' | 'sdq' | null;
}

const moment = (day: number, label: string, setting: Setting, discipline: Discipline, screening: ContactMoment['screening'] = null, growth = true): ContactMoment => ({
  day,
  label,
  setting,
  discipline,
  growth,
  screening,
});

export const CONTACT_MOMENTS: readonly ContactMoment[] = [
  moment(14, 'Huisbezoek 2 weken', 'thuis', 'JVP', null),
  moment(28, 'Contactmoment 4 weken', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(56, 'Contactmoment 8 weken', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(91, 'Contactmoment 3 maanden', 'consultatiebureau', 'DA'),
  moment(122, 'Contactmoment 4 maanden', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(183, 'Contactmoment 6 maanden', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(274, 'Contactmoment 9 maanden', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(335, 'Contactmoment 11 maanden', 'consultatiebureau', 'JVP'),
  moment(426, 'Contactmoment 14 maanden', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(548, 'Contactmoment 18 maanden', 'consultatiebureau', 'JVP', 'van-wiechen'),
  moment(730, 'Contactmoment 2 jaar', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(1096, 'Contactmoment 3 jaar', 'consultatiebureau', 'JVP', 'van-wiechen'),
  moment(1370, 'Contactmoment 3 jaar en 9 maanden', 'consultatiebureau', 'JA', 'van-wiechen'),
  moment(2010, 'Contactmoment groep 2', 'school', 'JA', 'sdq'),
  moment(3830, 'Contactmoment groep 7', 'school', 'JVP', 'sdq'),
  moment(4930, 'Contactmoment klas 2', 'school', 'JVP', 'sdq'),
  moment(5660, 'Contactmoment klas 4 (digitaal)', 'digitaal', 'JVP', null, false),
];

export interface VaccineDose {
  day: number;
  atc: string;
  display: string;
  series: string;
  dose: number;
}

const dose = (day: number, atc: string, display: string, series: string, n: number): VaccineDose => ({ day, atc, display, series, dose: n });

export const RVP_DOSES: readonly VaccineDose[] = [
  ...[91, 152, 335].map((day, i) => dose(day, 'J07CA09', 'DKTP-Hib-HepB', 'DKTP-Hib-HepB', i + 1)),
  ...[91, 152, 335].map((day, i) => dose(day, 'J07AL02', 'Pneumokokken', 'Pneu', i + 1)),
  dose(426, 'J07BD52', 'BMR', 'BMR', 1),
  dose(426, 'J07AH08', 'MenACWY', 'MenACWY', 1),
  dose(1461, 'J07CA02', 'DKTP', 'DKTP', 4),
  dose(3287, 'J07CA01', 'DTP', 'DTP', 5),
  dose(3287, 'J07BD52', 'BMR', 'BMR', 2),
  dose(3653, 'J07BM02', 'HPV', 'HPV', 1),
  dose(3836, 'J07BM02', 'HPV', 'HPV', 2),
  dose(5113, 'J07AH08', 'MenACWY', 'MenACWY', 2),
];

/** Typical length (cm) and weight (kg) at an age in days; a child's own factor spreads them. */
export function typicalGrowth(day: number): { heightCm: number; weightKg: number } {
  const years = day / 365.25;
  const heightCm = years < 1 ? 50 + 25 * years : years < 2 ? 75 + 12 * (years - 1) : Math.min(178, 87 + 6.3 * (years - 2));
  const weightKg = years < 1 ? 3.4 + 6.5 * years : years < 2 ? 9.9 + 2.5 * (years - 1) : Math.min(68, 12.4 + 2.4 * (years - 2) + Math.max(0, years - 10) * 1.8);
  return { heightCm, weightKg };
}
