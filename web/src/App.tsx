import { useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { AppContext, useApp as useAppState, type AppState } from './appContext.ts';
import type { AppConfig } from './config.ts';
import { ErrorMessage, Loading } from './components/Status.tsx';
import { createHubClient } from './graphql/client.ts';
import { PURPOSES_OF_ROLE, type Purpose } from './i18n/vocabulary.ts';
import { navigate, useRoute } from './router.ts';
import { CaseScreen } from './screens/CaseScreen.tsx';
import { ChildScreen } from './screens/ChildScreen.tsx';
import { HandoverScreen } from './screens/HandoverScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { ProcessingLogScreen } from './screens/ProcessingLogScreen.tsx';
import { screensFor } from './screens/screens.ts';
import { SignalsScreen } from './screens/SignalsScreen.tsx';
import { TrendsScreen } from './screens/TrendsScreen.tsx';
import { finishOidcLogin } from './session/oidcLogin.ts';
import { clearSession, loadPurpose, loadSession, savePurpose, saveSession, type Session } from './session/session.ts';

export function App({ config }: { config: AppConfig }) {
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [purpose, setPurposeState] = useState<Purpose | null>(loadPurpose);
  const [callbackError, setCallbackError] = useState<string | null>(null);

  useEffect(() => {
    if (route.screen !== 'terug' || session) return;
    finishOidcLogin(config).then(
      (signedIn) => (saveSession(signedIn), setSession(signedIn)),
      (error: unknown) => setCallbackError(error instanceof Error ? error.message : String(error)),
    );
  }, [route.screen, session, config]);

  // A token that expires while the tab is open ends the session, rather than failing request by request.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(() => (clearSession(), setSession(null)), Math.max(0, session.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [session]);

  const client = useMemo(() => (session && purpose ? createHubClient(config.gatewayUrl, session.token, purpose) : null), [config.gatewayUrl, session, purpose]);

  if (route.screen === 'terug' && !session) return callbackError ? <ErrorMessage>Aanmelden is niet gelukt: {callbackError}</ErrorMessage> : <Loading what="Uw aanmelding" />;
  if (!session || !purpose || !client || !PURPOSES_OF_ROLE[session.role].includes(purpose)) {
    return (
      <LoginScreen
        config={config}
        signedIn={session ?? undefined}
        onSignedIn={(signedIn, chosen) => {
          saveSession(signedIn);
          savePurpose(chosen);
          setSession(signedIn);
          setPurposeState(chosen);
          const first = screensFor(signedIn.role)[0];
          if (first) navigate(first.route);
        }}
      />
    );
  }
  const state: AppState = {
    config,
    session,
    purpose,
    setPurpose: (next) => (savePurpose(next), setPurposeState(next)),
    signOut: () => (clearSession(), setSession(null), setPurposeState(null), navigate({ screen: 'start' })),
  };
  return (
    <AppContext.Provider value={state}>
      <Provider value={client}>
        <Screen />
      </Provider>
    </AppContext.Provider>
  );
}

function Screen() {
  const route = useRoute();
  switch (route.screen) {
    case 'signalen':
      return <SignalsScreen route={route} />;
    case 'kind':
      return <ChildScreen route={route} />;
    case 'casus':
      return <CaseScreen route={route} />;
    case 'overdracht':
      return <HandoverScreen route={route} />;
    case 'verwerkingenlog':
      return <ProcessingLogScreen route={route} />;
    case 'trends':
      return <TrendsScreen route={route} />;
    default:
      return <StartRedirect />;
  }
}

function StartRedirect() {
  const { session } = useAppState();
  useEffect(() => {
    const first = screensFor(session.role)[0];
    if (first) navigate(first.route);
  }, [session.role]);
  return <Loading what="Uw startscherm" />;
}

