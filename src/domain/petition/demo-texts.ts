/**
 * Vietnamese title and content templates for demo petitions, per topic and kind. Places are
 * real communes; people, hamlets' residents and projects are illustrative.
 */
import type { PetitionKind, PetitionResult } from './kinds.js';
import type { Rng } from './demo-support.js';
import type { SeedTopicCode } from './topics.js';

/** The facts a template fills in. */
export interface TextContext {
  readonly hamlet: string;
  readonly commune: string;
  readonly neighbour: string;
  readonly area: number;
  readonly year: number;
  readonly project: string;
}

type Template = { readonly title: string; readonly content: string };
type Fill = (c: TextContext) => Template;

/** Illustrative public works that needed land. */
export const DEMO_PROJECTS = [
  'nâng cấp, mở rộng đường huyện',
  'kè chống sạt lở bờ kênh',
  'xây dựng cụm dân cư vượt lũ',
  'nạo vét, mở rộng kênh thủy lợi nội đồng',
  'xây dựng trường mẫu giáo',
  'xây dựng cầu giao thông nông thôn',
];

const COMPLAINTS: Readonly<Partial<Record<SeedTopicCode, readonly Fill[]>>> = {
  land_clearance_compensation: [
    (c) => ({
      title: `Khiếu nại đơn giá bồi thường đất nông nghiệp thuộc dự án ${c.project}`,
      content: `Gia đình tôi có ${c.area} m² đất trồng lúa tại ${c.hamlet}, ${c.commune} bị thu hồi để thực hiện dự án ${c.project}. Đơn giá bồi thường theo phương án được phê duyệt thấp hơn giá chuyển nhượng thực tế tại địa phương. Đề nghị xem xét điều chỉnh đơn giá bồi thường, hỗ trợ cho gia đình tôi.`,
    }),
    (c) => ({
      title: 'Khiếu nại việc kiểm đếm thiếu cây trồng, vật kiến trúc khi giải phóng mặt bằng',
      content: `Khi kiểm đếm phục vụ dự án ${c.project} tại ${c.hamlet}, ${c.commune}, tổ công tác không ghi nhận hàng rào, sân xi măng và một số cây ăn trái trên phần đất ${c.area} m² của gia đình tôi. Đề nghị kiểm đếm lại và bổ sung vào phương án bồi thường.`,
    }),
    (c) => ({
      title: `Khiếu nại việc không được xét hỗ trợ chuyển đổi nghề khi thu hồi đất làm dự án ${c.project}`,
      content: `Gia đình tôi trực tiếp sản xuất nông nghiệp trên ${c.area} m² đất tại ${c.hamlet}, ${c.commune}, nay bị thu hồi gần hết nhưng không được xét hỗ trợ chuyển đổi nghề và tìm kiếm việc làm. Đề nghị xem xét hỗ trợ theo quy định.`,
    }),
  ],
  land_use_right_dispute: [
    (c) => ({
      title: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chồng lấn thửa đất của gia đình',
      content: `Thửa đất khoảng ${c.area} m² tại ${c.hamlet}, ${c.commune} gia đình tôi sử dụng ổn định từ năm ${c.year}, nay được cấp giấy chứng nhận cho hộ ${c.neighbour}. Đề nghị kiểm tra, thu hồi giấy chứng nhận cấp không đúng và công nhận quyền sử dụng đất cho gia đình tôi.`,
    }),
    (c) => ({
      title: 'Khiếu nại quyết định giải quyết tranh chấp quyền sử dụng đất',
      content: `Tôi không đồng ý với việc giải quyết tranh chấp ${c.area} m² đất ruộng giữa gia đình tôi và hộ ${c.neighbour} tại ${c.hamlet}, ${c.commune}, vì chưa xem xét giấy tờ chuyển nhượng viết tay năm ${c.year} và lời khai của người làm chứng.`,
    }),
  ],
  boundary_dispute: [
    (c) => ({
      title: `Khiếu nại về việc giải quyết tranh chấp bờ ranh với hộ ${c.neighbour}`,
      content: `Hộ ${c.neighbour} ở ${c.hamlet}, ${c.commune} đắp lại bờ ranh giữa hai thửa ruộng lấn sang đất gia đình tôi khoảng ${Math.max(1, Math.round(c.area / 200))} m chiều ngang. Hòa giải tại ấp và xã không thành. Đề nghị đo đạc, xác định lại ranh giới theo bản đồ địa chính.`,
    }),
    (c) => ({
      title: 'Khiếu nại việc đo đạc xác định bờ ranh không đúng hiện trạng',
      content: `Kết quả đo đạc bờ ranh giữa thửa đất của gia đình tôi và hộ ${c.neighbour} tại ${c.hamlet}, ${c.commune} không đúng với mốc ranh đã có từ năm ${c.year}. Đề nghị đo đạc lại có sự chứng kiến của các hộ giáp ranh.`,
    }),
  ],
  drainage_dispute: [
    (c) => ({
      title: `Khiếu nại về tranh chấp đường thoát nước tại ${c.hamlet}`,
      content: `Hộ ${c.neighbour} lấp đường thoát nước chung chạy qua đất nhà mình, khiến ruộng lúa và nhà ở của gia đình tôi tại ${c.hamlet}, ${c.commune} bị ngập úng mỗi mùa mưa. Đề nghị chính quyền giải quyết, khôi phục đường thoát nước như trước đây.`,
    }),
    (c) => ({
      title: 'Khiếu nại việc giải quyết tranh chấp đường thoát nước giữa các hộ liền kề',
      content: `Đường thoát nước giữa các hộ liền kề ở ${c.hamlet}, ${c.commune} đã hình thành từ năm ${c.year}. Biên bản hòa giải buộc gia đình tôi tự làm đường thoát nước mới là không thỏa đáng. Đề nghị xem xét lại.`,
    }),
  ],
  public_pathway: [
    (c) => ({
      title: `Khiếu nại việc lối đi công cộng tại ${c.hamlet} bị rào chắn`,
      content: `Lối đi công cộng dẫn ra đường liên ấp tại ${c.hamlet}, ${c.commune} được bà con sử dụng từ năm ${c.year}, nay bị hộ ${c.neighbour} rào lại, học sinh và người dân phải đi vòng xa. Đề nghị chính quyền giải quyết, trả lại lối đi chung.`,
    }),
    (c) => ({
      title: 'Khiếu nại việc chưa giải quyết mở lại lối đi công cộng',
      content: `Các hộ dân ở ${c.hamlet}, ${c.commune} đã nhiều lần phản ánh về lối đi công cộng bị thu hẹp do xây dựng lấn ra khoảng ${Math.max(1, Math.round(c.area / 100))} m nhưng chưa được giải quyết dứt điểm. Đề nghị xử lý và công bố kết quả.`,
    }),
  ],
};

const DENUNCIATIONS: Readonly<Partial<Record<SeedTopicCode, readonly Fill[]>>> = {
  land_clearance_compensation: [
    (c) => ({
      title: `Tố cáo việc lập danh sách hỗ trợ sai đối tượng tại dự án ${c.project}`,
      content: `Tôi tố cáo việc lập danh sách hỗ trợ của dự án ${c.project} tại ${c.hamlet}, ${c.commune} có trường hợp không có đất bị thu hồi vẫn được nhận tiền hỗ trợ. Đề nghị kiểm tra, xử lý cán bộ có sai phạm.`,
    }),
  ],
  land_use_right_dispute: [
    (c) => ({
      title: 'Tố cáo cán bộ địa chính xác nhận sai nguồn gốc đất',
      content: `Tôi tố cáo cán bộ địa chính ${c.commune} xác nhận nguồn gốc thửa đất ${c.area} m² tại ${c.hamlet} không đúng thực tế để hộ ${c.neighbour} được cấp giấy chứng nhận. Đề nghị làm rõ và xử lý theo quy định.`,
    }),
  ],
  public_pathway: [
    (c) => ({
      title: 'Tố cáo việc cán bộ ấp để xảy ra lấn chiếm lối đi công cộng',
      content: `Tôi tố cáo việc cán bộ ${c.hamlet}, ${c.commune} biết hộ ${c.neighbour} xây dựng lấn chiếm lối đi công cộng nhưng không báo cáo, không ngăn chặn. Đề nghị xem xét trách nhiệm.`,
    }),
  ],
};

const INFORMAL: Readonly<Partial<Record<SeedTopicCode, readonly Fill[]>>> = {
  infrastructure: [
    (c) => ({
      title: `Đề nghị sửa chữa đoạn đường liên ấp tại ${c.hamlet} bị sụt lún`,
      content: `Đoạn đường liên ấp tại ${c.hamlet}, ${c.commune} bị sụt lún, nhiều ổ gà, mùa mưa đi lại rất nguy hiểm. Đề nghị sớm sửa chữa.`,
    }),
    (c) => ({
      title: `Phản ánh đèn chiếu sáng công cộng tại ${c.hamlet} bị hỏng`,
      content: `Nhiều bóng đèn chiếu sáng trên tuyến đường chính ${c.hamlet}, ${c.commune} bị hỏng đã lâu, buổi tối rất tối. Đề nghị thay thế.`,
    }),
  ],
  environment: [
    (c) => ({
      title: 'Phản ánh rác thải tồn đọng ven kênh',
      content: `Rác thải sinh hoạt tồn đọng ven kênh tại ${c.hamlet}, ${c.commune} gây mùi hôi, ô nhiễm nguồn nước. Đề nghị tổ chức thu gom định kỳ.`,
    }),
    (c) => ({
      title: 'Phản ánh trại chăn nuôi gây ô nhiễm',
      content: `Trại chăn nuôi của hộ ${c.neighbour} tại ${c.hamlet}, ${c.commune} xả nước thải ra kênh chung, gây ô nhiễm. Đề nghị kiểm tra.`,
    }),
  ],
  administrative_procedure: [
    (c) => ({
      title: 'Kiến nghị rút ngắn thời gian giải quyết hồ sơ đất đai',
      content: `Hồ sơ đăng ký biến động đất đai của tôi nộp tại ${c.commune} đã quá hẹn nhưng chưa có kết quả. Đề nghị xem xét, trả lời.`,
    }),
  ],
  social_policy: [
    (c) => ({
      title: 'Kiến nghị xem xét chế độ trợ cấp xã hội',
      content: `Mẹ tôi năm nay trên 80 tuổi, cư trú tại ${c.hamlet}, ${c.commune}, đã nộp hồ sơ nhưng chưa được hưởng trợ cấp xã hội. Đề nghị xem xét.`,
    }),
  ],
  public_pathway: [
    (c) => ({
      title: `Kiến nghị mở rộng lối đi công cộng tại ${c.hamlet}`,
      content: `Lối đi công cộng tại ${c.hamlet}, ${c.commune} quá hẹp, xe cứu thương không vào được. Các hộ dân sẵn sàng hiến đất, đề nghị chính quyền hỗ trợ làm đường.`,
    }),
  ],
  drainage_dispute: [
    (c) => ({
      title: `Phản ánh cống thoát nước tại ${c.hamlet} bị tắc`,
      content: `Cống thoát nước chung tại ${c.hamlet}, ${c.commune} bị tắc, nước tràn vào nhà dân. Đề nghị nạo vét.`,
    }),
  ],
};

/** Topics that have templates for `kind`. */
export function templateTopics(kind: PetitionKind): SeedTopicCode[] {
  const table =
    kind === 'complaint' ? COMPLAINTS : kind === 'denunciation' ? DENUNCIATIONS : INFORMAL;
  return Object.keys(table) as SeedTopicCode[];
}

/** A filled title and content for a topic and kind (round 2 complaints say so). */
export function petitionText(
  rng: Rng,
  kind: PetitionKind,
  topic: SeedTopicCode,
  round: 1 | 2,
  ctx: TextContext,
): Template {
  const table =
    kind === 'complaint' ? COMPLAINTS : kind === 'denunciation' ? DENUNCIATIONS : INFORMAL;
  const fills = table[topic];
  if (!fills) throw new Error(`no demo template for ${kind}/${topic}`);
  const t = rng.pick(fills)(ctx);
  if (round === 1) return t;
  return {
    title: `Khiếu nại lần hai: ${t.title.replace(/^Khiếu nại /, '')}`,
    content: `${t.content} Tôi không đồng ý với quyết định giải quyết khiếu nại lần đầu của Chủ tịch UBND ${ctx.commune} và tiếp tục khiếu nại lần hai.`,
  };
}

/** A short decision summary for a result. */
export function decisionSummary(result: PetitionResult): string {
  const summaries: Readonly<Record<PetitionResult, string>> = {
    upheld:
      'Công nhận nội dung khiếu nại là đúng; yêu cầu điều chỉnh phương án, quyết định có liên quan.',
    partly_upheld: 'Khiếu nại có đúng, có sai; điều chỉnh một phần theo kết quả xác minh.',
    rejected: 'Khiếu nại không có cơ sở; giữ nguyên quyết định, hành vi bị khiếu nại.',
    withdrawn: 'Người khiếu nại rút đơn.',
    substantiated: 'Nội dung tố cáo là đúng; kiến nghị xử lý trách nhiệm cán bộ có liên quan.',
    partly_substantiated:
      'Nội dung tố cáo đúng một phần; nhắc nhở, chấn chỉnh cán bộ có liên quan.',
    unfounded: 'Nội dung tố cáo là không có cơ sở.',
    answered: 'Đã trả lời, hướng dẫn người dân.',
    accepted: 'Tiếp thu kiến nghị, phản ánh; đã giao đơn vị chuyên môn thực hiện.',
    not_accepted: 'Chưa có cơ sở tiếp thu; đã giải thích cho người dân.',
  };
  return summaries[result];
}
