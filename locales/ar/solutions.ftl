## الحلول والأعمال: الأوامر والقائمة

cmd-solutions = حلول حيّك
cmd-actions = الأعمال: من يفعل ماذا، ومتى
menu-solutions = 💡 الحلول
menu-actions = ✅ الأعمال

## الحلول

solutions-status-proposed = مقترَح
solutions-status-accepted = مختار
solutions-status-merged = مضموم إلى حلّ آخر
solutions-status-set-aside = مؤجَّل
solutions-header =
    💡 <b>حلول { $quartier }</b>
    اقترحتها الأمهات: { $mothers } · اقترحها الشركاء: { $actors }
solutions-none = لا يوجد حلّ مقترَح هنا بعد. يمكنك أن تكوني الأولى.
solutions-entry =
    💡 { $text }
    اقترحه: { $role } · { $status } · 👍 { $supporters ->
        [zero] لا دعم بعد
        [one] دعم واحد
        [two] دعمان
        [few] { $supporters } حالات دعم
        [many] { $supporters } دعمًا
       *[other] { $supporters } دعم
    }
solutions-entry-erased =
    💡 (حُذف النص بطلب من صاحبته)
    اقترحه: { $role } · { $status } · 👍 { $supporters ->
        [zero] لا دعم بعد
        [one] دعم واحد
        [two] دعمان
        [few] { $supporters } حالات دعم
        [many] { $supporters } دعمًا
       *[other] { $supporters } دعم
    }
solutions-button-propose = ✍️ اقتراح حلّ
solutions-button-support = 👍 أدعم هذا
solutions-button-accept = ✅ اختياره
solutions-button-merge = 🔗 ضمّه إلى حلّ آخر
solutions-button-set-aside = 🗄 تأجيله
solutions-button-action = 📌 تحويله إلى عمل
solutions-ask-text = ما الذي يساعد؟ اكتبي فكرتك في جمل قليلة. تكلّمي عن المكان والوقت. لا تذكري الأشخاص.
solutions-ask-text-report = ما الذي يساعد في بلاغك <b>{ $reference }</b>؟ اكتبي فكرتك في جمل قليلة.
solutions-proposed = شكرًا! حُفظت فكرتك. سيراها الآخرون مع دورك. لن يروا اسمك أبدًا.
solutions-supported = 👍 حُسب دعمك.
solutions-already-supported = أنت تدعمين هذا الحلّ من قبل. دعمك يُحسب مرة واحدة.
solutions-decided = تمّ. الحلّ الآن: { $status }. أخبرنا صاحبة الاقتراح.
solutions-decided-proposer = 💡 فكرتك «{ $text }»: { $status }. شكرًا لأنك اقترحتها.
solutions-merge-choose = إلى أيّ حلّ نضمّه؟
solutions-merge-none = لا يوجد حلّ مفتوح آخر في هذا الحيّ.
solutions-what-would-help = 💡 ما الذي يساعد؟ اختاري بلاغًا لتقترحي فكرة.

## الأعمال

actions-status-open = للإنجاز
actions-status-started = بدأ
actions-status-blocked = متوقّف
actions-status-done = أُنجز
actions-button-open = 📂 فتح
actions-button-started = ▶️ بدأ العمل
actions-button-done = ✅ أُنجز
actions-button-blocked = ⛔ متوقّف
actions-button-new-date = 📅 موعد جديد
actions-none = ليس لديك عمل تتابعينه الآن.
actions-line = 📌 { $what } — قبل { $due } — { $status }
actions-line-overdue = ⏰ { $what } — كان موعده { $due }. متأخّر — { $status }
actions-note = 📝 { $note }
actions-partner-text = 🗂 <b>{ $reference }</b>: { $text }
actions-assigned = 📌 نعتمد عليك في عمل: { $what }. قبل { $due }. أخبرينا بالتقدّم عبر الأزرار.
actions-reminder-before = ⏳ تذكير: العمل «{ $what }» موعده { $due }. إلى أين وصل؟
actions-reminder-overdue = ⏰ العمل «{ $what }» كان موعده { $due }. لم يُنجز بعد. أخبرينا بالتقدّم، أو أعطي موعدًا جديدًا.
actions-ask-done-note = أحسنت! ماذا أُنجز؟ اكتبيه في جملة أو جملتين. ستقرؤه الأمهات اللواتي أبلغن.
actions-ask-blocked-why = ما الذي يوقفه؟ اكتبيه في جملة أو جملتين.
actions-ask-date = ما الموعد الجديد؟ اكتبيه هكذا: 31/12/2026 (أو 31/12/2026 18:00).
actions-error-date = لم أفهم هذا التاريخ. اكتبيه هكذا: 31/12/2026 (أو 31/12/2026 18:00).
actions-error-date-past = هذا التاريخ مضى. اختاري تاريخًا قادمًا.
actions-error-carrier = هذا الشخص لا يمكنه أن يتولّى عملًا في هذا الحيّ.
actions-updated = سُجّل ذلك. شكرًا.
actions-ask-what = ماذا سيُفعل بالضبط؟ اكتبيه في جملة واحدة.
actions-ask-carrier = من يتولّى هذا العمل؟ اختاري شخصًا، أو اكتبي اسم جهة (مثلًا: المالك).
actions-ask-due = قبل أيّ تاريخ؟ اكتبيه هكذا: 31/12/2026.
actions-created = 📌 أُنشئ العمل. سيصل إلى من يتولّاه مع الأزرار. وسيصله تذكير قبل الموعد.
actions-said-did = 🗣 قلتنّ، ففعلنا. بلاغك <b>{ $reference }</b>: { $done }

## هل صار الوضع أهدأ؟

calmer-question = 🕊 قبل أسابيع، أُنجز هذا في حيّك: { $what }. منذ ذلك الحين، في هذا الوقت من الأسبوع، هل صار الوضع أهدأ؟
calmer-question-discreet = 🕊 سؤال عن حيّك: في هذا الوقت من الأسبوع، هل صار الوضع أهدأ من قبل أسابيع؟
calmer-button-better = 🙂 أفضل
calmer-button-same = 😐 كما هو
calmer-button-worse = 🙁 أسوأ
calmer-thanks = شكرًا على جوابك. يُحسب دون اسمك.
calmer-already-answered = أجبت عن هذا السؤال من قبل. شكرًا!
calmer-results = 🕊 هل صار أهدأ؟ أفضل: { $better } · كما هو: { $same } · أسوأ: { $worse }
calmer-results-none = 🕊 هل صار أهدأ؟ الأجوبة لا تكفي بعد. نحتاج 3 أجوبة.

## حال المدينة (المنسّقة)

health-view =
    🩺 <b>{ $city }</b>
    • أعمال جارية: { $open }، منها متأخّرة: { $overdue }
    • بلاغات لم تُقرأ بعد: { $waiting } (أقدمها ينتظر منذ { $oldest })
    • المدة المعتادة قبل أول قراءة: { $median }
    • اجتماعات انتهت بلا محضر: { $minutes }
health-hours = { $hours ->
    [zero] أقل من ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}
health-unknown = —

## قرار اجتماع يصبح عملًا
meeting-decision-line = 🤝 قرار: { $text }
meeting-decision-line-acted = 🤝 قرار: { $text }
    📌 هذا القرار صار عملًا.
actions-decision-already = 📌 هذا القرار صار عملًا من قبل. يمكنك متابعته من هنا.

## عمل جديد من لا شيء ({ -ltr }/newaction{ -end })
cmd-newaction = إنشاء عمل: من يفعل ماذا، ومتى
menu-new-action = ➕ عمل جديد
actions-new-ask-quartier = في أيّ حيّ هذا العمل؟
actions-new-ask-reports = هل يجيب هذا العمل على بلاغات؟ اكتبي أرقامها، مثلًا: { -ltr }BEL-0001, BEL-0004{ -end }. أو اضغطي «لا بلاغ».
actions-new-button-no-reports = لا بلاغ
actions-new-error-references = لم أتعرّف على رقم بلاغ. اكتبي الأرقام هكذا: { -ltr }BEL-0001, BEL-0004{ -end }. أو اضغطي «لا بلاغ».
actions-new-error-elsewhere = البلاغ { $reference } ليس من هذا الحيّ. لم يُنشأ شيء. اكتبي أرقامًا أخرى، أو اضغطي «لا بلاغ».

## المنسّقة تُخبَر حين يتوقّف عمل أو يُنجَز
actions-news-blocked = ⛔ عمل في مدينتك متوقّف: «{ $what }». سبب التوقّف: { $note }
actions-news-done = ✅ عمل في مدينتك أُنجِز: «{ $what }». ما تمّ فعله: { $note }
