import { runDemoPartner } from '../runDemoPartner.ts';
import { startGgdSystem } from './ggdSystem.ts';

await runDemoPartner('ggd', startGgdSystem);
