import { useState } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { LOG_PAGE_SIZE } from './pageSize.ts';

type PageVariables = { first: number; offset: number };

/**
 * A list query read page by page (`first` and `offset`): the records of every page fetched so far,
 * and the next page on request. `entriesOf` is null when the field was refused (see the errors).
 * The log is newest first and reading it is logged too, so a later page can start with records an
 * earlier one showed: entries are kept once by `keyOf`.
 */
export function usePagedEntries<Data, Variables extends AnyVariables & PageVariables, Entry>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, keyof PageVariables>,
  entriesOf: (data: Data) => readonly Entry[] | null | undefined,
  keyOf: (entry: Entry) => string,
) {
  const key = JSON.stringify(variables);
  const [paging, setPaging] = useState<{ key: string; offset: number; earlier: readonly Entry[] }>({ key, offset: 0, earlier: [] });
  // Other variables (another child, another organisation) start again at the first page.
  const current = paging.key === key ? paging : { key, offset: 0, earlier: [] };
  if (current !== paging) setPaging(current);
  const { offset, earlier } = current;
  const [{ data, fetching, error, operation }] = useQuery({ query, variables: { ...variables, first: LOG_PAGE_SIZE, offset } as Variables });
  // While the next page loads, urql may still hold the previous one: count only the page asked for.
  const answered = data !== undefined && (operation?.variables as PageVariables | undefined)?.offset === offset;
  const page = answered ? entriesOf(data) : undefined;
  const seen = new Set(earlier.map(keyOf));
  const entries = [...earlier, ...(page ?? []).filter((entry) => !seen.has(keyOf(entry)))];
  return {
    entries,
    fetching,
    error,
    /** The field was answered (possibly empty), not refused. */
    released: offset > 0 || (answered && page != null),
    hasMore: page?.length === LOG_PAGE_SIZE,
    loadMore: () => setPaging({ key, offset: offset + LOG_PAGE_SIZE, earlier: entries }),
  };
}
