import type { PopulationOptions } from '../../synthetic/population.ts';
import { startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { generateChildcareData, type CcChild } from './childcareData.ts';

/**
 * The demo childcare planning and child-tracking system: a REST API of its own (`/v2/...`,
 * English field names, `{ data, paging }` envelopes, zero-based `page` and `size`), answering
 * batch requests with `?childIds=a,b,c`.
 */
export async function startChildcareSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const data = generateChildcareData(options);
  const forChildren = <T>(source: Map<string, T | T[]>, request: DemoRequest) => ({
    data: request.list('childIds').flatMap((kindId) => source.get(kindId) ?? []),
  });

  return startDemoPartner({
    name: 'childcare',
    port: options.port,
    routes: [
      {
        // The identity list the adapter pages through to build its pseudonym index.
        path: '/v2/children',
        handle: (request) => {
          const { items, paging } = zeroBasedPage(data.children, request);
          return { data: items.map(({ kindId, bsn, locationId }: CcChild) => ({ kindId, bsn, locationId })), paging };
        },
      },
      { path: '/v2/placements', handle: (request) => forChildren(data.placements, request) },
      { path: '/v2/vve-indications', handle: (request) => forChildren(data.vveIndications, request) },
      { path: '/v2/observations', handle: (request) => forChildren(data.observations, request) },
      { path: '/v2/handovers', handle: (request) => forChildren(data.handovers, request) },
      { path: '/v2/care-signals', handle: (request) => forChildren(data.careSignals, request) },
    ],
  });
}

/** This system's paging: `?page=0&size=250` (page from 0), as Spring-style APIs do. */
function zeroBasedPage<T>(items: readonly T[], request: DemoRequest) {
  const size = Math.min(Math.max(Number(request.url.searchParams.get('size') ?? 250) || 250, 1), 5000);
  const page = Math.max(Number(request.url.searchParams.get('page') ?? 0) || 0, 0);
  const start = page * size;
  return {
    items: items.slice(start, start + size),
    paging: { page, size, totalElements: items.length, last: start + size >= items.length },
  };
}
