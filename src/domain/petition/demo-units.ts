/**
 * Units of the demo scenario, copied from `shared/data/units/` (communes_pre2025.csv rows with
 * district_code 800; communes_2025.csv; communes_pre2025_to_2025.csv).
 */

/** A commune of the demo scenario. */
export interface DemoCommune {
  readonly code: string;
  /** Short name. */
  readonly name: string;
  /** Name with its type, as on official papers. */
  readonly fullName: string;
}

/** Long An province before 1/7/2025 (code 80 now denotes Tây Ninh). */
export const LONG_AN_PROVINCE_CODE_2019 = '80';
/** Thạnh Hóa district (abolished 1/7/2025). */
export const THANH_HOA_DISTRICT_CODE = '800';

/** The 11 communes of Thạnh Hóa district in 2019 (district_code 800). */
export const THANH_HOA_COMMUNES_2019: readonly DemoCommune[] = [
  { code: '27865', name: 'Thạnh Hóa', fullName: 'Thị trấn Thạnh Hóa' },
  { code: '27868', name: 'Tân Hiệp', fullName: 'Xã Tân Hiệp' },
  { code: '27871', name: 'Thuận Bình', fullName: 'Xã Thuận Bình' },
  { code: '27874', name: 'Thạnh Phước', fullName: 'Xã Thạnh Phước' },
  { code: '27877', name: 'Thạnh Phú', fullName: 'Xã Thạnh Phú' },
  { code: '27880', name: 'Thuận Nghĩa Hòa', fullName: 'Xã Thuận Nghĩa Hòa' },
  { code: '27883', name: 'Thủy Đông', fullName: 'Xã Thủy Đông' },
  { code: '27886', name: 'Thủy Tây', fullName: 'Xã Thủy Tây' },
  { code: '27889', name: 'Tân Tây', fullName: 'Xã Tân Tây' },
  { code: '27892', name: 'Tân Đông', fullName: 'Xã Tân Đông' },
  { code: '27895', name: 'Thạnh An', fullName: 'Xã Thạnh An' },
];

/** The four communes (Tây Ninh province, code 80) that took over the district on 1/7/2025. */
export const THANH_HOA_COMMUNES_2025: readonly DemoCommune[] = [
  { code: '27865', name: 'Thạnh Hóa', fullName: 'Xã Thạnh Hóa' },
  { code: '27877', name: 'Thạnh Phước', fullName: 'Xã Thạnh Phước' },
  { code: '27868', name: 'Bình Thành', fullName: 'Xã Bình Thành' },
  { code: '27889', name: 'Tân Tây', fullName: 'Xã Tân Tây' },
];

/** Old commune code → successor commune code (all "full" merges). */
export const THANH_HOA_SUCCESSORS: Readonly<Record<string, string>> = {
  '27865': '27865',
  '27886': '27865',
  '27895': '27865',
  '27868': '27868',
  '27871': '27868',
  '27874': '27877',
  '27877': '27877',
  '27880': '27877',
  '27883': '27889',
  '27889': '27889',
  '27892': '27889',
};
