import { useMemo } from 'react';
import { useQuery } from 'urql';
import { NeedsPurpose } from '../components/NeedsPurpose.tsx';
import { Shell } from '../components/Shell.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { countText, TrendChart, type Count } from '../components/TrendChart.tsx';
import { graphql } from '../gql';
import { requestFailure } from '../graphql/fieldIssues.ts';
import { valueLabel } from '../i18n/labels.ts';
import type { Route } from '../router.ts';

const Trends = graphql(/* GraphQL */ `
  query Trends {
    trendFigures {
      countedAt
      childrenWithOpenSignal { value suppressed }
      openMatches { value suppressed }
      consentsInForce { value suppressed }
      openSignalsByDomain { domain count { value suppressed } }
      openCasesByPhase { phase count { value suppressed } }
      months {
        month
        signalsRegistered { value suppressed }
        casesOpened { value suppressed }
        casesClosed { value suppressed }
        escalations { value suppressed }
        consentsGiven { value suppressed }
        handoversPrepared { value suppressed }
      }
    }
  }
`);

type MonthKey = 'signalsRegistered' | 'casesOpened' | 'casesClosed' | 'escalations' | 'consentsGiven' | 'handoversPrepared';
const MONTH_SERIES: { key: MonthKey; label: string }[] = [
  { key: 'signalsRegistered', label: 'Signalen afgegeven' },
  { key: 'casesOpened', label: 'Casussen geopend' },
  { key: 'escalations', label: 'Opschalingen' },
  { key: 'consentsGiven', label: 'Toestemmingen' },
];

/** Trends (beleidsinformatie): counts only, never a child; every count from 1 to 4 is suppressed and shown as "< 5". */
export function TrendsScreen({ route }: { route: Route }) {
  const [{ data, fetching, error }] = useQuery({ query: Trends });
  const figures = data?.trendFigures;
  const monthly = useMemo(
    () => (figures ? { labels: figures.months.map((m) => m.month), series: MONTH_SERIES.map(({ key, label }) => ({ label, counts: figures.months.map((m) => m[key] as Count) })) } : null),
    [figures],
  );
  const phases = useMemo(() => (figures ? { labels: figures.openCasesByPhase.map((p) => `Fase ${p.phase}`), series: [{ label: 'Open casussen', counts: figures.openCasesByPhase.map((p) => p.count) }] } : null), [figures]);
  return (
    <Shell route={route} title="Trends">
      <NeedsPurpose purposes={['TREND_MONITORING']}>
        <p className="muted">Alleen aantallen uit de eigen gegevens van de hub, nooit een kind. Een aantal van 1 tot en met 4 wordt niet getoond (“&lt; 5”), zodat niemand herkenbaar is. Per maand tellen alleen voorbije maanden: de lopende maand verschijnt als die voorbij is.</p>
        {fetching && <Loading what="De trendcijfers" />}
        {requestFailure(error) && <ErrorMessage>{requestFailure(error)}</ErrorMessage>}
        {figures && monthly && phases && (
          <>
            <dl className="figures">
              <div><dt>Kinderen met een open signaal</dt><dd>{countText(figures.childrenWithOpenSignal)}</dd></div>
              <div><dt>Open matches</dt><dd>{countText(figures.openMatches)}</dd></div>
              <div><dt>Geldige toestemmingen</dt><dd>{countText(figures.consentsInForce)}</dd></div>
            </dl>
            <section aria-labelledby="per-month">
              <h2 id="per-month">Per maand</h2>
              <TrendChart title="Per maand" labels={monthly.labels} series={monthly.series} />
              <CountTable caption="Per maand" rowHeader="Maand" labels={monthly.labels} series={monthly.series} />
            </section>
            <section aria-labelledby="per-phase">
              <h2 id="per-phase">Open casussen per AVE-fase</h2>
              <TrendChart title="Open casussen per AVE-fase" labels={phases.labels} series={phases.series} />
              <CountTable caption="Open casussen per AVE-fase" rowHeader="AVE-fase" labels={phases.labels} series={phases.series} />
            </section>
            <section aria-labelledby="per-domain">
              <h2 id="per-domain">Open signalen per domein</h2>
              <CountTable caption="Open signalen per domein" rowHeader="Domein" labels={figures.openSignalsByDomain.map((d) => (d.domain ? valueLabel(d.domain) : 'Zonder domein'))} series={[{ label: 'Open signalen', counts: figures.openSignalsByDomain.map((d) => d.count) }]} />
            </section>
            <p className="muted">Geteld op {new Date(figures.countedAt).toLocaleString('nl-NL')}.</p>
          </>
        )}
      </NeedsPurpose>
    </Shell>
  );
}

function CountTable({ caption, rowHeader, labels, series }: { caption: string; rowHeader: string; labels: string[]; series: { label: string; counts: Count[] }[] }) {
  return (
    <div className="table-wrap">
      <table className="counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {series.map((s) => <th key={s.label} scope="col">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, row) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => {
                const count = s.counts[row] ?? { suppressed: false, value: 0 };
                return <td key={s.label} className={count.suppressed ? 'suppressed' : undefined}>{countText(count)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
