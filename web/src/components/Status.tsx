import type { ReactNode } from 'react';

/** A loading state screen readers announce without moving focus. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" aria-live="polite" className="loading">
      <span className="spinner" aria-hidden="true" /> {what} wordt opgehaald…
    </p>
  );
}

/** An error the professional can act on, announced at once. */
export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="error-message">
      {children}
    </div>
  );
}

/** A change that worked, announced politely. */
export function Done({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="done-message">
      {children}
    </p>
  );
}
