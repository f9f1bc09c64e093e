## ملخّصات للمنتخَبين: النصّ

digest-period-week = الأسبوع
digest-period-month = الشهر
digest-title =
    📊 <b>ملخّص — { $area }</b>
    { $period }: من { $from } إلى { $to }
    بلاغات جديدة: { $total } ({ $trend })
digest-few = أقلّ من 3
digest-trend-new = جديد
digest-trend-up = زيادة { $percent }٪
digest-trend-down = نقص { $percent }٪
digest-trend-steady = لا تغيير
digest-trend-hidden = العدد قليل جدًّا للمقارنة
digest-category = • { $category }: { $count } ({ $trend })
digest-busiest-title = 🕒 <b>الأوقات الأكثر توتّرًا</b>
digest-busiest-cell = • { $day }، { $slot }: { $count }
digest-busiest-none = 🕒 لا يوجد وقت فيه 3 بلاغات أو أكثر.
digest-statuses = 📌 تمّ حلّها: { $resolved } · قيد العمل: { $progress } · تنتظر: { $waiting }
digest-triage-median = ⏱ الوقت المعتاد قبل أوّل قراءة: { $hours } ساعة
digest-triage-none = ⏱ لم يُقرأ أيّ بلاغ من هذه الفترة بعد.
digest-meetings = 🤝 اجتماعات عُقدت: { $held } · أمّهات حضرن: { $mothers } · شركاء محلّيون حضروا: { $actors }
digest-calmer = 🌿 هل صار الوضع أهدأ؟ نعم: { $calmer } · كما كان: { $same } · أسوأ: { $worse }
digest-broadcasts = 📣 إعلانات أُرسلت: { $count } ({ $copies } رسالة)
digest-excerpts-title = 💬 <b>ما قيل</b> (نصوص موافَق عليها للشركاء)
digest-excerpt = «{ $text }»
digest-caption-short = 📊 ملخّص — { $area }. التفاصيل في الرسالة التالية.

## ملخّصات للمنتخَبين: الصورة

digest-map-title = متى يشتدّ التوتّر — { $area }
digest-map-subtitle = البلاغات حسب اليوم والوقت، من { $from } إلى { $to }
digest-map-legend-none = لا شيء
digest-map-legend-few = أقلّ من 3
digest-map-legend-many = 3 أو أكثر (العدد مكتوب)
digest-slot-early-morning = الصباح الباكر
digest-slot-morning = الصباح
digest-slot-midday = الظهر
digest-slot-afternoon = بعد الظهر
digest-slot-school-exit = خروج المدرسة
digest-slot-evening = المساء
digest-slot-night = الليل

## أيّام الأسبوع (رؤوس أعمدة الصورة)
digest-day-mon = الاثنين
digest-day-tue = الثلاثاء
digest-day-wed = الأربعاء
digest-day-thu = الخميس
digest-day-fri = الجمعة
digest-day-sat = السبت
digest-day-sun = الأحد

## (technical: lines of a summary joined into one caption)
digest-join =
    { $first }
    { $rest }

## الملخّص والتصدير وضبط الملخّص الأسبوعي

cmd-summary = ملخّص بلاغات مدينة أو حيّ
cmd-export = تصدير البلاغات الموافَق عليها (جدول أو Open311)
menu-summary = 📊 ملخّص
menu-export = 📤 تصدير
summary-choose-area = 📊 ملخّص أيّ مكان؟
summary-choose-period = 📊 لأيّ فترة؟
button-summary-city = 🏙 { $area } (المدينة كلّها)
button-summary-quartier = 🏘 { $area }
button-period-week = آخر 7 أيّام
button-period-month = آخر شهر
export-choose = 📤 أيّ تصدير؟ فيه البلاغات الموافَق عليها للشركاء. لا أسماء ولا عناوين. بعد ذلك تختارين الفترة.
button-export-csv = 📄 { $city }: جدول (CSV)
button-export-open311 = 🌐 { $city }: Open311 (JSON)
export-caption = 📤 بلاغات موافَق عليها للشركاء: { $period }. لا أسماء. الأماكن تقريبية. الأوقات حسب فترة اليوم.
settings-digest = 📊 الملخّص الأسبوعي لـ{ $city }: { $day } الساعة { $hour }:00 ({ $state })
button-digest-day = 📅 { $city }: يوم الملخّص
button-digest-hour = 🕗 { $city }: ساعة الملخّص
button-digest-toggle = 🔔 { $city }: الملخّص نعم أو لا
