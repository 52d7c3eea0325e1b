import type { Role } from '../../domain/access/roles.js';

/** Password of every demo account (documented in the README; sample data only). */
export const DEMO_PASSWORD = 'DanVan@2019!';

/**
 * A demo account's e-mail: under `.example` (RFC 2606 reserves it), shaped like a government
 * address, so that no real mailbox ever receives demo mail.
 */
export function demoEmail(username: string): string {
  return `${username}@gov.vn.example`;
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  agencyKind: string | null;
  canReadIdentity?: boolean;
}

/**
 * One demo account per role, named by title (demo-scenario.md: role titles, not real people).
 * The 2019 district accounts replay the article; the 2025 commune accounts do today's work.
 */
export const DEMO_USERS: DemoUser[] = [
  {
    username: 'tiepdan.thanhhoa',
    displayName: 'Cán bộ Ban Tiếp công dân huyện Thạnh Hóa',
    role: 'reception',
    unitCode: '800',
    agencyKind: 'citizen_reception',
  },
  {
    username: 'chuyenvien.thanhhoa',
    displayName: 'Chuyên viên Phòng Tài nguyên và Môi trường huyện Thạnh Hóa',
    role: 'handler',
    unitCode: '800',
    agencyKind: 'land_environment',
  },
  {
    username: 'chutich.thanhhoa',
    displayName: 'Chủ tịch UBND huyện Thạnh Hóa',
    role: 'head',
    unitCode: '800',
    agencyKind: null,
    canReadIdentity: true,
  },
  {
    username: 'truongdoan.longan',
    displayName: 'Trưởng ban Dân vận Tỉnh ủy Long An (Trưởng đoàn kiểm tra)',
    role: 'inspector',
    unitCode: '80',
    agencyKind: 'mass_mobilisation',
  },
  {
    username: 'tiepdan.thanhphuoc',
    displayName: 'Công chức tiếp công dân xã Thạnh Phước',
    role: 'reception',
    unitCode: '27877',
    agencyKind: 'citizen_reception',
  },
  {
    username: 'diachinh.thanhphuoc',
    displayName: 'Công chức Địa chính xã Thạnh Phước',
    role: 'handler',
    unitCode: '27877',
    agencyKind: 'land_environment',
  },
  {
    username: 'chutich.thanhphuoc',
    displayName: 'Chủ tịch UBND xã Thạnh Phước',
    role: 'head',
    unitCode: '27877',
    agencyKind: null,
    canReadIdentity: true,
  },
  {
    username: 'diachinh.thanhhoa',
    displayName: 'Công chức Địa chính xã Thạnh Hóa',
    role: 'handler',
    unitCode: '27865',
    agencyKind: 'land_environment',
  },
  {
    username: 'diachinh.binhthanh',
    displayName: 'Công chức Địa chính xã Bình Thành',
    role: 'handler',
    unitCode: '27868',
    agencyKind: 'land_environment',
  },
  {
    username: 'diachinh.tantay',
    displayName: 'Công chức Địa chính xã Tân Tây',
    role: 'handler',
    unitCode: '27889',
    agencyKind: 'land_environment',
  },
  {
    // The province after the 2025 reform (two levels: province and commune): the superior of the
    // four communes, whose head reviews their further or overdue denunciations (Law on
    // Denunciations 2018 Art. 37-38) and receives their overdue escalations.
    username: 'chutich.tayninh',
    displayName: 'Chủ tịch UBND tỉnh Tây Ninh',
    role: 'head',
    unitCode: '80',
    agencyKind: null,
    canReadIdentity: true,
  },
  {
    username: 'theodoi.tayninh',
    displayName: 'Cán bộ theo dõi tỉnh Tây Ninh',
    role: 'viewer',
    unitCode: '80',
    agencyKind: null,
  },
  {
    username: 'danvan.tayninh',
    displayName: 'Chuyên viên Ban Dân vận Tỉnh ủy Tây Ninh',
    role: 'mobiliser',
    unitCode: '80',
    agencyKind: 'mass_mobilisation',
  },
  {
    username: 'bientap',
    displayName: 'Biên tập viên Cổng thông tin',
    role: 'editor',
    unitCode: '80',
    agencyKind: null,
  },
];
