import type { PopulationOptions } from '../../synthetic/population.ts';
import { mapList, type ListView } from '../listView.ts';
import { startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { childcareRecordStore, type ChildcareChildRecords } from './childcareRecords.ts';

/**
 * The demo childcare planning and child-tracking system: a REST API of its own (`/v2/...`,
 * English field names, `{ data, paging }` envelopes, zero-based `page` and `size`), answering
 * batch requests with `?childIds=a,b,c`. Records are made per child when asked for.
 */
export async function startChildcareSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = childcareRecordStore(options);
  const identities = mapList(store.identities, ({ kindId, bsn, locationId }) => ({ kindId, bsn, locationId }));
  const forChildren = <T>(pick: (records: ChildcareChildRecords) => T | T[] | null, request: DemoRequest) => ({ data: store.collect(request.list('childIds'), pick) });

  return startDemoPartner({
    name: 'childcare',
    port: options.port,
    routes: [
      {
        // The identity list the adapter pages through to build its pseudonym index.
        path: '/v2/children',
        handle: (request) => {
          const { items, paging } = zeroBasedPage(identities, request);
          return { data: items, paging };
        },
      },
      { path: '/v2/placements', handle: (request) => forChildren((records) => records.placement, request) },
      { path: '/v2/vve-indications', handle: (request) => forChildren((records) => records.vveIndication, request) },
      { path: '/v2/observations', handle: (request) => forChildren((records) => records.observations, request) },
      { path: '/v2/handovers', handle: (request) => forChildren((records) => records.handover, request) },
      { path: '/v2/care-signals', handle: (request) => forChildren((records) => records.careSignals, request) },
    ],
  });
}

/** This system's paging: `?page=0&size=250` (page from 0), as Spring-style APIs do. */
function zeroBasedPage<T>(items: ListView<T>, request: DemoRequest) {
  const size = Math.min(Math.max(Number(request.url.searchParams.get('size') ?? 250) || 250, 1), 5000);
  const page = Math.max(Number(request.url.searchParams.get('page') ?? 0) || 0, 0);
  const start = page * size;
  return {
    items: items.slice(start, start + size),
    paging: { page, size, totalElements: items.length, last: start + size >= items.length },
  };
}
