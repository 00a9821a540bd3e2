import { useEffect, useRef, type ReactNode } from 'react';
import { useApp } from '../appContext.ts';
import { organisationName } from '../config.ts';
import { PURPOSE_LABEL, ROLE_LABEL } from '../i18n/vocabulary.ts';
import type { Route } from '../router.ts';
import { screensFor } from '../screens/screens.ts';
import { Link } from './Link.tsx';
import { PurposeBar } from './PurposeBar.tsx';

let firstScreen = true;

/** Header (who is signed in, for which organisation), the purpose bar, the navigation, and the screen. */
export function Shell({ route, title, children }: { route: Route; title: string; children: ReactNode }) {
  const { config, session, purpose, signOut } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen: its title says where one is, and keyboard focus starts there (not on the first
  // page load, where the browser starts at the top and the skip link comes first).
  useEffect(() => {
    document.title = `${title} · ${PURPOSE_LABEL[purpose]} · Ketengraaf`;
    if (firstScreen) firstScreen = false;
    else heading.current?.focus();
  }, [title, route.screen, purpose]);
  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="brand">Ketengraaf</div>
        <p className="who">
          {ROLE_LABEL[session.role]} · {organisationName(config, session.organisation)}
          {session.method === 'development' && <span className="badge">ontwikkellogin</span>}
        </p>
        <button type="button" className="secondary" onClick={signOut}>
          Afmelden
        </button>
      </header>
      <PurposeBar />
      <nav aria-label="Schermen" className="app-nav">
        <ul>
          {screensFor(session.role).map((screen) => (
            <li key={screen.label}>
              <Link to={screen.route} current={screen.route.screen === route.screen}>
                {screen.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="inhoud">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        <p className="current-purpose">
          U werkt voor doel <strong>{PURPOSE_LABEL[purpose]}</strong>.
        </p>
        {children}
      </main>
    </>
  );
}
