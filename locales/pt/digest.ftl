## Resumos para os eleitos: o texto

digest-period-week = Semana
digest-period-month = Mês
digest-title =
    📊 <b>Resumo — { $area }</b>
    { $period } de { $from } a { $to }
    Relatos novos: { $total } ({ $trend })
digest-few = menos de 3
digest-trend-new = novo
digest-trend-up = sobe { $percent } %
digest-trend-down = desce { $percent } %
digest-trend-steady = sem mudança
digest-trend-hidden = poucos demais para comparar
digest-category = • { $category }: { $count } ({ $trend })
digest-busiest-title = 🕒 <b>Os momentos com mais relatos</b>
digest-busiest-cell = • { $day }, { $slot }: { $count }
digest-busiest-none = 🕒 Nenhum momento da semana tem 3 relatos ou mais.
digest-statuses = 📌 Resolvidos: { $resolved } · em curso: { $progress } · à espera: { $waiting }
digest-triage-median = ⏱ Tempo habitual até à primeira leitura: { $hours } h
digest-triage-none = ⏱ Ainda nenhum relato deste período foi lido.
digest-meetings = 🤝 Reuniões feitas: { $held } · mães presentes: { $mothers } · atores locais presentes: { $actors }
digest-calmer = 🌿 Está mais calmo? Sim: { $calmer } · igual: { $same } · pior: { $worse }
digest-broadcasts = 📣 Avisos enviados: { $count } ({ $copies } mensagens)
digest-excerpts-title = 💬 <b>O que foi dito</b> (textos aprovados para os parceiros)
digest-excerpt = «{ $text }»
digest-caption-short = 📊 Resumo — { $area }. O detalhe vem a seguir.

## Resumos para os eleitos: a imagem

digest-map-title = Quando há tensão — { $area }
digest-map-subtitle = Relatos por dia e momento, de { $from } a { $to }
digest-map-legend-none = nenhum
digest-map-legend-few = menos de 3
digest-map-legend-many = 3 ou mais (o número está escrito)
digest-slot-early-morning = De manhã cedo
digest-slot-morning = Manhã
digest-slot-midday = Meio-dia
digest-slot-afternoon = Tarde
digest-slot-school-exit = Saída da escola
digest-slot-evening = Fim da tarde
digest-slot-night = Noite

## Dias da semana, abreviados (cabeçalhos da imagem)
digest-day-mon = Seg
digest-day-tue = Ter
digest-day-wed = Qua
digest-day-thu = Qui
digest-day-fri = Sex
digest-day-sat = Sáb
digest-day-sun = Dom

## (technical: lines of a summary joined into one caption)
digest-join =
    { $first }
    { $rest }

## /summary, /export e a definição do resumo semanal

cmd-summary = Resumo dos relatos de uma cidade ou de um bairro
cmd-export = Exportar os relatos aprovados (tabela ou Open311)
menu-summary = 📊 Resumo
menu-export = 📤 Exportar
summary-choose-area = 📊 O resumo de que lugar?
summary-choose-period = 📊 De que período?
button-summary-city = 🏙 { $area } (a cidade toda)
button-summary-quartier = 🏘 { $area }
button-period-week = Os últimos 7 dias
button-period-month = O último mês
export-choose = 📤 Que exportação? Tem os relatos aprovados para os parceiros, sem nomes nem moradas. A seguir escolhe o período.
button-export-csv = 📄 { $city }: tabela (CSV)
button-export-open311 = 🌐 { $city }: Open311 (JSON)
export-caption = 📤 Relatos aprovados para os parceiros — { $period }. Sem nomes, lugares arredondados, horas por momento do dia.
settings-digest = 📊 Resumo semanal de { $city }: { $day } às { $hour }h00 ({ $state })
button-digest-day = 📅 { $city }: dia do resumo
button-digest-hour = 🕗 { $city }: hora do resumo
button-digest-toggle = 🔔 { $city }: resumo sim ou não
