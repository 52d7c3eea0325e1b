/**
 * Typical agencies inside an administrative unit, as data. The same `kind` is used at every
 * level for the same function (e.g. `land_environment` is the district's Phòng Tài nguyên và
 * Môi trường and the commune's Công chức Địa chính), so petitions can be routed by kind.
 * Names follow the pre-2025 organisation used in the demo scenario; later reorganisations
 * (noted per agency) are for administrators to reflect when they configure real units.
 */
import type { Label, UnitLevel } from './unit.js';

/** Function of an agency, stable across levels. */
export type AgencyKind =
  'citizen_reception' | 'inspectorate' | 'land_environment' | 'mass_mobilisation' | 'office';

/** An agency typical of units of one level. */
export interface AgencyTemplate {
  kind: AgencyKind;
  name: Label;
  /** True for a Communist Party body (not a state agency), e.g. the Ban Dân vận. */
  partyBody: boolean;
  /** Context worth knowing, in both languages. */
  note?: Label;
}

const partyNote: Label = {
  vi: 'Cơ quan của Đảng (thuộc cấp ủy), không phải cơ quan nhà nước; hướng dẫn công tác dân vận của chính quyền.',
  en: 'A Communist Party body (of the Party committee), not a state agency; guides the government’s mass-mobilisation work.',
};

/** Typical agencies by level (districts exist only before 2025-07-01). */
export const DEFAULT_AGENCIES: Readonly<Record<UnitLevel, readonly AgencyTemplate[]>> = {
  province: [
    {
      kind: 'citizen_reception',
      name: { vi: 'Ban Tiếp công dân tỉnh', en: 'Provincial Citizen Reception Board' },
      partyBody: false,
    },
    {
      kind: 'inspectorate',
      name: { vi: 'Thanh tra tỉnh', en: 'Provincial Inspectorate' },
      partyBody: false,
    },
    {
      kind: 'land_environment',
      name: {
        vi: 'Sở Tài nguyên và Môi trường',
        en: 'Department of Natural Resources and Environment',
      },
      partyBody: false,
      note: {
        vi: 'Từ năm 2025 hợp nhất vào Sở Nông nghiệp và Môi trường.',
        en: 'Merged into the Department of Agriculture and Environment in 2025.',
      },
    },
    {
      kind: 'mass_mobilisation',
      name: {
        vi: 'Ban Dân vận Tỉnh ủy',
        en: 'Provincial Party Committee’s Mass Mobilisation Commission',
      },
      partyBody: true,
      note: partyNote,
    },
    {
      kind: 'office',
      name: { vi: 'Văn phòng UBND tỉnh', en: 'Office of the Provincial People’s Committee' },
      partyBody: false,
      note: {
        vi: 'Ở cấp tỉnh, Văn phòng HĐND (Đoàn ĐBQH và HĐND) và Văn phòng UBND là hai cơ quan riêng.',
        en: 'At province level the People’s Council (and National Assembly delegation) office is separate.',
      },
    },
  ],
  district: [
    {
      kind: 'citizen_reception',
      name: { vi: 'Ban Tiếp công dân huyện', en: 'District Citizen Reception Board' },
      partyBody: false,
    },
    {
      kind: 'inspectorate',
      name: { vi: 'Thanh tra huyện', en: 'District Inspectorate' },
      partyBody: false,
    },
    {
      kind: 'land_environment',
      name: {
        vi: 'Phòng Tài nguyên và Môi trường',
        en: 'Division of Natural Resources and Environment',
      },
      partyBody: false,
    },
    {
      kind: 'mass_mobilisation',
      name: {
        vi: 'Ban Dân vận Huyện ủy',
        en: 'District Party Committee’s Mass Mobilisation Commission',
      },
      partyBody: true,
      note: partyNote,
    },
    {
      kind: 'office',
      name: {
        vi: 'Văn phòng HĐND và UBND huyện',
        en: 'Office of the District People’s Council and People’s Committee',
      },
      partyBody: false,
    },
  ],
  commune: [
    {
      kind: 'citizen_reception',
      name: { vi: 'Bộ phận tiếp công dân', en: 'Citizen reception unit' },
      partyBody: false,
    },
    {
      kind: 'land_environment',
      name: { vi: 'Công chức Địa chính', en: 'Land administration officer' },
      partyBody: false,
      note: {
        vi: 'Một công chức (Địa chính – Xây dựng – Nông nghiệp và Môi trường), không phải một phòng.',
        en: 'A civil-servant post (land, construction, agriculture and environment), not a division.',
      },
    },
    {
      kind: 'mass_mobilisation',
      name: { vi: 'Ban Dân vận xã', en: 'Commune Mass Mobilisation Commission' },
      partyBody: true,
      note: partyNote,
    },
    { kind: 'office', name: { vi: 'Văn phòng', en: 'Office' }, partyBody: false },
  ],
};

/** Labels of the agency kinds. */
export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, Label>> = {
  citizen_reception: { vi: 'Tiếp công dân', en: 'Citizen reception' },
  inspectorate: { vi: 'Thanh tra', en: 'Inspection' },
  land_environment: { vi: 'Tài nguyên và Môi trường', en: 'Natural resources and environment' },
  mass_mobilisation: { vi: 'Dân vận', en: 'Mass mobilisation' },
  office: { vi: 'Văn phòng', en: 'Office' },
};

/** The typical agencies of a unit of the given level (a fresh copy the caller may modify). */
export function defaultAgenciesFor(level: UnitLevel): AgencyTemplate[] {
  return DEFAULT_AGENCIES[level].map((a) => ({
    ...a,
    name: { ...a.name },
    ...(a.note ? { note: { ...a.note } } : {}),
  }));
}
