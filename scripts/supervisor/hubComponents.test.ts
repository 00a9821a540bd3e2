import { describe, expect, it } from 'vitest';
import { generateContextKeys } from '../../schema/callerContext.ts';
import { SUBGRAPHS } from '../../schema/subgraphs.ts';
import { hubComponents, sharedEnv } from './hubComponents.ts';
import { hubSettingsFromEnv } from './hubSettings.ts';

// What `npm start` hands each process: the documented ports, an explicit PORT that DEMO_PORTS=ephemeral
// does not override, and each secret only to the process that uses it.
const portsOf = async (env: NodeJS.ProcessEnv) => Object.fromEntries(hubComponents(await hubSettingsFromEnv(env)).map((c) => [c.name, c.port]));
const urlOf = (name: string) => `http://127.0.0.1:1/${name}`;

describe('the hub components', () => {
  it('listen on the documented demo ports by default', async () => {
    expect(await portsOf({})).toEqual({
      gateway: 4000,
      school: 4001,
      childcare: 4002,
      ggd: 4003,
      veiligthuis: 4004,
      police: 4005,
      casus: 4006,
      auditlog: 4007,
      'school-system': 5001,
      'childcare-system': 5002,
      'ggd-system': 5003,
      'veiligthuis-system': 5004,
      'police-system': 5005,
      jeugdhulp: 4008,
      'jeugdhulp-system': 5006,
      // A connector made by `npm run connector:new` later, on the ports schema/subgraphs.ts gives it.
      ...Object.fromEntries(SUBGRAPHS.filter((s) => !['school', 'childcare', 'ggd', 'veiligthuis', 'police', 'jeugdhulp', 'casus', 'auditlog'].includes(s.name)).flatMap((s) => [[s.name, s.port], [`${s.name}-system`, s.partnerPort]])),
      web: 4080,
    });
  });

  it('listen on free ports with DEMO_PORTS=ephemeral, except the gateway when PORT is set', async () => {
    expect(new Set(Object.values(await portsOf({ DEMO_PORTS: 'ephemeral' })))).toEqual(new Set([0]));
    expect(await portsOf({ DEMO_PORTS: 'ephemeral', PORT: '4100' })).toMatchObject({ gateway: 4100, school: 0 });
    expect(await portsOf({ PORT: '4100' })).toMatchObject({ gateway: 4100, school: 4001 });
    await expect(portsOf({ DEMO_PORTS: 'random' })).rejects.toThrow(/DEMO_PORTS must be "demo".*or "ephemeral"/);
    await expect(portsOf({ PORT: 'eighty' })).rejects.toThrow(/PORT must be a port number/);
  });

  it('give the context private key to the gateway only, and the pseudonym key and partner tokens to the adapters only', async () => {
    const keys = await generateContextKeys();
    const env = { KETENGRAAF_CONTEXT_PRIVATE_KEY: keys.privateJwk, KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk, KETENGRAAF_PSEUDONYM_KEY: 'covenant-key', REDIS_URL: '' };
    const settings = await hubSettingsFromEnv(env);
    const shared = sharedEnv(env);
    const envOf = (name: string) => {
      const component = hubComponents(settings).find((c) => c.name === name);
      return { ...shared, ...component?.env(urlOf, component.port) };
    };
    const values = (name: string) => Object.values(envOf(name));
    expect(envOf('gateway').KETENGRAAF_CONTEXT_PRIVATE_KEY).toBe(keys.privateJwk);
    for (const name of ['school', 'casus', 'auditlog', 'school-system']) expect(values(name)).not.toContain(keys.privateJwk);
    expect(envOf('school')).toMatchObject({ KETENGRAAF_PSEUDONYM_KEY: 'covenant-key', KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk, SCHOOL_PARTNER_TOKEN: settings.partnerToken, SCHOOL_PARTNER_URL: urlOf('school-system'), CASUS_URL: urlOf('casus') });
    expect(envOf('ggd').GGD_PARTNER_URL).toBe(`${urlOf('ggd-system')}fhir/`);
    for (const name of ['gateway', 'school-system']) expect(values(name)).not.toContain('covenant-key');
    expect(envOf('school-system').DEMO_PARTNER_TOKEN).toBe(settings.partnerToken);
    expect(values('gateway')).not.toContain(settings.partnerToken);
    // The gateway writes the processing log the auditlog subgraph reads.
    expect(envOf('gateway').KETENGRAAF_LOG_FILE).toBe(envOf('auditlog').KETENGRAAF_LOG_FILE);
    expect(envOf('casus')).toMatchObject({ SUBGRAPH_SCHOOL_URL: urlOf('school'), SUBGRAPH_POLICE_URL: urlOf('police') });
  });

  it('start the web app before the gateway, which allows its origin (CORS), and tell the app the gateway’s URL; the app gets no secret', async () => {
    const keys = await generateContextKeys();
    const env = { KETENGRAAF_CONTEXT_PRIVATE_KEY: keys.privateJwk, KETENGRAAF_CONTEXT_PUBLIC_KEY: keys.publicJwk, KETENGRAAF_PSEUDONYM_KEY: 'covenant-key', REDIS_URL: '' };
    const components = hubComponents(await hubSettingsFromEnv(env));
    const web = components.find((c) => c.name === 'web');
    const gateway = components.find((c) => c.name === 'gateway');
    const appUrl = (name: string) => (name === 'web' ? 'http://127.0.0.1:4321/' : urlOf(name));
    expect(gateway?.needs).toContain('web');
    expect(web?.tells).toEqual(['gateway']);
    expect(gateway?.env(appUrl, 0).KETENGRAAF_ALLOWED_ORIGINS).toBe('http://localhost:4321,http://127.0.0.1:4321');
    expect(web?.env(appUrl, 0)).toEqual({ WEB_PORT: '0', KETENGRAAF_GATEWAY_URL: urlOf('gateway') });
    expect(Object.values({ ...sharedEnv(env), ...web?.env(appUrl, 0) })).not.toEqual(expect.arrayContaining([keys.privateJwk, 'covenant-key']));
    const configured = hubComponents(await hubSettingsFromEnv({ ...env, KETENGRAAF_ALLOWED_ORIGINS: 'https://app.example.nl' }));
    expect(configured.find((c) => c.name === 'gateway')?.env(appUrl, 0).KETENGRAAF_ALLOWED_ORIGINS).toBe('https://app.example.nl');
  });
});
