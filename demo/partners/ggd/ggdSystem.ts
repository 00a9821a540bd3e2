import type { PopulationOptions } from '../../synthetic/population.ts';
import { mapList, type ListView } from '../listView.ts';
import { startDemoPartner, type DemoRequest, type DemoRoute, type RunningDemoPartner } from '../demoPartnerServer.ts';
import type { Bundle, ClinicalResource, Resource } from './fhirR4.ts';
import { ggdRecordStore } from './ggdRecords.ts';

/**
 * The demo JGZ system: a FHIR R4 REST API (`/fhir/...`, `application/fhir+json`). Searches answer
 * with a `searchset` Bundle paged by `_count`/`_offset` and a `next` link, as FHIR servers do; the
 * clinical searches take many patients at once (`patient=Patient/a,Patient/b`: comma means OR),
 * so the adapter can batch. Only the search parameters the adapter uses are implemented. Records
 * are made per patient when a search asks for them (see ChildRecordStore).
 */
const FHIR_JSON = 'application/fhir+json';
const DEFAULT_COUNT = 100;
const MAX_COUNT = 5000;
const CLINICAL_TYPES = ['Encounter', 'Observation', 'Immunization', 'Condition', 'CarePlan'] as const;
/** Resource types searchable by `category` here (as in the FHIR R4 search parameter registry). */
const WITH_CATEGORY = new Set<string>(['Observation', 'Condition', 'CarePlan']);

export async function startGgdSystem(options: PopulationOptions & { port?: number }): Promise<RunningDemoPartner> {
  const store = ggdRecordStore(options);
  let base = '';

  const searchset = <T extends { id: string }>(type: string, matches: ListView<T>, request: DemoRequest): Bundle<T> => {
    const count = Math.min(Math.max(Number(request.url.searchParams.get('_count') ?? DEFAULT_COUNT) || DEFAULT_COUNT, 1), MAX_COUNT);
    const offset = Math.max(Number(request.url.searchParams.get('_offset') ?? 0) || 0, 0);
    const linkTo = (at: number) => {
      const params = new URLSearchParams(request.url.searchParams);
      params.set('_count', String(count));
      params.set('_offset', String(at));
      return `${base}/${type}?${params.toString()}`;
    };
    const page = matches.slice(offset, offset + count);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      total: matches.length,
      link: [{ relation: 'self', url: linkTo(offset) }, ...(offset + count < matches.length ? [{ relation: 'next' as const, url: linkTo(offset + count) }] : [])],
      entry: page.map((resource) => ({ fullUrl: `${base}/${type}/${resource.id}`, resource, search: { mode: 'match' } })),
    };
  };

  const clinicalRoute = (type: (typeof CLINICAL_TYPES)[number]): DemoRoute => ({
    path: `/fhir/${type}`,
    contentType: FHIR_JSON,
    handle: (request) => {
      // Only searches by patient: this system never hands out every record at once.
      const patients = request.list('patient').map((value) => value.replace(/^Patient\//, ''));
      const category = request.url.searchParams.get('category');
      const matches = store.collect(patients, ({ clinical }) =>
        clinical.filter((r) => r.resourceType === type && (!category || !WITH_CATEGORY.has(type) || hasCategory(r, category))),
      );
      return searchset(type, matches, request);
    },
  });

  const running = await startDemoPartner({
    name: 'ggd',
    port: options.port,
    routes: [
      {
        path: '/fhir/metadata',
        contentType: FHIR_JSON,
        handle: () => ({ resourceType: 'CapabilityStatement', status: 'active', kind: 'instance', fhirVersion: '4.0.1', format: ['json'] }),
      },
      {
        // The identity list the adapter pages through for its pseudonym index; `_elements` keeps it to identifiers.
        path: '/fhir/Patient',
        contentType: FHIR_JSON,
        handle: (request) => {
          const elements = request.list('_elements');
          return searchset('Patient', mapList(store.identities, (patient) => subset(patient, elements)), request);
        },
      },
      ...CLINICAL_TYPES.map(clinicalRoute),
    ],
  });
  base = `${running.url}fhir`;
  return running;
}

/** A FHIR token search on `category`: `system|code` or just `code`. */
function hasCategory(resource: ClinicalResource, token: string): boolean {
  const [system, code] = token.includes('|') ? token.split('|', 2) : [undefined, token];
  const categories = 'category' in resource ? (resource.category ?? []) : [];
  return categories.some((c) => (c.coding ?? []).some((cd) => cd.code === code && (system === undefined || system === '' || cd.system === system)));
}

/** FHIR `_elements`: only the named top-level elements (plus id), tagged SUBSETTED. */
function subset(resource: Resource, elements: readonly string[]): { id: string } {
  if (elements.length === 0) return resource;
  const kept: { id: string; [element: string]: unknown } = {
    resourceType: resource.resourceType,
    id: resource.id,
    meta: { tag: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED' }] },
  };
  for (const [name, value] of Object.entries(resource)) if (elements.includes(name)) kept[name] = value;
  return kept;
}
