import { useSyncExternalStore } from 'react';

/** The app's screens. Only a child's pseudonym or a case id ever goes in a path, never a name or date. */
export type Route =
  | { screen: 'start' }
  | { screen: 'signalen' }
  | { screen: 'kind'; childId: string | null }
  | { screen: 'casus'; caseId: string | null; openFor: string | null }
  | { screen: 'overdracht' }
  | { screen: 'verwerkingenlog'; childId: string | null }
  | { screen: 'trends' }
  | { screen: 'terug' };

const segment = (value: string | undefined) => (value ? decodeURIComponent(value) : null);

export function parseRoute(pathname: string): Route {
  const [first, second, third] = pathname.split('/').filter(Boolean);
  switch (first) {
    case 'signalen':
      return { screen: 'signalen' };
    case 'kind':
      return { screen: 'kind', childId: segment(second) };
    case 'casus':
      return second === 'nieuw' ? { screen: 'casus', caseId: null, openFor: segment(third) } : { screen: 'casus', caseId: segment(second), openFor: null };
    case 'overdracht':
      return { screen: 'overdracht' };
    case 'verwerkingenlog':
      return { screen: 'verwerkingenlog', childId: segment(second) };
    case 'trends':
      return { screen: 'trends' };
    case 'aanmelden':
      return second === 'terug' ? { screen: 'terug' } : { screen: 'start' };
    default:
      return { screen: 'start' };
  }
}

export function pathOf(route: Route): string {
  const id = (value: string | null) => (value ? `/${encodeURIComponent(value)}` : '');
  switch (route.screen) {
    case 'kind':
      return `/kind${id(route.childId)}`;
    case 'casus':
      return route.openFor ? `/casus/nieuw${id(route.openFor)}` : `/casus${id(route.caseId)}`;
    case 'verwerkingenlog':
      return `/verwerkingenlog${id(route.childId)}`;
    case 'start':
      return '/';
    case 'terug':
      return '/aanmelden/terug';
    default:
      return `/${route.screen}`;
  }
}

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

export function navigate(route: Route): void {
  history.pushState(null, '', pathOf(route));
  for (const listener of listeners) listener();
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, () => location.pathname);
  return parseRoute(pathname);
}
