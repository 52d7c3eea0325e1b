import type { NavIcon } from './nav';

/**
 * A handful of 24×24 outline icons, drawn here so the workspace needs no icon package.
 * Decorative: the text beside each icon carries the meaning.
 */
const paths: Record<NavIcon | 'user' | 'globe' | 'logout' | 'menu' | 'bell', string> = {
  overview: 'M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z',
  queue: 'M4 6h16M4 12h16M4 18h10',
  intake: 'M4 4h16v12H14l-2 3-2-3H4zM8 9h8M8 12h5',
  register: 'M5 3h11l3 3v15H5zM8 8h8M8 12h8M8 16h5',
  search: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 21 21',
  reports: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  campaigns: 'M4 21V4h12l-2 4 2 4H4M9 16l2 2 4-4',
  privacy: 'M12 3 4 6v6c0 4.5 3.4 7.9 8 9 4.6-1.1 8-4.5 8-9V6zM9 12l2 2 4-4',
  admin:
    'M12 8.5a3.5 3.5 0 1 1 0 7 3.5 3.5 0 0 1 0-7zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1',
  user: 'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM4 21c0-4 3.6-7 8-7s8 3 8 7',
  globe:
    'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3z',
  logout: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
  menu: 'M4 6h16M4 12h16M4 18h16',
  bell: 'M6 16V11a6 6 0 1 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0',
  monitor: 'M3 4h18v12H3zM8 20h8M12 16v4M7 12l3-3 3 2 4-4',
};

interface IconProps {
  name: keyof typeof paths;
  size?: number;
  /** antd's Menu passes its own class here to place the icon; keep it. */
  className?: string;
}

export function Icon({ name, size = 18, className }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className ? `dv-icon ${className}` : 'dv-icon'}
    >
      <path d={paths[name]} />
    </svg>
  );
}

export function Emblem({ size = 32 }: { size?: number }) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="7" fill="#c8102e" />
      <path
        d="M16 6l2.9 6.1 6.6.8-4.9 4.5 1.3 6.6L16 20.8 10.1 24l1.3-6.6-4.9-4.5 6.6-.8z"
        fill="#ffcd00"
      />
    </svg>
  );
}
