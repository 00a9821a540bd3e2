import { runDemoPartner } from '../runDemoPartner.ts';
import { startPoliceSystem } from './policeSystem.ts';

await runDemoPartner('police', startPoliceSystem);
