/** Interface strings of package pages, by primary language; English when unknown. */
export interface PageLabels {
  objectives: string;
  end: string;
  minutes: string;
  noApi: string;
  needsScript: string;
  assessment: string;
  assessmentIntro: string;
  lessons: string;
}

const en: PageLabels = {
  objectives: 'In this lesson you will',
  end: 'End of the lesson.',
  minutes: '{n} min',
  noApi:
    'This page is not connected to a learning platform, so your progress is not being recorded. You can still read it.',
  needsScript: 'This assessment needs JavaScript.',
  assessment: 'Assessment: {level}',
  assessmentIntro: '{count} questions. You pass with {pass}% of the points.',
  lessons: 'Lessons',
};

const vi: PageLabels = {
  objectives: 'Trong bài này bạn sẽ',
  end: 'Hết bài học.',
  minutes: '{n} phút',
  noApi:
    'Trang này chưa kết nối với hệ thống học tập nên tiến độ của bạn không được ghi lại. Bạn vẫn có thể đọc bài.',
  needsScript: 'Bài kiểm tra này cần JavaScript.',
  assessment: 'Bài kiểm tra: {level}',
  assessmentIntro: '{count} câu hỏi. Bạn đạt khi có {pass}% số điểm.',
  lessons: 'Bài học',
};

const byLanguage: Record<string, PageLabels> = { en, vi };

/** The page strings for a BCP 47 locale. */
export function pageLabels(locale: string): PageLabels {
  return byLanguage[locale.toLowerCase().split('-')[0] ?? ''] ?? en;
}
