import { useId, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorMessage } from '../../components/Status.tsx';
import { navigate } from '../../router.ts';
import { OpenCase } from './caseOperations.ts';
import { mutationError } from './mutationError.ts';

/** A case opens from a child's open signals: the signalling organisations' contacts join at once; you become its regisseur. */
export function OpenCaseForm({ childId }: { childId: string }) {
  const [result, openCase] = useMutation(OpenCase);
  const id = useId();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const answer = await openCase({ input: { childId, caseDirectorName: value('director'), phase: Number(value('phase')), reason: value('reason') } });
    const opened = answer.data?.openCase?.id;
    if (opened) navigate({ screen: 'casus', caseId: opened, openFor: null });
  };
  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>Casus openen voor <code>{childId}</code></h2>
      <p className="muted">
        Een casus opent alleen als een andere organisatie een open signaal heeft dat haar eigen registratie bevestigt. De contactpersonen van de signalen worden deelnemer; opschalen naar fase 3 of 4 vraagt hun bevestiging.
      </p>
      <form onSubmit={submit} className="form-grid">
        <div className="field"><label htmlFor={`${id}-dir`}>Uw naam als regisseur</label><input id={`${id}-dir`} name="director" required autoComplete="name" /></div>
        <div className="field">
          <label htmlFor={`${id}-phase`}>AVE-fase bij opening</label>
          <select id={`${id}-phase`} name="phase" defaultValue="2">
            <option value="2">Fase 2: met toestemming</option>
            <option value="3">Fase 3: casustafel (vraagt bevestiging)</option>
          </select>
        </div>
        <div className="field wide"><label htmlFor={`${id}-reason`}>Reden</label><input id={`${id}-reason`} name="reason" required /></div>
        <div className="form-actions"><button type="submit" disabled={result.fetching}>Casus openen</button></div>
      </form>
      {result.error && <ErrorMessage>De casus is niet geopend: {mutationError(result.error)}</ErrorMessage>}
    </section>
  );
}
