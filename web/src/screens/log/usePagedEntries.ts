import { useState } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { LOG_PAGE_SIZE } from './pageSize.ts';

type PageVariables = { first: number; offset: number };

/**
 * A list query read page by page (`first` and `offset`): the records of every page fetched so far,
 * and the next page on request. `entriesOf` is null when the field was refused (see the errors).
 */
export function usePagedEntries<Data, Variables extends AnyVariables & PageVariables, Entry>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, keyof PageVariables>,
  entriesOf: (data: Data) => readonly Entry[] | null | undefined,
) {
  const [offset, setOffset] = useState(0);
  const [earlier, setEarlier] = useState<readonly Entry[]>([]);
  const [{ data, fetching, error, operation }] = useQuery({ query, variables: { ...variables, first: LOG_PAGE_SIZE, offset } as Variables });
  // While the next page loads, urql may still hold the previous one: count only the page asked for.
  const answered = data !== undefined && (operation?.variables as PageVariables | undefined)?.offset === offset;
  const page = answered ? entriesOf(data) : undefined;
  const entries = [...earlier, ...(page ?? [])];
  return {
    entries,
    fetching,
    error,
    /** The field was answered (possibly empty), not refused. */
    released: offset > 0 || (answered && page != null),
    hasMore: page?.length === LOG_PAGE_SIZE,
    loadMore: () => {
      setEarlier(entries);
      setOffset(offset + LOG_PAGE_SIZE);
    },
  };
}
