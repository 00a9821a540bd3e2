export { renderPrivacyProtocol } from './privacyProtocol.ts';

/** Where the generated privacy protocol lives. */
export const PROTOCOL_FILE = new URL('../docs/privacy-protocol.md', import.meta.url);
