import type { PopulationOptions } from '../../synthetic/population.ts';
import { paged, startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { generateSchoolData, type SisLeerling } from './schoolData.ts';

/**
 * The demo student information system: a REST API of its own (`/api/v1/...`, Dutch field names),
 * answering batch requests with `?leerlingnummers=a,b,c` as real SIS APIs do.
 */
export async function startSchoolSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const data = generateSchoolData(options);
  const byNummer = new Map<string, SisLeerling>(data.leerlingen.map((leerling) => [leerling.leerlingnummer, leerling]));
  const forPupils = <T>(source: Map<string, T[]>, request: DemoRequest) => ({
    items: request.list('leerlingnummers').flatMap((nummer) => source.get(nummer) ?? []),
  });

  return startDemoPartner({
    name: 'school',
    port: options.port,
    routes: [
      {
        // The identity list the adapter pages through to build its pseudonym index.
        path: '/api/v1/identiteiten',
        handle: (request) => {
          const page = paged(data.leerlingen, request);
          return { ...page, items: page.items.map(({ leerlingnummer, bsn, brin }) => ({ leerlingnummer, bsn, brin })) };
        },
      },
      {
        path: '/api/v1/leerlingen',
        handle: (request) => ({
          items: request.list('leerlingnummers').flatMap((nummer) => {
            const leerling = byNummer.get(nummer);
            if (!leerling) return [];
            const { bsn: _bsn, ...withoutBsn } = leerling;
            return [withoutBsn];
          }),
        }),
      },
      { path: '/api/v1/verzuim', handle: (request) => forPupils(data.verzuim, request) },
      {
        path: '/api/v1/ondersteuning',
        handle: (request) => ({ items: request.list('leerlingnummers').flatMap((nummer) => data.ondersteuning.get(nummer) ?? []) }),
      },
      { path: '/api/v1/toetsen', handle: (request) => forPupils(data.toetsen, request) },
      { path: '/api/v1/incidenten', handle: (request) => forPupils(data.incidenten, request) },
    ],
  });
}
