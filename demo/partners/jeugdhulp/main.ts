import { runDemoPartner } from '../runDemoPartner.ts';
import { startJeugdhulpSystem } from './jeugdhulpSystem.ts';

await runDemoPartner('jeugdhulp', startJeugdhulpSystem);
