import { runDemoPartner } from '../runDemoPartner.ts';
import { startVeiligThuisSystem } from './veiligThuisSystem.ts';

await runDemoPartner('veiligthuis', startVeiligThuisSystem);
