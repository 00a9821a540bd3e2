import type { ActiveTrajectory, Jw301, Jw305, Jw307 } from './records.ts';

/**
 * A client's trajectory in care from its messages: the allocation whose start of care (JW305) has
 * no stop (JW307) for the same ToewijzingNummer, the latest start when there are several. An
 * allocation without a start is not care (the provider has not begun), and a stopped one is over:
 * only what is in care now goes on the graph. The index can lag behind a JW307 by one refresh, so
 * the stop is checked here too.
 */
export function activeTrajectory(toewijzingen: readonly Jw301[], starts: readonly Jw305[], stops: readonly Jw307[]): ActiveTrajectory | null {
  const stopped = new Set(stops.map((stop) => stop.StopProduct.ToewijzingNummer));
  let active: ActiveTrajectory | null = null;
  for (const start of starts) {
    const number = start.StartProduct.ToewijzingNummer;
    const allocation = toewijzingen.find((message) => message.ToegewezenProduct.ToewijzingNummer === number)?.ToegewezenProduct;
    if (!allocation || stopped.has(number)) continue;
    if (active === null || start.StartProduct.Begindatum > active.startedOn) {
      active = { clientnummer: start.Clientnummer, allocation, startedOn: start.StartProduct.Begindatum };
    }
  }
  return active;
}
