import type { PopulationOptions } from '../../synthetic/population.ts';
import { startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { policeRecordStore, type PoliceChildRecords } from './policeRecords.ts';

/**
 * The demo police registration system: an export API of its own (`/bvh/v1/...`), paged with
 * `offset` and `limit`, answering batch requests with `?personen=a,b,c` and wrapping every answer
 * in `{ resultaten: [...] }`. Records are made per person when asked for (see ChildRecordStore).
 */
export async function startPoliceSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = policeRecordStore(options);
  const personen = store.identities;
  const forPersons = <T>(pick: (records: PoliceChildRecords) => T | T[] | null, request: DemoRequest) => ({ resultaten: store.collect(request.list('personen'), pick) });

  return startDemoPartner({
    name: 'police',
    port: options.port,
    routes: [
      {
        // The identity list the adapter pages through to build its pseudonym index.
        path: '/bvh/v1/personen',
        handle: (request) => {
          const offset = Math.max(Number(request.url.searchParams.get('offset') ?? 0) || 0, 0);
          const limit = Math.min(Math.max(Number(request.url.searchParams.get('limit') ?? 500) || 500, 1), 5000);
          return { resultaten: personen.slice(offset, offset + limit), offset, limit, totaal: personen.length };
        },
      },
      { path: '/bvh/v1/registraties', handle: (request) => forPersons((records) => records.registraties, request) },
      { path: '/bvh/v1/hg-signalering', handle: (request) => forPersons((records) => records.hgSignalering, request) },
      { path: '/bvh/v1/prokid', handle: (request) => forPersons((records) => records.prokid, request) },
      {
        // `?feit=SCHOOLVERZUIM` narrows to truancy referrals, for callers whose purpose covers only those.
        path: '/bvh/v1/halt',
        handle: (request) => {
          const feit = request.url.searchParams.get('feit');
          const { resultaten } = forPersons((records) => records.halt, request);
          return { resultaten: feit ? resultaten.filter((halt) => halt.feit === feit) : resultaten };
        },
      },
      { path: '/bvh/v1/zorgmeldingen', handle: (request) => forPersons((records) => records.zorgmeldingen, request) },
    ],
  });
}
