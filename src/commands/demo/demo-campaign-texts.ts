/**
 * Texts of the 2019 campaign demo, drawn from the seed article (demo-scenario.md). What the
 * article does not say (decision number and date, due dates, answers, progress) is illustrative.
 */
export const DEMO_CAMPAIGN = {
  nameVi: 'Năm Dân vận chính quyền năm 2019',
  nameEn: 'Year of Government Mass Mobilisation 2019',
  motto: 'Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả',
  mottoEn: 'Discipline, integrity, action, creativity, efficiency',
  launchedBy: 'Thủ tướng Chính phủ',
  description:
    'Thực hiện "Năm Dân vận chính quyền" năm 2019 gắn với phong trào thi đua «Dân vận khéo». (Dữ liệu mẫu)',
};

/** The district's report, one paragraph per template section (article wording where it exists). */
export const DISTRICT_REPORT: Record<string, string> = {
  leadership:
    '<p>Từ tháng 01/2019 đến nay, Ban Thường vụ Huyện ủy Thạnh Hóa đã lãnh đạo, chỉ đạo và tổ chức thực hiện "Năm Dân vận chính quyền" theo phương châm "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả" do Thủ tướng Chính phủ phát động. Công tác Dân vận chính quyền từ huyện đến cơ sở được thực hiện nghiêm túc, có hiệu quả.</p>',
  awareness:
    '<p>Nhận thức của cán bộ, đảng viên về công tác dân vận được nâng cao. Cấp ủy, lãnh đạo các cơ quan, đơn vị tập trung triển khai các văn bản của Đảng về công tác dân vận, đáp ứng quyền, lợi ích, nguyện vọng chính đáng của Nhân dân.</p>',
  system:
    '<p>Hệ thống Dân vận từ huyện đến cơ sở hoạt động tích cực. Người dân tích cực tham gia chuyển đổi cơ cấu kinh tế, nâng cao năng suất lao động; phối hợp giải phóng mặt bằng triển khai các công trình, dự án theo chương trình đột phá, công trình trọng điểm bảo đảm tiến độ.</p>',
  admin_reform:
    '<p>UBND huyện tập trung triển khai thực hiện có hiệu quả các văn bản của Trung ương, tỉnh, huyện về cải cách hành chính.</p>',
  discipline:
    '<p>Chỉ đạo tăng cường kỷ luật, kỷ cương, nâng cao ý thức trách nhiệm, chất lượng phục vụ Nhân dân của cán bộ, công chức, viên chức.</p>',
  models:
    '<p>Phong trào thi đua "Dân vận khéo" mang lại hiệu quả thiết thực trên nhiều lĩnh vực; một số mô hình có sức lan tỏa nhanh như: <b>"Cán bộ, Đảng viên lắng nghe ý kiến của nhân dân"</b>, <b>"Nâng cao chất lượng hiệu quả công việc"</b>, <b>"Giờ nào việc nấy"</b>.</p>',
  petitions:
    '<p>Từ tháng 01/2019 đến nay, huyện tiếp nhận 71 đơn thư khiếu nại, tố cáo, tập trung vào các lĩnh vực: bồi thường giải phóng mặt bằng, tranh chấp đường thoát nước, lối đi công cộng, bờ ranh, tranh chấp quyền sử dụng đất. Ban Tiếp công dân phối hợp các ban, ngành liên quan giải quyết được 59/71 đơn thư; số còn lại đang xác minh để thụ lý, giải quyết.</p>',
  staffing: '<p>Xây dựng cơ cấu công chức, viên chức hợp lý gắn với vị trí việc làm.</p>',
  it: '<p>Đẩy mạnh ứng dụng công nghệ thông tin trong quy trình xử lý công việc.</p>',
  streamlining: '<p>Thực hiện tinh giản biên chế, kiện toàn tổ chức bộ máy và đội ngũ cán bộ.</p>',
  ethics:
    '<p>Nâng cao đạo đức công vụ, tinh thần trách nhiệm, kỷ luật, kỷ cương, ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức, viên chức.</p>',
};

/** Thạnh Phước commune's report (illustrative, in the article's terms). */
export const COMMUNE_REPORT: Record<string, string> = {
  leadership:
    '<p>Đảng ủy xã Thạnh Phước ban hành kế hoạch thực hiện "Năm Dân vận chính quyền" năm 2019; Ban Dân vận xã theo dõi, đôn đốc các ấp thực hiện. (Dữ liệu minh họa)</p>',
  awareness:
    '<p>Cán bộ, công chức xã quán triệt phương châm "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả".</p>',
  models: '<p>Xã nhân rộng mô hình "Giờ nào việc nấy" tại bộ phận một cửa. (Minh họa)</p>',
  petitions:
    '<p>Tổ chức tiếp công dân định kỳ; phối hợp huyện giải quyết các vụ việc tranh chấp đường thoát nước, lối đi công cộng trên địa bàn. (Minh họa)</p>',
};

export const DELEGATION = {
  title: 'kiểm tra việc thực hiện "Năm Dân vận chính quyền" năm 2019',
  decisionNumber: '45-QĐ/BDVTU (minh họa)',
  decisionDate: '2019-10-01',
  issuingBody: 'Ban Dân vận Tỉnh ủy Long An',
  headTitle: 'Trưởng ban Dân vận Tỉnh ủy Long An',
  members: [
    { name: 'Phó Trưởng ban Dân vận Tỉnh ủy', title: 'Phó Trưởng đoàn (minh họa)' },
    { name: 'Chuyên viên Ban Dân vận Tỉnh ủy', title: 'Thành viên (minh họa)' },
    { name: 'Đại diện Sở Nội vụ', title: 'Thành viên (minh họa)' },
  ],
};

export const SESSION_SUMMARY =
  'Đại diện Ban Dân vận Huyện ủy Thạnh Hóa báo cáo kết quả lãnh đạo, chỉ đạo và tổ chức thực hiện "Năm Dân vận chính quyền" từ tháng 01/2019 đến nay; đại diện Ban Dân vận xã Thạnh Phước báo cáo tình hình triển khai tại địa phương. Thành viên Đoàn kiểm tra góp ý bổ sung, trao đổi và yêu cầu làm rõ thêm một số nội dung của báo cáo.';

export const ACKNOWLEDGEMENTS = {
  district:
    'Ghi nhận những kết quả đã đạt được trong công tác thực hiện "Năm Dân vận chính quyền" của huyện Thạnh Hóa: công tác Dân vận chính quyền từ huyện đến cơ sở được thực hiện nghiêm túc, có hiệu quả; nhận thức của cán bộ, đảng viên được nâng cao; phong trào "Dân vận khéo" mang lại hiệu quả thiết thực.',
  commune:
    'Ghi nhận báo cáo của xã Thạnh Phước về tình hình triển khai "Năm Dân vận chính quyền" tại địa phương.',
};

/** The four clarification requests of the article, with the illustrative follow-up. */
export const CLARIFICATIONS = [
  {
    text: 'Cần thể hiện vai trò, trách nhiệm của người đứng đầu.',
    outcome: 'accepted' as const,
    answer:
      'Bổ sung báo cáo: người đứng đầu cấp ủy, chính quyền trực tiếp chủ trì tiếp công dân định kỳ, đối thoại với Nhân dân và chịu trách nhiệm về kết quả thực hiện. (Minh họa)',
  },
  {
    text: 'Báo cáo rõ hơn về công tác xử lý, giải quyết sai phạm của cán bộ, công chức.',
    outcome: 'accepted' as const,
    answer:
      'Bổ sung số liệu xử lý kỷ luật cán bộ, công chức vi phạm trong năm và các biện pháp chấn chỉnh. (Minh họa)',
  },
  {
    text: 'Nêu rõ các mô hình thực hiện "Năm dân vận chính quyền" ở cơ sở.',
    outcome: 'answered' as const,
    answer:
      'Bổ sung danh sách mô hình ở cơ sở, trong đó xã Thạnh Phước nhân rộng mô hình "Giờ nào việc nấy". (Minh họa)',
  },
  {
    text: 'Công tác tiếp nhận, xử lý, giải quyết các đơn thư khiếu nại, tố cáo.',
    outcome: 'open' as const,
    answer: null,
  },
];

/** The head's recommendations, with illustrative progress. */
export const RECOMMENDATIONS = [
  {
    text: 'Tiếp tục thực hiện tốt công tác cải cách hành chính.',
    dueOn: '2019-12-31',
    progress: 100,
    note: 'Hoàn thành kế hoạch cải cách hành chính năm 2019. (Minh họa)',
  },
  {
    text: 'Đổi mới phong cách làm việc.',
    dueOn: '2019-12-31',
    progress: 100,
    note: 'Ban hành quy chế làm việc mới của UBND huyện. (Minh họa)',
  },
  {
    text: 'Tăng cường đối thoại với Nhân dân.',
    dueOn: '2019-12-31',
    progress: 60,
    note: 'Đã tổ chức đối thoại tại 6/11 xã, thị trấn. (Minh họa)',
  },
  {
    text: 'Lắng nghe các ý kiến đóng góp và giải quyết các kiến nghị của người dân.',
    dueOn: null,
    progress: 80,
    note: 'Thực hiện thường xuyên; đang giải quyết 12 đơn còn lại. (Minh họa)',
  },
];

export const MODELS = [
  {
    name: 'Cán bộ, Đảng viên lắng nghe ý kiến của nhân dân',
    unit: '800',
    field: 'political_system' as const,
    steps: ['survey', 'recognise'] as const,
    description:
      'Cán bộ, đảng viên thường xuyên tiếp xúc, lắng nghe và phản ánh kịp thời ý kiến, kiến nghị của Nhân dân.',
    results: 'Có sức lan tỏa nhanh (bài viết 18/10/2019).',
  },
  {
    name: 'Nâng cao chất lượng hiệu quả công việc',
    unit: '800',
    field: 'political_system' as const,
    steps: ['survey'] as const,
    description:
      'Nâng cao chất lượng, hiệu quả giải quyết công việc của cán bộ, công chức, viên chức.',
    results: 'Có sức lan tỏa nhanh (bài viết 18/10/2019).',
  },
  {
    name: 'Giờ nào việc nấy',
    unit: '800',
    field: 'political_system' as const,
    steps: ['survey', 'recognise', 'replicate'] as const,
    description: 'Bảo đảm giờ làm việc, giải quyết công việc đúng giờ, đúng hẹn.',
    results: 'Được nhân rộng tại xã Thạnh Phước. (Minh họa)',
  },
];
