import { Spin } from 'antd';

export function FullPageSpinner({ label }: { label: string }) {
  return (
    <div className="dv-center-page" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="dv-spinner-label">{label}</span>
    </div>
  );
}
