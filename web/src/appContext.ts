import { createContext, useContext } from 'react';
import type { AppConfig } from './config.ts';
import type { Purpose } from './i18n/vocabulary.ts';
import type { Session } from './session/session.ts';

/** What every screen knows: the covenant, who is signed in, and the purpose of the work now. */
export interface AppState {
  config: AppConfig;
  session: Session;
  purpose: Purpose;
  setPurpose(purpose: Purpose): void;
  signOut(): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside a signed-in app');
  return state;
}
