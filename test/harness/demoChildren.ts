import { generateChildcareData } from '../../demo/partners/childcare/childcareData.ts';
import { generateGgdData } from '../../demo/partners/ggd/ggdData.ts';
import { generatePoliceData } from '../../demo/partners/police/policeData.ts';
import { generateSchoolData } from '../../demo/partners/school/schoolData.ts';
import { generateVeiligThuisData } from '../../demo/partners/veiligthuis/veiligThuisData.ts';
import { syntheticChild, type PopulationOptions } from '../../demo/synthetic/population.ts';
import { DEMO_PSEUDONYM_KEY } from '../../subgraphs/kit/config.ts';
import { pseudonymFor } from '../../subgraphs/kit/pseudonym.ts';

/** A demo child as tests need it: pseudonym, birth date and where it has records. */
export interface DemoChild {
  id: string;
  birthDate: string;
  age: number;
  school: string | null;
  /** The childcare organisation holding the child's placement. */
  childcare: string | null;
  /** The JGZ (GGD) has the child as a client. */
  jgzClient: boolean;
  hasVeiligThuisDossier: boolean;
  hasPoliceRegistration: boolean;
}

/**
 * Finds children in the demo population from the partners' own generators, so composed tests
 * pick their subjects from the data rather than hard-coding pseudonyms.
 */
export function demoChildren(population: PopulationOptions): DemoChild[] {
  const school = generateSchoolData(population);
  const vt = new Set(generateVeiligThuisData(population).dossiers.map((d) => d.bsnKind));
  const police = new Set(generatePoliceData(population).personen.map((p) => p.bsn));
  const schoolOf = new Map(school.leerlingen.map((l) => [l.bsn, l.brin]));
  const childcareOf = new Map(generateChildcareData(population).children.map((c) => [c.bsn, c.locationId]));
  const jgz = new Set(generateGgdData(population).patients.flatMap((p) => p.identifier?.filter((i) => /bsn/i.test(i.system ?? '')).map((i) => i.value) ?? []));
  return Array.from({ length: population.count }, (_, index) => {
    const child = syntheticChild(population.seed, index);
    return {
      id: pseudonymFor(child.bsn, DEMO_PSEUDONYM_KEY),
      birthDate: child.birthDate,
      age: child.ageAtReference,
      school: schoolOf.get(child.bsn) ?? null,
      childcare: childcareOf.get(child.bsn) ?? null,
      jgzClient: jgz.has(child.bsn),
      hasVeiligThuisDossier: vt.has(child.bsn),
      hasPoliceRegistration: police.has(child.bsn),
    };
  });
}

/** The first child matching, or a clear failure naming what the population lacks. */
export function pick(children: DemoChild[], what: string, test: (child: DemoChild) => boolean): DemoChild {
  const found = children.find(test);
  if (!found) throw new Error(`the test population has no child who ${what}`);
  return found;
}
