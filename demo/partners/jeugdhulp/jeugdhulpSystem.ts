import type { PopulationOptions } from '../../synthetic/population.ts';
import { paged, startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { jeugdhulpRecordStore, type JeugdhulpChildRecords } from './jeugdhulpRecords.ts';

/**
 * The demo youth-care provider's system: its clients in care and the iJw messages of their
 * trajectories (`/ijw/jw301`, `/jw305`, `/jw307`), in batches of client numbers
 * (`?clientnummers=a,b`). Records are made per client when asked for.
 */
export async function startJeugdhulpSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = jeugdhulpRecordStore(options);
  const forClients = <T>(pick: (records: JeugdhulpChildRecords) => T[], request: DemoRequest) => ({ items: store.collect(request.list('clientnummers'), pick) });
  return startDemoPartner({
    name: 'jeugdhulp',
    port: options.port,
    routes: [
      // The identity list the adapter pages through to build its pseudonym index.
      { path: '/ijw/clienten-in-zorg', handle: (request) => paged(store.identities, request) },
      { path: '/ijw/jw301', handle: (request) => forClients((records) => records.trajectories.map((t) => t.jw301), request) },
      { path: '/ijw/jw305', handle: (request) => forClients((records) => records.trajectories.map((t) => t.jw305), request) },
      { path: '/ijw/jw307', handle: (request) => forClients((records) => records.trajectories.flatMap((t) => (t.jw307 ? [t.jw307] : [])), request) },
    ],
  });
}
