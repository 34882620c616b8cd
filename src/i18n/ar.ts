import type { Strings } from './en.js';

// Arabic has six plural forms (zero, one, two, few, many, other); the counted noun changes with each.
const plural = new Intl.PluralRules('ar');

type Forms = Record<Intl.LDMLPluralRule, (n: number) => string>;
const counted = (forms: Forms) => (n: number) => forms[plural.select(n)](n);

/** The interface's words, in Arabic: loaded only by pages in Arabic. */
export const ar: Strings = {
  formHeading: 'احصل على أبرز الأوراق البحثية في بريدك الإلكتروني!',
  formEmail: 'عنوان البريد الإلكتروني',
  formPlaceholder: 'you@example.com',
  formSubmit: 'اشترك',
  formSubmitting: 'جارٍ الاشتراك…',
  formSuccess: 'شكرًا لك، تمّ اشتراكك!',
  formPending: 'بقيت خطوة واحدة: افتح بريدك الوارد لتأكيد الاشتراك.',
  formAlready: 'هذا العنوان مشترك بالفعل.',
  formInvalid: 'يُرجى إدخال عنوان بريد إلكتروني صالح.',
  formError: 'حدث خطأ ما. ما زال عنوانك هنا، يُرجى المحاولة مرة أخرى.',
  formName: 'الاسم (اختياري)',
  formQueued: 'أنت غير متصل بالإنترنت، وسنُتمّ اشتراكك فور عودة الاتصال.',
  formRetrying: 'تواجه خدمة الاشتراك مشكلة الآن، وسنواصل المحاولة ونُتمّ اشتراكك فور استجابتها.',
  formBroken: 'نموذج الاشتراك هذا غير مُعدّ بشكل صحيح، لذلك لم يُرسَل شيء. يُرجى إبلاغ صاحب الموقع.',
  formNoQueue:
    'أنت غير متصل بالإنترنت، ولا يستطيع هذا المتصفح حفظ طلب اشتراكك لوقت لاحق. يُرجى المحاولة مرة أخرى بعد عودة الاتصال.',
  formMissing:
    'تعذّر على هذا النموذج تحميل الشيفرة التي ترسل الاشتراكات، لذلك لم يُرسَل شيء. عنوانك ما زال هنا — يُرجى المحاولة لاحقًا.',
  formUnavailable: 'تعذّر تحميل نموذج الاشتراك هذا. يُرجى المحاولة لاحقًا.',
  formConsent: 'يُرجى تحديد مربع الموافقة أولًا.',
  formBot: 'اترك هذا الحقل فارغًا',
  feedHeading: 'الأوراق البحثية اليومية',
  feedLoading: 'جارٍ تحميل الأوراق…',
  feedEmpty: 'لا توجد أوراق في هذه الخلاصة بعد.',
  feedError: 'تعذّر تحميل الأوراق.',
  feedSearch: 'ابحث في الأوراق',
  feedNoMatch: 'لا توجد أوراق مطابقة.',
  feedRetry: 'أعد المحاولة',
  feedShowMore: 'عرض المزيد من الأوراق',
  feedWait: (wait: string) => `طلب خادم الخلاصة الانتظار: يُرجى المحاولة مجددًا بعد ${wait}.`,
  feedStale: (age: string) => `تُعرض أوراق محفوظة ${age}، فقد تعذّر الوصول إلى الخلاصة.`,
  feedStaleShort: 'تعذّر الوصول إلى الخلاصة: هذه أوراق محفوظة.',
  feedSourceFailed: (source: string, reason: string) => `تعذّر تحميل الأوراق من ${source}: ${reason}`,
  feedUpdated: (age: string) => `آخر تحديث: ${age}`,
  feedNewPapers: counted({
    zero: () => 'لا أوراق جديدة',
    one: () => 'ورقة جديدة واحدة',
    two: () => 'ورقتان جديدتان',
    few: (n) => `${n} أوراق جديدة`,
    many: (n) => `${n} ورقة جديدة`,
    other: (n) => `${n} ورقة جديدة`,
  }),
  feedLoaded: counted({
    zero: () => 'لم تُحمَّل أي ورقة.',
    one: () => 'تم تحميل ورقة واحدة.',
    two: () => 'تم تحميل ورقتين.',
    few: (n) => `تم تحميل ${n} أوراق.`,
    many: (n) => `تم تحميل ${n} ورقة.`,
    other: (n) => `تم تحميل ${n} ورقة.`,
  }),
  feedEmptyFor: (period: string) => `لا توجد أوراق في ${period}.`,
  feedWeekOf: (day: string) => `الأسبوع الذي يبدأ في ${day}`,
  feedWeek: (day: string) => `أسبوع ${day}`,
  feedPeriods: 'اختر تاريخ الأوراق',
  feedPrevious: { date: 'اليوم السابق', week: 'الأسبوع السابق', month: 'الشهر السابق' },
  feedNext: { date: 'اليوم التالي', week: 'الأسبوع التالي', month: 'الشهر التالي' },
  cardNew: 'جديد',
  cardUpvotes: 'تصويتات',
  cardComments: 'تعليقات',
  cardCitations: (count: number, shown: string) =>
    ({
      zero: 'لا اقتباسات',
      one: 'اقتباس واحد',
      two: 'اقتباسان',
      few: `${shown} اقتباسات`,
      many: `${shown} اقتباسًا`,
      other: `${shown} اقتباس`,
    })[plural.select(count)],
  cardStars: 'نجوم GitHub',
  // Joined to the names by the list's own "و" (and): "… ومؤلفان آخران".
  cardMoreAuthors: counted({
    zero: () => 'لا مؤلفين آخرين',
    one: () => 'مؤلف آخر',
    two: () => 'مؤلفان آخران',
    few: (n) => `${n} مؤلفين آخرين`,
    many: (n) => `${n} مؤلفًا آخر`,
    other: (n) => `${n} مؤلف آخر`,
  }),
  cardFewerAuthors: 'مؤلفون أقل',
  cardShowMore: 'عرض المزيد',
  cardShowLess: 'عرض أقل',
  cardShowAbstract: 'عرض الملخص',
  cardHideAbstract: 'إخفاء الملخص',
  cardAiSummary: 'ملخص بالذكاء الاصطناعي',
  cardArxiv: 'arXiv',
  cardPdf: 'PDF',
  cardCode: 'الشيفرة',
  cardProject: 'صفحة المشروع',
  feedErrors: {
    network: () => 'تعذّر الوصول إلى الخلاصة. تحقّق من الاتصال وأعد المحاولة.',
    timeout: () => 'لم تستجب الخلاصة في الوقت المحدد.',
    http: (status) => (status ? `ردّت الخلاصة بخطأ (HTTP ${status}).` : 'ردّت الخلاصة بخطأ.'),
    'not-found': () => 'لا توجد خلاصة على هذا العنوان (HTTP 404).',
    'rate-limited': (wait) =>
      wait
        ? `طلب خادم الخلاصة الانتظار ${wait} قبل المحاولة مرة أخرى.`
        : 'طلب خادم الخلاصة الانتظار قليلًا قبل المحاولة مرة أخرى.',
    cors: (host) =>
      `تعذّر على هذه الصفحة قراءة الخلاصة على ${host}: خادمها لا يسمح للمواقع الأخرى بقراءتها (CORS)، أو أنه متوقف. ` +
      'إذا كان العنوان يُفتح في علامة تبويب، فاضبط السمة proxy على وكيل يضيف ترويسات CORS.',
    redirect: () =>
      'يُعيد عنوان الخلاصة التوجيه إلى حيث لا يمكن أن تأتي خلاصة: إلى عنوان خارج الويب (مثل javascript: أو data:)، أو في حلقة، أو إلى خادم لا يستجيب.',
    parse: () => 'تعذّرت قراءة الخلاصة: محتواها تالف أو منقوص.',
    unrecognized: () => 'لم يُرجع هذا العنوان خلاصة يستطيع paper-feed قراءتها.',
    'too-large': () => 'الخلاصة أكبر من اللازم، لذا لم تُحمَّل.',
    'unsafe-url': () => 'عنوان الخلاصة أو الوكيل ليس عنوان http(s) صالحًا.',
    'missing-file': (file) =>
      `هذه التغذية بصيغة XML، ولم يتمكن paper-feed من تحميل قارئ XML الخاص بها (${file}). يجب أن يكون الملف في المجلد نفسه الذي فيه paper-feed.js.`,
  },
};

export default ar;
