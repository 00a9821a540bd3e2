import type { PopulationOptions } from '../../synthetic/population.ts';
import { startDemoPartner, type DemoRequest, type RunningDemoPartner } from '../demoPartnerServer.ts';
import { generateVeiligThuisData } from './veiligThuisData.ts';

/**
 * The demo Veilig Thuis case registration system: a REST API of its own shape
 * (`/registratie/api/...`, Dutch field names, results in `resultaten`), paged with
 * `?pagina=&aantal=` and answering batch requests with `?dossiers=a,b,c`.
 */
export async function startVeiligThuisSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const data = generateVeiligThuisData(options);
  const perDossier = <T>(source: Map<string, T | T[]>, request: DemoRequest) => ({
    resultaten: request.list('dossiers').flatMap((nummer) => source.get(nummer) ?? []),
  });

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
            resultaten: data.dossiers.slice(start, start + aantal).map(({ dossiernummer, bsnKind, regio }) => ({ dossiernummer, bsnKind, regio })),
            pagina,
            aantal,
            totaal: data.dossiers.length,
            volgendePagina: start + aantal < data.dossiers.length ? pagina + 1 : null,
          };
        },
      },
      { path: '/registratie/api/meldingen', handle: (request) => perDossier(data.meldingen, request) },
      { path: '/registratie/api/adviezen', handle: (request) => perDossier(data.adviezen, request) },
      { path: '/registratie/api/veiligheidsbeoordelingen', handle: (request) => perDossier(data.beoordelingen, request) },
      { path: '/registratie/api/vervolg', handle: (request) => perDossier(data.vervolg, request) },
      { path: '/registratie/api/terugkoppeling', handle: (request) => perDossier(data.terugkoppeling, request) },
    ],
  });
}
