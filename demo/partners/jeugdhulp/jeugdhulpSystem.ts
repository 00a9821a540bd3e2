import type { PopulationOptions } from '../../synthetic/population.ts';
import { paged, startDemoPartner, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { jeugdhulpRecordStore } from './jeugdhulpRecords.ts';

/**
 * The demo jeugdhulp system: a REST API of its own, answering batch requests (`?ids=a,b,c`).
 * Records are made per child when asked for, so it starts with a million children.
 */
export async function startJeugdhulpSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = jeugdhulpRecordStore(options);
  return startDemoPartner({
    name: 'jeugdhulp',
    port: options.port,
    routes: [
      // The identity list the adapter pages through to build its pseudonym index.
      { path: '/api/identities', handle: (request) => paged(store.identities, request) },
      { path: '/api/records', handle: (request) => ({ items: store.collect(request.list('ids'), (records) => records.entry) }) },
    ],
  });
}
