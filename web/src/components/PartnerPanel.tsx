import type { TypedDocumentNode } from '@urql/core';
import { useQuery } from 'urql';
import { fieldIssues, issuesAt, requestFailure } from '../graphql/fieldIssues.ts';
import { fieldLabel } from '../i18n/labels.ts';
import { FieldNotice } from './FieldNotice.tsx';
import { RecordView } from './RecordView.tsx';
import { ErrorMessage, Loading } from './Status.tsx';

export type ChildPanelQuery = TypedDocumentNode<{ child?: Record<string, unknown> | null }, { id: string }>;

/**
 * One partner's part of a child, asked on its own: a slow partner shows its own loading state, and
 * a partner that is down shows as down, while the other panels answer. Each field shows the data
 * released, or why it was not (FieldNotice), never both.
 */
export function PartnerPanel({ title, partner, query, fields, childId }: { title: string; partner: string; query: ChildPanelQuery; fields: readonly string[]; childId: string }) {
  const [{ data, fetching, error }] = useQuery({ query, variables: { id: childId } });
  const issues = fieldIssues(error);
  const failure = requestFailure(error);
  return (
    <section className="panel" aria-labelledby={`panel-${partner}`} aria-busy={fetching} data-partner={partner}>
      <h2 id={`panel-${partner}`}>{title}</h2>
      {fetching && <Loading what={`Wat ${title} heeft`} />}
      {failure && <ErrorMessage>{failure}</ErrorMessage>}
      {!fetching &&
        !failure &&
        fields.map((field) => {
          const here = issuesAt(issues, ['child', field]);
          return (
            <div key={field} className="panel-field" data-field-name={field}>
              <h3>{fieldLabel(field)}</h3>
              {here.length > 0 ? here.slice(0, 1).map((issue, index) => <FieldNotice key={index} issue={issue} />) : <RecordView value={data?.child?.[field]} caption={fieldLabel(field)} />}
            </div>
          );
        })}
    </section>
  );
}
