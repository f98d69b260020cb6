import { QueryClient } from '@tanstack/react-query';

/** Query defaults, set once. The app's data is static files: no refetch on focus or reconnect, one retry. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      retry: 1,
    },
  },
});
