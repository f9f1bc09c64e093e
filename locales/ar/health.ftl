## /health: حال المدينة (المنسّقات) و /propose
cmd-propose = اقترحي حلًّا لحيّك
cmd-health = حال مدينتك: الأعمال، القراءة، الاجتماعات، الأعضاء
solutions-which-quartier = لأيّ حيّ تريدين اقتراح حلّ؟
health-community =
    👥 الأعضاء: { $members } (جاؤوا في آخر 30 يومًا: { $active }، لا يمكن الوصول إليهم: { $unreachable })
    • بلاغات آخر 30 يومًا: { $reports }
    • { $last }
health-last-meeting = آخر اجتماع: { $day }
health-no-meeting = لم يُعقد أيّ اجتماع بعد
