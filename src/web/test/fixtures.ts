/**
 * What the server answers to the workspace screens under test, in the shapes of
 * src/web/api/types.ts and src/web/petitions/types.ts (labels as src/domain sends them).
 */
import type { MeResponse, Unit } from '../api/types';
import type { CaseFile, Reference } from '../petitions/types';

export function meAs(
  role: string,
  opts: { abilities?: string[]; unit?: { code: string; name: string } } = {},
): MeResponse {
  const unit = opts.unit ?? { code: '80-TP', name: 'Xã Thạnh Phước' };
  return {
    user: {
      id: 'u-1',
      username: 'tiepdan.thanhphuoc',
      displayName: 'Nguyễn Thị Lan',
      role,
      roleLabel: { vi: 'Cán bộ tiếp công dân', en: 'Reception officer' },
      unit: { ...unit, level: 'commune' },
      canReadIdentity: false,
    },
    csrfToken: 'csrf-test-token',
    abilities: opts.abilities ?? ['petitions.intake', 'petitions.read'],
  };
}

export const units: Unit[] = [
  {
    code: '80-TP',
    name: 'Xã Thạnh Phước',
    fullName: 'Xã Thạnh Phước, tỉnh Tây Ninh',
    nameEn: null,
    type: 'Xã',
    level: 'commune',
    parentCode: '80',
    validFrom: '2025-07-01',
    validTo: null,
    successorCodes: [],
    sample: true,
  },
];

export const reference: Reference = {
  kinds: {
    complaint: { vi: 'Khiếu nại', en: 'Complaint' },
    denunciation: { vi: 'Tố cáo', en: 'Denunciation' },
    recommendation: { vi: 'Kiến nghị', en: 'Recommendation' },
    feedback: { vi: 'Phản ánh', en: 'Feedback' },
  },
  channels: {
    in_person: { vi: 'Trực tiếp tại nơi tiếp công dân', en: 'In person at the reception desk' },
    post: { vi: 'Qua dịch vụ bưu chính', en: 'By post' },
    hotline: { vi: 'Đường dây nóng', en: 'Hotline' },
  },
  statuses: { received: { vi: 'Đã tiếp nhận', en: 'Received' } },
  actions: {
    process_accept: { vi: 'Thụ lý', en: 'Accept' },
    process_return: { vi: 'Trả lại đơn và hướng dẫn', en: 'Return with guidance' },
    process_forward: { vi: 'Chuyển đơn', en: 'Forward' },
    process_urge: { vi: 'Đôn đốc', en: 'Urge' },
    process_file: { vi: 'Lưu đơn', en: 'File' },
    assign: { vi: 'Giao xác minh', en: 'Assign' },
  },
  results: {},
  resultsByKind: {},
  deadlineSteps: {
    process: { vi: 'Xử lý đơn', en: 'Processing' },
    resolve: { vi: 'Giải quyết', en: 'Resolution' },
  },
  deadlineStates: {},
  topics: [
    { code: 'land', name: { vi: 'Đất đai', en: 'Land' }, kinds: ['complaint', 'denunciation'] },
  ],
};

/** A complaint received on 02/03/2026, waiting to be processed by the reception desk. */
export function receivedComplaint(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    id: 'c-1',
    trackingCode: 'TP-2026-00042',
    status: 'received',
    version: 3,
    unit: { code: '80-TP', name: 'Xã Thạnh Phước', nameEn: null, level: 'commune' },
    agency: null,
    officer: null,
    kind: 'complaint',
    channel: 'in_person',
    topic: null,
    title: 'Khiếu nại mức bồi thường khi thu hồi đất',
    content: 'Ông A khiếu nại mức bồi thường.',
    location: null,
    round: 1,
    receivedOn: '2026-03-02',
    acceptedOn: null,
    decidedOn: null,
    closedOn: null,
    outcome: null,
    result: null,
    forwardedTo: null,
    publicAnswer: null,
    published: false,
    manySignatories: false,
    signatoryCount: null,
    anonymous: false,
    sealed: false,
    remoteArea: false,
    complexity: null,
    extensionCount: 0,
    sample: true,
    rating: null,
    deadline: { dueOn: '2026-03-12', step: 'process', state: 'due_soon' },
    deadlines: [],
    petitioners: [],
    timeline: [],
    attachments: [],
    mediaLinks: [],
    links: { parent: null, children: [], sameLetter: [], duplicateOf: null },
    duplicateSuggestions: [],
    duplicateCheck: 'done',
    abilities: { actions: [], readIdentity: false, attach: false, linkDuplicate: false },
    nextStep: null,
    draftState: null,
    reopenState: null,
    superiorReview: null,
    superiorUnitCode: null,
    drafts: [],
    feedback: { ratings: [], reopenRequests: [] },
    ...overrides,
  };
}
