import { runDemoPartner } from '../runDemoPartner.ts';
import { startChildcareSystem } from './childcareSystem.ts';

await runDemoPartner('childcare', startChildcareSystem);
