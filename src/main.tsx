// First, before any schema is built: see the module.
import '@/lib/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, followSystemTheme } from '@/lib/theme';
import { App } from '@/app/app';
import './index.css';

// Before the first render, so the page never flashes the wrong theme (the CSP forbids an inline script for this).
applyTheme();
followSystemTheme();

const root = document.getElementById('root');
if (!root) throw new Error('Briefing Atlas: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
