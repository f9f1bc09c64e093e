## /help: العمل معًا (الحلول، الاجتماعات، الإعلانات، الأعمال)
help-together =
    { -ltr }/solutions{ -end } — حلول حيّك: اقترحي وادعمي
    { -ltr }/propose{ -end } — اقتراح حلّ
    { -ltr }/meetings{ -end } — اجتماعاتك وردودك
help-organise = { -ltr }/newmeeting{ -end } — تنظيم اجتماع (دعوات، تذكيرات، محضر)
help-broadcast =
    { -ltr }/broadcast{ -end } — نشر إعلان مكتوب أو صوتي بعدّة لغات
    { -ltr }/broadcasts{ -end } — إعلاناتك: من وصله
help-actions = { -ltr }/actions{ -end } — الأعمال: من يفعل ماذا، ومتى، وهل صار الوضع أهدأ
help-health =
    { -ltr }/health{ -end } — حال مدينتك: أعمال متأخّرة، قراءة، اجتماعات، أعضاء
    { -ltr }/newaction{ -end } — إنشاء عمل
help-newaction = { -ltr }/newaction{ -end } — إنشاء عمل
