import { useId, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useApp } from '../../appContext.ts';
import { ErrorMessage } from '../../components/Status.tsx';
import type { ActionStatus } from '../../gql/graphql.ts';
import type { FieldIssue } from '../../graphql/fieldIssues.ts';
import { valueLabel } from '../../i18n/labels.ts';
import { AddAction, AddGoal, UpdateAction } from './caseOperations.ts';
import { CaseFieldNotice, type CaseData } from './CaseOverview.tsx';
import { dateFromToday, mutationError } from './mutationError.ts';

const STATUSES: ActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];
const text = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/** Plan van aanpak: goals and actions with owner, due date and status; the director plans, each owner updates their own actions. */
export function PlanOfApproach({ data, issues, isDirector, onChanged }: { data: CaseData; issues: readonly FieldIssue[]; isDirector: boolean; onChanged(): void }) {
  const { session } = useApp();
  const [goalResult, addGoal] = useMutation(AddGoal);
  const [actionResult, addAction] = useMutation(AddAction);
  const [updateResult, updateAction] = useMutation(UpdateAction);
  const id = useId();
  const owners = (data.participants ?? []).filter((p) => p.professional);
  const submitGoal = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const answer = await addGoal({ input: { caseId: data.id, description: text(form, 'description'), expectedVersion: data.version } });
    if (answer.data?.addGoal) (form.reset(), onChanged());
  };
  const submitAction = (goalId: string) => async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const answer = await addAction({
      input: { caseId: data.id, goalId, description: text(form, 'description'), ownerProfessionalId: text(form, 'owner'), dueDate: text(form, 'dueDate'), expectedVersion: data.version },
    });
    if (answer.data?.addAction) (form.reset(), onChanged());
  };
  const error = mutationError(goalResult.error ?? actionResult.error ?? updateResult.error);
  return (
    <section aria-labelledby="plan">
      <h2 id="plan">Plan van aanpak</h2>
      <CaseFieldNotice issues={issues} field="goals" />
      {error && <ErrorMessage>De wijziging is niet opgeslagen: {error}</ErrorMessage>}
      {data.goals?.length === 0 && <p className="muted">Nog geen doelen.</p>}
      {data.goals?.map((goal) => (
        <article key={goal.id} className="card goal">
          <h3>Doel: {goal.description}</h3>
          {goal.actions.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr><th scope="col">Actie</th><th scope="col">Eigenaar</th><th scope="col">Uiterlijk</th><th scope="col">Status</th></tr>
                </thead>
                <tbody>
                  {goal.actions.map((action) => (
                    <tr key={action.id}>
                      <td>{action.description}</td>
                      <td>{action.owner?.name ?? '—'} ({action.ownerOrganisation.name})</td>
                      <td>{action.dueDate}</td>
                      <td>
                        {action.owner?.id === session.professional ? (
                          <>
                            <label className="visually-hidden" htmlFor={`${id}-${action.id}`}>Status van {action.description}</label>
                            <select id={`${id}-${action.id}`} value={action.status} onChange={(e) => void updateAction({ input: { caseId: data.id, actionId: action.id, status: e.target.value as ActionStatus } }).then(onChanged)}>
                              {STATUSES.map((s) => <option key={s} value={s}>{valueLabel(s)}</option>)}
                            </select>
                          </>
                        ) : (
                          valueLabel(action.status)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {isDirector && (
            <form onSubmit={submitAction(goal.id)} className="form-grid compact" aria-label={`Actie toevoegen aan ${goal.description}`}>
              <div className="field"><label htmlFor={`${id}-${goal.id}-d`}>Nieuwe actie</label><input id={`${id}-${goal.id}-d`} name="description" required /></div>
              <div className="field">
                <label htmlFor={`${id}-${goal.id}-o`}>Eigenaar</label>
                <select id={`${id}-${goal.id}-o`} name="owner" required>
                  {owners.map((p) => <option key={p.professional?.id} value={p.professional?.id}>{p.professional?.name} ({p.organisation.name})</option>)}
                </select>
              </div>
              <div className="field"><label htmlFor={`${id}-${goal.id}-due`}>Uiterlijk</label><input id={`${id}-${goal.id}-due`} name="dueDate" type="date" required defaultValue={dateFromToday(28)} /></div>
              <div className="form-actions"><button type="submit" className="secondary">Actie toevoegen</button></div>
            </form>
          )}
        </article>
      ))}
      {isDirector && data.goals && (
        <form onSubmit={submitGoal} className="inline-form">
          <label htmlFor={`${id}-goal`}>Nieuw doel</label>
          <input id={`${id}-goal`} name="description" required />
          <button type="submit" className="secondary">Doel toevoegen</button>
        </form>
      )}
    </section>
  );
}
