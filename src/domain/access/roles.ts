/** Roles of the workspace. Each user has one role, scoped to a unit subtree. */
export const ROLES = [
  'admin',
  'reception',
  'handler',
  'head',
  'inspector',
  'viewer',
  'editor',
  'mobiliser',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role | 'citizen', { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  reception: { vi: 'Cán bộ tiếp công dân', en: 'Reception officer' },
  handler: { vi: 'Cán bộ xử lý, giải quyết', en: 'Handling officer' },
  head: { vi: 'Thủ trưởng đơn vị', en: 'Head of unit' },
  inspector: { vi: 'Thành viên đoàn kiểm tra', en: 'Inspector' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
  editor: { vi: 'Biên tập viên cổng thông tin', en: 'Portal editor' },
  mobiliser: {
    vi: 'Cán bộ dân vận (Ban Dân vận, Văn phòng UBND)',
    en: 'Mass-mobilisation officer',
  },
  citizen: { vi: 'Công dân', en: 'Citizen' },
};

/** Coarse abilities per role; entity policies refine them by unit scope and record state. */
export const ROLE_ABILITIES = {
  admin: [
    'admin.users',
    'admin.units',
    'admin.calendar',
    'admin.topics',
    'petition.read',
    'petition.intake',
    'petition.process',
    'petition.assign',
    'petition.handle',
    'petition.decide',
    'report.read',
    'campaign.read',
    'campaign.manage',
    'inspection.read',
    'inspection.manage',
    'news.edit',
    'audit.read',
  ],
  reception: ['petition.read', 'petition.intake', 'petition.process', 'report.read'],
  handler: ['petition.read', 'petition.handle', 'report.read', 'campaign.read', 'campaign.report'],
  head: [
    'petition.read',
    'petition.intake',
    'petition.process',
    'petition.assign',
    'petition.handle',
    'petition.decide',
    'report.read',
    'campaign.read',
    'campaign.report',
    'campaign.signoff',
    'inspection.read',
    'inspection.answer',
  ],
  inspector: [
    'petition.read',
    'report.read',
    'campaign.read',
    'inspection.read',
    'inspection.manage',
  ],
  viewer: ['petition.read', 'report.read', 'campaign.read'],
  editor: ['news.edit', 'report.read'],
  /** Runs campaigns (launch, collect, return / sign off, consolidate) and sits on delegations. */
  mobiliser: [
    'report.read',
    'campaign.read',
    'campaign.manage',
    'inspection.read',
    'inspection.manage',
  ],
} as const satisfies Record<Role, readonly string[]>;

/** The citizen (portal, public API, Open311): a public actor, not a staff role, never given to an account. */
export const PUBLIC_ROLE = 'citizen' as const;
/** Any acting role: a staff role or the public actor. */
export type ActorRole = Role | typeof PUBLIC_ROLE;
/** What the public actor may do: file a petition online (with its own files). Nothing else, no reads. */
export const PUBLIC_ABILITIES = ['petition.submit'] as const;

export type Ability = (typeof ROLE_ABILITIES)[Role][number] | (typeof PUBLIC_ABILITIES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
