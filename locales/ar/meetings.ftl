## الاجتماعات: الإنشاء والدعوة والردّ والتذكير والمحضر

menu-meetings = 📅 اجتماعاتي
menu-new-meeting = ➕ تنظيم اجتماع
cmd-meetings = اجتماعاتي وردودي
cmd-newmeeting = تنظيم اجتماع

meeting-kind-concertation = اجتماع الحيّ
meeting-kind-workshop = ورشة الأمّهات
meeting-kind-training = تدريب
meeting-kind-restitution = عرض أمام المنتخَبين

meeting-rsvp-yes = ✅ سأحضر
meeting-rsvp-interpreting = 🗣 سأحضر وأحتاج مترجمًا
meeting-rsvp-children = 🧒 سأحضر مع أطفالي
meeting-rsvp-maybe = 🤔 ربّما
meeting-rsvp-no = ❌ لن أحضر
meeting-rsvp-none = لا ردّ بعد

meeting-ask-kind = ما نوع الاجتماع؟
meeting-ask-title = اكتبي عنوانًا قصيرًا للاجتماع.
meeting-ask-audience = من تدعين؟ اضغطي على الأحياء والأدوار، ثم «تمّ». إن لم تختاري حيًّا، تُدعى المدينة كلّها.
meeting-button-groups = الإعلان أيضًا في مجموعات الأحياء
meeting-button-audience-done = تمّ
meeting-invitee-count = { $count ->
    [zero] لن يُدعى أحد.
    [one] سيُدعى شخص واحد.
    [two] سيُدعى شخصان.
    [few] سيُدعى { $count } أشخاص.
    [many] سيُدعى { $count } شخصًا.
   *[other] سيُدعى { $count } شخص.
}
meeting-ask-day = أيّ يوم؟ اضغطي على يوم، أو اكتبي اليوم والساعة كما تكتبينهما عادة. مثلًا: ١٢/٣ ١٨:٣٠ أو الثلاثاء ١٨:٣٠.
meeting-ask-time = في أيّ ساعة؟ اضغطي على ساعة أو اكتبيها. مثلًا: ١٨:٣٠.
meeting-ask-which-time = في تلك الليلة تُؤخَّر الساعة. هذه الساعة تمرّ مرّتين. أيّهما؟
meeting-button-first-time = الأولى (التوقيت الصيفي)
meeting-button-second-time = الثانية (التوقيت الشتوي)
meeting-when-understood = فهمت: <b>{ $when }</b>. إن لم يكن هذا، اكتبي اليوم والساعة من جديد.
meeting-ask-duration = كم يدوم الاجتماع؟ اضغطي على مدّة أو اكتبيها بالدقائق.
meeting-ask-place = أين الاجتماع؟ اكتبي المكان، أو أرسلي موقعًا من تيليغرام، أو تخطّي.
meeting-button-skip-place = تخطّي
meeting-button-place-done = تمّ
meeting-location-taken = حُفظ الموقع. يمكنك أيضًا كتابة المكان بالكلمات.
meeting-ask-agenda = { $count ->
    [0] جدول الأعمال: أرسلي رقم بلاغ موجود في جدول الأعمال، مثل { -ltr }BEL-0042{ -end }، أو نقطة حرّة. نقطة واحدة في كلّ رسالة. اضغطي «انتهيت» في الآخر.
   *[other] النقاط المحفوظة: { $count }. أرسلي نقطة أخرى أو اضغطي «انتهيت».
}
meeting-button-agenda-done = انتهيت
meeting-review = <b>{ $kind }</b>: { $title }
    📅 { $when }
    ⏱ { $duration } دقيقة
    📍 { $place }
    { $items ->
        [0] لا جدول أعمال.
       *[other] نقاط جدول الأعمال: { $items }.
    }
    هل كلّ شيء صحيح؟ اضغطي «إرسال الدعوات».
meeting-button-confirm = إرسال الدعوات
meeting-created = أُنشئ الاجتماع. عدد الدعوات المُرسَلة: { $count }.

meeting-error-empty = اكتبي بعض الكلمات من فضلك.
meeting-error-too-long = النصّ طويل جدًّا. الحدّ ٢٠٠ حرف.
meeting-error-duration = اكتبي مدّة بالدقائق، بين ١٥ و٧٢٠.
meeting-error-unknown-report = لا أجد هذا البلاغ في جدول أعمال أحيائك. تحقّقي من الرقم.
meeting-error-no-invitees = لا أحد يطابق هذا الاختيار. اختاري أحياء أو أدوارًا أخرى.
meeting-error-started = بدأ الاجتماع. لم يعد هذا ممكنًا.
meeting-error-cancelled = أُلغي هذا الاجتماع.
meeting-error-not-invited = أنتِ غير مدعوّة إلى هذا الاجتماع.
meeting-error-when = لم أفهم التاريخ. اكتبي مثلًا: ١٢/٣ ١٨:٣٠ أو الثلاثاء ١٨:٣٠.
meeting-error-no-day = ينقص اليوم. اكتبي مثلًا: ١٢/٣ ١٨:٣٠.
meeting-error-no-time = تنقص الساعة. اكتبي مثلًا: ١٢/٣ ١٨:٣٠.
meeting-error-no-such-day = هذا اليوم غير موجود. تحقّقي من اليوم والشهر.
meeting-error-past = هذا التاريخ مضى. اختاري يومًا قادمًا.
meeting-error-skipped-time = هذه الساعة غير موجودة في ذلك اليوم، لأنّ الساعة تُقدَّم. اختاري ساعة أخرى.
meeting-error-agenda-full = في جدول الأعمال ٢٠ نقطة. اضغطي «انتهيت».
meeting-error-children = اكتبي عدد الأطفال، من ١ إلى ٢٠.
meeting-error-number = اكتبي عددًا.

meeting-invitation = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    هل ستحضرين؟ الملف المرفق يضيف الاجتماع إلى تقويمك.
meeting-announcement = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-changed = 🔄 تغيير: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    الملف المرفق يحدّث تقويمك.
meeting-cancelled = ❌ أُلغي الاجتماع: <b>{ $kind }</b>: { $title } ({ $when }). الملف المرفق يزيله من تقويمك.
meeting-reminder = ⏰ تذكير: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-minutes = 📝 المحضر: <b>{ $title }</b> ({ $when })
    { $text }

meeting-ask-interpreting = بأيّ لغة تحتاجين مترجمًا؟
meeting-ask-children = كم طفلًا يأتي معك؟ اكتبي العدد.
meeting-rsvp-recorded = سُجّل ردّك: { $answer }. يمكنك تغييره بـ{ -ltr }/meetings{ -end } حتى بداية الاجتماع.
meeting-none = ليس لديك اجتماع قادم.
meeting-line = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    ردّك: { $answer }
meeting-button-open = فتح
meeting-tally = <b>{ $title }</b>
    ✅ سيحضرن: { $yes } · 🤔 ربّما: { $maybe } · ❌ لا: { $no } · دون ردّ: { $silent }
    🗣 المترجمون: { $languages }
    🧒 أطفال للرعاية: { $children }
    ردّت: { $names }
    الحاضرون — الأمّهات: { $mothers } · الشركاء المحلّيون والمنتخَبون: { $actors } · آخرون: { $others }
meeting-button-attendance = تسجيل الحضور
meeting-button-guests = حضروا دون البوت
meeting-button-minutes = إرسال المحضر
meeting-button-decision = تسجيل قرار
meeting-button-move = تغيير الموعد
meeting-button-cancel = إلغاء الاجتماع
meeting-button-cancel-confirm = نعم، ألغي الاجتماع
meeting-ask-attendance = اضغطي على اسم كلّ شخص حاضر.
meeting-ask-guests = كم شخصًا حضر دون البوت؟ اكتبي العدد.
meeting-ask-minutes = اكتبي المحضر، أو أرسلي ملفًا (PDF…) أو صورًا. سيصل إلى كلّ المدعوّات.
meeting-ask-decision = اكتبي القرار. أضيفي أرقام البلاغات المعنيّة، مثل { -ltr }BEL-0042{ -end }. ستصبح «نعمل عليه».
meeting-ask-new-time = اكتبي اليوم والساعة الجديدين. مثلًا: ١٢/٣ ١٨:٣٠.
meeting-ask-cancel = هل تلغين الاجتماع؟ ستُخبَر المدعوّات.
meeting-cancelled-done = أُلغي الاجتماع. نُخبر المدعوّات الآن.
meeting-minutes-sent = أُرسل المحضر. عدد المستلِمات: { $count }.
meeting-decision-recorded = { $reports ->
    [0] سُجّل القرار.
   *[other] سُجّل القرار. عدد البلاغات التي أصبحت «نعمل عليه»: { $reports }.
}
meeting-moved-done = الموعد الجديد: <b>{ $when }</b>. نُخبر المدعوّات، والتذكيرات تتبع الموعد الجديد.

## الاجتماعات، تتمة: تغيير المكان، المحضر في ملفات، التذكيرات حسب الاختيار

meeting-button-replace = تغيير المكان
meeting-ask-new-place = اكتبي المكان الجديد، أو أرسلي موقعًا من تيليغرام، أو الاثنين.
meeting-new-place-noted = تمّ التسجيل. يمكنك أن تكتبي المكان أو ترسلي موقعًا. ثم اضغطي «إخبار المدعوّات».
meeting-button-place-send = إخبار المدعوّات
meeting-place-changed-done = سُجّل المكان الجديد. نُخبر المدعوّات اللواتي لم يعتذرن. التذكيرات تتبع المكان الجديد.
meeting-error-minutes-kind = أرسلي المحضر نصًّا، أو ملفًا (PDF…)، أو صورًا.
meeting-minutes-files = عدد الملفات المستلَمة: { $count }. أرسلي ملفات أخرى، أو اكتبي نصًّا معها، أو اضغطي «إرسال المحضر».
meeting-error-minutes-full = الحدّ الأقصى { $max } ملفات. لم نأخذ الملفات الزائدة.
meeting-button-minutes-send = إرسال المحضر
meeting-review-reminders = ⏰ التذكيرات: اضغطي لإضافة تذكير أو حذفه. (✅ = مُختار)
meeting-offset-days = قبل الموعد بعدد أيام: { $n }
meeting-offset-hours = قبل الموعد بعدد ساعات: { $n }
meeting-offset-minutes = قبل الموعد بعدد دقائق: { $n }
meeting-button-more-days = 📅 تواريخ أخرى
meeting-month-shown = الأيام ابتداءً من { $from }. اضغطي على يوم، أو على ‹ › لتغيير الشهر. يمكنك أيضًا كتابة اليوم والساعة.
