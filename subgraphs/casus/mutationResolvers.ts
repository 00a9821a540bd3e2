import type { MutationResolvers } from './__generated__/resolvers.ts';
import { changeFileOf, mapChange } from './casusChanges.ts';
import { refuse } from './casusErrors.ts';
import type { CasusContext } from './casusContext.ts';
import { resolveBirthDate } from './domain/birthDate.ts';
import { addParticipant, changePhase, closeCase, confirmPhaseChange, openCase } from './domain/cases.ts';
import { recordConsent, withdrawConsent } from './domain/consent.ts';
import { confirmConsent } from './domain/consentRecorder.ts';
import { involvementFor } from './domain/involvement.ts';
import { prepareHandover } from './domain/handover.ts';
import { addAction, addGoal, updateAction } from './domain/plan.ts';
import { registerSignal, withdrawSignal } from './domain/signals.ts';
import { caseView, consentView, handoverView } from './views.ts';

/** What the caller's own system of record says, asked after the input is checked and before the store is read. */
const involvementOf = async ({ caller, involvementToken, partner }: CasusContext, childId: string, statedReason: string | null | undefined, action: string) =>
  involvementFor(await partner.involvement.involvement(childId, caller, involvementToken), statedReason, action);

/**
 * Whether a confirmer's own system of record shows it involved with the child of a case or consent.
 * Asked for every confirmation, before the rules read the file, so an outsider's NOT_FOUND costs
 * the same question; an unknown id is NOT_FOUND at once, as it tells nothing (ids are random).
 */
async function confirmerInvolved(context: CasusContext, entityId: string, what: string): Promise<boolean> {
  const childId = await context.partner.store.childOf(entityId);
  if (!childId) throw refuse('NOT_FOUND', `No ${what} of your organisation has this id.`);
  return (await context.partner.involvement.involvement(childId, context.caller, context.involvementToken)).kind === 'INVOLVED';
}

/**
 * The work process's mutations. Who may call each is in the schema (`@privacy` on the field, the
 * kit's guard enforces it); the rules of the process itself (case director only, own actions,
 * who records consent, age rule) are in `domain/`, decided inside one atomic change of the
 * child's file. Each domain function checks its input when called, here, before the store is
 * read, and returns the change: so an answer about the input never depends on what the hub holds.
 */
export const mutationResolvers: MutationResolvers = {
  registerSignal: async (_, { input }, context) => {
    const change = registerSignal(input, context.caller, context.partner.now());
    const involvement = await involvementOf(context, input.childId, input.statedReason, 'signal it');
    return context.partner.store.updateChild(input.childId, change(involvement));
  },
  withdrawSignal: (_, { signalId }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, signalId, 'signal', (file) => withdrawSignal(file, signalId, caller, at));
  },
  openCase: (_, { input }, { caller, partner: { store, now } }) => {
    const change = openCase(input, caller, now());
    return store.updateChild(input.childId, mapChange(change, caseView));
  },
  addParticipant: (_, { input }, { caller, partner: { store, now } }) => {
    const change = addParticipant(input, caller, now());
    return changeFileOf(store, input.caseId, 'case', mapChange(change, caseView));
  },
  changePhase: (_, { input }, { caller, partner: { store, now } }) => {
    const change = changePhase(input, caller, now());
    return changeFileOf(store, input.caseId, 'case', mapChange(change, caseView));
  },
  addGoal: (_, { input }, { caller, partner: { store } }) => changeFileOf(store, input.caseId, 'case', mapChange(addGoal(input, caller), caseView)),
  addAction: (_, { input }, { caller, partner: { store, now } }) => {
    const change = addAction(input, caller, now());
    return changeFileOf(store, input.caseId, 'case', mapChange(change, caseView));
  },
  updateAction: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, input.caseId, 'case', mapChange((file) => updateAction(file, input, caller, at), ({ action }) => action));
  },
  confirmPhaseChange: async (_, { input }, context) => {
    const change = confirmPhaseChange(input, context.caller, context.partner.now());
    const involved = await confirmerInvolved(context, input.caseId, 'case');
    return changeFileOf(context.partner.store, input.caseId, 'case', mapChange(change(involved), caseView));
  },
  closeCase: (_, { input }, { caller, partner: { store, now } }) => {
    const change = closeCase(input, caller, now());
    return changeFileOf(store, input.caseId, 'case', mapChange(change, caseView));
  },
  resolveBirthDate: (_, { input }, { caller, partner: { store, now } }) => {
    const change = resolveBirthDate(input, caller, now());
    return store.updateChild(input.childId, mapChange(change, caseView));
  },
  recordConsent: async (_, { input }, context) => {
    const at = context.partner.now();
    const change = recordConsent(input, context.caller, at);
    // The handover's childcare must still hold the placement; asked before the store, so an
    // unrelated childcare is refused in the same way and time whatever the hub holds.
    if (input.purpose === 'WARM_HANDOVER' && context.caller.role === 'CHILDCARE_WORKER') {
      await involvementOf(context, input.childId, null, 'record consent for its handover');
    }
    return context.partner.store.updateChild(input.childId, mapChange(change, (consent, file) => consentView(consent, file, at)));
  },
  confirmConsent: async (_, { input }, context) => {
    const at = context.partner.now();
    const involved = await confirmerInvolved(context, input.consentId, 'consent');
    return changeFileOf(
      context.partner.store,
      input.consentId,
      'consent',
      mapChange((file) => confirmConsent(file, input, context.caller, at, involved), (consent, file) => consentView(consent, file, at)),
    );
  },
  withdrawConsent: (_, { consentId }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(
      store,
      consentId,
      'consent',
      mapChange((file) => withdrawConsent(file, consentId, caller, at), (consent, file) => consentView(consent, file, at)),
    );
  },
  prepareWarmHandover: async (_, { input }, context) => {
    const at = context.partner.now();
    const change = prepareHandover(input, context.caller, at);
    await involvementOf(context, input.childId, null, 'prepare its warm handover');
    return context.partner.store.updateChild(input.childId, mapChange(change, (handover, file) => handoverView(handover, file, at)));
  },
};
