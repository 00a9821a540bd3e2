import type { MutationResolvers } from './__generated__/resolvers.ts';
import { changeFileOf, mapChange } from './casusChanges.ts';
import { addParticipant, changePhase, closeCase, openCase } from './domain/cases.ts';
import { recordConsent, withdrawConsent } from './domain/consent.ts';
import { prepareHandover } from './domain/handover.ts';
import { addAction, addGoal, updateAction } from './domain/plan.ts';
import { registerSignal, withdrawSignal } from './domain/signals.ts';
import { requireChildId } from './domain/validate.ts';
import { caseView, consentView, handoverView } from './views.ts';

/**
 * The work process's mutations. Who may call each is in the schema (`@privacy` on the field, the
 * kit's guard enforces it); the rules of the process itself (case director only, own actions,
 * age rule) are in `domain/`, decided inside one atomic change of the child's file.
 */
export const mutationResolvers: MutationResolvers = {
  registerSignal: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return store.updateChild(requireChildId(input.childId), (file) => registerSignal(file, input, caller, at));
  },
  withdrawSignal: (_, { signalId }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, signalId, 'signal', (file) => withdrawSignal(file, signalId, caller, at));
  },
  openCase: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return store.updateChild(requireChildId(input.childId), mapChange((file) => openCase(file, input, caller, at), caseView));
  },
  addParticipant: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, input.caseId, 'case', mapChange((file) => addParticipant(file, input, caller, at), caseView));
  },
  changePhase: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, input.caseId, 'case', mapChange((file) => changePhase(file, input, caller, at), caseView));
  },
  addGoal: (_, { input }, { caller, partner: { store } }) =>
    changeFileOf(store, input.caseId, 'case', mapChange((file) => addGoal(file, input, caller), caseView)),
  addAction: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, input.caseId, 'case', mapChange((file) => addAction(file, input, caller, at), caseView));
  },
  updateAction: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, input.caseId, 'case', mapChange((file) => updateAction(file, input, caller, at), ({ action }) => action));
  },
  closeCase: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return changeFileOf(store, input.caseId, 'case', mapChange((file) => closeCase(file, input, caller, at), caseView));
  },
  recordConsent: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return store.updateChild(
      requireChildId(input.childId),
      mapChange((file) => recordConsent(file, input, caller, at), (consent, file) => consentView(consent, file, at)),
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
  prepareWarmHandover: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    return store.updateChild(
      requireChildId(input.childId),
      mapChange((file) => prepareHandover(file, input, caller, at), (handover, file) => handoverView(handover, file, at)),
    );
  },
};
