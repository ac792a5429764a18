/**
 * The demo's content in Persian, French and Arabic (the originals in demo-data.ts are English):
 * the 2018 and 2027 conferences, their programs, the host cities' names and the venues' notes.
 * Loaded with each translation remembering its original (lib/translations.ts).
 */
type Language = "fa" | "fr" | "ar";
type Texts = Partial<Record<Language, Record<string, string>>>;

/** Host city names as each language writes them. */
export const CITY_NAMES: Record<string, Record<Language, string>> = {
  Paris: { fa: "پاریس", fr: "Paris", ar: "باريس" },
  London: { fa: "لندن", fr: "Londres", ar: "لندن" },
  Berlin: { fa: "برلین", fr: "Berlin", ar: "برلين" },
  Frankfurt: { fa: "فرانکفورت", fr: "Francfort", ar: "فرانكفورت" },
  Stockholm: { fa: "استکهلم", fr: "Stockholm", ar: "ستوكهولم" },
  Amsterdam: { fa: "آمستردام", fr: "Amsterdam", ar: "أمستردام" },
  Rome: { fa: "رم", fr: "Rome", ar: "روما" },
  Oslo: { fa: "اسلو", fr: "Oslo", ar: "أوسلو" },
  Brussels: { fa: "بروکسل", fr: "Bruxelles", ar: "بروكسل" },
  Bern: { fa: "برن", fr: "Berne", ar: "برن" },
  Ottawa: { fa: "اتاوا", fr: "Ottawa", ar: "أوتاوا" },
  Toronto: { fa: "تورنتو", fr: "Toronto", ar: "تورونتو" },
  Vancouver: { fa: "ونکوور", fr: "Vancouver", ar: "فانكوفر" },
  Bucharest: { fa: "بخارست", fr: "Bucarest", ar: "بوخارست" },
  Helsinki: { fa: "هلسینکی", fr: "Helsinki", ar: "هلسنكي" },
  Gothenburg: { fa: "گوتنبرگ", fr: "Göteborg", ar: "غوتنبرغ" },
  Aarhus: { fa: "آرهوس", fr: "Aarhus", ar: "آرهوس" },
  Stuttgart: { fa: "اشتوتگارت", fr: "Stuttgart", ar: "شتوتغارت" },
};

/** The demo venues' accessibility note (demo.ts gives every venue the same one). */
export const ACCESSIBILITY: Record<Language, string> = {
  fa: "ورودی بدون پله؛ برای نشستن نزدیک پرده از برگزارکنندگان بپرسید.",
  fr: "Entrée de plain-pied ; demandez aux organisateurs une place près de l’écran.",
  ar: "مدخل بلا درج؛ اطلب من المنظمين مقعدًا قريبًا من الشاشة.",
};

/** Per event slug: the event's title and summary, and each program item's (by its key). */
export const EVENT_TEXTS: Record<string, { event: Texts; items: Record<string, Texts> }> = {
  "interactive-conference-2018": {
    event: {
      fa: {
        title: "کنفرانس هم‌زمان و تعاملی: سی‌امین سالگرد قتل‌عام سال ۶۷",
        summary:
          "جامعه‌های ایرانی در ۱۸ شهر اروپا و آمریکای شمالی در یک لحظه گرد هم می‌آیند تا سی‌امین سالگرد قتل‌عام زندانیان سیاسی در ایران در سال ۶۷ را با حضور بازماندگان، نمایندگان انجمن‌های ایرانی و قانون‌گذاران غربی گرامی بدارند. پخش زنده به فارسی، انگلیسی، فرانسوی و عربی.",
      },
      fr: {
        title: "Conférence interactive simultanée : 30e anniversaire du massacre de 1988",
        summary:
          "Les communautés iraniennes de 18 villes d’Europe et d’Amérique du Nord se réunissent au même moment pour marquer le 30e anniversaire du massacre des prisonniers politiques de 1988 en Iran, avec des survivants, des représentants d’associations iraniennes et des parlementaires occidentaux. Diffusion en direct en persan, anglais, français et arabe.",
      },
      ar: {
        title: "المؤتمر التفاعلي المتزامن: الذكرى الثلاثون لمجزرة عام 1988",
        summary:
          "تجتمع الجاليات الإيرانية في 18 مدينة في أوروبا وأمريكا الشمالية في اللحظة نفسها لإحياء الذكرى الثلاثين لمجزرة السجناء السياسيين في إيران عام 1988، بحضور ناجين وممثلين عن الجمعيات الإيرانية ومشرّعين غربيين. بث مباشر بالفارسية والإنجليزية والفرنسية والعربية.",
      },
    },
    items: {
      opening: {
        fa: { title: "گشایش: سی سال پس از آن", description: "خوشامدگویی شهرهای میزبان و یک دقیقه سکوت به یاد ۳۰ هزار قربانی." },
        fr: { title: "Ouverture : trente ans après", description: "Accueil par les villes hôtes et minute de silence pour les 30 000 victimes." },
        ar: { title: "الافتتاح: بعد ثلاثين عامًا", description: "ترحيب من المدن المضيفة ودقيقة صمت على أرواح الضحايا الثلاثين ألفًا." },
      },
      testimonies: {
        fa: { title: "شهادت بازماندگان", description: "زندانیان سیاسی پیشین از تابستان ۶۷ و «هیئت‌های مرگ» می‌گویند." },
        fr: { title: "Témoignages de survivants", description: "D’anciens prisonniers politiques racontent l’été 1988 et les « commissions de la mort »." },
        ar: { title: "شهادات الناجين", description: "سجناء سياسيون سابقون يروون صيف عام 1988 و«لجان الموت»." },
      },
      associations: {
        fa: { title: "انجمن‌های ایرانی: خیزش و دادخواهی", description: "نمایندگان انجمن‌های ایرانی از ریشه‌ها و چشم‌انداز خیزش سراسری می‌گویند." },
        fr: {
          title: "Associations iraniennes : le soulèvement et l’appel à la justice",
          description: "Des représentants d’associations iraniennes sur les racines et les perspectives du soulèvement national.",
        },
        ar: { title: "الجمعيات الإيرانية: الانتفاضة والمطالبة بالعدالة", description: "ممثلو الجمعيات الإيرانية يتحدثون عن جذور الانتفاضة الشاملة وآفاقها." },
      },
      lawmakers: {
        fa: {
          title: "قانون‌گذاران و شخصیت‌ها: پایان مصونیت از مجازات",
          description: "قانون‌گذاران و شخصیت‌های برجستهٔ غربی خواستار تحقیقی مستقل از سوی سازمان ملل می‌شوند.",
        },
        fr: {
          title: "Parlementaires et personnalités : mettre fin à l’impunité",
          description: "Des parlementaires et des personnalités occidentales appellent à une enquête indépendante de l’ONU.",
        },
        ar: { title: "مشرّعون وشخصيات: إنهاء الإفلات من العقاب", description: "مشرّعون وشخصيات غربية بارزة يطالبون بتحقيق مستقل تجريه الأمم المتحدة." },
      },
      closing: {
        fa: { title: "پیام پایانی", description: "پیام به شهرهای میزبان کنفرانس هم‌زمان." },
        fr: { title: "Message de clôture", description: "Message aux villes hôtes de la conférence simultanée." },
        ar: { title: "الكلمة الختامية", description: "رسالة إلى المدن المضيفة للمؤتمر المتزامن." },
      },
      "paris-reception": {
        fa: { title: "پذیرایی خوشامدگویی در محل پاریس", description: "درها باز است؛ نمایشگاه عکس قربانیان برپاست." },
        fr: { title: "Accueil au lieu de Paris", description: "Ouverture des portes ; l’exposition de photos des victimes est présentée." },
      },
      "toronto-panel": {
        fa: { title: "میزگرد جامعهٔ تورنتو", description: "پس از پخش: گفت‌وگوی محلی با جامعهٔ ایرانیان تورنتو." },
        fr: { title: "Table ronde de la communauté de Toronto", description: "Après la diffusion : discussion locale avec la communauté de Toronto." },
      },
    },
  },
  "interactive-conference-2027": {
    event: {
      fa: {
        title: "کنفرانس هم‌زمان و تعاملی ۲۰۲۷",
        summary: "کنفرانس هم‌زمان بعدی جامعه‌های ایرانی اروپا و آمریکای شمالی. ثبت شهرها باز است: محل برگزاری خود را ثبت کنید.",
      },
      fr: {
        title: "Conférence interactive simultanée 2027",
        summary:
          "La prochaine conférence simultanée des communautés iraniennes d’Europe et d’Amérique du Nord. L’inscription des villes est ouverte : inscrivez votre lieu.",
      },
      ar: {
        title: "المؤتمر التفاعلي المتزامن 2027",
        summary: "المؤتمر المتزامن القادم للجاليات الإيرانية في أوروبا وأمريكا الشمالية. باب تسجيل المدن مفتوح: سجّلوا أماكنكم.",
      },
    },
    items: {
      opening: { fa: { title: "گشایش" }, fr: { title: "Ouverture" }, ar: { title: "الافتتاح" } },
      testimonies: { fa: { title: "شهادت‌ها" }, fr: { title: "Témoignages" }, ar: { title: "شهادات" } },
      lawmakers: { fa: { title: "میزگرد قانون‌گذاران" }, fr: { title: "Table ronde des parlementaires" }, ar: { title: "ندوة المشرّعين" } },
      closing: { fa: { title: "پایان برنامه" }, fr: { title: "Clôture" }, ar: { title: "الختام" } },
    },
  },
};
