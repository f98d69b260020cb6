import { useId, useSyncExternalStore } from 'react';
import { getThemeChoice, setThemeChoice, subscribeTheme, THEME_CHOICES, type ThemeChoice } from '@/lib/theme';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Light / dark / follow the system. */
export function ThemeSwitch() {
  const id = useId();
  const choice = useSyncExternalStore(subscribeTheme, getThemeChoice, () => 'system' as const);
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        Appearance
      </label>
      <select
        id={id}
        value={choice}
        onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}
        className="rounded-md border border-line bg-bg px-2 py-1.5 text-fg"
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {LABELS[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
