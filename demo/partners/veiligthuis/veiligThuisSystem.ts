import type { PopulationOptions } from '../../synthetic/population.ts';
import { startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { veiligThuisRecordStore, type VeiligThuisChildRecords } from './veiligThuisRecords.ts';

/**
 * The demo Veilig Thuis case registration system: a REST API of its own shape
 * (`/registratie/api/...`, Dutch field names, results in `resultaten`), paged with
 * `?pagina=&aantal=` and answering batch requests with `?dossiers=a,b,c`. Records are made per
 * dossier when asked for (see ChildRecordStore).
 */
export async function startVeiligThuisSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = veiligThuisRecordStore(options);
  const dossiers = store.identities;
  const perDossier = <T>(pick: (records: VeiligThuisChildRecords) => T | T[] | null, request: DemoRequest) => ({ resultaten: store.collect(request.list('dossiers'), pick) });

  return startDemoPartner({
    name: 'veiligthuis',
    port: options.port,
    routes: [
      {
        // The identity list the adapter pages through to build its pseudonym index.
        path: '/registratie/api/dossiers',
        handle: (request) => {
          const aantal = Math.min(Math.max(Number(request.url.searchParams.get('aantal') ?? 500) || 500, 1), 5000);
          const pagina = Math.max(Number(request.url.searchParams.get('pagina') ?? 1) || 1, 1);
          const start = (pagina - 1) * aantal;
          return {
            resultaten: dossiers.slice(start, start + aantal).map(({ dossiernummer, bsnKind, regio }) => ({ dossiernummer, bsnKind, regio })),
            pagina,
            aantal,
            totaal: dossiers.length,
            volgendePagina: start + aantal < dossiers.length ? pagina + 1 : null,
          };
        },
      },
      { path: '/registratie/api/meldingen', handle: (request) => perDossier((records) => records.meldingen, request) },
      { path: '/registratie/api/adviezen', handle: (request) => perDossier((records) => records.adviezen, request) },
      { path: '/registratie/api/veiligheidsbeoordelingen', handle: (request) => perDossier((records) => records.beoordeling, request) },
      { path: '/registratie/api/vervolg', handle: (request) => perDossier((records) => records.vervolg, request) },
      { path: '/registratie/api/terugkoppeling', handle: (request) => perDossier((records) => records.terugkoppeling, request) },
    ],
  });
}
