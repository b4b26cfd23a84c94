/** The site's interface strings for one language. */
export interface SiteLabels {
  skip: string;
  languages: string;
  chooseLanguage: string;
  search: string;
  searchLabel: string;
  searchHint: string;
  searchNone: string;
  areas: string;
  levels: string;
  roles: string;
  competencies: string;
  yourPath: string;
  pickRole: string;
  pickLevel: string;
  noLevelYet: string;
  showPath: string;
  required: string;
  lessons: string;
  minutes: string;
  studyTime: string;
  remaining: string;
  outcomes: string;
  objectives: string;
  practice: string;
  quiz: string;
  read: string;
  markRead: string;
  done: string;
  competency: string;
  level: string;
  lesson: string;
  translationMissing: string;
  home: string;
  print: string;
  offline: string;
  progress: string;
}

const en: SiteLabels = {
  skip: 'Skip to content',
  languages: 'Language',
  chooseLanguage: 'Choose your language',
  search: 'Search',
  searchLabel: 'Search lessons and competencies',
  searchHint: 'Accents are optional: “tim kiem” finds “tìm kiếm”.',
  searchNone: 'No results.',
  areas: 'Competence areas',
  levels: 'Levels',
  roles: 'Roles',
  competencies: 'Competencies',
  yourPath: 'Your learning path',
  pickRole: 'My role',
  pickLevel: 'The level I have reached',
  noLevelYet: 'None yet',
  showPath: 'Show my path',
  required: 'Required level',
  lessons: 'Lessons',
  minutes: 'min',
  studyTime: 'Study time',
  remaining: '{count} lessons, {minutes} min still to study',
  outcomes: 'Learning outcomes',
  objectives: 'Objectives',
  practice: 'Practice quiz',
  quiz: 'Quiz',
  read: 'Read',
  markRead: 'Mark as read',
  done: '{percent}% of this path done',
  competency: 'Competency',
  level: 'Level',
  lesson: 'Lesson',
  translationMissing: 'This lesson is not translated yet; it is shown in its original language.',
  home: 'Home',
  print: 'Print',
  offline: 'Pages you open are kept for reading offline.',
  progress: 'Your progress stays on this device.',
};

const vi: SiteLabels = {
  skip: 'Chuyển đến nội dung',
  languages: 'Ngôn ngữ',
  chooseLanguage: 'Chọn ngôn ngữ',
  search: 'Tìm kiếm',
  searchLabel: 'Tìm bài học và năng lực',
  searchHint: 'Không cần gõ dấu: “tim kiem” tìm được “tìm kiếm”.',
  searchNone: 'Không có kết quả.',
  areas: 'Lĩnh vực năng lực',
  levels: 'Trình độ',
  roles: 'Vị trí',
  competencies: 'Năng lực',
  yourPath: 'Lộ trình học của bạn',
  pickRole: 'Vị trí của tôi',
  pickLevel: 'Trình độ tôi đã đạt',
  noLevelYet: 'Chưa có',
  showPath: 'Xem lộ trình',
  required: 'Trình độ cần đạt',
  lessons: 'Bài học',
  minutes: 'phút',
  studyTime: 'Thời gian học',
  remaining: 'Còn {count} bài, {minutes} phút cần học',
  outcomes: 'Kết quả học tập',
  objectives: 'Mục tiêu',
  practice: 'Bài luyện tập',
  quiz: 'Luyện tập',
  read: 'Đã đọc',
  markRead: 'Đánh dấu đã đọc',
  done: 'Đã hoàn thành {percent}% lộ trình',
  competency: 'Năng lực',
  level: 'Trình độ',
  lesson: 'Bài học',
  translationMissing: 'Bài này chưa được dịch; nội dung hiển thị bằng ngôn ngữ gốc.',
  home: 'Trang chủ',
  print: 'In',
  offline: 'Các trang bạn đã mở được lưu để đọc khi không có mạng.',
  progress: 'Tiến độ của bạn chỉ lưu trên thiết bị này.',
};

const byLanguage: Record<string, SiteLabels> = { en, vi };

/** The site's strings for a BCP 47 locale (by primary language), English when unknown. */
export function siteLabels(locale: string): SiteLabels {
  return byLanguage[locale.toLowerCase().split('-')[0] ?? ''] ?? en;
}

/** Names of languages in themselves, for the language switcher. */
export function languageName(locale: string): string {
  let name = languageNames.get(locale);
  if (name === undefined) {
    name = displayName(locale);
    languageNames.set(locale, name);
  }
  return name;
}

const languageNames = new Map<string, string>();

function displayName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
  } catch {
    return locale;
  }
}
