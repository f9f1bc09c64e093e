## /export: الفترة؛ /help: /summary و /export

export-choose-period = 📤 لأيّ فترة؟
button-export-3-months = آخر 3 أشهر
button-export-12-months = آخر 12 شهرًا
button-export-this-year = منذ 1 يناير
button-export-everything = الكلّ، منذ أوّل بلاغ
help-summary = { -ltr }/summary{ -end } — ملخّص مدينة أو حيّ. فيه صورة لأوقات التوتّر.
help-export = { -ltr }/export{ -end } — تنزيل البلاغات الموافَق عليها (جدول CSV أو Open311)
