/**
 * What a citizen is told, and when: on receipt (with the tracking code), on the processing outcome
 * (accepted, forwarded, returned with guidance), on the answer, and on the decision about their
 * re-open request. A denunciation's messages say only "có cập nhật" with the tracking code: a
 * message on a shared phone must not reveal that someone denounced someone (Law on Denunciations
 * 2018, Art. 47-48).
 */
import type { PetitionKind } from '../petition/kinds.js';
import { PETITION_KIND_LABELS as KIND_LABELS } from '../petition/kinds.js';

/** The moments a citizen hears back. */
export const CITIZEN_EVENTS = [
  'received',
  'accepted',
  'forwarded',
  'returned',
  'answered',
  'reopened',
  'reopen_refused',
] as const;
/** A moment a citizen hears back. */
export type CitizenEvent = (typeof CITIZEN_EVENTS)[number];

/** The lifecycle action (or event code) that tells the citizen something, and what. */
export const CITIZEN_EVENT_OF: Readonly<Record<string, CitizenEvent>> = {
  submit: 'received',
  process_accept: 'accepted',
  process_forward: 'forwarded',
  process_return: 'returned',
  decide: 'answered',
  approve_draft: 'answered',
  reopen: 'reopened',
  refuse_reopen: 'reopen_refused',
};

/** Facts a message may mention. */
export interface CitizenMessageFacts {
  trackingCode: string;
  kind: PetitionKind;
  /** True for a denunciation (sealed or anonymous alike): the generic message only. */
  confidential: boolean;
  /** The body it was forwarded to, the public answer, or the reason of a refusal. */
  detail?: string | null;
}

/** A message in both languages; `short` fits an SMS (about 300 characters). */
export interface CitizenMessage {
  subject: string;
  body: string;
  short: string;
}

const TRACK = (code: string) => ({
  vi: `Tra cứu tiến độ tại Cổng thông tin, mục "Tra cứu hồ sơ", với mã ${code}.`,
  en: `Track it on the portal ("Track a case") with code ${code}.`,
});

const TEXTS: Readonly<
  Record<
    CitizenEvent,
    (f: CitizenMessageFacts, kind: { vi: string; en: string }) => { vi: string; en: string }
  >
> = {
  received: (f, k) => ({
    vi: `Cơ quan đã tiếp nhận ${k.vi.toLowerCase()} của ông/bà, mã hồ sơ ${f.trackingCode}.`,
    en: `Your ${k.en.toLowerCase()} was received; case code ${f.trackingCode}.`,
  }),
  accepted: (f, k) => ({
    vi: `${k.vi} mã ${f.trackingCode} đã được thụ lý giải quyết.`,
    en: `Your ${k.en.toLowerCase()} ${f.trackingCode} was accepted for resolution.`,
  }),
  forwarded: (f, k) => ({
    vi: `${k.vi} mã ${f.trackingCode} đã được chuyển đến ${f.detail ?? 'cơ quan có thẩm quyền'} để giải quyết theo quy định.`,
    en: `Your ${k.en.toLowerCase()} ${f.trackingCode} was forwarded to ${f.detail ?? 'the competent body'}.`,
  }),
  returned: (f, k) => ({
    vi: `${k.vi} mã ${f.trackingCode} không thuộc thẩm quyền; cơ quan đã trả lại đơn và hướng dẫn ông/bà gửi đến nơi có thẩm quyền.${f.detail ? ` Hướng dẫn: ${f.detail}` : ''}`,
    en: `Your ${k.en.toLowerCase()} ${f.trackingCode} was returned with guidance on where to send it.${f.detail ? ` Guidance: ${f.detail}` : ''}`,
  }),
  answered: (f, k) => ({
    vi: `${k.vi} mã ${f.trackingCode} đã có kết quả giải quyết.${f.detail ? ` Nội dung trả lời: ${f.detail}` : ''} Nếu chưa hài lòng, ông/bà có thể đánh giá và yêu cầu xem xét lại trên trang tra cứu.`,
    en: `Your ${k.en.toLowerCase()} ${f.trackingCode} has been answered.${f.detail ? ` Answer: ${f.detail}` : ''} If unsatisfied you can rate it and ask for a re-opening on the tracking page.`,
  }),
  reopened: (f, k) => ({
    vi: `Yêu cầu xem xét lại ${k.vi.toLowerCase()} mã ${f.trackingCode} đã được chấp nhận; hồ sơ được mở lại để xác minh.`,
    en: `Your request to re-open ${f.trackingCode} was accepted; the case is being verified again.`,
  }),
  reopen_refused: (f) => ({
    vi: `Yêu cầu xem xét lại hồ sơ mã ${f.trackingCode} không được chấp nhận.${f.detail ? ` Lý do: ${f.detail}` : ''}`,
    en: `Your request to re-open ${f.trackingCode} was refused.${f.detail ? ` Reason: ${f.detail}` : ''}`,
  }),
};

/** The message for `event`; for a denunciation only the code and "có cập nhật". */
export function citizenMessage(event: CitizenEvent, f: CitizenMessageFacts): CitizenMessage {
  const track = TRACK(f.trackingCode);
  if (f.confidential) {
    const vi = `Hồ sơ mã ${f.trackingCode} có cập nhật. ${track.vi}`;
    const en = `Case ${f.trackingCode} has an update. ${track.en}`;
    return { subject: `Hồ sơ ${f.trackingCode} có cập nhật`, body: `${vi}\n\n${en}`, short: vi };
  }
  const text = TEXTS[event](f, KIND_LABELS[f.kind]);
  const subject = {
    received: 'Đã tiếp nhận đơn',
    accepted: 'Đơn đã được thụ lý',
    forwarded: 'Đơn đã được chuyển',
    returned: 'Trả lại đơn và hướng dẫn',
    answered: 'Đơn đã có kết quả giải quyết',
    reopened: 'Hồ sơ được mở lại',
    reopen_refused: 'Kết quả yêu cầu xem xét lại',
  }[event];
  const short = `${text.vi} ${track.vi}`;
  return {
    subject: `${subject} - mã ${f.trackingCode}`,
    body: `${text.vi}\n${track.vi}\n\n${text.en}\n${track.en}\n\n(Thư gửi tự động, vui lòng không trả lời. / Automatic message, please do not reply.)`,
    short: short.length > 320 ? `${short.slice(0, 317)}...` : short,
  };
}
