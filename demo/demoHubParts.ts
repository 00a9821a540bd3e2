import type { SubgraphDefinition } from '../subgraphs/kit/createSubgraph.ts';
import { auditlogSubgraph } from '../subgraphs/auditlog/auditlogSubgraph.ts';
import { casusSubgraph } from '../subgraphs/casus/casusSubgraph.ts';
import { childcareSubgraph } from '../subgraphs/childcare/childcareSubgraph.ts';
import { ggdSubgraph } from '../subgraphs/ggd/ggdSubgraph.ts';
import { policeSubgraph } from '../subgraphs/police/policeSubgraph.ts';
import { schoolSubgraph } from '../subgraphs/school/schoolSubgraph.ts';
import { veiligThuisSubgraph } from '../subgraphs/veiligthuis/veiligThuisSubgraph.ts';
import { jeugdhulpSubgraph } from '../subgraphs/jeugdhulp/jeugdhulpSubgraph.ts';
import { startJeugdhulpSystem } from './partners/jeugdhulp/jeugdhulpSystem.ts';
import type { RunningDemoPartner } from './partners/demoPartnerServer.ts';
import { startChildcareSystem } from './partners/childcare/childcareSystem.ts';
import { startGgdSystem } from './partners/ggd/ggdSystem.ts';
import { startPoliceSystem } from './partners/police/policeSystem.ts';
import { startSchoolSystem } from './partners/school/schoolSystem.ts';
import { startVeiligThuisSystem } from './partners/veiligthuis/veiligThuisSystem.ts';
import type { PopulationOptions } from './synthetic/population.ts';

type StartPartner = (options: PopulationOptions & { port?: number }) => Promise<RunningDemoPartner>;

interface DemoHubPart {
  definition: SubgraphDefinition<any, any>;
  startPartner: StartPartner | null;
}

/** Each subgraph of the demo hub with the demo partner system it talks to (casus and auditlog have none). */
export const DEMO_HUB_PARTS: Record<string, DemoHubPart> = {
  school: { definition: schoolSubgraph, startPartner: startSchoolSystem },
  childcare: { definition: childcareSubgraph, startPartner: startChildcareSystem },
  ggd: { definition: ggdSubgraph, startPartner: startGgdSystem },
  veiligthuis: { definition: veiligThuisSubgraph, startPartner: startVeiligThuisSystem },
  police: { definition: policeSubgraph, startPartner: startPoliceSystem },
  jeugdhulp: { definition: jeugdhulpSubgraph, startPartner: startJeugdhulpSystem },
  casus: { definition: casusSubgraph, startPartner: null },
  auditlog: { definition: auditlogSubgraph, startPartner: null },
};
