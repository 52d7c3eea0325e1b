/**
 * The seed article (the portal's first news item) in Vietnamese as published, and our English
 * translation; `[[image:N]]` marks where photo N stands. Plus two short items, clearly marked as
 * illustrative samples, so that the news list is not a single article.
 */
export const SEED_ARTICLE = {
  slug: 'kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-tai-huyen-thanh-hoa',
  category: 'dan-van-chinh-quyen',
  titleVi: "Kiểm tra việc thực hiện 'Năm Dân vận chính quyền' tại huyện Thạnh Hóa",
  titleEn: "Inspection of the 'Year of Government Mass Mobilisation' in Thạnh Hóa district",
  author: 'Bùi Tùng',
  /** 18/10/2019 18:40, Vietnam time (UTC+7). */
  publishedAt: '2019-10-18T11:40:00.000Z',
  captions: [
    {
      vi: 'Đại diện Thường trực Huyện ủy Thạnh Hóa báo cáo tình hình triển khai "Năm Dân vận chính quyền" của huyện',
      en: 'A representative of the Standing Board of the Thạnh Hóa District Party Committee reports on the district’s implementation of the “Year of Government Mass Mobilisation”',
    },
    {
      vi: 'Đại diện Ban Dân vận xã Thạnh Phước báo cáo tình hình triển khai công tác "Năm Dân vận chính quyền" tại địa phương',
      en: 'A representative of the Mass Mobilisation Board of Thạnh Phước commune reports on the implementation of the “Year of Government Mass Mobilisation” in the locality',
    },
  ],
  bodyVi: `Chiều 18/10, Đoàn kiểm tra do Trưởng ban Dân vận Tỉnh ủy Long An - Nguyễn Thị Ngọc Hạnh làm Trưởng đoàn đã có buổi làm việc với huyện Thạnh Hóa về việc triển khai thực hiện “Năm Dân vận chính quyền” năm 2019.

[[image:0]]

Tại buổi làm việc, đại diện ban Dân vận Huyện ủy Thạnh Hóa đã báo cáo kết quả việc lãnh đạo, chỉ đạo và tổ chức thực hiện “Năm dân vận chính quyền” từ tháng 01/2019 đến nay.

Nhìn chung, huyện Thạnh Hóa đã tập trung thực hiện công tác “Năm dân vận chính quyền” theo phương châm “Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả” do Thủ tướng Chính phủ phát động. Công tác Dân vận chính quyền từ huyện đến cơ sở đã được thực hiện nghiêm túc, có hiệu quả. Nhận thức của cán bộ, đảng viên về công tác dân vận được nâng cao. Hệ thống Dân vận từ huyện đến cơ sở hoạt động tích cực. Cấp ủy, lãnh đạo các cơ quan, đơn vị đã tập trung triển khai thực hiện các văn bản của Đảng về công tác dân vận, đáp ứng quyền, lợi ích, nguyện vọng chính đáng của Nhân dân.

Phong trào thi đua “Dân vận Khéo” tiếp tục được các cấp chính quyền, cơ quan phối hợp triển khai thực hiện mang lại hiệu quả thiết thực trên nhiều lĩnh vực. Người dân tích cực tham gia chuyển đổi cơ cấu kinh tế, nâng cao năng suất lao động; vận động, khai thác nguồn lực đầu tư phát triển; phối hợp giải phóng mặt bằng triển khai các công trình, dự án theo chương trình đột phá, công trình trọng điểm Nghị quyết Đại hội Đảng các cấp bảo đảm tiến độ.

Song song đó, UBND huyện Thạnh Hóa cũng tập trung triển khai thực hiện có hiệu quả các văn bản của Trung ương, tỉnh, huyện về cải cách hành chính; chỉ đạo tăng cường kỷ luật, kỷ cương, nâng cao ý thức trách nhiệm, chất lượng phục vụ Nhân dân của cán bộ, công chức, viên chức. Trong đó, một số mô hình có sức lan tỏa nhanh như: “Cán bộ, Đảng viên lắng nghe ý kiến của nhân dân”, “Nâng cao chất lượng hiệu quả công việc”, “Giờ nào việc nấy”,...

Từ tháng 01/2019 đến nay, tổng số đơn thư khiếu nại, tố cáo huyện Thạnh Hóa tiếp nhận là 71 đơn, nội dung của các đơn thư chủ yếu tập trung vào các lĩnh vực như: Bồi thường giải phóng mặt bằng, tranh chấp đường thoát nước, lối đi công cộng, bờ ranh, tranh chấp quyền sử dụng đất,... Theo đó, Ban Tiếp công dân đã phối hợp với các ban, ngành liên quan giải quyết được 59/71 đơn thư, số đơn thư còn lại đang trong quá trình xác minh để thụ lý, giải quyết.

Bên cạnh đó, các nội dung xây dựng cơ cấu công chức, viên chức hợp lý gắn với vị trí việc làm, ứng dụng công nghệ thông tin trong quy trình xử lý công việc; tinh giản biên chế, kiện toàn tổ chức bộ máy và đội ngũ cán bộ; nâng cao đạo đức công vụ, tinh thần trách nhiệm, kỷ luật, kỷ cương, ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức, viên chức,... cũng được triển khai thực hiện có hiệu quả.

[[image:1]]

Tại buổi làm việc, thành viên Đoàn kiểm tra trực tiếp góp ý bổ sung, trao đổi và yêu cầu làm rõ thêm một số nội dung của báo cáo: Cần thể hiện vai trò, trách nhiệm của người đứng đầu; báo cáo rõ hơn về công tác xử lý, giải quyết sai phạm của cán bộ, công chức; nêu rõ các mô hình thực hiện “Năm dân vận chính quyền” ở cơ sở; công tác tiếp nhận, xử lý, giải quyết các đơn thư khiếu nại,tố cáo.

Trưởng ban Dân vận Tỉnh ủy - Nguyễn Thị Ngọc Hạnh ghi nhận những kết quả đã đạt được trong công tác thực hiện "Năm Dân vận chính quyền" của huyện Thạnh Hóa. Đồng thời, đề nghị huyện tiếp tục thực hiện tốt công tác cải cách hành chính, đổi mới phong cách làm việc, tăng cường đối thoại, lắng nghe các ý kiến đóng góp và giải quyết các kiến nghị của người dân, góp phần hoàn thành tốt “Năm Dân vận chính quyền” năm 2019./.`,
  bodyEn: `On the afternoon of 18 October, the inspection delegation led by Nguyễn Thị Ngọc Hạnh, Head of the Mass Mobilisation Commission of the Long An Provincial Party Committee, held a working session with Thạnh Hóa district on the implementation of the 2019 “Year of Government Mass Mobilisation”.

[[image:0]]

At the session, a representative of the Mass Mobilisation Commission of the Thạnh Hóa District Party Committee reported on how the “Year of Government Mass Mobilisation” had been led, directed and carried out since January 2019.

Overall, Thạnh Hóa district has concentrated on the “Year of Government Mass Mobilisation” under the motto “Discipline, integrity, action, creativity, efficiency” launched by the Prime Minister. Government mass-mobilisation work, from the district down to the grassroots, has been carried out seriously and effectively. Officials and Party members have a better understanding of mass-mobilisation work, and the mass-mobilisation system from the district to the grassroots is active. Party committees and the leaders of agencies and units have concentrated on implementing the Party’s documents on mass mobilisation, meeting the legitimate rights, interests and aspirations of the people.

The “Skilful Mass Mobilisation” emulation movement continues to be carried out jointly by the authorities and agencies at every level, with practical results in many fields. People take an active part in restructuring the economy and raising labour productivity; in mobilising and tapping resources for development; and in clearing sites for the works and projects of the breakthrough programme and the key works set by the Resolutions of Party Congresses at every level, keeping them on schedule.

At the same time, the Thạnh Hóa District People’s Committee has effectively implemented the central, provincial and district documents on administrative reform, and has directed officials, civil servants and public employees to strengthen discipline and order and to raise their sense of responsibility and the quality of their service to the people. Several models have spread quickly, such as “Officials and Party members listen to the people”, “Raising the quality and efficiency of work” and “Each hour its task”…

From January 2019 to date, Thạnh Hóa district has received 71 complaints and denunciations, mostly about compensation for site clearance, disputes over drainage channels, public pathways and boundaries, and disputes over land-use rights… The Citizen Reception Board, working with the relevant boards and departments, has resolved 59 of the 71; the remaining cases are being verified for acceptance and resolution.

Building a sound structure of civil servants and public employees tied to job positions, using information technology in work processes, streamlining staff, consolidating the organisational apparatus and its officials, and raising the public-service ethics, responsibility, discipline and service spirit of officials, civil servants and public employees… have also been carried out effectively.

[[image:1]]

During the session, members of the inspection delegation commented on the report, discussed it and asked for several points to be clarified: it should show the role and responsibility of the heads of agencies; report more clearly on how violations by officials and civil servants are handled; set out the grassroots models of the “Year of Government Mass Mobilisation”; and describe how complaints and denunciations are received, handled and resolved.

Nguyễn Thị Ngọc Hạnh, Head of the Mass Mobilisation Commission of the Provincial Party Committee, acknowledged what Thạnh Hóa district has achieved in the “Year of Government Mass Mobilisation”. She asked the district to keep up its administrative reform, renew its working style, hold more dialogues, listen to the people’s views and resolve their recommendations, so as to complete the 2019 “Year of Government Mass Mobilisation” successfully.`,
} as const;

/** Short illustrative items (sample data, said so in their text). */
export const SAMPLE_NEWS = [
  {
    slug: 'gui-phan-anh-kien-nghi-truc-tuyen',
    category: 'thong-bao',
    titleVi: 'Người dân có thể gửi phản ánh, kiến nghị trực tuyến và tra cứu bằng mã hồ sơ',
    titleEn: 'Citizens can send feedback and recommendations online and track them by code',
    author: 'Ban biên tập',
    daysAgo: 2,
    bodyVi: `(Bài viết mẫu minh họa cho hệ thống — không phải tin thật.)

Từ nay, người dân các xã Thạnh Phước, Thạnh Hóa, Bình Thành và Tân Tây có thể gửi đơn khiếu nại, tố cáo, kiến nghị, phản ánh qua mục «Gửi đơn trực tuyến» trên Cổng thông tin, không cần tài khoản.

Sau khi gửi, mỗi hồ sơ có một mã tra cứu gồm 10 ký tự, dễ đọc qua điện thoại. Người dân dùng mã này tại mục «Tra cứu hồ sơ» để xem tình trạng, thời hạn giải quyết theo luật và câu trả lời khi được công khai.`,
    bodyEn: `(An illustrative sample article for the system — not real news.)

Residents of Thạnh Phước, Thạnh Hóa, Bình Thành and Tân Tây communes can now send complaints, denunciations, recommendations and feedback through “Submit online” on the portal, without an account.

Each case receives a 10-character tracking code that is easy to read over the phone. With it, “Track a case” shows the status, the statutory deadline and the answer once it is published.`,
  },
  {
    slug: 'lich-tiep-cong-dan-dinh-ky-xa-thanh-phuoc',
    category: 'tiep-cong-dan',
    titleVi: 'Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Thạnh Phước',
    titleEn: 'Regular citizen reception schedule of the Chairperson of Thạnh Phước commune',
    author: 'Ban biên tập',
    daysAgo: 9,
    bodyVi: `(Bài viết mẫu minh họa cho hệ thống — không phải tin thật.)

Từ ngày 01/07/2026 (Luật số 136/2025/QH15 và các nghị định hướng dẫn), Chủ tịch Ủy ban nhân dân cấp xã tiếp công dân định kỳ ít nhất 02 ngày trong một tháng tại địa điểm tiếp công dân của xã.

Người dân có thể đến trực tiếp, hoặc gửi đơn trực tuyến rồi theo dõi kết quả bằng mã hồ sơ.`,
    bodyEn: `(An illustrative sample article for the system — not real news.)

From 1 July 2026 (Law No. 136/2025/QH15 and its implementing decrees), the Chairperson of a commune People’s Committee receives citizens at least 2 days a month at the commune’s reception place.

Residents may come in person, or submit online and follow the result with their tracking code.`,
  },
] as const;
