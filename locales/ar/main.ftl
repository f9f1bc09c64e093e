# Agenda MMM — العربية.
# المتغيرات داخل { $… } مهرَّبة مسبقًا لـ HTML الخاص بتيليغرام.

language-name = العربية

## Commands, references and codes stay left to right inside Arabic sentences: Fluent
## isolates only { $variables }, so each literal one is wrapped in { -ltr } … { -end }
## (U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE).
-ltr = {"\u2066"}
-end = {"\u2069"}

## ما يعرضه تيليغرام قبل /start

bot-description = أجندة MMM للعيش معًا بشكل أفضل تضع الأمهات في قلب التشاور في الحيّ. بلّغي عن المشاكل في الحيّ. اجتمعي مع الشرطة والمدرسة والعاملين الاجتماعيين والمنتخَبين، والكلّ سواسية. تابعي الحلول. بدعوة من مدينتك.
bot-short-description = الأمهات في قلب التشاور في الحيّ.

## أوصاف الأوامر (قائمة «/» في تيليغرام)

cmd-start = البدء أو الانضمام برمز
cmd-help = ما يمكنك فعله
cmd-language = تغيير اللغة
cmd-settings = إعداداتك
cmd-cancel = إيقاف ما يجري الآن
cmd-privacy = من يرى ماذا، وحقوقك
cmd-invite = إنشاء دعوة
cmd-members = أعضاء حيّ
cmd-revoke = إلغاء دعوة
cmd-newquartier = إنشاء حيّ
cmd-newcity = إنشاء مدينة
cmd-linkgroup = ربط هذه المجموعة بحيّ

## الأدوار

role-mother = أمّ
role-relay = أمّ وسيطة
role-facilitator = منشّطة ورشات الأمهات
role-actor = شريك محلي
role-coordinator = منسّقة
role-elected = منتخَب(ة)
role-relay-plural = الأمهات الوسيطات
role-facilitator-plural = المنشّطات

## الأخطاء والردود العامة

error-generic = عذرًا، حدث خلل من جهتنا. لم يضِع شيء: حاولي مرة أخرى بعد قليل.
error-not-allowed = لا يحقّ لك القيام بهذا.
error-stale-button = هذا الزر لم يعد صالحًا. ابدئي من جديد من القائمة.
error-not-registered = مرحبًا! للبدء، أرسلي { -ltr }/start{ -end }.
error-private-only = هذا الأمر يعمل فقط في محادثة خاصة معي.
error-group-only = هذا الأمر يعمل فقط في مجموعة تيليغرام الخاصة بالحيّ.
error-unknown-command = لا أعرف هذا الأمر. أرسلي { -ltr }/help{ -end } لتري ما يمكنك فعله.
error-expected-text = أنتظر هنا رسالة مكتوبة.
error-expected-choice = اختاري جوابًا بالأزرار أعلاه، أو أرسلي { -ltr }/cancel{ -end } للتوقف.
error-empty-text = هذا النص فارغ.
error-text-too-long = النص طويل جدًا. الحد الأقصى لعدد الحروف: { $max }.
error-bad-characters = في هذا النص حروف لا أستطيع استعمالها.
error-bad-prefix = الرمز المختصر للحيّ يتكوّن من 2 إلى 4 حروف، مثلًا BEL.
error-bad-timezone = لا أعرف هذه المنطقة الزمنية. مثال: Europe/Paris.
error-unknown-language = لا أعرف هذه اللغة.
error-unknown-role = لا أعرف هذا الدور.
error-edited = لا أقرأ الرسائل المعدَّلة: أرسلي رسالة جديدة.
error-not-allowed-instead = إليك ما يمكنك فعله: { $commands }
dialogue-expired =
    بقيت محادثتك السابقة دون متابعة مدة { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }، فحذفتها. يمكنك أن تبدئي من جديد متى شئتِ.
cancelled = تمّ الإلغاء. لم نحفظ أي شيء.
nothing-to-cancel = لا يجري أي شيء الآن.

## الأزرار

button-continue = ✅ متابعة
button-skip = ⏭ تخطّي
button-discreet-on = 🤫 نعم، وضع التخفّي
button-discreet-off = 👁 لا، شكرًا
button-revoke = 🚫 إلغاء هذه الدعوة
button-end-role = ✖️ إنهاء الدور
button-change-role = 🔁 تغيير الدور
button-toggle-discreet = 🤫 وضع التخفّي: تغيير
button-change-name = ✏️ تغيير اسمي
button-remove-name = 🗑 حذف اسمي
button-change-language = 🌐 تغيير اللغة

## القائمة الرئيسية (لوحة المفاتيح)

menu-help = ❓ مساعدة
menu-settings = ⚙️ الإعدادات
menu-language = 🌐 اللغة
menu-privacy = 🔐 الخصوصية
menu-invite = ✉️ دعوة
menu-members = 👥 الأعضاء
menu-new-quartier = 🏘 حيّ جديد
menu-new-city = 🏙 مدينة جديدة
menu-shown = هذه هي القائمة.

## التسجيل

onboarding-choose-language = مرحبًا بك في <b>أجندة MMM للعيش معًا بشكل أفضل</b>! اختاري لغتك:
onboarding-notice =
    <b>قبل أن نبدأ</b>
    • بلاغاتك تقرؤها منسّقة مدينتك.
    • الأمهات الوسيطات والمنشّطات في حيّك يقرأنها أيضًا، فقط إذا اخترتِ ذلك.
    • الشرطة والمدرسة والشركاء الآخرون والمنتخَبون لا يرون اسمك أبدًا.
    • نحتفظ بلغتك وحيّك ودورك، وباسمك الأول فقط إذا أعطيتِنا إياه.
    • نحذف المحادثة غير المكتملة بعد { $hours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
    • يمكنك أن تري كل شيء وأن تحذفي كل شيء في أي وقت.
onboarding-ask-code = أرسلي رمز الدعوة الذي أعطوه لك (12 حرفًا ورقمًا، مثلًا <code>K7QX-M2PA-9RTD</code>).
onboarding-ask-name = بأي اسم تحبين أن نناديك؟ اسمك الأول <b>اختياري</b>. لا يراه إلا الأشخاص الذين يقرؤون بلاغاتك، وفقط إذا اخترتِ ذلك. يمكنك التخطي.
onboarding-ask-discreet =
    <b>وضع التخفّي</b>
    هذا الوضع مفيد إذا كان شخص آخر قد ينظر إلى هاتفك. نحذف بلاغاتك من هذه المحادثة بعد إرسالها. ورسائلي لا تقول شيئًا عن محتواها. هل تريدين تفعيله؟ يمكنك تغييره في { -ltr }/settings{ -end }.
onboarding-welcome = مرحبًا بك! انضممتِ إلى <b>{ $place }</b> بصفة <b>{ $role }</b>.
onboarding-welcome-admin = مرحبًا بك! أنتِ التي تشغّلين هذا البوت (المشغّلة). ابدئي بإنشاء مدينة عبر { -ltr }/newcity{ -end }.
onboarding-privacy-guide =
    <b>احمي نفسك على تيليغرام</b>
    • أخفي رقمك: الإعدادات ← الخصوصية والأمان ← رقم الهاتف ← «لا أحد».
    • أقفلي تيليغرام برمز: الإعدادات ← الخصوصية والأمان ← قفل رمز المرور.
    • رسائلك معي لا تظهر إلا في هذه المحادثة: احذفيها متى شئتِ.
onboarding-already-member = أنتِ مسجّلة من قبل.
joined-new-role = تمّ! دورك الآن في <b>{ $place }</b>: <b>{ $role }</b>.
joined-already = عندك هذا الدور من قبل في <b>{ $place }</b>.
inviter-joined-named = انضمام جديد بفضل دعوتك: <b>{ $name }</b> في { $place } بصفة { $role }.
inviter-joined-unnamed = انضمام جديد بفضل دعوتك: شخص جديد في { $place } بصفة { $role }.

## الدعوات المرفوضة

invite-problem-unknown = رمز الدعوة هذا غير موجود. تحقّقي منه، أو اطلبي رمزًا جديدًا.
invite-problem-expired = انتهت صلاحية هذه الدعوة. اطلبي دعوة جديدة من الشخص الذي أعطاك إياها.
invite-problem-used-up = هذه الدعوة استُعملت كل المرات المسموح بها. اطلبي دعوة جديدة.
invite-problem-revoked = هذه الدعوة ملغاة. اطلبي دعوة جديدة.

## المساعدة

help-intro = <b>أجندة MMM</b> — ما يمكنك فعله:
help-everyone =
    { -ltr }/language{ -end } — تغيير اللغة
    { -ltr }/settings{ -end } — إعداداتك (وضع التخفّي، الاسم الأول)
    { -ltr }/privacy{ -end } — من يرى ماذا، وحقوقك
    { -ltr }/mydata{ -end } — رؤية معلوماتك وتنزيلها
    { -ltr }/forget{ -end } — حذف حسابك ومعلوماتك
    { -ltr }/cancel{ -end } — إيقاف ما يجري الآن
help-inviter = { -ltr }/invite{ -end } — دعوة أمّ من حيّك
help-coordinator =
    { -ltr }/invite{ -end } — دعوة أمّ، أو أمّ وسيطة، أو منشّطة، أو شريك محلي، أو منتخَب(ة)
    { -ltr }/members{ -end } — رؤية أعضاء حيّ، وتغيير دور أو إنهاؤه
    { -ltr }/revoke{ -end } — إلغاء دعوة
    { -ltr }/newquartier{ -end } — إنشاء حيّ
    { -ltr }/linkgroup{ -end } — ربط مجموعة تيليغرام الخاصة بحيّ بهذا الحيّ (أرسليه داخل المجموعة)
help-admin =
    { -ltr }/newcity{ -end } — إنشاء مدينة
    { -ltr }/newquartier{ -end } — إنشاء حيّ
    { -ltr }/invite{ -end } — تعيين منسّقة
help-not-member = لستِ عضوة في أي حيّ بعد: أرسلي { -ltr }/start{ -end } متبوعًا برمز دعوتك.

## اللغة والإعدادات

language-choose = اختاري لغتك:
language-changed = حسنًا: سأكلّمك الآن بالعربية.
settings-summary =
    <b>إعداداتك</b>
    اللغة: { $language }
    الاسم الأول: { $name }
    وضع التخفّي: { $discreet }
settings-name-none = (لا يوجد)
settings-on = مفعّل
settings-off = غير مفعّل
settings-discreet-changed = وضع التخفّي: { $state }.
settings-ask-name = أرسلي الاسم الأول الذي تريدين استعماله.
settings-name-saved = تمّ حفظ الاسم الأول.
settings-name-removed = تمّ حذف الاسم الأول.

## الخصوصية


## المدن والأحياء

newcity-ask = أرسلي اسم المدينة، ثم منطقتها الزمنية إذا لم تكن { $tz }. مثال: <code>Roubaix</code> أو <code>Cayenne America/Cayenne</code>
newcity-created = تمّ إنشاء مدينة <b>{ $city }</b> (المنطقة الزمنية: { $tz }). عيّني منسّقتها عبر { -ltr }/invite{ -end }.
newcity-duplicate = توجد من قبل مدينة بهذا الاسم.
newquartier-ask = أرسلي الرمز المختصر للحيّ (من 2 إلى 4 حروف، ولا يمكن تغييره بعد ذلك) ثم اسمه. مثال: <code>BEL Belleville</code>
newquartier-choose-city = في أي مدينة؟
newquartier-created = تمّ إنشاء حيّ <b>{ $quartier }</b> ({ $prefix }) في { $city }. ادعي أعضاءه عبر { -ltr }/invite{ -end }.
newquartier-duplicate = الرمز المختصر { $prefix } مستعمل من قبل في هذه المدينة.
no-city-yet = لا توجد بعد أي مدينة يمكنك فيها القيام بهذا.

## الدعوات

invite-choose-role = لأي دور هذه الدعوة؟
invite-choose-place = لأي حيّ أو أي مدينة؟
invite-nothing-to-grant = لا يمكنك دعوة أحد في الوقت الحالي.
invite-created =
    <b>دعوة: { $role }</b> — { $place }
    الرمز: <code>{ $code }</code>
    الرابط: { $link }
    صالحة حتى { $until }، { $uses ->
        [zero] لعدد { $uses } من الأشخاص.
        [one] لشخص واحد.
        [two] لشخصين.
        [few] لـ{ $uses } أشخاص.
        [many] لـ{ $uses } شخصًا.
       *[other] لـ{ $uses } شخص.
    }
invite-qr-caption = امسحي هذا الرمز للانضمام إلى أجندة MMM — { $place }. أو أرسلي { -ltr }/start { $code }{ -end } إلى البوت.
invite-revoked = تمّ إلغاء الدعوة <code>{ $code }</code>: لا يمكن استعمالها بعد الآن.
invite-already-revoked = هذه الدعوة ملغاة من قبل.
invite-list = دعواتك التي ما زالت صالحة:
invite-list-entry = <code>{ $code }</code> — { $role }، { $place } ({ -ltr }{ $used }/{ $max }{ -end })
invite-list-empty = ليست لديك أي دعوة جارية.

## الأعضاء

members-choose-quartier = أعضاء أي حيّ؟
members-header =
    <b>{ $place }</b> — { $count ->
        [zero] لا أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
members-entry = { $n }. { $name } — { $role }
members-unnamed = العضو رقم { $id }
members-choose-new-role = ما الدور الجديد لـ{ $name }؟
members-role-ended = انتهى دور «{ $role }» لـ{ $name }.
members-role-changed = دور { $name } الآن: { $role }.
members-role-already-ended = هذا الدور انتهى من قبل.
member-notice-ended = انتهى دورك ({ $role }) في { $place }. شكرًا على التزامك!
member-notice-changed = دورك في { $place } أصبح الآن: { $role }.

## مجموعات تيليغرام الخاصة بالأحياء

linkgroup-usage = في مجموعة تيليغرام الخاصة بالحيّ، أرسلي { -ltr }/linkgroup{ -end } متبوعًا بالرمز المختصر للحيّ، مثلًا <code>{ -ltr }/linkgroup BEL{ -end }</code>.
linkgroup-done = هذه المجموعة مرتبطة الآن بحيّ <b>{ $quartier }</b>. يمكن نشر إعلانات الحيّ هنا. أما البلاغات، فلا ننشرها هنا أبدًا.
linkgroup-unknown-prefix = لا يوجد في مدنك أي حيّ رمزه المختصر { $prefix }.

## البلاغات: الأوامر والقائمة والمساعدة

cmd-report = الإبلاغ عن مشكل في الحيّ
cmd-myreports = بلاغاتك
menu-report = 📝 إبلاغ
menu-myreports = 📋 بلاغاتي
help-reporter =
    { -ltr }/report{ -end } — الإبلاغ عن مشكل في الحيّ
    { -ltr }/myreports{ -end } — بلاغاتك وإلى أين وصلت

## البلاغات: الخطر

report-danger =
    <b>في حالة الخطر، اتصلي بهذه الأرقام:</b>
    📞 <b>17</b> الشرطة · <b>112</b> الطوارئ
    ✉️ <b>114</b> برسالة نصية (SMS) إذا لم تستطيعي الكلام
    🧒 <b>119</b> طفل في خطر
    🟣 <b>3919</b> العنف ضد النساء
    هذا البوت ليس خدمة طوارئ.
button-danger-now = 🆘 شخص في خطر الآن
report-danger-alerted = اتصلي بهذه الأرقام حالًا: يجيبون ليلًا ونهارًا. وأخبرتُ أيضًا منسّقة مدينتك. لكنها ليست خدمة طوارئ. إذا كان شخص في خطر، اتصلي بـ 17 أو 112.
report-danger-no-coordinator = اتصلي بهذه الأرقام حالًا: يجيبون ليلًا ونهارًا. لم أُخبر أحدًا: مدينتك ليس فيها منسّقة بعد. إذا كان شخص في خطر، اتصلي بـ 17 أو 112.
alert-danger = 🆘 ضغط شخص من { $quartier } على «شخص في خطر الآن». وقد وصلته أرقام الطوارئ.
alert-danger-city = 🆘 ضغط شخص من مدينة { $city } على «شخص في خطر الآن». وقد وصلته أرقام الطوارئ.
report-not-member = للإبلاغ، يجب أن تكوني عضوة في حيّ. اطلبي دعوة من منسّقتك.

## البلاغات: الخطوات

report-choose-quartier = في أي حيّ؟
report-choose-category = بماذا يتعلّق الأمر؟
category-neighbours = 🏘 توتّرات بين الجيران
category-school-run = 🏫 الخروج من المدرسة والطريق إليها
category-harassment = 🗣 تحرّش أو شتائم في الشارع
category-youth-conflict = 👊 شجارات أو نزاعات بين الشباب
category-insecurity = ⚠️ بيع المخدرات، عدم الأمان
category-incivility = 🗑 ضجيج، نفايات، تخريب
category-public-space = 💡 الشوارع والأماكن العامة (الضوء، تجهيزات مكسورة)
category-vulnerable-person = 🧓 شخص ضعيف ووحيد
category-discrimination = ✋ تمييز
category-other = ❔ شيء آخر
report-ask-when = متى يحدث ذلك؟
button-when-now = ⏱ الآن
button-when-earlier = 🕘 في وقت سابق اليوم
button-when-regularly = 🔁 يحدث كثيرًا
report-ask-slot = في أي وقت من اليوم؟
slot-early-morning = 🌅 الصباح الباكر (من 6:00 إلى 9:00)
slot-morning = ☀️ الصباح (من 9:00 إلى 12:00)
slot-midday = 🍽 الظهر (من 12:00 إلى 14:00)
slot-afternoon = 🌤 بعد الظهر (من 14:00 إلى 16:00)
slot-school-exit = 🎒 الخروج من المدرسة (من 16:00 إلى 18:00)
slot-evening = 🌆 المساء (من 18:00 إلى 21:00)
slot-night = 🌙 الليل (من 21:00 إلى 6:00)
report-ask-weekdays = أي أيام؟ اضغطي على الأيام، ثم على «تأكيد».
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
button-done = ✅ تأكيد
report-ask-place = أين؟ اكتبي المكان (شارع، محطة حافلات، مدخل مدرسة…) أو شاركي موقعًا عبر 📎. يمكنك التخطي.
report-ask-content = احكي ما يحدث: <b>صِفي المكان والوقت، لا الأشخاص</b> — لا أسماء ولا وجوه. اكتبي، أو أرسلي رسالة صوتية 🎤 أو صورة. يمكنك التخطي.
report-photos-added =
    { $count ->
        [one] أُضيفت الصورة.
        [two] أُضيفت صورتان.
        [few] أُضيفت { $count } صور.
        [many] أُضيفت { $count } صورة.
       *[other] أُضيفت { $count } صورة.
    } أرسلي المزيد، أو تابعي.
report-photo-cap-reached = هذا هو الحد الأقصى: يحتفظ البلاغ بـ { $max } صور على الأكثر. تابعي متى شئتِ.
report-photos-not-taken =
    { $count ->
        [one] لم تُضف صورة واحدة
        [two] لم تُضف صورتان
        [few] لم تُضف { $count } صور
       *[other] لم تُضف { $count } صورة
    }: يحتفظ البلاغ بـ { $max } صور على الأكثر.
report-ask-audience = من يمكنه قراءة بلاغك؟
button-audience-coordinator = 🔒 المنسّقة فقط
button-audience-relays = 👥 المنسّقة والأمهات الوسيطات والمنشّطات في حيّي
report-ask-identity = هل يمكن أن يظهر اسمك الأول لمن سيقرأن بلاغك؟
button-named = 🙋 نعم، مع اسمي
button-anonymous = 🕶 لا، دون ذكر اسمي
report-anonymous-warning = ⚠️ بلاغك دون ذكر اسمك: لن يرى أحد اسمك في البوت. لكن صوتك أو صورة أو موقعًا دقيقًا قد يكشف من أنتِ. ماذا تريدين أن تفعلي؟
button-keep-media = أُبقيها
button-drop-media = 🗑 إزالتها

## البلاغات: الملخّص والإرسال

report-summary =
    <b>بلاغك</b>
    الحيّ: { $quartier }
    الموضوع: { $category }
    متى: { $when }
    أين: { $place }
    ماذا: { $content }
    يقرؤه: { $audience }
    الاسم الأول: { $identity }
report-when-now = الآن
report-when-earlier = اليوم — { $slot }
report-when-regularly = كثيرًا — { $days } — { $slot }
report-place-none = (غير محدّد)
report-place-location = موقع مُشارَك
report-content-none = (لا شيء)
report-content-voice = رسالة صوتية
report-content-photos =
    { $count ->
        [zero] لا صور
        [one] صورة واحدة
        [two] صورتان
        [few] { $count } صور
        [many] { $count } صورة
       *[other] { $count } صورة
    }
report-audience-coordinator = المنسّقة فقط
report-audience-relays = المنسّقة والأمهات الوسيطات والمنشّطات في الحيّ
report-identity-named = نعم، مع اسمي
report-identity-anonymous = لا، دون ذكر اسمي
button-confirm = ✅ إرسال
button-change = ✏️ تعديل
button-cancel-report = ✖️ إلغاء
report-change-which = ماذا تريدين أن تعدّلي؟
step-category = الموضوع
step-when = متى
step-place = أين
step-content = ماذا
step-audience = من يمكنه القراءة
step-identity = الاسم الأول
report-saved = شكرًا. حفظنا بلاغك <b>{ $reference }</b>. سنخبرك عند كل خطوة؛ تجدينه في { -ltr }/myreports{ -end }.
report-cancelled = ألغينا البلاغ: لم نحفظ أي شيء.
report-expected-place = أنتظر مكانًا مكتوبًا أو موقعًا مُشارَكًا (📎 ← الموقع)، أو «تخطّي».
report-expected-content = أنتظر نصًا أو رسالة صوتية أو صورة، أو «تخطّي».

## بلاغاتي

myreports-none = لم ترسلي أي بلاغ بعد. لإرسال بلاغ: { -ltr }/report{ -end }
myreports-header = <b>بلاغاتك</b>
myreports-entry = <b>{ $reference }</b> — { $category } — { $status } ({ $date })
status-new = 🆕 وصلنا
status-acknowledged = 👀 اطّلعنا عليه
status-on-agenda = 📅 سنناقشه في اجتماع
status-in-progress = 🔧 نعمل عليه
status-resolved = ✅ تمّ الحلّ
status-duplicate = 🔁 بلّغ عنه شخص من قبل
status-rejected = ✖️ غير مقبول
weekday-plain = { $day }
weekday-ticked = ✅ { $day }

## فرز البلاغات

cmd-reports = قراءة البلاغات وفرزها
menu-reports = 🗂 بلاغات الحيّ
help-triage = { -ltr }/reports{ -end } — قراءة بلاغات حيّك وفرزها
triage-choose-quartier = بلاغات أيّ حيّ؟
triage-list-header =
    <b>{ $place }</b> — { $filter }: { $count ->
        [zero] لا بلاغات
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $count } بلاغات
        [many] { $count } بلاغًا
       *[other] { $count } بلاغ
    }
triage-filter-open = المفتوحة
triage-filter-closed = المغلقة
triage-list-button = { $reference } · { $date } · { $kind } · { $status } · { $category }
button-show-open = 📂 المفتوحة
button-show-closed = 🗄 المغلقة
button-previous = ▶️ السابقة
button-next = التالية ◀️
triage-detail =
    <b>{ $reference }</b> — { $status }
    الموضوع: { $category }
    متى: { $when }
    أين: { $place }
    ماذا: { $content }
    يقرؤه: { $audience }
    المُرسِلة: { $reporter }
triage-when-cell = { $kind } — { $days } — { $slot } (أُبلغ عنه يوم { $date })
triage-location = موقع ({ $lat }، { $lon })
triage-reporter-anonymous = دون ذكر الاسم
triage-reporter-unnamed = عضوة لم تذكر اسمها
triage-set-status = ← { $status }
triage-ask-reason = لماذا هذا البلاغ غير مقبول؟ نحفظ السبب في السجلّ.
triage-ask-duplicate = هذا البلاغ يكرّر أيّ بلاغ؟ أرسلي رقمه، مثلًا <code>BEL-0012</code>.
triage-duplicate-unknown = لا أجد هذا البلاغ في هذا الحيّ. تحقّقي من الرقم.
triage-status-changed = <b>{ $reference }</b>: { $status }.
report-status-changed = هناك جديد عن بلاغك <b>{ $reference }</b>: { $status }.
report-news-discreet = هناك جديد عن أحد بلاغاتك: افتحي { -ltr }/myreports{ -end }.
triage-kind-once = مرة واحدة
triage-kind-regularly = كثيرًا

## التنبيهات والحدود

settings-alerts = البلاغات الجديدة: { $alerts }
alerts-immediate = 🔔 تنبيه فوري
alerts-daily = 🗓 ملخّص واحد في اليوم
alerts-off = 🔕 بلا تنبيهات
button-alerts = 🔔 التنبيهات: تغيير
alert-new-report = 🆕 بلاغ جديد <b>{ $reference }</b> في { $quartier }: { $category }. افتحي { -ltr }/reports{ -end }.
alert-roundup =
    { $count ->
        [zero] 🗓 لا بلاغات جديدة اليوم. افتحي { -ltr }/reports{ -end }.
        [one] 🗓 بلاغ جديد واحد اليوم. افتحي { -ltr }/reports{ -end }.
        [two] 🗓 بلاغان جديدان اليوم. افتحي { -ltr }/reports{ -end }.
        [few] 🗓 { $count } بلاغات جديدة اليوم. افتحي { -ltr }/reports{ -end }.
        [many] 🗓 { $count } بلاغًا جديدًا اليوم. افتحي { -ltr }/reports{ -end }.
       *[other] 🗓 { $count } بلاغ جديد اليوم. افتحي { -ltr }/reports{ -end }.
    }
report-limit = لقد أرسلتِ الحدّ الأقصى من البلاغات خلال 24 ساعة ({ $max }): شكرًا لك! تابعي غدًا. إذا كان الأمر عاجلًا، فاتصلي بالرقم 17 أو 112.
error-slow-down = على مهلك 🙂: تكتبين لي بسرعة كبيرة. لم آخذ { $what } بعين الاعتبار، ولا ما أرسلتِه بعدها مباشرة في الثانية نفسها. أعيدي إرساله بعد لحظة.
error-slow-down-button = على مهلك 🙂: لم يُؤخذ ضغطك على هذا الزر بعين الاعتبار. اضغطي مرة أخرى بعد لحظة.
flood-what-message = هذه الرسالة
flood-what-photo = هذه الصورة
flood-what-voice = هذه الرسالة الصوتية
flood-what-location = هذا الموقع

## متابعة بلاغ

button-redact = ✏️ تصحيح النص
button-drop-photos = 🗑 إزالة الصور
button-validate = ✅ نصّ للشركاء
button-safeguarding = 🛡 حماية (لا يظهر في الملخّصات)
button-ask = ❓ طرح سؤال
triage-ask-redacted = أرسلي النص المصحَّح، دون أسماء أو تفاصيل تكشف أحدًا. سيأخذ مكان النص الأول.
triage-redacted = تمّ تصحيح النص. وكتبنا ذلك في السجلّ.
triage-photos-dropped = تمّت إزالة الصور. وكتبنا ذلك في السجلّ.
triage-ask-partner-text = أرسلي النص الذي ستقرؤه الشرطة والمدرسة والشركاء الآخرون والمنتخَبون. اكتبي المكان والوقت والمشكل، دون أي اسم أو هوية.
triage-validated = تمّت الموافقة على النص للشركاء.
triage-safeguarding-on = 🛡 الحماية مفعّلة: لن يظهر هذا البلاغ في أي ملخّص.
triage-safeguarding-off = تمّ إلغاء الحماية.
triage-ask-question = أرسلي سؤالك. سنرسله دون اسمك، ويصلك جوابها دون اسمها.
triage-question-sent = تمّ إرسال السؤال.
triage-reporter-gone = لم يعد ممكنًا التواصل مع صاحبة هذا البلاغ.
triage-ask-resolution = ماذا فعلتم؟ سنرسل رسالتك إليها («قلتِ لنا، وهذا ما فعلناه»). يمكنك التخطي.
report-resolved = ✅ بلاغك <b>{ $reference }</b> تمّ حلّه. ما فعلناه: { $done }
question-asked = ❓ عندك سؤال عن بلاغك <b>{ $reference }</b>: افتحي { -ltr }/myreports{ -end } لتقرئيه وتجيبي.
myreports-question = ❓ <b>{ $reference }</b>: «{ $question }»
button-answer = ✍️ الجواب
answer-ask = اكتبي جوابك. سنرسله دون اسمك.
answer-thanks = شكرًا، أرسلنا جوابك.
answer-received = ✍️ جواب عن <b>{ $reference }</b>: «{ $answer }»
partners-header = <b>{ $place }</b> — البلاغات الموافق عليها للشركاء
partners-entry =
    <b>{ $reference }</b> — { $category } — { $status }
    { $text }
partners-none = لا توجد بلاغات موافق عليها حتى الآن.

## وضع التخفّي

report-discreet-offer = 🤫 هل يمكن لشخص آخر أن ينظر في هاتفك؟ وضع التخفّي يحذف هذا البلاغ من المحادثة بعد إرساله. ورسائلي لن تقول شيئًا عن محتواه.
report-discreet-accepted = 🤫 وضع التخفّي مفعّل: سنحذف هذا البلاغ من المحادثة بعد إرساله. يمكنك تغيير ذلك في { -ltr }/settings{ -end }.
report-discreet-declined = حسنًا، لن أسألك مرة أخرى. يمكنك تفعيل وضع التخفّي في أي وقت من { -ltr }/settings{ -end }.
report-discreet-receipt = ✔️ تم الاستلام، شكرًا لك. تجدين بلاغاتك عبر { -ltr }/myreports{ -end }.

## الفرز حسب الموضوع

button-by-category = 🔎 حسب الموضوع
button-all-categories = كل المواضيع
triage-choose-category = أيّ موضوع؟
triage-list-category = الموضوع: { $category }

## حذف صورة

triage-which-photo = أيّ صورة تريدين إزالتها؟ (حسب ترتيب إرسالها)
button-drop-photo = 🗑 الصورة { $n }

## الخصوصية: /privacy و /mydata و /forget

cmd-mydata = رؤية معلوماتك وتنزيلها
cmd-forget = حذف حسابك ومعلوماتك
privacy-controller =
    <b>{ $city }</b> — الجهة المسؤولة عن معلوماتك (تُسمّى «المسؤول عن المعالجة»): { $controller } ({ $kind })، { $address }.
    لمن تكتبين بخصوص معلوماتك: { $contact }
privacy-not-named = لم تُحدَّد بعد (اسألي منسّقتك)
privacy-controller-unknown = البلدية أو الجمعية التي تدير الأجندة في مدينتك هي الجهة المسؤولة عن معلوماتك (نسمّيها «المسؤول عن المعالجة»). سنكتب اسمها هنا عندما تنضمّين إلى حيّ.
privacy-kind-town-hall = بلدية
privacy-kind-association = جمعية
privacy-short = <b>حقوقك</b>: { -ltr }/mydata{ -end } لتري كل ما نحتفظ به عنك وتنزّليه، { -ltr }/forget{ -end } لتحذفي كل شيء، { -ltr }/settings{ -end } لتصحّحي اسمك أو لغتك. ويمكنك أيضًا أن تشتكي إلى CNIL، وهي الإدارة الفرنسية التي تحمي المعلومات الشخصية.
button-privacy-details = 📄 كل التفاصيل
privacy-details-collected =
    <b>ماذا نحتفظ به ولماذا</b>
    • حسابك في تيليغرام (رقمه الداخلي، لا رقم هاتفك)، ولغتك، وإعداداتك: لنكتب لك بلغتك.
    • حيّك ودورك: لنعرف ما يمكنك أن تريه وتفعليه.
    • اسمك الأول، فقط إذا أعطيتِنا إياه. يمكنك حذفه في { -ltr }/settings{ -end }.
    • بلاغاتك: اليوم والوقت، والمكان، وما تحكينه، ورسائلك الصوتية وصورك.
    • نرسلها مع اسمك أو دون ذكر اسمك، كما تختارين.
    • نحتفظ بها لكي يتصرّف الأشخاص الذين يتابعونها.
    • الرسائل التي يرسلها لك البوت، لكي تصلك. نحذف محتواها بعد ذلك (انظري المدد في الأسفل).
    لا نسألك أبدًا عن دينك أو أصلك أو جنسيتك، ولا نحسب أي رقم حسب اللغة.
privacy-basis = <b>ما يسمح لنا باستعمال معلوماتك في { $city }</b> («الأساس القانوني»): { $basis }
privacy-basis-public-task = البلدية تقوم بعمل للمصلحة العامة (القانون الأوروبي RGPD، المادة { -ltr }6.1.e{ -end })؛ ونطلب موافقتك على الاسم الأول، والبلاغ المرسَل مع اسمك، والموقع الدقيق (المادة { -ltr }6.1.a{ -end }).
privacy-basis-legitimate-interest = للجمعية مصلحة مشروعة في تنشيط التشاور في الحيّ (القانون الأوروبي RGPD، المادة { -ltr }6.1.f{ -end })؛ ونطلب موافقتك على الاسم الأول، والبلاغ المرسَل مع اسمك، والموقع الدقيق (المادة { -ltr }6.1.a{ -end }).
privacy-basis-unknown = <b>ما يسمح لنا باستعمال معلوماتك</b> («الأساس القانوني»): البلدية تقوم بعمل للمصلحة العامة، أو الجمعية لها مصلحة مشروعة، حسب من يدير الأجندة في مدينتك. وللمعلومات التي لستِ مُلزَمة بإعطائها: نطلب موافقتك.
privacy-details-who-sees =
    <b>من يرى ماذا</b>
    • منسّقة المدينة تقرأ البلاغ.
    • الأمهات الوسيطات والمنشّطات في حيّك يقرأنه أيضًا، فقط إذا اخترتِ ذلك.
    • الشرطة والمدرسة والشركاء الآخرون والمنتخَبون لا يقرؤون إلا نصًا راجعناه ووافقنا عليه، دون اسمك.
    • ولا يقرؤون أبدًا بلاغًا تحت الحماية.
    • اسمك الأول لا يظهر إلا إذا اخترتِ «نعم، مع اسمي».
    • «دون ذكر اسمي» معناه: لا أحد يرى اسمك في البوت، والموقع الذي تشاركينه يظهر بشكل تقريبي، على بُعد 150 مترًا تقريبًا.
    • المشغّلة التقنية لا تقرأ أي بلاغ في البوت. هي تُشغّل النظام وترى قائمة الأعضاء.
    • وهي تكتب هذه المعلومات بطلب من البلدية أو الجمعية المسؤولة عن معلوماتك.
privacy-retention-city =
    في <b>{ $city }</b>، يُحذف محتوى البلاغ (النص، والرسالة الصوتية، والصور، والمكان) بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من إغلاقه.
privacy-details-retention =
    <b>كم من الوقت نحتفظ بها</b>
    • المحادثة المتروكة دون إكمال: { $hours ->
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
    • محتوى الرسائل التي يرسلها البوت: يُحذف بعد { $outbox ->
        [zero] { $outbox } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $outbox } أيام
        [many] { $outbox } يومًا
       *[other] { $outbox } يوم
    } من إرسالها.
    • محتوى البلاغ: يُحذف بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من إغلاقه، إلا إذا اختارت مدينتك مدة أخرى. وإذا بقي مفتوحًا: 24 شهرًا على الأكثر.
    • بعد ذلك لا يبقى إلا ما يلزم للمتابعة: الحيّ، والموضوع، والفترة، والحالة، والنص المُراجَع دون أسماء للشركاء، وملاحظات المنسّقات.
    • الرابط بين بلاغ دون ذكر الاسم وبينك: يُحذف بعد 30 يومًا من إغلاق البلاغ.
    • سجلّ من فتح بلاغًا مرسَلًا مع اسمك: يُحفظ مدة { $log ->
        [zero] { $log } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $log } أشهر
        [many] { $log } شهرًا
       *[other] { $log } شهر
    }.
    • حسابك: إذا لم تكتبي لنا مدة { $warning ->
        [zero] { $warning } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $warning } أشهر
        [many] { $warning } شهرًا
       *[other] { $warning } شهر
    }، ننبّهك. وبعد { $erasure ->
        [zero] { $erasure } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $erasure } أشهر
        [many] { $erasure } شهرًا
       *[other] { $erasure } شهر
    } يُحذف كما لو أرسلتِ { -ltr }/forget{ -end }.
privacy-details-rights =
    <b>حقوقك</b>
    • تري معلوماتك وتأخذينها: { -ltr }/mydata{ -end }. تصحّحينها: { -ltr }/settings{ -end }. تحذفين كل شيء: { -ltr }/forget{ -end }.
    • ترفضين استعمالًا لمعلوماتك، أو تطلبين الحدّ منه: اكتبي لمن يهتمّ بالمعلومات في مدينتك.
    • تشتكين إلى CNIL، الإدارة الفرنسية التي تحمي المعلومات الشخصية: www.cnil.fr/plaintes، أو بالبريد: CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
privacy-details-telegram =
    <b>تيليغرام</b>
    رسائلك تمرّ عبر تيليغرام، وهي شركة خارج الاتحاد الأوروبي. وتيليغرام يرى رسائلك مثل أي رسالة.
    لهذا رسائلي عن بلاغاتك لا تقول إلا القليل، ووضع التخفّي يحذف بلاغاتك من المحادثة، وسجلّاتنا التقنية لا تحتفظ أبدًا بنص رسائلك ولا باسمك.
privacy-nothing-held = أنتِ غير مسجّلة: ليس لدينا أي حساب باسمك، بل فقط حالة هذه المحادثة، وتُحذف بعد أسبوع. للانضمام إلى حيّ، أرسلي { -ltr }/start{ -end }.
mydata-summary =
    <b>ما نحتفظ به عنك</b>
    • الاسم الأول: { $name }
    • مسجّلة منذ { $since }
    • { $roles ->
        [zero] لا أدوار
        [one] دور واحد
        [two] دوران
        [few] { $roles } أدوار
        [many] { $roles } دورًا
       *[other] { $roles } دور
    }
    • { $reports ->
        [0] لا بلاغات
        [one] بلاغ واحد، مع سجلّ متابعته
        [two] بلاغان، مع سجلّ متابعتهما
        [few] { $reports } بلاغات، مع سجلّ متابعتها
        [many] { $reports } بلاغًا، مع سجلّ متابعتها
       *[other] { $reports } بلاغ، مع سجلّ متابعتها
    }
    • { $questions ->
        [0] لا أسئلة عن بلاغاتك
        [one] سؤال واحد عن بلاغاتك
        [two] سؤالان عن بلاغاتك
        [few] { $questions } أسئلة عن بلاغاتك
        [many] { $questions } سؤالًا عن بلاغاتك
       *[other] { $questions } سؤال عن بلاغاتك
    }
    • { $messages ->
        [0] لا رسائل من البوت
        [one] رسالة واحدة من البوت، أُرسلت أو تنتظر الإرسال
        [two] رسالتان من البوت، أُرسلتا أو تنتظران الإرسال
        [few] { $messages } رسائل من البوت، أُرسلت أو تنتظر الإرسال
        [many] { $messages } رسالةً من البوت، أُرسلت أو تنتظر الإرسال
       *[other] { $messages } رسالة من البوت، أُرسلت أو تنتظر الإرسال
    } (يُحذف محتواها بعد إرسالها، انظري { -ltr }/privacy{ -end })
    كل شيء موجود في الملف أدناه (بصيغة JSON، يقرؤها الحاسوب).
mydata-discreet = ⚠️ وضع التخفّي: يبقى هذا الملف في هذه المحادثة. احفظيه حيث تشائين، ثم احذفيه من هنا.
mydata-caption = معلوماتك في أجندة MMM
forget-confirm =
    <b>حذف كل شيء؟</b>
    سنحذف حسابك، واسمك الأول، وإعداداتك، وأدوارك، والرسائل التي تنتظرك.
    ومن بلاغاتك سنحذف: النص، والرسائل الصوتية، والصور، والأماكن، والأسئلة، وأجوبتك. لن يبقى منها إلا أرقام إحصائية دون ذكر أي اسم (الحيّ، الموضوع، الفترة، الحالة). هكذا يحتفظ الحيّ بأثر لما يحدث فيه.
    انتبهي: بعد 30 يومًا من إغلاق بلاغ دون اسم، لا يبقى مربوطًا بك. لهذا لا يستطيع { -ltr }/forget{ -end } أن يجده ولا أن يحذفه. محتواه (النص، الصوت، الصور، المكان) نحذفه لاحقًا، مثل كل البلاغات: { $retention }.
    لا يمكن التراجع عن ذلك. وإذا أردتِ العودة لاحقًا، فستحتاجين إلى دعوة جديدة.
forget-retention-city = في { $city }، بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من إغلاقه
forget-retention-default = بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من إغلاقه
button-forget-yes = 🗑 نعم، حذف كل شيء
button-forget-no = لا، أحتفظ بحسابي
forget-kept = لم نحذف أي شيء.
forget-done =
    تمّ: حذفنا حسابك ومعلوماتك.
    { $reports ->
        [0] لم يكن لديك أي بلاغ.
        [one] لم يبقَ من بلاغك إلا رقم إحصائي دون ذكر أي اسم (الحيّ، الموضوع، الفترة، الحالة).
        [two] لم يبقَ من بلاغَيك إلا أرقام إحصائية دون ذكر أي اسم (الحيّ، الموضوع، الفترة، الحالة).
        [few] لم يبقَ من بلاغاتك ({ $reports } بلاغات) إلا أرقام إحصائية دون ذكر أي اسم (الحيّ، الموضوع، الفترة، الحالة).
        [many] لم يبقَ من بلاغاتك ({ $reports } بلاغًا) إلا أرقام إحصائية دون ذكر أي اسم (الحيّ، الموضوع، الفترة، الحالة).
       *[other] لم يبقَ من بلاغاتك ({ $reports } بلاغ) إلا أرقام إحصائية دون ذكر أي اسم (الحيّ، الموضوع، الفترة، الحالة).
    }
    الرسائل التي وصلتك من قبل ما زالت في هذه المحادثة: يمكنك حذف المحادثة في تيليغرام. للعودة، أرسلي { -ltr }/start{ -end } مع دعوة جديدة.
inactive-warning =
    لم تكتبي إلى أجندة MMM منذ مدة طويلة. إذا لم تصلنا منك أي رسالة خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، فسيُحذف حسابك (وتبقى بلاغاتك أرقامًا إحصائية دون ذكر أي اسم). للإبقاء عليه، يكفي أن ترسلي رسالة، مثلًا { -ltr }/help{ -end }.
button-privacy-city = 🔐 الخصوصية: { $city }
privacy-settings =
    <b>الخصوصية — { $city }</b>
    • المسؤول عن المعالجة (الجهة المسؤولة عن المعلومات): { $controller } ({ $kind })
    • العنوان: { $address }
    • لمن نكتب عن المعلومات: { $contact }
    • محتوى البلاغات: { $retention }
    يرى كل الأعضاء هذه المعلومات في { -ltr }/privacy{ -end }.
privacy-retention-months =
    يُحذف بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من الإغلاق
privacy-retention-default =
    يُحذف بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من الإغلاق (الإعداد الافتراضي)
button-privacy-controller = ✏️ الجهة المسؤولة عن المعلومات
button-privacy-address = ✏️ العنوان
button-privacy-contact = ✏️ لمن نكتب عن المعلومات
button-privacy-kind = 🔁 بلدية / جمعية
button-privacy-retention = 🔁 مدة الاحتفاظ
privacy-ask-controller = أرسلي اسم الجهة المسؤولة عن المعلومات («المسؤول عن المعالجة»)، كما تكتبه في رسائلها. مثلًا «Mairie de Roubaix» أو «Association des mères du Nord».
privacy-ask-address = أرسلي عنوانها البريدي.
privacy-ask-contact = أرسلي لمن نكتب عن المعلومات: البريد الإلكتروني أو العنوان البريدي للمسؤول عن حماية المعلومات.
privacy-saved = تمّ الحفظ.

## الخصوصية والصلاحيات: ما لم يُختر بعد، وما لم يعد ممكنًا

privacy-controller-not-named =
    <b>{ $city }</b> — الجهة المسؤولة عن معلوماتك («المسؤول عن المعالجة»): لم نعرفها بعد. على منسّقة المدينة أن تكتب اسمها (البلدية أو جمعية). وحتى ذلك الوقت، اطرحي أسئلتك على منسّقتك.
privacy-basis-not-named = <b>ما يسمح لنا باستعمال معلوماتك في { $city }</b> («الأساس القانوني»): هذا يتوقّف على الجهة المسؤولة عن معلوماتك («المسؤول عن المعالجة»)، ولم نعرفها بعد.
privacy-settings-not-named = ⚠️ لم تكتبي بعد اسم الجهة المسؤولة عن المعلومات («المسؤول عن المعالجة»). لهذا يقرأ الأعضاء في { -ltr }/privacy{ -end } أنها غير معروفة، ولا يقرؤون ما يسمح لنا باستعمال معلوماتهم. اكتبي اسمها، ثم قولي هل هي البلدية أم جمعية.
settings-privacy-reminder = ⚠️ <b>{ $city }</b>: لم تكتبي بعد اسم الجهة المسؤولة عن المعلومات («المسؤول عن المعالجة»). اكتبيه بزر «الخصوصية» أدناه.
triage-content-erased = حذفنا محتوى هذا البلاغ: لم يبقَ نصّ لتصحيحه ولا لإرساله إلى الشركاء.
invite-problem-withdrawn = لم تعد هذه الدعوة صالحة: الشخص الذي أنشأها لم يعد يستطيع الدعوة. اطلبي دعوة جديدة.
invite-problem-role-ended = انتهى دورك هنا: الدعوة القديمة لا تعيده. اطلبي دعوة جديدة من منسّقتك.
error-private-button = هذا الزر يعمل فقط في محادثة خاصة معي.

## Quartier groups: the bot keeps the door of each quartier's Telegram group
menu-join-group = 👥 مجموعة الحيّ
cmd-group = الانضمام إلى مجموعة حيّي
button-join-group = الانضمام إلى المجموعة
linkgroup-door = أنا أحرس باب المجموعة: أقبل طلبات أعضاء الحيّ، وأرفض غيرها، وأُخرج من المجموعة من انتهى دورها في الحيّ. لم تعودي بحاجة إلى قبول أحد بيدك.
linkgroup-rights-missing = تنقصني هذه الصلاحيات في هذه المجموعة: { $missing }. اجعليني مشرفًا على المجموعة بهذه الصلاحيات، ثم أرسلي { -ltr }/linkgroup{ -end } من جديد.
linkgroup-failed = لم يردّ تيليغرام. لم يتغيّر شيء. أرسلي { -ltr }/linkgroup{ -end } من جديد بعد قليل.
linkgroup-other-quartier = هذه المجموعة مرتبطة بحيّ آخر. المجموعة تخدم حيًّا واحدًا فقط.
group-right-admin = مشرف
group-right-invite = «دعوة المستخدمين عبر رابط»
group-right-ban = «حظر المستخدمين»
group-join-offer = مجموعة حيّك: اضغطي على الزر لطلب الانضمام. أقبل طلبك فورًا إن كنتِ عضوة في الحيّ.
group-join-none = ليس لحيّك بعدُ مجموعة مرتبطة بالبوت. اسألي منسّقتك.
group-join-approved = أهلًا بك! أنتِ الآن في مجموعة حيّ <b>{ $quartier }</b>.
group-join-declined = لا أستطيع إدخالك إلى مجموعة حيّ <b>{ $quartier }</b>: إنها لأعضاء الحيّ فقط. لتصبحي عضوة، اطلبي دعوة من منسّقة الحيّ.
group-remove-failed = لم أستطع إخراج شخص من مجموعة حيّ <b>{ $quartier }</b>: ربما فقدتُ صلاحياتي، أو لم تعد المجموعة موجودة. تحقّقي من المجموعة، ثم أرسلي { -ltr }/linkgroup{ -end } في المجموعة من جديد.
group-broken = مجموعة حيّ <b>{ $quartier }</b>: { $why } لم أعد أحرس بابها. أرسلي <code>{ -ltr }/linkgroup { $prefix }{ -end }</code> في المجموعة من جديد.
group-broken-removed = أُخرجتُ من المجموعة.
group-broken-demoted = لم تعد لديّ صلاحيات الإشراف التي أحتاجها.
group-broken-migrated = أصبحت مجموعة خارقة، وتغيّر رابط الدعوة إليها.
settings-group-admits = مجموعات أحياء { $city }: قبول الشركاء المحليين: { $actors }؛ قبول المنتخبين: { $elected }. الأمهات والأمهات الوسيطات والمنشّطات في الحيّ يدخلن دائمًا.
button-group-actors = 👥 { $city }: الشركاء المحليون في المجموعات
button-group-elected = 👥 { $city }: المنتخبون في المجموعات
mydata-groups = مجموعات الأحياء التي أدخلتك إليها: { $quartiers }

## البثّ: إعلان واحد، نسخة لكل لغة، وتقرير عن التسليم
menu-broadcast = 📣 نشر إعلان
cmd-broadcast = نشر إعلان (نصّ أو رسالة صوتية، بعدّة لغات)
cmd-broadcasts = إعلاناتي: التقرير والإلغاء
broadcast-copy = إعلان
broadcast-ask-city = في أيّ مدينة يُنشر الإعلان؟
broadcast-ask-audience = لمن يُرسَل الإعلان؟ اضغطي على الأحياء والأدوار المطلوبة (بلا حيّ = المدينة كلّها؛ بلا دور = الجميع)، ثم «متابعة».
broadcast-button-groups = وأيضًا في مجموعات تيليغرام الخاصة بالأحياء
broadcast-button-audience-done = متابعة ➡️
broadcast-ask-text = عدد المستلِمات: { $count }. اكتبي الإعلان أو أرسلي رسالة صوتية: ستكون هذه النسخة بلغتك.
broadcast-ask-version = اكتبي النسخة { $lang } أو أرسلي رسالة صوتية.
broadcast-summary = عدد المستلِمات: { $count } — { $lines }
    اضغطي على لغة لإضافة نسختها أو استبدالها، وعلى 👁 لرؤية ما سيصلهنّ.
broadcast-summary-line = { $lang } { $count } { $state ->
        [voice] ✅ (صوتية)
        [text] ✅
       *[missing] ➕ (سيصلهنّ النصّ بنسخة { $default })
    }
broadcast-button-send = 📤 أرسلي الآن
broadcast-button-schedule = 🕒 جدولة
broadcast-preview = معاينة — النسخة { $lang }:
broadcast-preview-fallback = معاينة — لا توجد نسخة { $lang }: سيصل هؤلاء الأشخاصَ النسخةُ { $default }:
broadcast-preview-none = لا توجد أيّ نسخة بعد: لا شيء لعرضه للغة { $lang }.
broadcast-preview-text = { $text }
broadcast-ask-when = متى يُرسَل؟ اكتبي التاريخ والساعة بتوقيت المدينة ({ $timezone })، مثلًا 25/12/2030 18:30.
broadcast-error-when = لم أفهم هذا التاريخ. اكتبيه هكذا: 25/12/2030 18:30 (بتوقيت { $timezone }).
broadcast-error-empty = الإعلان فارغ: اكتبي نصًّا أو أرسلي رسالة صوتية.
broadcast-error-too-long = النصّ أطول من المسموح بـ { $over } حرفًا (الحدّ الأقصى { $max }). اختصريه وأرسليه من جديد.
broadcast-error-no-recipients = لن يصل هذا الإعلان إلى أحد: اختاري أحياء أو أدوارًا أخرى.
broadcast-error-past = هذا التاريخ قد مضى: اختاري تاريخًا قادمًا.
broadcast-error-no-version = ليس للإعلان أيّ نسخة بعد: اكتبي نصًّا أو أرسلي رسالة صوتية.
broadcast-error-expected-text-or-voice = أنتظر نصًّا أو رسالة صوتية (لا ملصقًا ولا ملفًّا).
broadcast-queued = انطلق الإرسال: { $count } رسالة في الانتظار. سأُطلعك هنا على سيره.
broadcast-scheduled = الإعلان مجدول في { $when }. يمكنك إلغاؤه قبل ذلك.
broadcast-button-cancel = ✖️ إلغاء الإعلان
broadcast-button-report = 📊 التقرير
broadcast-list-empty = لم تنشري أيّ إعلان بعد.
broadcast-status-scheduled = مجدول
broadcast-status-sending = قيد الإرسال
broadcast-status-done = انتهى
broadcast-status-cancelled = أُلغي
broadcast-figures = الإعلان رقم { $id } ({ $status }): وصل { $delivered }، في الانتظار { $queued }، تعذّر الوصول { $unreachable }، فشل { $failed }، سُحب { $withdrawn }؛ «فهمت»: { $understood }.
    { $lines }
broadcast-figures-line = { $lang }: وصل { $delivered }، في الانتظار { $queued }، تعذّر الوصول { $unreachable }، فشل { $failed }
broadcast-progress = 📣 الإرسال جارٍ — { $figures }
broadcast-final = ✅ انتهى الإرسال — { $figures }
broadcast-cancelled = أُلغي الإعلان: سُحبت { $withdrawn } رسالة؛ وكانت { $gone } قد أُرسلت من قبل.
broadcast-not-understood = لم يضغطن «فهمت» بعد: { $names } { $others ->
        [0] {""}
       *[other] (و{ $others } أشخاص آخرون)
    }
broadcast-understood-button = فهمت ✅
broadcast-understood-thanks = شكرًا، تمّ التسجيل ✅
broadcast-understood-already = كان مسجّلًا من قبل ✅
