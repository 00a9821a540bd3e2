import { parseArgs } from 'node:util';
import { covenantOrganisations } from '../schema/covenant.ts';
import { ROLE_ORGANISATION_TYPES } from '../schema/roleOrganisations.ts';
import { ROLES, isRole } from '../schema/vocabulary.ts';
import { DevIssuer, devIssuerAllowed } from '../gateway/devIssuer.ts';
import { defaultToDevelopment } from '../schema/environment.ts';

defaultToDevelopment();

/** `npm run token -- --role ROLE --org ORG [--sub ID] [--expires 8h]`: prints a development token, nothing else. */
const usage = () => {
  const orgs = covenantOrganisations();
  const lines = [
    'Usage: npm run token -- --role ROLE --org ORG [--sub PROFESSIONAL_ID] [--expires 8h]',
    '',
    'Prints a bearer token signed by the local development issuer (trusted by `npm start`).',
    '',
    'Roles and the organisations each may act for:',
    ...ROLES.map((role) => `  ${role.padEnd(30)} ${orgs.filter((o) => ROLE_ORGANISATION_TYPES[role].includes(o.type)).map((o) => o.id).join(', ')}`),
    '',
    'Organisations:',
    ...orgs.map((org) => `  ${org.id.padEnd(22)} ${org.type.padEnd(13)} ${org.name}`),
  ];
  return lines.join('\n');
};

const { values } = parseArgs({
  options: { role: { type: 'string' }, org: { type: 'string' }, sub: { type: 'string' }, expires: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(usage());
  process.exit(0);
}
const fail = (message: string) => {
  console.error(`${message}\n\n${usage()}`);
  process.exit(2);
};
if (!devIssuerAllowed()) fail(`Refused: NODE_ENV=${process.env.NODE_ENV}. The development issuer exists in development and tests only (not in production); use your organisation’s identity provider.`);
if (!isRole(values.role)) fail(`--role must be one of the covenant's roles (got "${values.role ?? ''}").`);
const role = values.role as (typeof ROLES)[number];
const organisation = covenantOrganisations().find((org) => org.id === values.org);
if (!organisation) fail(`--org must be a covenant organisation (got "${values.org ?? ''}").`);
else if (!ROLE_ORGANISATION_TYPES[role].includes(organisation.type)) fail(`Role ${role} does not work for ${organisation.id} (${organisation.type}).`);
else {
  const issuer = await DevIssuer.fromFile();
  process.stdout.write(`${await issuer.issue({ role, organisation: organisation.id, professional: values.sub, expiresIn: values.expires })}\n`);
}
