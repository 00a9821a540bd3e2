import { readFileSync, writeFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '../schema/composeSupergraph.ts';
import { PROTOCOL_FILE, renderPrivacyProtocol } from '../schema/protocolFile.ts';

/** `npm run protocol`: writes docs/privacy-protocol.md from the supergraph. */
writeFileSync(PROTOCOL_FILE, renderPrivacyProtocol(readFileSync(SUPERGRAPH_FILE, 'utf8')));
console.log(`Wrote ${PROTOCOL_FILE.pathname}.`);
