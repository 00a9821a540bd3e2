import { useApp } from '../appContext.ts';
import type { FieldIssue } from '../graphql/fieldIssues.ts';
import { requirementInDutch } from '../graphql/requirementText.ts';
import { fieldLabel } from '../i18n/labels.ts';
import { PURPOSE_LABEL, ROLE_LABEL } from '../i18n/vocabulary.ts';

const SOURCE: Record<string, string> = { school: 'de school', childcare: 'de kinderopvang', ggd: 'de GGD (JGZ)', veiligthuis: 'Veilig Thuis', police: 'de politie', casus: 'de hub (casus)', auditlog: 'het verwerkingenlog' };

/**
 * Why a field is empty: for a FORBIDDEN_FIELD what the caller lacks and what would release it (role,
 * purpose, consent, AVE phase, from the error's extensions and message), never the data; for a
 * partner that is down, that it is down. The hub's own words stay one click away.
 */
export function FieldNotice({ issue }: { issue: FieldIssue }) {
  const { session, purpose, setPurpose } = useApp();
  if (issue.kind === 'unavailable') {
    const who = issue.source ? (SOURCE[issue.source] ?? issue.source) : 'deze partner';
    return (
      <div className="notice notice-unavailable">
        <p>
          <strong>Niet bereikbaar.</strong> Het systeem van {who} antwoordt nu niet. De rest van de pagina werkt; probeer het later opnieuw.
        </p>
      </div>
    );
  }
  if (issue.kind === 'other') {
    return (
      <div className="notice">
        <p>{issue.message}</p>
      </div>
    );
  }
  const name = fieldLabel(issue.field.split('.').at(-1) ?? issue.field);
  const others = (issue.releasedForPurposes ?? []).filter((p) => p !== purpose);
  return (
    <div className="notice notice-forbidden" data-field={issue.field}>
      <p>
        <strong>{name}: niet zichtbaar voor u.</strong>{' '}
        {issue.releasedForPurposes !== null && issue.releasedForPurposes.length === 0 && <>Uw rol ({ROLE_LABEL[session.role]}) mag dit voor geen enkel doel zien.</>}
        {issue.releasedForPurposes !== null && issue.releasedForPurposes.length > 0 && (
          <>
            Niet voor doel {PURPOSE_LABEL[purpose]}; uw rol mag dit wel zien voor doel {issue.releasedForPurposes.map((p) => PURPOSE_LABEL[p]).join(' of ')}.
          </>
        )}
        {issue.requirement !== null && <>Voor dit kind vrijgegeven bij: {requirementInDutch(issue.requirement)}.</>}
      </p>
      {others.length > 0 && (
        <p className="notice-actions">
          {others.map((p) => (
            <button key={p} type="button" className="secondary" onClick={() => setPurpose(p)}>
              Wissel naar doel {PURPOSE_LABEL[p]}
            </button>
          ))}
        </p>
      )}
      <details>
        <summary>Melding van de hub</summary>
        <p className="hub-message">{issue.message}</p>
      </details>
    </div>
  );
}
