import type { Forms, Words } from './words.js';

/** Counted items ("3 items"), in each of Arabic's plural forms. */
const items: Forms = {
  zero: '، لا عناصر',
  one: '، عنصر واحد',
  two: '، عنصران',
  few: '، {n} عناصر',
  many: '، {n} عنصرًا',
  other: '، {n} عنصر',
};
const more: Forms = {
  zero: 'لا عناصر أخرى هنا',
  // The numeral stays even where Arabic would count by the noun alone ("عنصران"): the badge shows it
  // ("+2"), and a name must hold the visible text, for speech input (WCAG 2.5.3, axe checks it).
  one: '{n} عنصر آخر هنا: كبّر لإظهاره',
  two: '{n} عنصران آخران هنا: كبّر لإظهارهما',
  few: '{n} عناصر أخرى هنا: كبّر لإظهارها',
  many: '{n} عنصرًا آخر هنا: كبّر لإظهارها',
  other: '{n} عنصر آخر هنا: كبّر لإظهارها',
};
const problems: Forms = {
  zero: 'ليس {source} مجموعة بيانات للخط الزمني.',
  one: 'ليس {source} مجموعة بيانات للخط الزمني: فيه مشكلة واحدة.',
  two: 'ليس {source} مجموعة بيانات للخط الزمني: فيه مشكلتان.',
  few: 'ليس {source} مجموعة بيانات للخط الزمني: فيه {n} مشكلات.',
  many: 'ليس {source} مجموعة بيانات للخط الزمني: فيه {n} مشكلةً.',
  other: 'ليس {source} مجموعة بيانات للخط الزمني: فيه {n} مشكلة.',
};
const refused: Forms = {
  zero: 'يتعذّر عرض الأحداث المعطاة.',
  one: 'يتعذّر عرض الأحداث المعطاة: فيها مشكلة واحدة.',
  two: 'يتعذّر عرض الأحداث المعطاة: فيها مشكلتان.',
  few: 'يتعذّر عرض الأحداث المعطاة: فيها {n} مشكلات.',
  many: 'يتعذّر عرض الأحداث المعطاة: فيها {n} مشكلةً.',
  other: 'يتعذّر عرض الأحداث المعطاة: فيها {n} مشكلة.',
};
const leftOut: Forms = {
  zero: 'لم يُستبعد أي حدث.',
  one: 'لم يُعرض حدث واحد من أصل {total} بسبب هذه المشكلات:',
  two: 'لم يُعرض حدثان من أصل {total} بسبب هذه المشكلات:',
  few: 'لم تُعرض {n} أحداث من أصل {total} بسبب هذه المشكلات:',
  many: 'لم يُعرض {n} حدثًا من أصل {total} بسبب هذه المشكلات:',
  other: 'لم يُعرض {n} حدث من أصل {total} بسبب هذه المشكلات:',
};
const moreProblems: Forms = {
  zero: '',
  one: 'ومشكلة أخرى.',
  two: 'ومشكلتان أخريان.',
  few: 'و{n} مشكلات أخرى.',
  many: 'و{n} مشكلةً أخرى.',
  other: 'و{n} مشكلة أخرى.',
};
const fewer = 'و{n} من الأطراف الأخرى، لكلٍّ منها عدد من العناصر أقل من {min}';
const shown: Forms = {
  zero: 'التصفية: لا أحداث.',
  one: 'التصفية: يظهر {shown} من أصل حدث واحد.',
  two: 'التصفية: يظهر {shown} من أصل حدثين.',
  few: 'التصفية: يظهر {shown} من أصل {total} أحداث.',
  many: 'التصفية: يظهر {shown} من أصل {total} حدثًا.',
  other: 'التصفية: يظهر {shown} من أصل {total} حدث.',
};

/**
 * The elements' own words in Arabic, written by the syria-chronicle authors; loaded on demand under
 * `lang="ar"`. Keys are the English texts (see `Words`); dates come from Intl.
 */
export const AR: Words = {
  // The timeline.
  Timeline: 'الخط الزمني',
  timeline: 'خط زمني',
  Zoom: 'التكبير',
  'Zoom in': 'تكبير',
  'Zoom out': 'تصغير',
  'Show everything': 'عرض الكل',
  Undated: 'غير مؤرخة',
  'Undated: {label}': 'غير مؤرخة: {label}',
  '{label}, as a list': '{label}، في قائمة',
  'No events match the filter.': 'لا أحداث تطابق التصفية.',
  'No events to show.': 'لا أحداث لعرضها.',
  'Selected: {title}, {date}.': 'المحدد: {title}، {date}.',
  'Selection cleared.': 'أُلغي التحديد.',
  'Filter: {shown} of {total} events shown.': shown,
  'Showing {a} to {b}.': 'المعروض من {a} إلى {b}.',
  '{title}, {date}': '{title}، {date}',
  ', disputed by: {names}': '، يعترض عليه: {names}',
  ' (ongoing)': ' (مستمر)',
  ' (disputed)': ' (موضع خلاف)',
  '{n} more item here: zoom in to show it': more,
  '{n} more items here: zoom in to show them': more,
  '{a} to {b}, compressed: nothing starts or ends here': 'من {a} إلى {b}، مضغوط: لا شيء يبدأ أو ينتهي هنا',
  // How a time reads.
  'since {a}, ongoing': 'منذ {a}، مستمر',
  '{a} to {b}': 'من {a} إلى {b}',
  'before {b}': 'قبل {b}',
  'between {a} and {b}': 'بين {a} و{b}',
  'undated, ongoing': 'غير مؤرخ، مستمر',
  undated: 'غير مؤرخ',
  // Categories.
  'Armed conflict': 'نزاع مسلح',
  'Foreign forces': 'قوات أجنبية',
  Diplomacy: 'دبلوماسية',
  Statements: 'تصريحات',
  Humanitarian: 'شؤون إنسانية',
  Political: 'سياسة',
  'Regional wars': 'حروب إقليمية',
  'No actor named': 'بلا طرف مسمّى',
  Events: 'الأحداث',
  // The card.
  'Select an event to read about it.': 'اختر حدثًا لتقرأ عنه.',
  '(hidden by the filter)': '(تخفيه التصفية)',
  '(according to {who})': '(بحسب {who})',
  'The filter hides this item.': 'التصفية تخفي هذا العنصر.',
  Actors: 'الأطراف',
  Places: 'الأماكن',
  'Who says so': 'المصدر',
  'According to {who}': 'بحسب {who}',
  'Disputed by': 'يعترض عليه',
  Disputes: 'يعترض على',
  'Supported by': 'يؤيده',
  Supports: 'يؤيد',
  Source: 'موضعه في التقرير',
  'The report, {where}': 'التقرير، {where}',
  'the picture caption': 'تعليق الصورة',
  ' and ': ' و',
  ', ': '، ',
  'paragraph {n}': 'الفقرة {n}',
  'paragraphs {n}': 'الفقرات {n}',
  'Dated by': 'أساس التأريخ',
  'Before and after {title}': 'ما قبل «{title}» وما بعده',
  'Previous:': 'السابق:',
  Previous: 'السابق',
  'Next:': 'التالي:',
  Next: 'التالي',
  // The legend.
  'No events to filter.': 'لا أحداث لتصفيتها.',
  ', {n} item': items,
  ', {n} items': items,
  Filter: 'تصفية',
  Categories: 'الفئات',
  'and {n} actor with fewer than {min} items': fewer,
  'and {n} actors with fewer than {min} items': fewer,
  'Show all': 'عرض الكل',
  // The list, the overview and the explorer.
  'No events to list.': 'لا أحداث لسردها.',
  'According to {who}.': 'بحسب {who}.',
  'Visible range': 'المدى المعروض',
  'Every event as a list': 'كل الأحداث في قائمة',
  // Loading data (controllers/data-source.ts). Each problem in a dataset stays English, for its author.
  'Reading events…': 'جارٍ قراءة الأحداث…',
  'Loading events from {source}…': 'جارٍ تحميل الأحداث من {source}…',
  'and {n} more.': moreProblems,
  'The inline JSON': 'نص JSON المضمَّن',
  '{source} is not valid JSON: {reason}': 'لا يحوي {source} نص JSON صالحًا: {reason}',
  '{source} is not a chronicle dataset: {n} problem.': problems,
  '{source} is not a chronicle dataset: {n} problems.': problems,
  '{src} is not a URL.': 'العنوان {src} غير صالح.',
  '{src} is not an http or https URL.': 'العنوان {src} ليس عنوان http أو https.',
  'Could not load {src}: the network request failed.': 'تعذّر تحميل {src}: فشل طلب الشبكة.',
  'Could not load {src}: the server answered {status}.': 'تعذّر تحميل {src}: ردّ الخادم بـ {status}.',
  '{src} is not JSON: the server sent {type}.': 'ليس {src} بصيغة JSON: أرسل الخادم {type}.',
  '{src} is too large: a dataset may be up to {mb} MB.':
    'الملف {src} كبير جدًا: لا يتجاوز حجم مجموعة البيانات {mb} ميغابايت.',
  'Could not load {src}.': 'تعذّر تحميل {src}.',
  'Could not load {src}: no complete answer within {s} seconds.': 'تعذّر تحميل {src}: لم يكتمل الرد خلال {s} ثانية.',
  '{source} cannot be read: the dataset parser did not load.': 'تتعذّر قراءة {source}: لم يُحمَّل محلّل البيانات.',
  // Events given as a property (controllers/events-check.ts), and events left out of any data.
  'The events given cannot be shown: {n} problem.': refused,
  'The events given cannot be shown: {n} problems.': refused,
  'Not shown: {n} of {total} events, because of these problems:': leftOut,
  'The data could not be drawn.': 'تعذّر رسم البيانات.',
  'Actors given that cannot be used:': 'أطراف مُعطاة لا يمكن استخدامها:',
  'Places given that cannot be used:': 'أماكن مُعطاة لا يمكن استخدامها:',
};
