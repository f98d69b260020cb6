import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '@/lib/query-client';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { DashboardPage } from './dashboard-page';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary what="the dashboard">
        <DashboardPage />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
