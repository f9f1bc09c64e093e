## Reuniões: criar, convidar, responder, lembrar, ata

menu-meetings = 📅 As minhas reuniões
menu-new-meeting = ➕ Organizar uma reunião
cmd-meetings = As minhas reuniões e as minhas respostas
cmd-newmeeting = Organizar uma reunião

meeting-kind-concertation = Reunião de bairro
meeting-kind-workshop = Oficina das mães
meeting-kind-training = Formação
meeting-kind-restitution = Prestação de contas aos autarcas

meeting-rsvp-yes = ✅ Vou
meeting-rsvp-interpreting = 🗣 Vou, preciso de intérprete
meeting-rsvp-children = 🧒 Vou com os meus filhos
meeting-rsvp-maybe = 🤔 Talvez
meeting-rsvp-no = ❌ Não posso ir
meeting-rsvp-none = ainda sem resposta

meeting-ask-kind = Que tipo de reunião?
meeting-ask-title = Dê um título curto à reunião.
meeting-ask-audience = Quem convida? Toque nos bairros e nos papéis, depois em «Pronto». Sem bairro escolhido, toda a cidade é convidada.
meeting-button-groups = Anunciar também nos grupos dos bairros
meeting-button-audience-done = Pronto
meeting-invitee-count = { $count ->
    [one] Vai ser convidada 1 pessoa.
   *[other] Vão ser convidadas { $count } pessoas.
}
meeting-ask-day = Que dia? Toque num dia, ou escreva o dia e a hora como costuma escrever (por exemplo 12/03 18h30 ou terça 18h30).
meeting-ask-time = A que horas? Toque numa hora ou escreva-a (18h30).
meeting-ask-which-time = Nessa noite os relógios atrasam: esta hora acontece duas vezes. Qual?
meeting-button-first-time = A primeira (hora de verão)
meeting-button-second-time = A segunda (hora de inverno)
meeting-when-understood = Percebi: <b>{ $when }</b>. Se não for isso, escreva de novo o dia e a hora.
meeting-ask-duration = Quanto tempo dura a reunião? Toque numa duração ou escreva-a em minutos.
meeting-ask-place = Onde é a reunião? Escreva o local, envie uma localização do Telegram, ou salte.
meeting-button-skip-place = Saltar
meeting-button-place-done = Pronto
meeting-location-taken = Localização guardada. Ainda pode escrever o local por palavras.
meeting-ask-agenda = { $count ->
    [0] Ordem de trabalhos: envie a referência de um relato que está na ordem de trabalhos (BEL-0042) ou um ponto livre, um por mensagem. Toque em «Terminado» no fim.
    [one] 1 ponto guardado. Envie outro ou toque em «Terminado».
   *[other] { $count } pontos guardados. Envie outro ou toque em «Terminado».
}
meeting-button-agenda-done = Terminado
meeting-review = <b>{ $kind }</b>: { $title }
    📅 { $when }
    ⏱ { $duration } min
    📍 { $place }
    { $items ->
        [0] Sem ordem de trabalhos.
        [one] 1 ponto na ordem de trabalhos.
       *[other] { $items } pontos na ordem de trabalhos.
    }
    Está tudo certo? Toque em «Enviar os convites».
meeting-button-confirm = Enviar os convites
meeting-created = { $count ->
    [one] Reunião criada. O convite vai para 1 pessoa.
   *[other] Reunião criada. Os convites vão para { $count } pessoas.
}

meeting-error-empty = Escreva algumas palavras, por favor.
meeting-error-too-long = É demasiado longo: 200 caracteres no máximo.
meeting-error-duration = Escreva uma duração em minutos, entre 15 e 720.
meeting-error-unknown-report = Não encontro esse relato na ordem de trabalhos dos seus bairros. Verifique a referência.
meeting-error-no-invitees = Ninguém corresponde a esta escolha. Escolha outros bairros ou outros papéis.
meeting-error-started = A reunião já começou: já não é possível.
meeting-error-cancelled = Esta reunião foi cancelada.
meeting-error-not-invited = Não está convidada para esta reunião.
meeting-error-when = Não percebi a data. Escreva por exemplo 12/03 18h30 ou terça 18h30.
meeting-error-no-day = Falta o dia. Escreva por exemplo 12/03 18h30.
meeting-error-no-time = Falta a hora. Escreva por exemplo 12/03 18h30.
meeting-error-no-such-day = Esse dia não existe. Verifique o dia e o mês.
meeting-error-past = Essa data já passou. Escolha um dia que ainda vem.
meeting-error-skipped-time = Essa hora não existe nesse dia: os relógios adiantam. Escolha outra hora.
meeting-error-agenda-full = A ordem de trabalhos já tem 20 pontos. Toque em «Terminado».
meeting-error-children = Escreva quantas crianças, de 1 a 20.
meeting-error-number = Escreva um número.

meeting-invitation = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    Vem? O ficheiro junto põe a reunião na sua agenda.
meeting-announcement = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-changed = 🔄 Mudança: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
    O ficheiro junto atualiza a sua agenda.
meeting-cancelled = ❌ Reunião cancelada: <b>{ $kind }</b>: { $title } ({ $when }). O ficheiro junto tira-a da sua agenda.
meeting-reminder = ⏰ Lembrete: <b>{ $kind }</b>: { $title }
    🕒 { $when }
    📍 { $place }
meeting-minutes = 📝 Ata: <b>{ $title }</b> ({ $when })
    { $text }

meeting-ask-interpreting = Para que língua precisa de intérprete?
meeting-ask-children = Quantas crianças vêm consigo? Escreva o número.
meeting-rsvp-recorded = Anotado: { $answer }. Pode mudar a resposta com /meetings até ao início.
meeting-none = Não tem nenhuma reunião marcada.
meeting-line = 📅 <b>{ $kind }</b>: { $title }
    🕒 { $when }
    A sua resposta: { $answer }
meeting-button-open = Abrir
meeting-tally = <b>{ $title }</b>
    ✅ Vêm: { $yes } · 🤔 Talvez: { $maybe } · ❌ Não: { $no } · Sem resposta: { $silent }
    🗣 Intérpretes: { $languages }
    🧒 Crianças a cuidar: { $children }
    Responderam: { $names }
    Presentes — mães: { $mothers } · parceiros locais e autarcas: { $actors } · outros: { $others }
meeting-button-attendance = Marcar quem veio
meeting-button-guests = Vieram sem o bot
meeting-button-minutes = Enviar a ata
meeting-button-decision = Anotar uma decisão
meeting-button-move = Mudar a data
meeting-button-cancel = Cancelar a reunião
meeting-button-cancel-confirm = Sim, cancelar a reunião
meeting-ask-attendance = Toque no nome de cada pessoa presente.
meeting-ask-guests = Quantas pessoas vieram sem o bot? Escreva o número.
meeting-ask-minutes = Escreva a ata, ou envie um documento (PDF…) ou fotografias. Vai para todas as convidadas.
meeting-ask-decision = Escreva a decisão. Junte as referências dos relatos de que trata (BEL-0042): passam a «em curso».
meeting-ask-new-time = Escreva o novo dia e a nova hora (por exemplo 12/03 18h30).
meeting-ask-cancel = Cancelar a reunião? As convidadas serão avisadas.
meeting-cancelled-done = Reunião cancelada. As convidadas estão a ser avisadas.
meeting-minutes-sent = { $count ->
    [one] Ata enviada a 1 pessoa.
   *[other] Ata enviada a { $count } pessoas.
}
meeting-decision-recorded = { $reports ->
    [0] Decisão anotada.
    [one] Decisão anotada. 1 relato passa a «em curso».
   *[other] Decisão anotada. { $reports } relatos passam a «em curso».
}
meeting-moved-done = Nova data: <b>{ $when }</b>. As convidadas são avisadas e os lembretes acompanham.

## Reuniões, mais: mudar o local, ata em ficheiros, lembretes à escolha

meeting-button-replace = Mudar o local
meeting-ask-new-place = Escreva o novo local, ou envie uma localização do Telegram (ou as duas coisas).
meeting-new-place-noted = Anotado. Ainda pode escrever o local ou enviar uma localização. Depois toque em «Avisar as convidadas».
meeting-button-place-send = Avisar as convidadas
meeting-place-changed-done = Novo local guardado. As convidadas que não disseram que não são avisadas, e os lembretes acompanham.
meeting-error-minutes-kind = Envie a ata em texto, num documento (PDF…) ou em fotografias.
meeting-minutes-files = { $count ->
    [one] 1 ficheiro recebido. Envie mais, escreva um texto para o acompanhar, ou toque em «Enviar a ata».
   *[other] { $count } ficheiros recebidos. Envie mais, escreva um texto para os acompanhar, ou toque em «Enviar a ata».
}
meeting-error-minutes-full = { $max ->
    [one] No máximo 1 ficheiro: os outros não foram guardados.
   *[other] No máximo { $max } ficheiros: os outros não foram guardados.
}
meeting-button-minutes-send = Enviar a ata
meeting-review-reminders = ⏰ Lembretes: toque para acrescentar ou tirar (✅ = escolhido).
meeting-offset-days = { $n ->
    [one] 1 dia antes
   *[other] { $n } dias antes
}
meeting-offset-hours = { $n ->
    [one] 1 hora antes
   *[other] { $n } horas antes
}
meeting-offset-minutes = { $n ->
    [one] 1 minuto antes
   *[other] { $n } minutos antes
}
meeting-button-more-days = 📅 Outras datas
meeting-month-shown = Os dias a partir de { $from }. Toque num dia, ou em ‹ › para mudar de mês. Também pode escrever o dia e a hora.
