/**
 * The closed list of audit event types. Adding a type is a code change, reviewed like any other;
 * payloads never contain passwords, tokens or a denouncer's identity.
 */
export const AUDIT_EVENT_TYPES = [
  'system.bootstrap',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.locked',
  'user.created',
  'user.updated',
  'user.password_changed',
  'user.unlocked',
  'api_token.created',
  'api_token.revoked',
  'unit.imported',
  'unit.created',
  'unit.updated',
  'agency.created',
  'agency.updated',
  'unit.workflow_changed',
  'demo.loaded',
  'calendar.entry_added',
  'calendar.entry_removed',
  'deadline_rule.changed',
  'deadline.recomputed',
  'topic.created',
  'topic.updated',
  'petition.submitted',
  'petition.action',
  'petition.identity_read',
  'petition.identity_read_refused',
  'petition.identity_matched',
  'sealed.keys_rotated',
  'petition.attachment_added',
  'petition.duplicate_linked',
  'petition.duplicate_dismissed',
  'petition.rated',
  'petition.reopen_requested',
  'petition.imported',
  'petition.import_batch',
  'notification.sent',
  'outbox.retried',
  'campaign.created',
  'campaign.updated',
  'report.saved',
  'report.submitted',
  'report.signed_off',
  'report.returned',
  'unit.report_signer_set',
  'inspection.created',
  'inspection.updated',
  'finding.created',
  'finding.updated',
  'model.created',
  'model.updated',
  'dialogue.created',
  'dialogue.updated',
  'news.saved',
  'news.published',
  'legal_seed.upgraded',
  'privacy.request_created',
  'privacy.request_updated',
  'privacy.breach_recorded',
  'privacy.breach_updated',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export interface AuditEventInput {
  actorId: string | null;
  actorName: string;
  entityType: string;
  entityId: string;
  eventType: AuditEventType;
  payload: Record<string, unknown>;
}
