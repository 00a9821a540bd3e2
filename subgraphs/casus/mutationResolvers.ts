import type { MutationResolvers } from './__generated__/resolvers.ts';
import { changeFileOf, mapChange } from './casusChanges.ts';
import { resolveBirthDate } from './domain/birthDate.ts';
import { addParticipant, changePhase, closeCase, openCase } from './domain/cases.ts';
import { recordConsent, withdrawConsent } from './domain/consent.ts';
import { prepareHandover } from './domain/handover.ts';
import { addAction, addGoal, updateAction } from './domain/plan.ts';
import { registerSignal, withdrawSignal } from './domain/signals.ts';
import { caseView, consentView, handoverView } from './views.ts';

/**
 * The work process's mutations. Who may call each is in the schema (`@privacy` on the field, the
 * kit's guard enforces it); the rules of the process itself (case director only, own actions,
 * who records consent, age rule) are in `domain/`, decided inside one atomic change of the
 * child's file. Each domain function checks its input when called, here, before the store is
 * read, and returns the change: so an answer about the input never depends on what the hub holds.
 */
export const mutationResolvers: MutationResolvers = {
  registerSignal: (_, { input }, { caller, partner: { store, now } }) => {
    const change = registerSignal(input, caller, now());
    return store.updateChild(input.childId, change);
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
  closeCase: (_, { input }, { caller, partner: { store, now } }) => {
    const change = closeCase(input, caller, now());
    return changeFileOf(store, input.caseId, 'case', mapChange(change, caseView));
  },
  resolveBirthDate: (_, { input }, { caller, partner: { store, now } }) => {
    const change = resolveBirthDate(input, caller, now());
    return store.updateChild(input.childId, mapChange(change, caseView));
  },
  recordConsent: (_, { input }, { caller, partner: { store, now } }) => {
    const at = now();
    const change = recordConsent(input, caller, at);
    return store.updateChild(input.childId, mapChange(change, (consent, file) => consentView(consent, file, at)));
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
    const change = prepareHandover(input, caller, at);
    return store.updateChild(input.childId, mapChange(change, (handover, file) => handoverView(handover, file, at)));
  },
};
