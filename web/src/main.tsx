import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadConfig } from './config.ts';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <main id="inhoud">
        <h1>Ketengraaf</h1>
        <div role="alert" className="error-message">
          {error instanceof Error ? error.message : String(error)}
        </div>
      </main>,
    ),
);
