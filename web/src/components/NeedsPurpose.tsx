import type { ReactNode } from 'react';
import { useApp } from '../appContext.ts';
import { PURPOSE_LABEL, type Purpose } from '../i18n/vocabulary.ts';

/** A screen's work belongs to some purposes only: it says so, with a one-click change, instead of asking under another. */
export function NeedsPurpose({ purposes, children }: { purposes: readonly Purpose[]; children: ReactNode }) {
  const { purpose, setPurpose } = useApp();
  if (purposes.includes(purpose)) return <>{children}</>;
  return (
    <div className="notice">
      <p>
        Dit scherm hoort bij doel {purposes.map((p) => PURPOSE_LABEL[p]).join(' of ')}; u werkt nu voor doel {PURPOSE_LABEL[purpose]}.
      </p>
      <p className="notice-actions">
        {purposes.map((p) => (
          <button key={p} type="button" onClick={() => setPurpose(p)}>
            Wissel naar doel {PURPOSE_LABEL[p]}
          </button>
        ))}
      </p>
    </div>
  );
}
