import type { MouseEvent, ReactNode } from 'react';
import { navigate, pathOf, type Route } from '../router.ts';

/** A real link (keyboard, middle click, screen readers) that moves within the app without a reload. */
export function Link({ to, children, current }: { to: Route; children: ReactNode; current?: boolean }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={pathOf(to)} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
