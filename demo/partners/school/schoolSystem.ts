import type { PopulationOptions } from '../../synthetic/population.ts';
import { mapList } from '../listView.ts';
import { paged, startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { schoolRecordStore, type SchoolChildRecords } from './schoolRecords.ts';

/**
 * The demo student information system: a REST API of its own (`/api/v1/...`, Dutch field names),
 * answering batch requests with `?leerlingnummers=a,b,c` as real SIS APIs do. Records are made per
 * pupil when asked for (see ChildRecordStore), so it starts with a million children.
 */
export async function startSchoolSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = schoolRecordStore(options);
  const identities = mapList(store.identities, ({ leerlingnummer, bsn, brin }) => ({ leerlingnummer, bsn, brin }));
  const forPupils = <T>(pick: (records: SchoolChildRecords) => T | T[] | null, request: DemoRequest) => ({ items: store.collect(request.list('leerlingnummers'), pick) });

  return startDemoPartner({
    name: 'school',
    port: options.port,
    routes: [
      // The identity list the adapter pages through to build its pseudonym index.
      { path: '/api/v1/identiteiten', handle: (request) => paged(identities, request) },
      {
        path: '/api/v1/leerlingen',
        handle: (request) =>
          forPupils(({ leerling }) => {
            const { bsn: _bsn, ...withoutBsn } = leerling;
            return withoutBsn;
          }, request),
      },
      { path: '/api/v1/verzuim', handle: (request) => forPupils((records) => records.verzuim, request) },
      { path: '/api/v1/ondersteuning', handle: (request) => forPupils((records) => records.ondersteuning, request) },
      { path: '/api/v1/toetsen', handle: (request) => forPupils((records) => records.toetsen, request) },
      { path: '/api/v1/incidenten', handle: (request) => forPupils((records) => records.incidenten, request) },
    ],
  });
}
