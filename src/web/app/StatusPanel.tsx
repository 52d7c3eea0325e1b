import type { ReactNode } from 'react';

interface Props {
  tone: 'error' | 'warning';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  role?: 'alert' | 'status';
}

/**
 * A full-page message (error, session problem). Plain markup on purpose: it is part of
 * the first download, and antd's Result and Typography would add ~40 kB gzip to it.
 */
export function StatusPanel({ tone, title, children, actions, role }: Props) {
  return (
    <main className="dv-center-page">
      <section className={`dv-status dv-status-${tone}`} role={role}>
        <span className="dv-status-mark" aria-hidden="true">
          !
        </span>
        <h1 className="dv-status-title">{title}</h1>
        {children}
        {actions && <div className="dv-status-actions">{actions}</div>}
      </section>
    </main>
  );
}
