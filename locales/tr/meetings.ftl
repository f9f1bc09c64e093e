## Toplantılar: oluşturma, davet, yanıt, hatırlatma, tutanak

menu-meetings = 📅 Toplantılarım
menu-new-meeting = ➕ Toplantı düzenle
cmd-meetings = Toplantılarım ve yanıtlarım
cmd-newmeeting = Toplantı düzenle

meeting-kind-concertation = Mahalle toplantısı
meeting-kind-workshop = Anneler atölyesi
meeting-kind-training = Eğitim
meeting-kind-restitution = Seçilmiş temsilcilere sunum

meeting-rsvp-yes = ✅ Geliyorum
meeting-rsvp-interpreting = 🗣 Geliyorum, tercümana ihtiyacım var
meeting-rsvp-children = 🧒 Çocuklarımla geliyorum
meeting-rsvp-maybe = 🤔 Belki
meeting-rsvp-no = ❌ Gelemiyorum
meeting-rsvp-none = henüz yanıt yok

meeting-ask-kind = Nasıl bir toplantı?
meeting-ask-title = Toplantıya kısa bir ad verin.
meeting-ask-audience = Kimi davet ediyorsunuz? Mahallelere ve rollere dokunun, sonra «Tamam». Mahalle seçmezseniz bütün şehir davet edilir.
meeting-button-groups = Mahalle gruplarında da duyur
meeting-button-audience-done = Tamam
meeting-invitee-count = { $count ->
    [one] 1 kişi davet edilecek.
   *[other] { $count } kişi davet edilecek.
}
meeting-ask-day = Hangi gün? Bir güne dokunun ya da günü ve saati alıştığınız gibi yazın (örneğin 12.03 18:30 ya da salı 18:30).
meeting-ask-time = Saat kaçta? Bir saate dokunun ya da yazın (18:30).
meeting-ask-which-time = O gece saatler geri alınıyor: bu saat iki kez yaşanıyor. Hangisi?
meeting-button-first-time = Birincisi (yaz saati)
meeting-button-second-time = İkincisi (kış saati)
meeting-when-understood = Anladığım: <b>{ $when }</b>. Doğru değilse günü ve saati yeniden yazın.
meeting-ask-duration = Toplantı ne kadar sürecek? Bir süreye dokunun ya da dakika olarak yazın.
meeting-ask-place = Toplantı nerede? Yeri yazın, Telegram konumu gönderin ya da geçin.
meeting-button-skip-place = Geç
meeting-button-place-done = Tamam
meeting-location-taken = Konum kaydedildi. Yeri yine de yazıyla ekleyebilirsiniz.
meeting-ask-agenda = { $count ->
    [0] Gündem: gündemdeki bir raporun numarasını (BEL-0042) ya da serbest bir madde gönderin, her mesajda bir tane. Bitince «Bitti»ye dokunun.
   *[other] { $count } madde kaydedildi. Bir tane daha gönderin ya da «Bitti»ye dokunun.
}
meeting-button-agenda-done = Bitti
meeting-review = <b>{ $kind }</b>: { $title }
    📅 { $when }
    ⏱ { $duration } dk
    📍 { $place }
    { $items ->
        [0] Gündem yok.
       *[other] Gündemde { $items } madde var.
    }
    Her şey doğru mu? «Davetleri gönder»e dokunun.
meeting-button-confirm = Davetleri gönder
meeting-created = Toplantı oluşturuldu. Davetler { $count } kişiye gidiyor.

meeting-error-empty = Lütfen birkaç kelime yazın.
meeting-error-too-long = Çok uzun: en fazla 200 karakter.
meeting-error-duration = Süreyi dakika olarak yazın, 15 ile 720 arasında.
meeting-error-unknown-report = Bu raporu mahallelerinizin gündeminde bulamıyorum. Numarayı kontrol edin.
meeting-error-no-invitees = Bu seçime uyan kimse yok. Başka mahalleler ya da roller seçin.
meeting-error-started = Toplantı başladı: artık mümkün değil.
meeting-error-cancelled = Bu toplantı iptal edildi.
meeting-error-not-invited = Bu toplantıya davetli değilsiniz.
meeting-error-when = Tarihi anlayamadım. Örneğin 12.03 18:30 ya da salı 18:30 yazın.
meeting-error-no-day = Gün eksik. Örneğin 12.03 18:30 yazın.
meeting-error-no-time = Saat eksik. Örneğin 12.03 18:30 yazın.
meeting-error-no-such-day = Böyle bir gün yok. Günü ve ayı kontrol edin.
meeting-error-past = Bu tarih geçti. İleride bir gün seçin.
meeting-error-skipped-time = O gün bu saat yok: saatler ileri alınıyor. Başka bir saat seçin.
meeting-error-agenda-full = Gündemde zaten 20 madde var. «Bitti»ye dokunun.
meeting-error-children = Çocuk sayısını yazın, 1 ile 20 arasında.
meeting-error-number = Bir sayı yazın.

meeting-invitation = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    Geliyor musunuz? Ekteki dosya toplantıyı takviminize ekler.
meeting-announcement = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-changed = 🔄 Değişiklik: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    Ekteki dosya takviminizi günceller.
meeting-cancelled = ❌ Toplantı iptal: <b>{ $kind }</b>: { $title } ({ $when }). Ekteki dosya onu takviminizden çıkarır.
meeting-reminder = ⏰ Hatırlatma: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-minutes = 📝 Tutanak: <b>{ $title }</b> ({ $when })
    { $text }

meeting-ask-interpreting = Hangi dil için tercümana ihtiyacınız var?
meeting-ask-children = Kaç çocuk sizinle geliyor? Sayıyı yazın.
meeting-rsvp-recorded = Not edildi: { $answer }. Toplantı başlayana kadar yanıtınızı /meetings ile değiştirebilirsiniz.
meeting-none = Yaklaşan bir toplantınız yok.
meeting-line = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    Yanıtınız: { $answer }
meeting-button-open = Aç
meeting-tally = <b>{ $title }</b>
    ✅ Gelen: { $yes } · 🤔 Belki: { $maybe } · ❌ Hayır: { $no } · Yanıtsız: { $silent }
    🗣 Tercümanlar: { $languages }
    🧒 Bakılacak çocuk: { $children }
    Yanıt verenler: { $names }
    Katılanlar — anneler: { $mothers } · yerel ortaklar ve seçilmiş temsilciler: { $actors } · diğerleri: { $others }
meeting-button-attendance = Gelenleri işaretle
meeting-button-guests = Botsuz gelenler
meeting-button-minutes = Tutanağı gönder
meeting-button-decision = Bir karar yaz
meeting-button-move = Tarihi değiştir
meeting-button-cancel = Toplantıyı iptal et
meeting-button-cancel-confirm = Evet, toplantıyı iptal et
meeting-ask-attendance = Gelen her kişinin adına dokunun.
meeting-ask-guests = Botsuz kaç kişi geldi? Sayıyı yazın.
meeting-ask-minutes = Tutanağı yazın ya da bir belge (PDF…) veya fotoğraflar gönderin. Bütün davetlilere gider.
meeting-ask-decision = Kararı yazın. İlgili raporların numaralarını ekleyin (BEL-0042): «üzerinde çalışılıyor» durumuna geçerler.
meeting-ask-new-time = Yeni günü ve saati yazın (örneğin 12.03 18:30).
meeting-ask-cancel = Toplantı iptal edilsin mi? Davetlilere haber verilecek.
meeting-cancelled-done = Toplantı iptal edildi. Davetlilere haber veriliyor.
meeting-minutes-sent = Tutanak { $count } kişiye gönderildi.
meeting-decision-recorded = { $reports ->
    [0] Karar kaydedildi.
   *[other] Karar kaydedildi. { $reports } rapor «üzerinde çalışılıyor» durumuna geçti.
}
meeting-moved-done = Yeni tarih: <b>{ $when }</b>. Davetlilere haber veriliyor, hatırlatmalar da yeni tarihe göre.

## Toplantılar, devamı: yeni yer, dosya olarak tutanak, seçilen hatırlatmalar

meeting-button-replace = Yeri değiştir
meeting-ask-new-place = Yeni yeri yazın ya da bir Telegram konumu gönderin (ya da ikisini de).
meeting-new-place-noted = Tamam. Yeri yine yazabilir ya da konum gönderebilirsiniz. Sonra «Davetlilere haber ver» düğmesine dokunun.
meeting-button-place-send = Davetlilere haber ver
meeting-place-changed-done = Yeni yer kaydedildi. «Gelmiyorum» demeyen davetlilere haber veriliyor, hatırlatmalar da yeni yere göre.
meeting-error-minutes-kind = Tutanağı yazı, belge (PDF…) ya da fotoğraf olarak gönderin.
meeting-minutes-files = { $count } dosya alındı. Başka dosya gönderin, yanına bir yazı yazın ya da «Tutanağı gönder» düğmesine dokunun.
meeting-error-minutes-full = En fazla { $max } dosya: fazlası alınmadı.
meeting-button-minutes-send = Tutanağı gönder
meeting-review-reminders = ⏰ Hatırlatmalar: eklemek ya da çıkarmak için dokunun (✅ = seçili).
meeting-offset-days = { $n } gün önce
meeting-offset-hours = { $n } saat önce
meeting-offset-minutes = { $n } dakika önce
meeting-button-more-days = 📅 Başka tarihler
meeting-month-shown = { $from } tarihinden itibaren günler. Bir güne dokunun ya da ayı değiştirmek için ‹ › düğmelerine dokunun. Günü ve saati yazabilirsiniz de.
