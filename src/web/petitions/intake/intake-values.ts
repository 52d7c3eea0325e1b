import type { Channel, PetitionKind, PetitionerInput, SubmitPetitionInput } from '../types';

/** The desk form as antd holds it. */
export interface IntakeValues {
  unitCode: string;
  channel: Channel;
  receivedOn?: string;
  kinds: PetitionKind[];
  topicCode?: string;
  title: string;
  content: string;
  location?: string;
  /** Per kind, when the letter denounces and asks something else (see IntakeParts). */
  parts?: Record<string, { title?: string; content?: string }>;
  anonymous: boolean;
  remoteArea: boolean;
  manySignatories: boolean;
  signatoryCount?: number;
  petitioners: PetitionerInput[];
  reception?: {
    identityPaper?: string;
    /** Why no identity document could be checked (from 1/7/2026 a document or a reason is required). */
    identityUncheckedReason?: string;
    peopleCount?: number;
    handledByBody?: string;
    direction?: string;
    followUp?: string;
  };
}

export function emptyPetitioner(): PetitionerInput {
  return { fullName: '', identityNumber: '', phone: '', address: '', isRepresentative: false };
}

export function initialValues(unitCode: string): IntakeValues {
  return {
    unitCode,
    channel: 'in_person',
    kinds: ['complaint'],
    title: '',
    content: '',
    anonymous: false,
    remoteArea: false,
    manySignatories: false,
    petitioners: [emptyPetitioner()],
    reception: { identityPaper: 'CCCD', peopleCount: 1 },
  };
}

/** Parts are needed when the letter denounces and has another kind too (the server's rule). */
export function needsParts(kinds: readonly string[]): boolean {
  return kinds.length > 1 && kinds.includes('denunciation');
}

const blank = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** The register's paper names → the identity document types the API takes. */
const DOCUMENT_TYPES: Readonly<Record<string, 'citizen_id' | 'passport' | 'other'>> = {
  CCCD: 'citizen_id',
  CMND: 'citizen_id',
  'Hộ chiếu': 'passport',
  'Giấy tờ khác': 'other',
};

/** Form values → POST /api/v1/petitions body: empty fields dropped, register only for visits. */
export function toSubmitInput(v: IntakeValues): SubmitPetitionInput {
  const petitioners = v.anonymous
    ? []
    : v.petitioners
        .filter((p) => p.fullName?.trim())
        .map((p) => ({
          fullName: p.fullName.trim(),
          address: blank(p.address),
          identityNumber: blank(p.identityNumber),
          phone: blank(p.phone),
          email: blank(p.email),
          isRepresentative: p.isRepresentative === true,
        }));
  // antd hands over only the fields on screen: the register fields exist only for visits.
  const r = v.reception ?? {};
  // The register's identity column holds the paper and its number ("CCCD 0790…"), as on paper.
  const firstId = petitioners[0]?.identityNumber;
  const paper = blank(r.identityPaper);
  const identityPaper = paper && firstId ? `${paper} ${firstId}` : paper;
  // The identity check (required at the desk from 1/7/2026): the paper seen and its number, or why none.
  const documentType = paper ? DOCUMENT_TYPES[paper] : undefined;
  const identityCheck = {
    ...(documentType && firstId ? { documentType, documentNumber: firstId } : {}),
    ...(blank(r.identityUncheckedReason)
      ? { notCheckedReason: blank(r.identityUncheckedReason) }
      : {}),
  };
  return {
    unitCode: v.unitCode,
    kinds: v.kinds,
    channel: v.channel,
    topicCode: v.topicCode ?? null,
    title: v.title.trim(),
    content: v.content.trim(),
    ...(v.receivedOn ? { receivedOn: v.receivedOn } : {}),
    petitioners,
    anonymous: v.anonymous,
    remoteArea: v.remoteArea,
    location: blank(v.location),
    ...(needsParts(v.kinds)
      ? {
          parts: v.kinds.map((kind) => ({
            kind,
            title: v.parts?.[kind]?.title?.trim() ?? '',
            content: v.parts?.[kind]?.content?.trim() ?? '',
          })),
        }
      : {}),
    ...(v.manySignatories
      ? { manySignatories: true, signatoryCount: v.signatoryCount ?? petitioners.length }
      : {}),
    reception:
      v.channel === 'in_person'
        ? {
            identityPaper,
            ...(Object.keys(identityCheck).length ? { identityCheck } : {}),
            peopleCount: r.peopleCount ?? 1,
            handledByBody: blank(r.handledByBody),
            direction: blank(r.direction),
            followUp: blank(r.followUp),
          }
        : null,
  };
}
