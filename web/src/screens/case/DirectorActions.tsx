import { useEffect, useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useApp } from '../../appContext.ts';
import { Done, ErrorMessage } from '../../components/Status.tsx';
import type { Role } from '../../gql/graphql.ts';
import { CASE_ROLES, ROLE_LABEL } from '../../i18n/vocabulary.ts';
import { navigate } from '../../router.ts';
import { AddParticipant, ChangePhase, CloseCase } from './caseOperations.ts';
import type { CaseData } from './CaseOverview.tsx';
import { mutationError } from './mutationError.ts';

const value = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/** What only the case director does: phase changes with a reason, participants, closing. */
export function DirectorActions({ data, onChanged }: { data: CaseData; onChanged(): void }) {
  const { config } = useApp();
  const [phaseResult, changePhase] = useMutation(ChangePhase);
  const [participantResult, addParticipant] = useMutation(AddParticipant);
  const [closeResult, closeCase] = useMutation(CloseCase);
  const [phase, setPhase] = useState(String(Math.min(4, (data.phase ?? 2) + 1)));
  const [said, setSaid] = useState<string | null>(null);
  const id = useId();
  const current = data.phase ?? 0;
  // Once the phase changed (or an escalation was confirmed), offer the next step from the new phase.
  useEffect(() => setPhase(String(current >= 4 ? 3 : current + 1)), [current]);
  const submitPhase = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const to = Number(phase);
    const answer = await changePhase({ input: { caseId: data.id, phase: to, reason: value(form, 'reason'), administrativeDirection: to === 4 ? value(form, 'direction') : null, expectedVersion: data.version } });
    if (answer.data?.changePhase) {
      setSaid(to > current && to >= 3 ? `Opschaling naar fase ${to} voorgesteld: die gaat in zodra een deelnemer van een andere organisatie haar bevestigt.` : `De casus is nu in fase ${to}.`);
      form.reset();
      onChanged();
    }
  };
  const submitParticipant = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const participant = { organisationId: value(form, 'organisation'), role: value(form, 'role') as Role, professionalId: value(form, 'professionalId'), professionalName: value(form, 'professionalName') };
    const answer = await addParticipant({ input: { caseId: data.id, participant, expectedVersion: data.version } });
    if (answer.data?.addParticipant) (form.reset(), setSaid('De deelnemer is toegevoegd.'), onChanged());
  };
  const submitClose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answer = await closeCase({ input: { caseId: data.id, reason: value(event.currentTarget, 'reason'), expectedVersion: data.version } });
    if (answer.data?.closeCase) navigate({ screen: 'casus', caseId: null, openFor: null });
  };
  const error = mutationError(phaseResult.error ?? participantResult.error ?? closeResult.error);
  return (
    <section aria-labelledby="director" className="card">
      <h2 id="director">Regie</h2>
      {error && <ErrorMessage>De wijziging is niet doorgevoerd: {error}</ErrorMessage>}
      {said && <Done>{said}</Done>}
      <form onSubmit={submitPhase} className="form-grid compact" aria-label="AVE-fase wijzigen">
        <div className="field">
          <label htmlFor={`${id}-phase`}>Nieuwe AVE-fase</label>
          <select id={`${id}-phase`} value={phase} onChange={(e) => setPhase(e.target.value)}>
            {[1, 2, 3, 4].filter((p) => p !== current).map((p) => <option key={p} value={p}>Fase {p}</option>)}
          </select>
        </div>
        <div className="field wide"><label htmlFor={`${id}-reason`}>Reden</label><input id={`${id}-reason`} name="reason" required /></div>
        {phase === '4' && <div className="field"><label htmlFor={`${id}-dir`}>Bestuurlijke regie (burgemeester of wethouder)</label><input id={`${id}-dir`} name="direction" required /></div>}
        <div className="form-actions"><button type="submit">{Number(phase) > current ? 'Opschalen' : 'Afschalen'}</button></div>
        <p className="muted wide">Opschalen naar fase 3 of 4 gaat pas in na bevestiging door een deelnemer van een andere organisatie; afschalen gaat meteen in.</p>
      </form>
      <form onSubmit={submitParticipant} className="form-grid compact" aria-label="Deelnemer toevoegen">
        <div className="field">
          <label htmlFor={`${id}-org`}>Organisatie</label>
          <select id={`${id}-org`} name="organisation">{config.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}</select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Rol</label>
          <select id={`${id}-role`} name="role">{CASE_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABEL[r]}</option>)}</select>
        </div>
        <div className="field"><label htmlFor={`${id}-pid`}>Medewerker-id (uit het token)</label><input id={`${id}-pid`} name="professionalId" required /></div>
        <div className="field"><label htmlFor={`${id}-pname`}>Naam</label><input id={`${id}-pname`} name="professionalName" required /></div>
        <div className="form-actions"><button type="submit" className="secondary">Deelnemer toevoegen</button></div>
      </form>
      <form onSubmit={submitClose} className="inline-form" aria-label="Casus sluiten">
        <label htmlFor={`${id}-close`}>Reden van sluiten</label>
        <input id={`${id}-close`} name="reason" required />
        <button type="submit" className="danger">Casus sluiten</button>
      </form>
      <p className="muted">Sluiten beëindigt elke toestemming die voor deze casus is gegeven; de deelnemers zien daarna niets meer.</p>
    </section>
  );
}
