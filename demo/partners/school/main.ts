import { runDemoPartner } from '../runDemoPartner.ts';
import { startSchoolSystem } from './schoolSystem.ts';

await runDemoPartner('school', startSchoolSystem);
