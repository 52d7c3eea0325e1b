import { z } from 'zod';
import { PETITION_KINDS } from '../../domain/petition/kinds.js';

/**
 * The one schema of a citizen's online submission, used by the JSON API (as its body schema, for
 * the OpenAPI document) and by the portal's HTML form, and enforced in the command itself
 * (`parseOnlinePetition`), so that no channel can skip a rule: e.g. a phone or an e-mail is
 * required — without it the citizen can never rate the answer or ask for a review.
 */
export const OnlinePetitionShape = z
  .object({
    unitCode: z.string().regex(/^\d{2,5}$/, { error: 'unitCode' }),
    kind: z.enum(PETITION_KINDS, { error: 'kind' }),
    topicCode: z.string().max(60).nullish(),
    title: z
      .string({ error: 'title' })
      .trim()
      .min(5, { error: 'title' })
      .max(300, { error: 'title' }),
    content: z
      .string({ error: 'content' })
      .trim()
      .min(10, { error: 'content' })
      .max(20_000, { error: 'content' }),
    location: z.string().max(500).nullish(),
    petitioner: z
      .object({
        fullName: z
          .string({ error: 'fullName' })
          .trim()
          .min(2, { error: 'fullName' })
          .max(200, { error: 'fullName' }),
        address: z.string().trim().max(500, { error: 'address' }).nullish(),
        identityNumber: z
          .string()
          .trim()
          .regex(/^[0-9A-Za-z]{6,20}$/, { error: 'identityNumber' })
          .nullish(),
        phone: z
          .string()
          .trim()
          .regex(/^[0-9+ ().-]{8,20}$/, { error: 'phone' })
          .nullish(),
        email: z.email({ error: 'email' }).max(200, { error: 'email' }).nullish(),
        isRepresentative: z.boolean().optional(),
      })
      .strict(),
    consent: z.boolean({ error: 'consent' }),
  })
  .strict();

/** The rules across fields, checked with the shape. */
export const OnlinePetitionSchema = OnlinePetitionShape.superRefine((v, ctx) => {
  const blank = (s: string | null | undefined) => !s?.trim();
  if (blank(v.petitioner.phone) && blank(v.petitioner.email))
    ctx.addIssue({ code: 'custom', path: ['petitioner', 'phone'], message: 'contact' });
  if (
    v.kind === 'denunciation' &&
    blank(v.petitioner.identityNumber) &&
    blank(v.petitioner.address)
  )
    ctx.addIssue({ code: 'custom', path: ['petitioner', 'address'], message: 'denouncer' });
  if (!v.consent) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'consent' });
});

export type OnlinePetitionData = z.infer<typeof OnlinePetitionShape>;

/** Bilingual messages of the schema's issues, by the code each issue carries. */
export const ONLINE_MESSAGES: Readonly<Record<string, { vi: string; en: string }>> = {
  unitCode: {
    vi: 'Hãy chọn xã, phường nơi xảy ra sự việc.',
    en: 'Choose the commune or ward concerned.',
  },
  kind: { vi: 'Hãy chọn loại đơn.', en: 'Choose the kind of petition.' },
  title: { vi: 'Tiêu đề cần từ 5 đến 300 ký tự.', en: 'The title needs 5–300 characters.' },
  content: {
    vi: 'Nội dung cần ít nhất 10 ký tự.',
    en: 'The description needs at least 10 characters.',
  },
  fullName: { vi: 'Hãy nhập họ và tên.', en: 'Enter your full name.' },
  address: { vi: 'Địa chỉ quá dài.', en: 'The address is too long.' },
  identityNumber: {
    vi: 'Số định danh gồm 6–20 chữ hoặc số.',
    en: 'Identity numbers are 6–20 letters or digits.',
  },
  phone: { vi: 'Số điện thoại không hợp lệ.', en: 'Invalid phone number.' },
  email: { vi: 'Thư điện tử không hợp lệ.', en: 'Invalid e-mail address.' },
  contact: {
    vi: 'Hãy để lại số điện thoại hoặc thư điện tử để nhận trả lời và để đánh giá kết quả sau này.',
    en: 'Give a phone number or e-mail to receive the answer and to rate it later.',
  },
  denouncer: {
    vi: 'Người tố cáo phải ghi địa chỉ hoặc số định danh cá nhân; thông tin này được giữ bí mật.',
    en: 'A denouncer must give an address or identity number; it is kept secret.',
  },
  consent: {
    vi: 'Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để gửi đơn (Luật Bảo vệ dữ liệu cá nhân 2025).',
    en: 'You must consent to the processing of your personal data to submit (Personal Data Protection Law 2025).',
  },
};

/** One problem with a field of the form: the field's name as the portal form calls it, and the message. */
export interface FieldProblem {
  field: string;
  vi: string;
  en: string;
}

/** Checks a submission against the schema; every problem, each tied to its form field. */
export function onlinePetitionProblems(input: unknown): FieldProblem[] {
  const r = OnlinePetitionSchema.safeParse(input);
  if (r.success) return [];
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const issue of r.error.issues) {
    const field = String(issue.path[issue.path.length - 1] ?? 'form');
    const m = ONLINE_MESSAGES[issue.message] ??
      ONLINE_MESSAGES[field] ?? { vi: 'Dữ liệu không hợp lệ.', en: 'Invalid data.' };
    if (seen.has(`${field}:${m.en}`)) continue;
    seen.add(`${field}:${m.en}`);
    out.push({ field, ...m });
  }
  return out;
}
